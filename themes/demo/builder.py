"""Run the demo load step by step, reporting progress through a callback."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Site

from themes.demo.load_pages import build_tree
from themes.demo.load_reference import load_reference
from themes.demo.translate import translate_demo
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


@transaction.atomic
def build_demo(report: Report) -> None:
    """Load the whole demo; each step reports what exists and how much of it is new."""
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
        f"{CampaignMembership.objects.count()} campaign memberships "
        f"({tree.created} new pages, {tree.images_created} new images)."
    )

    translate_demo(home, ref, tree, report)


def ensure_demo_login(report: Report) -> None:
    """Create the demo editor of the dev settings; a no-op elsewhere."""
    login = getattr(settings, "VNG_DEMO_LOGIN", None)
    if not login:
        return
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=login["username"],
        defaults={"is_staff": True, "is_superuser": True, "email": "editor@example.org"},
    )
    if created:
        user.set_password(login["password"])
        user.save(update_fields=["password"])
    report(f"Demo login: {'created' if created else 'already there'}.")
