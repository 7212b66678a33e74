"""Migrations are complete, and the data migrations leave a usable site behind."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.mark.django_db
def test_every_model_change_has_a_migration():
    # Fails while a model edit (even a help_text) waits for its migration: run
    # `python manage.py makemigrations themes home` and commit the result.
    output = io.StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=output, verbosity=2)
    except SystemExit:
        pytest.fail(
            f"Models and migrations differ; makemigrations would write:\n{output.getvalue()}"
        )


@pytest.mark.django_db
def test_the_migrations_create_the_locales_and_the_dutch_home_page_as_site_root():
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    )
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert (home.locale.language_code, home.slug, home.live) == ("nl", "home", True)
    # headless: Wagtail's address of a page is the partner website's (home.routing)
    assert home.url == "http://testserver/nl/"
    # Wagtail's placeholder welcome page is gone: the root has the home page as its only child.
    assert list(Page.objects.get(depth=1).get_children()) == [home.page_ptr]
