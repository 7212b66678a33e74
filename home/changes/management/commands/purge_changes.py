"""Delete change events (with their delivery log) older than the retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from home.changes.retention import purge


class Command(BaseCommand):
    help = "Delete change events and webhook deliveries older than VNG_CHANGES_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Keep this many days (default: the setting, {settings.VNG_CHANGES_RETENTION_DAYS}).",
        )

    def handle(self, *args, days, **options):
        deleted = purge(days)
        self.stdout.write(f"Deleted {deleted} change events.")
