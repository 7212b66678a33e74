"""The engagement mail worker: queued confirmation mails, then newsletter batches.

manage.py send_engagement_mail            # one pass, then exit (cron, tests)
manage.py send_engagement_mail --loop 30  # run as a worker, a pass every 30 seconds
"""

import time

from django.core.management.base import BaseCommand

from themes.engagement import sending, services


class Command(BaseCommand):
    help = "Send queued confirmation mails and newsletter batches (the engagement worker)."

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
            confirmations = services.send_due_confirmations()
            batches = sending.run(batch_size=batch_size, max_batches=max_batches)
            if options["verbosity"] and (confirmations or batches):
                self.stdout.write(
                    f"Sent {confirmations} confirmation mails and {batches} newsletter batches."
                )
            if not loop:
                return
            time.sleep(loop)
