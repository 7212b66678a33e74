"""The one background worker: webhook deliveries, background jobs, and periodic tasks.

`manage.py worker` runs `Worker.run_forever()`; several processes (on one or more nodes) may run
at once. Each pass sends a batch of due deliveries, runs one queued job, and runs the periodic
tasks that are due (apps register them, e.g. the engagement mail from `themes/apps.py`, and the
purge of old change events). With nothing to do it sleeps `VNG_WORKER_IDLE_SECONDS`.
"""

import logging
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import close_old_connections

from home.changes import delivery, jobs

logger = logging.getLogger(__name__)


@dataclass
class Periodic:
    name: str
    every: Callable[[], float]  # seconds, read when due (settings may change in tests)
    function: Callable[[], object]


PERIODIC: dict[str, Periodic] = {}


def register_periodic(name: str, function: Callable[[], object], every) -> None:
    """Run `function` about every `every` seconds (a number or a callable returning one)."""
    PERIODIC[name] = Periodic(name, every if callable(every) else (lambda: every), function)


class Worker:
    def __init__(self, *, only: set[str] | None = None, out=None):
        self.only = only  # None: everything; else a subset of {"webhooks", "jobs", *PERIODIC}
        self.last_run: dict[str, float] = {}
        self.stopping = False
        self.out = out

    def _wants(self, name: str) -> bool:
        return self.only is None or name in self.only

    def run_pass(self) -> int:
        """One pass; how many deliveries and jobs it handled (periodic tasks not counted)."""
        done = 0
        if self._wants("webhooks"):
            done += delivery.run_once()
        if self._wants("jobs"):
            done += jobs.run_once()
        now = time.monotonic()
        for task in PERIODIC.values():
            if not self._wants(task.name):
                continue
            last = self.last_run.get(task.name)
            if last is None or now - last >= task.every():
                self.last_run[task.name] = now
                try:
                    task.function()
                except Exception:
                    logger.exception("The periodic task %s failed.", task.name)
        return done

    def stop(self, *args) -> None:
        self.stopping = True

    def run_forever(self, max_passes: int | None = None) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        passes = 0
        while not self.stopping and (max_passes is None or passes < max_passes):
            passes += 1
            close_old_connections()  # a connection the database dropped is replaced
            try:
                busy = self.run_pass()
            except Exception:
                logger.exception("A worker pass failed; trying again.")
                busy = 0
            if not busy and not self.stopping:
                time.sleep(settings.VNG_WORKER_IDLE_SECONDS)
