"""Copy the API keys' request counts (kept per day in the shared cache) into the database.

Run it now and then (the worker's schedule, or cron, e.g. hourly): the admin then shows each
key's use per day for as long as the database keeps it, and `last used` survives a cache flush.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from graphql_api.delivery.keys import last_used, usage_today
from graphql_api.models import ApiKey, ApiKeyUsage


class Command(BaseCommand):
    help = "Copy today's and yesterday's API key request counts into the database."

    def handle(self, *args, **options):
        today = timezone.now().date()
        for key in ApiKey.objects.all():
            for day in (today - datetime.timedelta(days=1), today):
                count = usage_today(key.pk, day)
                if count:
                    ApiKeyUsage.objects.update_or_create(
                        key=key, day=day, defaults={"requests": count}
                    )
            used = last_used(key.pk)
            if used and (key.last_used_at is None or used > key.last_used_at):
                ApiKey.objects.filter(pk=key.pk).update(last_used_at=used)
        self.stdout.write(self.style.SUCCESS("API key use recorded."))
