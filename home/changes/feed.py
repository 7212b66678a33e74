"""The change feed: events after a point in time, in the order they were written.

Knows nothing of GraphQL (`graphql_api/changes.py` serves it). Events younger than
`VNG_CHANGE_FEED_SETTLE_SECONDS` are held back, so that a transaction that commits late with an
earlier id cannot be skipped by a reader who already moved past it.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from home.changes.models import TEST_EVENT, Event


class FeedError(ValueError):
    """The request cannot be answered; the message says what to change."""


def oldest_kept() -> datetime:
    return timezone.now() - timedelta(days=settings.VNG_CHANGES_RETENTION_DAYS)


def events_after(
    since: datetime, code: str | None, *, after_id: int | None = None, limit: int = 20
) -> tuple[list[Event], bool]:
    """Up to `limit` events after `since` (and after the event `after_id`), in `code` or without
    a language; and whether more follow. One query."""
    if timezone.is_naive(since):
        raise FeedError("Give `since` with a time zone, e.g. 2026-01-31T12:00:00Z.")
    if since < oldest_kept():
        raise FeedError(
            f"Events are kept for {settings.VNG_CHANGES_RETENTION_DAYS} days; `since` is older. "
            "Read the lists again in full, then follow the feed from now."
        )
    settled = timezone.now() - timedelta(seconds=settings.VNG_CHANGE_FEED_SETTLE_SECONDS)
    queryset = Event.objects.filter(occurred_at__gt=since, occurred_at__lte=settled).exclude(
        type=TEST_EVENT
    )
    if after_id is not None:
        queryset = queryset.filter(pk__gt=after_id)
    if code:
        queryset = queryset.filter(Q(locale=code) | Q(locale=""))
    rows = list(queryset.order_by("pk")[: limit + 1])
    return rows[:limit], len(rows) > limit
