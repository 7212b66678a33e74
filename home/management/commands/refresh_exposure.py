"""Rebuild the table of exposed pages (`home.serving.exposure`) after writes that bypass
Django's signals, such as bulk SQL on the page tree. Every `migrate` does this too."""

from django.core.management.base import BaseCommand

from home.models import PageExposure
from home.serving import exposure


class Command(BaseCommand):
    help = "Recompute which pages the tree lets the public see (after bulk SQL on pages)."

    def handle(self, *args, **options):
        self.stdout.write("Recomputing the exposed pages ...")
        changed = exposure.rebuild()
        self.stdout.write(
            f"{PageExposure.objects.count()} pages exposed; {changed} rows were out of date."
        )
