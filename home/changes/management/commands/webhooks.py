"""Manage webhook subscriptions from the command line (operations; the admin does the same).

manage.py webhooks list
manage.py webhooks add NAME URL [--event page.published …] [--language en …] [--owner-email X]
manage.py webhooks pause ID | resume ID | remove ID | rotate-secret ID | test ID
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from home.changes import subscriptions
from home.changes.models import Subscription


class Command(BaseCommand):
    help = "List, add, pause, resume, remove and test webhook subscriptions."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("list", help="Every subscription with its state.")
        add = actions.add_parser("add", help="A new subscription; prints its secret once.")
        add.add_argument("name")
        add.add_argument("url")
        add.add_argument("--event", action="append", default=[], help="Repeatable; none: all.")
        add.add_argument("--language", action="append", default=[], help="Repeatable; none: all.")
        add.add_argument("--owner-email", default="")
        add.add_argument(
            "--api-key", default="", help="The owning partner key, by the prefix the admin shows."
        )
        for name, text in [
            ("pause", "Stop sending (events are kept)."),
            ("resume", "Send again, including what waited."),
            ("remove", "Delete the subscription and its delivery log."),
            ("rotate-secret", "A new signing secret; prints it once."),
            ("test", "Queue a webhook.test event for it."),
        ]:
            actions.add_parser(name, help=text).add_argument("id", type=int)

    def _get(self, pk) -> Subscription:
        try:
            return Subscription.objects.get(pk=pk)
        except Subscription.DoesNotExist:
            raise CommandError(
                f"There is no subscription {pk}; `manage.py webhooks list` shows the ids."
            ) from None

    def _key(self, prefix):
        key = Subscription.api_key.field.related_model.objects.filter(prefix=prefix).first()
        if key is None:
            raise CommandError(
                f"There is no API key starting with {prefix!r}; Settings → API keys shows each "
                "key's first characters."
            )
        return key

    def handle(self, *args, action, **options):
        if action == "list":
            for sub in Subscription.objects.all():
                state = "active" if sub.active else f"paused ({sub.paused_reason or 'by hand'})"
                events = ",".join(sub.event_types) or "all events"
                languages = ",".join(sub.languages) or "all languages"
                self.stdout.write(
                    f"{sub.pk}\t{sub.name}\t{sub.url}\t{state}\t{events}\t{languages}"
                )
            return
        if action == "add":
            try:
                key = self._key(options["api_key"]) if options["api_key"] else None
                sub = subscriptions.create(
                    options["name"],
                    options["url"],
                    event_types=options["event"],
                    languages=options["language"],
                    owner_email=options["owner_email"],
                    api_key=key,
                )
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from None
            self.stdout.write(f"Subscription {sub.pk} created. Signing secret (shown once):")
            self.stdout.write(sub.secret)
            return
        sub = self._get(options["id"])
        if action == "pause":
            Subscription.objects.filter(pk=sub.pk).update(active=False, paused_reason="")
        elif action == "resume":
            subscriptions.resume(sub)
        elif action == "remove":
            sub.delete()
        elif action == "rotate-secret":
            self.stdout.write("New signing secret (shown once):")
            self.stdout.write(subscriptions.rotate_secret(sub))
            return
        elif action == "test":
            subscriptions.send_test_event(sub)
        self.stdout.write(f"Subscription {sub.pk}: {action} done.")
