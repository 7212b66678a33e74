"""Search that finds, on the real engines: inflection and word order per language, body text,
related theme and goal names, titles ranked above body text, never a draft's words."""

import pytest
from django.db import connection
from wagtail.models import Page, Site
from wagtail.search.index import insert_or_update_object as index_object

from home.serving.search import add_snippets, autocomplete_titles, search_pages
from tests import factories as f
from themes.localization.strings import translate_with_strings

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    home = Site.objects.get(is_default_site=True).root_page
    index = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden")
    theme = f.ThemePageFactory(
        parent=f.ProgrammeYearPageFactory(parent=home), title="Klimaatbestendigheid"
    )
    in_title = f.BestPracticePageFactory(
        parent=index, title="Global Goals in de begroting van de stad", summary="Zwolle rekent."
    )
    in_body = f.BestPracticePageFactory(
        parent=index,
        title="Afval scheiden",
        summary="Hoe de gemeente in elke stad en elk dorp het afval ophaalt.",
    )
    with_theme = f.BestPracticePageFactory(parent=index, title="Groene daken", summary="Daken.")
    with_theme.themes.set([theme])
    with_theme.save_revision().publish()
    # Relations are saved after the page row: the worker indexes after the commit, the tests'
    # immediate tasks before it; index the example again as the worker would.
    index_object(with_theme)
    draft = f.BestPracticePageFactory(
        parent=index, title="Geheim plan", summary="Een zeppelinhaven voor steden.", live=False
    )
    live = f.BestPracticePageFactory(parent=index, title="Openbaar plan", summary="Fietsen.")
    live.summary = "Een onderzeeërhaven."  # a saved draft of a live page
    live.save_revision()
    fr_index = translate_with_strings(index, "fr", {"Voorbeelden": "Exemples"})
    french = translate_with_strings(
        in_body, "fr", {"Afval scheiden": "Trier les déchets",
                        "Hoe de gemeente in elke stad en elk dorp het afval ophaalt.":
                        "Comment la commune collecte les déchets dans chaque ville."}
    )  # fmt: skip
    return {"in_title": in_title, "in_body": in_body, "with_theme": with_theme,
            "draft": draft, "live": live, "french": french, "fr_index": fr_index}  # fmt: skip


def found(words, code="nl", fallback=True):
    return [hit.page_id for hit in search_pages(Page.objects.all(), words, code, fallback)]


def test_word_order_and_inflection_in_dutch(pages):
    assert pages["in_title"].pk in found("begroting Global Goals")
    assert pages["in_title"].pk in found("steden")  # "stad" in the title


def test_inflection_in_french(pages):
    assert found("villes", "fr", fallback=False) == [pages["french"].pk]


def test_body_text_and_theme_names_are_found(pages):
    assert pages["in_body"].pk in found("dorp")
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's FTS backend does not index related fields")
    assert pages["with_theme"].pk in found("klimaatbestendigheid")


def test_title_matches_rank_above_body_matches(pages):
    ranked = found("stad")
    assert ranked.index(pages["in_title"].pk) < ranked.index(pages["in_body"].pk)


def test_a_drafts_words_are_never_found(pages):
    assert found("zeppelinhaven") == []
    assert found("onderzeeërhaven") == []
    assert found("fietsen") == [pages["live"].pk]


def test_results_follow_the_language_rule_and_say_where_they_matched(pages):
    hits = search_pages(Page.objects.all(), "afval", "fr", True)
    # the example has a French version, which does not hold "afval": it is not served in Dutch
    assert pages["in_body"].pk not in [hit.page_id for hit in hits]
    hits = search_pages(Page.objects.all(), "déchets", "fr", True)
    assert [(hit.page_id, hit.language) for hit in hits] == [(pages["french"].pk, "fr")]
    add_snippets(hits, "déchets")
    assert "<mark>déchets</mark>" in hits[0].snippet


def test_autocomplete_on_titles(pages):
    titles = [page.title for page in autocomplete_titles(Page.objects.all(), "glob", "nl", True, 5)]
    assert titles == ["Global Goals in de begroting van de stad"]
