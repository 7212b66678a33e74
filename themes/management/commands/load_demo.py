"""Fill an empty, migrated database with the demo content of the 2016 policy assignment."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from themes.demo.builder import build_demo, ensure_demo_login

DEMO_DUTIES = {
    "editor": gettext_lazy("writes and translates pages, submits them for moderation"),
    "moderator": gettext_lazy("reviews, publishes and unpublishes pages"),
    "administrator": gettext_lazy("everything, including users and settings"),
}


class Command(BaseCommand):
    help = (
        "Load the demo content: reference data, the 2016 programme year, best practices, the "
        "campaign and newsletters, in Dutch with translations. Safe to run again."
    )

    def handle(self, *args, **options):
        self.check_migrated()
        build_demo(self.progress)
        ensure_demo_login(self.progress)
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        self.stdout.write(self.style.SUCCESS(_("Demo content is ready.")))
        self.stdout.write(_("Admin: %(url)s") % {"url": admin_url})
        logins = getattr(settings, "VNG_DEMO_LOGINS", None)
        if logins:
            self.stdout.write(_("Demo logins (dev only), one per role:"))
            for login in logins:
                self.stdout.write(
                    _("  %(role)s: %(username)s / %(password)s — %(duties)s")
                    % {**login, "duties": DEMO_DUTIES[login["role"]]}
                )

    def progress(self, message: str) -> None:
        self.stdout.write(f"  {message}")

    def check_migrated(self) -> None:
        connection = connections[DEFAULT_DB_ALIAS]
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if plan:
            raise CommandError(
                _(
                    "The database is not migrated yet (%(count)d migrations pending). "
                    "Run `python manage.py migrate` first, then run load_demo again."
                )
                % {"count": len(plan)}
            )
