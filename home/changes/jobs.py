"""Background jobs (e.g. the promotion export): queued by the admin, run by the worker.

Apps register what a kind of job does (`register("promotion_export", run)`, from their
`AppConfig.ready`); `run(job, progress)` does the work, calls `progress(percent, message)` as it
goes and returns the result (e.g. a file name). A job is claimed like a delivery (`SKIP LOCKED`
and a lease renewed with each progress report); a worker killed mid-job loses it when the lease
ends and another starts it again.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.changes.models import Job

logger = logging.getLogger(__name__)
RUNNERS: dict[str, Callable] = {}
MAX_ATTEMPTS = 3


class JobError(Exception):
    """A job that cannot be done; the message says what to do and is shown to the user."""


def register(kind: str, runner: Callable) -> None:
    RUNNERS[kind] = runner


def enqueue(kind: str, user=None, **params) -> Job:
    """Queue a job. It remembers the language active now (the admin language of the person
    asking) and reports its progress in it, whatever language the worker has active."""
    if kind not in RUNNERS:
        raise JobError(_("Unknown kind of job: %(kind)s.") % {"kind": kind})
    params = {"language": translation.get_language() or settings.LANGUAGE_CODE, **params}
    return Job.objects.create(kind=kind, params=params, user=user)


def _lease():
    return timezone.now() + timedelta(seconds=settings.VNG_JOB_LEASE_SECONDS)


def _claimable(now) -> Q:
    return Q(status=Job.Status.QUEUED) | Q(status=Job.Status.RUNNING, lease_until__lt=now)


def claim() -> Job | None:
    now = timezone.now()
    with transaction.atomic():
        queryset = Job.objects.filter(_claimable(now), kind__in=list(RUNNERS)).order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            queryset = queryset.select_for_update(skip_locked=True)
        for pk in queryset.values_list("pk", flat=True)[:5]:
            if Job.objects.filter(_claimable(now), pk=pk).update(
                status=Job.Status.RUNNING,
                lease_until=_lease(),
                started_at=now,
                attempts=F("attempts") + 1,
                progress=0,
            ):
                return Job.objects.get(pk=pk)
    return None


def _finish(job: Job, **fields) -> None:
    Job.objects.filter(pk=job.pk, attempts=job.attempts).update(
        finished_at=timezone.now(), lease_until=None, **fields
    )


def run(job: Job) -> None:
    """Run a claimed job to its end, reporting progress into its row in the language of the
    person who asked for it."""
    with translation.override(job.params.get("language") or settings.LANGUAGE_CODE):
        _run(job)


def _run(job: Job) -> None:
    if job.attempts > MAX_ATTEMPTS:
        _finish(
            job,
            status=Job.Status.FAILED,
            message=_("The job was interrupted %(count)s times; start it again.")
            % {"count": MAX_ATTEMPTS},
        )
        return

    def progress(percent: int, message: str) -> None:
        Job.objects.filter(pk=job.pk, attempts=job.attempts).update(
            progress=percent, message=message[:500], lease_until=_lease()
        )

    try:
        result = RUNNERS[job.kind](job, progress)
    except JobError as error:
        _finish(job, status=Job.Status.FAILED, message=str(error)[:500])
    except Exception:
        logger.exception("Background job %s failed.", job.pk)
        _finish(
            job,
            status=Job.Status.FAILED,
            message=_(
                "Something went wrong on the server; the details are in its log. Try again later."
            ),
        )
    else:
        _finish(job, status=Job.Status.DONE, progress=100, result=result or "", message=_("Done"))


def run_once() -> int:
    job = claim()
    if job is None:
        return 0
    run(job)
    return 1
