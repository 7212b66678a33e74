"""Synchronised trees: a page an editor creates or moves in Dutch appears in every other
language as a synced copy marked untranslated; the API never serves that copy as its language
(readers get the fallback), and the status report lists it as "to translate"."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from home.serving.visibility import visible_pages
from tests import factories as f
from tests.graphql_api.content_data import graphql
from tests.themes.editors import log_in
from themes.models import BestPracticeIndexPage

pytestmark = pytest.mark.django_db
OTHERS = ["en", "fr", "es", "ar"]


@pytest.fixture
def chief(client, django_user_model):
    user = django_user_model.objects.create_superuser("chief", "chief@example.com", "pw")
    log_in(client, user)
    return client


def test_the_migration_synchronises_every_other_language_from_dutch():
    assert sorted(
        (sync.locale.language_code, sync.sync_from.language_code)
        for sync in LocaleSynchronization.objects.select_related("locale", "sync_from")
    ) == sorted((code, "nl") for code in OTHERS)


def add_page(client, parent, model, data):
    url = reverse("wagtailadmin_pages:add", args=("themes", model._meta.model_name, parent.pk))
    response = client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, response.content[:2000]
    return model.objects.get(locale__language_code="nl", slug=data["slug"])


def test_a_new_dutch_page_appears_in_every_language_as_an_untranslated_copy(chief, home_page):
    index = add_page(
        chief,
        home_page,
        BestPracticeIndexPage,
        {"title": "Voorbeelden", "slug": "voorbeelden", "intro": ""},
    )
    copies = Page.objects.filter(translation_key=index.translation_key).exclude(pk=index.pk)
    assert sorted(copies.values_list("locale__language_code", flat=True)) == sorted(OTHERS)
    assert all(copy.alias_of_id == index.pk for copy in copies)
    # Never served as French: the public sees no French page, the API falls back to Dutch.
    assert not visible_pages(copies).exists()
    answer, _ = graphql(
        chief,
        'query { page(urlPath: "/fr/voorbeelden/") { title locale } }',
    )
    assert answer["data"]["page"] is None or answer["data"]["page"]["locale"] != "fr"

    # The status report lists it as "to translate", with the link that starts the work.
    html = chief.get(
        reverse("translation_status_report"), {"language": "fr", "state": "to_translate"}
    ).content.decode()
    assert f'data-page="{index.pk}"' in html
    translate = reverse("wagtail_localize:submit_page_translation", args=[index.pk])
    assert f"{translate}?select_locale=fr" in html


def test_moving_a_dutch_page_moves_its_copies(chief, home_page):
    year_2016 = f.ProgrammeYearPageFactory(parent=home_page, slug="2016", title="2016")
    year_2017 = f.ProgrammeYearPageFactory(parent=home_page, slug="2017", title="2017")
    theme = f.ThemePageFactory(
        parent=year_2016, title="Duurzaamheid", slug="duurzaamheid", number=4
    )
    out = io.StringIO()
    call_command("sync_locale_trees", stdout=out)  # pages made before: copied once
    assert "fr: " in out.getvalue()

    response = chief.post(reverse("wagtailadmin_pages:move_confirm", args=[theme.pk, year_2017.pk]))
    assert response.status_code == 302
    for code in OTHERS:
        locale = Locale.objects.get(language_code=code)
        copy = theme.get_translation(locale)
        assert copy.alias_of_id == theme.pk
        assert copy.get_parent().pk == year_2017.get_translation(locale).pk, code
