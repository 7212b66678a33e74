"""Sending deliveries: claim, sign and POST, then record the answer and plan a retry.

Several workers may run at once. A worker claims due deliveries in a short transaction
(`SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, a conditional UPDATE everywhere: a row is
claimed only by the worker whose UPDATE changed it) and holds each for `LEASE_SECONDS`; a worker
killed meanwhile loses its claim when the lease ends, and another sends the delivery again with
the same `webhook-id`. Only the first undelivered delivery of an object (per subscription) is
due, so the events of one object arrive in order.
"""

import json
import random
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.changes import signing
from home.changes.models import Delivery, Subscription
from home.changes.outbound import RefusedAddress, post
from home.changes.pausing import failing_for, pause

Status = Delivery.Status


def _options():
    return settings.VNG_WEBHOOKS


def _claimable(now) -> Q:
    return Q(status=Status.PENDING, next_attempt_at__lte=now) | Q(
        status=Status.DELIVERING, lease_until__lt=now
    )


def due(now=None):
    """Deliveries a worker may send now: due, of an active subscription, first of their object."""
    now = now or timezone.now()
    earlier = Delivery.objects.filter(
        subscription=OuterRef("subscription"),
        object_key=OuterRef("object_key"),
        pk__lt=OuterRef("pk"),
        status__in=[Status.PENDING, Status.DELIVERING],
    )
    return (
        Delivery.objects.filter(_claimable(now), subscription__active=True)
        .exclude(Exists(earlier))
        .order_by("pk")
    )


def claim(limit: int | None = None) -> list[int]:
    """Claim up to `limit` due deliveries for this worker; their ids."""
    limit = limit or _options()["BATCH_SIZE"]
    now = timezone.now()
    lease = now + timedelta(seconds=_options()["LEASE_SECONDS"])
    claimed = []
    with transaction.atomic():
        queryset = due(now)
        if connection.features.has_select_for_update_skip_locked:
            queryset = queryset.select_for_update(skip_locked=True, of=("self",))
        for pk in list(queryset.values_list("pk", flat=True)[:limit]):
            changed = Delivery.objects.filter(_claimable(now), pk=pk).update(
                status=Status.DELIVERING,
                lease_until=lease,
                attempts=F("attempts") + 1,
                last_attempt_at=now,
            )
            if changed:
                claimed.append(pk)
    return claimed


def backoff_seconds(attempts: int) -> float:
    """Exponential backoff with jitter: half the delay fixed, half random."""
    options = _options()
    delay = min(
        options["BACKOFF_MAX_SECONDS"], options["BACKOFF_BASE_SECONDS"] * 2 ** (attempts - 1)
    )
    return delay / 2 + random.uniform(0, delay / 2)  # noqa: S311 (not for security)


def body_of(delivery: Delivery) -> bytes:
    return json.dumps(delivery.event.payload(), separators=(",", ":")).encode()


def send(pk: int) -> Delivery:
    """One attempt of a claimed delivery; records how it went, in the site's language (the
    delivery log is read by its administrators), whatever language the process has active."""
    with translation.override(settings.LANGUAGE_CODE):
        return _send(pk)


def _send(pk: int) -> Delivery:
    delivery = Delivery.objects.select_related("event", "subscription").get(pk=pk)
    body = body_of(delivery)
    headers = signing.headers(
        delivery.subscription.secret, delivery.message_id, int(time.time()), body
    )
    status, excerpt, error = None, "", ""
    try:
        answer = post(delivery.subscription.url, body, headers)
        status, excerpt = answer.status, answer.excerpt
        if not 200 <= status < 300:
            error = (
                _("The receiver answered %(status)s (redirects are not followed).")
                % {"status": status}
                if 300 <= status < 400
                else _("The receiver answered %(status)s.") % {"status": status}
            )
    except RefusedAddress as refused:
        error = str(refused)
    except Exception as failure:  # any network error is a failed attempt, retried later
        error = _("The request failed: %(error)s") % {"error": failure}
    _record(delivery, status, excerpt, error)
    return delivery


def _record(delivery: Delivery, status, excerpt: str, error: str) -> None:
    now = timezone.now()
    fields = {
        "response_status": status,
        "response_excerpt": excerpt,
        "error": error[:500],
        "lease_until": None,
    }
    if not error:
        fields.update(status=Status.DELIVERED, delivered_at=now)
    elif now - delivery.created_at >= timedelta(hours=_options()["RETRY_HOURS"]):
        fields.update(status=Status.FAILED)
    else:
        next_at = now + timedelta(seconds=backoff_seconds(delivery.attempts))
        fields.update(status=Status.PENDING, next_attempt_at=next_at)
    # Only the claim this worker holds: after a lost lease another worker owns the row.
    Delivery.objects.filter(
        pk=delivery.pk, status=Status.DELIVERING, attempts=delivery.attempts
    ).update(**fields)
    for name, value in fields.items():
        setattr(delivery, name, value)
    _update_health(delivery.subscription, ok=not error, now=now)


def _update_health(subscription: Subscription, *, ok: bool, now) -> None:
    if ok:
        if subscription.failing_since:
            Subscription.objects.filter(pk=subscription.pk).update(failing_since=None)
        return
    if not subscription.failing_since:
        Subscription.objects.filter(pk=subscription.pk, failing_since__isnull=True).update(
            failing_since=now
        )
        return
    days = _options()["PAUSE_AFTER_DAYS"]
    if now - subscription.failing_since >= timedelta(days=days):
        pause(subscription, failing_for(days))


def run_once(limit: int | None = None) -> int:
    """Claim and send one batch; how many deliveries were attempted."""
    ids = claim(limit)
    for pk in ids:
        send(pk)
    return len(ids)


def backlog() -> int:
    """Deliveries waiting to be sent (pending or being sent)."""
    return Delivery.objects.filter(status__in=[Status.PENDING, Status.DELIVERING]).count()


def redeliver(delivery: Delivery) -> None:
    """Send a delivery again (the admin's button), whatever its status, with the same
    `webhook-id`; its retry period starts again from now."""
    Delivery.objects.filter(pk=delivery.pk).exclude(status=Status.DELIVERING).update(
        status=Status.PENDING, next_attempt_at=timezone.now(), created_at=timezone.now()
    )
