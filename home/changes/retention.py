"""Change events are kept `VNG_CHANGES_RETENTION_DAYS` (default 90) days, with their deliveries."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from home.changes.models import Event, Job


def purge(days: int | None = None) -> int:
    """Delete events (and their delivery log) and finished jobs older than `days`; how many events."""
    days = settings.VNG_CHANGES_RETENTION_DAYS if days is None else days
    limit = timezone.now() - timedelta(days=days)
    deleted, per_model = Event.objects.filter(occurred_at__lt=limit).delete()
    Job.objects.filter(finished_at__lt=limit).delete()
    return per_model.get("changes.Event", 0)
