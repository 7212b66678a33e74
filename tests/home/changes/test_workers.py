"""Worker processes against PostgreSQL: killed in the middle of a delivery (SIGKILL), and two at
once. Each worker is `manage.py worker` in its own process, as in production."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from home.changes.models import Delivery, Event
from tests.factories import BestPracticePageFactory
from tests.home.changes.conftest import publish

ROOT = Path(__file__).resolve().parents[3]

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="worker processes need a shared PostgreSQL database (set DATABASE_URL)",
    ),
]


def start_worker(lease_seconds=2):
    database = settings.DATABASES["default"]
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "WEBHOOK_LEASE_SECONDS": str(lease_seconds),
        "WEBHOOK_BACKOFF_BASE_SECONDS": "0.2",
        "WORKER_IDLE_SECONDS": "0.1",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--only", "webhooks", "--verbosity", "0"],
        cwd=ROOT,
        env=env,
    )


def wait_until(condition, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def all_delivered():
    return not Delivery.objects.exclude(status=Delivery.Status.DELIVERED).exists()


def publish_examples(tree, count, rounds=1):
    pages = [
        BestPracticePageFactory(parent=tree["index"], title=f"Voorbeeld {n}", slug=f"v{n}")
        for n in range(count)
    ]
    Event.objects.all().delete()
    for round_ in range(rounds):
        for page in pages:
            page.title = f"Voorbeeld {page.pk} {round_}"
            publish(page)
    return pages


def test_a_worker_killed_in_the_middle_of_a_delivery_loses_nothing(tree, receiver, subscription):
    publish_examples(tree, 3)
    expected = {f"msg_{uuid.hex}" for uuid in Event.objects.values_list("uuid", flat=True)}
    receiver.hold_seconds = 5  # the first worker is killed while it waits for this answer
    worker = start_worker()
    try:
        assert receiver.arrived.wait(60), "the worker never sent anything"
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
    finally:
        worker.kill()
    assert Delivery.objects.filter(status=Delivery.Status.DELIVERING).exists()
    receiver.hold_seconds = 0
    second = start_worker()
    try:
        assert wait_until(all_delivered), list(Delivery.objects.values("status", "attempts"))
    finally:
        second.terminate()
        second.wait(10)
    requests = receiver.verified(subscription.secret)
    ids = [request["headers"]["webhook-id"] for request in requests]
    assert set(ids) == expected  # none lost
    bodies = {}
    for request in requests:  # a repeat is the same message: same id, same body
        bodies.setdefault(request["headers"]["webhook-id"], set()).add(request["body"])
    assert all(len(body) == 1 for body in bodies.values())
    assert len(ids) > len(expected)  # the interrupted one came again, with its id


def test_two_workers_never_deliver_the_same_attempt_twice(tree, receiver, subscription):
    publish_examples(tree, 20, rounds=2)
    expected = {f"msg_{uuid.hex}" for uuid in Event.objects.values_list("uuid", flat=True)}
    assert len(expected) == 40
    workers = [start_worker(lease_seconds=60), start_worker(lease_seconds=60)]
    try:
        assert wait_until(all_delivered)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(10)
    ids = [request["headers"]["webhook-id"] for request in receiver.verified(subscription.secret)]
    assert sorted(ids) == sorted(expected)  # each exactly once
    assert set(Delivery.objects.values_list("attempts", flat=True)) == {1}
    assert connection.vendor == "postgresql"
