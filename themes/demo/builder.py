"""Run the demo load step by step, reporting progress through a callback."""

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from themes.demo.engagement import load_engagement
from themes.demo.load_pages import build_tree
from themes.demo.load_reference import load_reference
from themes.demo.translate import translate_demo
from themes.localization.synced_trees import synchronise_all_trees
from themes.models import (
    Agenda,
    BestPracticePage,
    CampaignMembership,
    ContactPerson,
    Country,
    Goal,
    Municipality,
    Organisation,
    Province,
)

Report = Callable[[str], None]


@contextmanager
def indexing_deferred() -> Iterator[None]:
    """Skip the search and reference indexing Wagtail does on every save.

    A demo page is saved many times while it is created, published and translated; indexing
    each save would take most of the run. `build_demo` indexes everything once at the end.
    """
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def build_demo(report: Report) -> None:
    """Load the whole demo in one transaction, then index what changed."""
    with indexing_deferred(), transaction.atomic():
        changed = load_everything(report)
    if changed:
        quiet = io.StringIO()
        call_command("update_index", verbosity=0, stdout=quiet)
        call_command("rebuild_references_index", verbosity=0, stdout=quiet)
        report("Search index and reference index rebuilt.")


def load_everything(report: Report) -> bool:
    """Load every step; each reports what exists and how much of it is new. True if any is new."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = Site.objects.get(is_default_site=True).root_page.specific

    ref = load_reference(source_locale)
    in_source = {"locale": source_locale}
    report(
        f"Reference data: {Province.objects.count()} provinces, "
        f"{Municipality.objects.count()} municipalities, "
        f"{Agenda.objects.filter(**in_source).count()} agendas, "
        f"{Goal.objects.filter(**in_source).count()} goals, "
        f"{Country.objects.filter(**in_source).count()} countries, "
        f"{Organisation.objects.count()} organisations, "
        f"{ContactPerson.objects.filter(**in_source).count()} contact persons "
        f"({ref.created} new)."
    )

    tree = build_tree(home, ref)
    report(
        f"Dutch pages: {len(tree.pages)} pages below “{home.title}”, "
        f"{BestPracticePage.objects.filter(**in_source).count()} best practices, "
        f"{CampaignMembership.objects.filter(page__locale=source_locale).count()} campaign memberships "
        f"({tree.created} new pages, {tree.images_created} new images)."
    )

    translated = translate_demo(home, ref, tree, report)
    synced = synchronise_demo_trees(report)
    engagement = load_engagement(source_locale)
    report(f"Engagement: demo subscribers and requests ({engagement} new).")
    return bool(ref.created or tree.created or tree.images_created or translated or synced)


def synchronise_demo_trees(report) -> int:
    """Give every untranslated Dutch page its synced copy in each language (as new pages get
    when an editor creates them); return how many copies were new."""
    before = Page.objects.filter(alias_of__isnull=False).count()
    synchronise_all_trees()
    created = Page.objects.filter(alias_of__isnull=False).count() - before
    report(f"Synchronised trees: {created} new synced copies to translate.")
    return created


# What each demo role is: its group (None for the superuser) and whether it is a superuser.
DEMO_ROLES = {
    "editor": ("Editors", False),
    "moderator": ("Moderators", False),
    "administrator": (None, True),
}


def ensure_demo_login(report: Report) -> None:
    """Create the demo accounts of the dev settings (VNG_DEMO_LOGINS), each with its real role:
    the editor in Editors, the moderator in Moderators, the administrator a superuser. Running
    again resets their roles (not their passwords); a no-op without the setting."""
    logins = getattr(settings, "VNG_DEMO_LOGINS", None)
    if not logins:
        return
    user_model = get_user_model()
    for login in logins:
        group_name, superuser = DEMO_ROLES[login["role"]]
        user, created = user_model.objects.get_or_create(
            username=login["username"],
            defaults={"email": f"{login['username']}@example.org"},
        )
        if created:
            user.set_password(login["password"])
        user.is_staff = superuser
        user.is_superuser = superuser
        user.save()
        user.groups.set([Group.objects.get(name=group_name)] if group_name else [])
        report(
            f"Demo login {login['username']} ({login['role']}): "
            f"{'created' if created else 'already there'}."
        )
