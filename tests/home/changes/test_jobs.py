"""Background jobs report their progress in the language of the person who asked for them,
whatever language the worker process has active."""

import pytest
from django.utils.translation import gettext as _
from django.utils.translation import override

from home.changes import jobs
from home.changes.models import Job

pytestmark = pytest.mark.django_db


def _two_steps(job, progress):
    progress(50, _("Done"))  # a message the Dutch catalogue translates ("Klaar")
    return "result"


@pytest.fixture
def kind():
    jobs.register("test_two_steps", _two_steps)
    yield "test_two_steps"
    jobs.RUNNERS.pop("test_two_steps")


@pytest.mark.parametrize(("asked_in", "worker_in", "message"), [("en", "nl", "Done"),
                                                                 ("nl", "en", "Klaar")])  # fmt: skip
def test_a_job_speaks_the_language_it_was_asked_in(kind, asked_in, worker_in, message):
    with override(asked_in):
        job = jobs.enqueue(kind)
    with override(worker_in):
        jobs.run(Job.objects.get(pk=job.pk))
    job.refresh_from_db()
    assert (job.status, job.message, job.params["language"]) == ("done", message, asked_in)
