"""Webhook throughput: 1,000 publishes, then the time until the last delivery, 1 and 2 workers.

    python bench/webhooks.py                      # 1,000 publishes, receiver answers in 20 ms
    python bench/webhooks.py --publishes 200 --latency-ms 0

It migrates the PostgreSQL database of `WEBHOOKS_BENCH_DATABASE_URL` (default: the local server's
`vng_webhooks`; the database is emptied of pages first: use a throwaway one), starts an HTTP
receiver on loopback (answering after `--latency-ms`, like a partner across a network), adds a
subscription, and publishes N page revisions (N/4 examples, 4 revisions each) through Wagtail's
API: the events and their deliveries are written with each publish. Then, for 1 and then 2
worker processes (`manage.py worker --only webhooks`), it queues the same N deliveries again and
measures the time from starting the workers until the receiver has accepted the last one.

The 1-worker run is the baseline of the 2-worker run in the same process and on the same data.
"""

import argparse
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/vng_webhooks"


def create_database(url):
    """Create the database of `url` on its server when it does not exist yet."""
    import psycopg

    server, _slash, name = url.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not exists.fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def setup_django(url):
    create_database(url)
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    os.environ["DATABASE_URL"] = url
    os.environ["REDIS_URL"] = ""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


class Receiver:
    def __init__(self, latency):
        self.ids = set()
        self.requests = 0
        self.last = None
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                self.rfile.read(int(self.headers["Content-Length"]))
                if latency:
                    time.sleep(latency)
                self.send_response(204)
                self.end_headers()
                with receiver.lock:
                    receiver.ids.add(self.headers["webhook-id"])
                    receiver.requests += 1
                    receiver.last = time.monotonic()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def reset(self):
        with self.lock:
            self.ids, self.requests, self.last = set(), 0, None


def prepare(publishes, url):
    from wagtail.models import Page, Site

    from home.changes.models import Delivery, Event, Job, Subscription
    from themes.models import BestPracticeIndexPage, BestPracticePage

    Delivery.objects.all().delete()
    Event.objects.all().delete()
    Job.objects.all().delete()
    Subscription.objects.all().delete()
    home = Site.objects.get(is_default_site=True).root_page.specific
    for old in Page.objects.filter(slug="bench-webhooks"):
        old.delete()
    index = home.add_child(instance=BestPracticeIndexPage(title="Bench", slug="bench-webhooks"))
    Event.objects.all().delete()
    Subscription.objects.create(name="bench", url=url)
    started = time.monotonic()
    pages = [
        index.add_child(
            instance=BestPracticePage(
                title=f"Voorbeeld {n}",
                slug=f"v{n}",
                origin="municipal",
                live=False,
                summary="Bench.",
                start_date="2016-03-01",
            )
        )
        for n in range(publishes // 4)
    ]
    for round_ in range(4):
        for page in pages:
            page.title = f"Voorbeeld {page.pk} ({round_})"
            page.save_revision().publish()
    seconds = time.monotonic() - started
    return Delivery.objects.count(), seconds


def requeue():
    from django.utils import timezone

    from home.changes.models import Delivery

    Delivery.objects.update(
        status="pending", attempts=0, next_attempt_at=timezone.now(), lease_until=None
    )


def run_workers(count, receiver, expected, url):
    env = {**os.environ, "DATABASE_URL": url, "WORKER_IDLE_SECONDS": "0.05"}
    receiver.reset()
    requeue()
    started = time.monotonic()
    workers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "worker", "--only", "webhooks", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
        )
        for _ in range(count)
    ]
    try:
        while len(receiver.ids) < expected:
            if time.monotonic() - started > 1800:
                raise SystemExit(f"Gave up: {len(receiver.ids)} of {expected} delivered.")
            time.sleep(0.05)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(30)
    return receiver.last - started, receiver.requests - len(receiver.ids)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--publishes", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    args = parser.parse_args()
    url = os.environ.get("WEBHOOKS_BENCH_DATABASE_URL", DEFAULT_URL)
    setup_django(url)
    receiver = Receiver(args.latency_ms / 1000)
    deliveries, publish_seconds = prepare(args.publishes, receiver.url)
    print(
        f"webhooks  {args.publishes} publishes → {deliveries} deliveries written with them "
        f"in {publish_seconds:.1f} s; receiver latency {args.latency_ms:.0f} ms"
    )
    baseline = None
    for count in (1, 2):
        seconds, duplicates = run_workers(count, receiver, deliveries, url)
        baseline = baseline or seconds
        print(
            f"webhooks  {count} worker{'s' if count > 1 else ' '}: last delivery after "
            f"{seconds:6.1f} s  ({deliveries / seconds:6.1f}/s, duplicates {duplicates}, "
            f"{baseline / seconds:.2f}× the 1-worker speed)"
        )


if __name__ == "__main__":
    main()
