"""The engagement mail alone: queued confirmation mails, then newsletter batches.

The worker (`manage.py worker`) does this together with webhooks and export jobs and is what
production runs; this command remains for a one-off pass and for cron:

manage.py send_engagement_mail            # one pass, then exit
manage.py send_engagement_mail --loop 30  # repeat every 30 seconds (prefer `manage.py worker`)
"""

import time

from django.core.management.base import BaseCommand

from themes.engagement.sending import send_engagement_mail


class Command(BaseCommand):
    help = "Send queued confirmation mails and newsletter batches (also done by `worker`)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=None, help="Mails per batch.")
        parser.add_argument(
            "--max-batches", type=int, default=None, help="Stop after this many batches."
        )
        parser.add_argument(
            "--loop", type=int, default=0, metavar="SECONDS", help="Repeat every SECONDS."
        )

    def handle(self, *args, batch_size, max_batches, loop, **options):
        while True:
            confirmations, batches = send_engagement_mail(batch_size, max_batches)
            if options["verbosity"] and (confirmations or batches):
                self.stdout.write(
                    f"Sent {confirmations} confirmation mails and {batches} newsletter batches."
                )
            if not loop:
                return
            time.sleep(loop)
