"""The background worker: webhook deliveries, background jobs (promotion exports) and the
engagement mail, in one loop.

manage.py worker                 # run until SIGTERM / Ctrl-C; start several for more throughput
manage.py worker --once          # one pass, then exit (cron, tests)
manage.py worker --only webhooks # only some kinds of work (webhooks, jobs, engagement_mail, …)
"""

from django.core.management.base import BaseCommand, CommandError

from home.changes.worker import PERIODIC, Worker


class Command(BaseCommand):
    help = "Run the background worker: webhooks, export jobs, engagement mail, purges."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="One pass, then exit.")
        parser.add_argument(
            "--only",
            action="append",
            default=None,
            metavar="KIND",
            help="Do only this kind of work (repeatable): webhooks, jobs, or a periodic task.",
        )
        parser.add_argument(
            "--max-passes", type=int, default=None, help="Stop after this many passes."
        )

    def handle(self, *args, once, only, max_passes, **options):
        known = {"webhooks", "jobs", *PERIODIC}
        unknown = set(only or ()) - known
        if unknown:
            raise CommandError(
                f"Unknown kind of work {', '.join(sorted(unknown))}; choose from "
                f"{', '.join(sorted(known))}."
            )
        worker = Worker(only=set(only) if only else None)
        if once:
            handled = worker.run_pass()
            if options["verbosity"] > 1:
                self.stdout.write(f"Handled {handled} deliveries and jobs.")
            return
        if options["verbosity"]:
            self.stdout.write(f"Worker started ({', '.join(sorted(only or known))}).")
        worker.run_forever(max_passes=max_passes)
