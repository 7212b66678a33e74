"""Personal data of public engagement, per address or by age.

manage.py engagement_data export someone@example.org   # JSON on stdout
manage.py engagement_data erase someone@example.org    # delete everything about it
manage.py engagement_data purge                        # old sign-ups and requests
"""

import json

from django.core.management.base import BaseCommand, CommandError

from themes.engagement import privacy


class Command(BaseCommand):
    help = "Export or erase everything held about one e-mail address, or purge old data."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase", "purge"])
        parser.add_argument("email", nargs="?", help="The address (export and erase).")

    def handle(self, *args, action, email, **options):
        if action == "purge":
            self.stdout.write(json.dumps(privacy.purge()))
            return
        if not email:
            raise CommandError(f"Give the e-mail address to {action}, e.g. {action} a@example.org.")
        if action == "export":
            self.stdout.write(
                json.dumps(privacy.export(email), cls=privacy.json_encoder(), indent=2)
            )
        else:
            self.stdout.write(json.dumps(privacy.erase(email)))
