"""Key figures have one place (the best practice's "Key figures and links" tab), read as editors
typed them (40, not 40.00) in the form and the API, and the edit form is split into tabs."""

import importlib
import json
from decimal import Decimal

import pytest
from django.apps import apps
from django.urls import reverse

from tests.factories import BestPracticeIndexPageFactory, BestPracticePageFactory
from tests.themes.editors import create_editor, log_in
from themes.models import BestPracticePage, KeyFigure

migration = importlib.import_module("themes.migrations.0004_key_figures_in_one_place")

FIGURES_BLOCK = {
    "type": "key_figures",
    "id": "kf",
    "value": {
        "figures": [
            {"type": "item", "id": "a", "value": {"value": "40", "unit": "%", "label": "minder"}},
            {"type": "item", "id": "b", "value": {"value": "1200", "unit": "", "label": "panelen"}},
        ]
    },
}
PARAGRAPH = {"type": "paragraph", "id": "p", "value": "<p>Het verhaal.</p>"}


@pytest.fixture
def index(home_page):
    return BestPracticeIndexPageFactory(parent=home_page)


def body_types(page):
    return [block["type"] for block in page.body.raw_data]


def test_the_migration_moves_body_figures_to_the_key_figures_tab(index):
    page = BestPracticePageFactory(parent=index, body=json.dumps([PARAGRAPH, FIGURES_BLOCK]))
    revision = page.save_revision()

    migration.move_key_figures(apps, None)

    page = BestPracticePage.objects.get(pk=page.pk)
    assert body_types(page) == ["paragraph"]
    assert [(f.value, f.unit, f.label) for f in page.key_figures.all()] == [
        (Decimal("40"), "%", "minder"),
        (Decimal("1200"), "", "panelen"),
    ]
    revision.refresh_from_db()
    assert [block["type"] for block in json.loads(revision.content["body"])] == ["paragraph"]
    assert [(f["value"], f["label"]) for f in revision.content["key_figures"]] == [
        ("40", "minder"),
        ("1200", "panelen"),
    ]
    # The page as the editor opens it (from its latest revision) has the figures once.
    opened = page.get_latest_revision_as_object()
    assert [f.label for f in opened.key_figures.all()] == ["minder", "panelen"]
    assert body_types(opened) == ["paragraph"]


def test_the_migration_keeps_existing_key_figures_and_drops_the_duplicate_block(index):
    page = BestPracticePageFactory(parent=index, body=json.dumps([FIGURES_BLOCK]))
    page.key_figures = [KeyFigure(value=40, unit="%", label="minder energie")]
    page.save()

    migration.move_key_figures(apps, None)

    page = BestPracticePage.objects.get(pk=page.pk)
    assert body_types(page) == []
    assert [f.label for f in page.key_figures.all()] == ["minder energie"]


def test_the_form_has_tabs_one_place_for_figures_and_numbers_as_typed(client, index):
    page = BestPracticePageFactory(parent=index, body=json.dumps([PARAGRAPH]))
    page.key_figures = [KeyFigure(value=Decimal("40.00"), unit="%", label="minder energie")]
    page.save_revision().publish()
    log_in(client, create_editor())

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    html = response.content.decode()
    form = response.context["form"]

    assert "key_figures" not in form.fields["body"].block.child_blocks
    assert "paragraph" in form.fields["body"].block.child_blocks
    for tab in ["content", "key_figures_and_links", "place_themes_and_partners", "promote"]:
        assert f'id="tab-{tab}"' in html
    key_figure_input = form.formsets["key_figures"].forms[0]["value"]
    assert 'value="40"' in str(key_figure_input)
    assert "40.00" not in str(key_figure_input)
    # The first tab holds the story, not the classification.
    content_tab = html[: html.index('id="tab-key_figures_and_links"')]
    assert 'name="summary"' in content_tab and 'name="hero_alt"' in content_tab
    assert 'name="municipalities"' not in content_tab
    content_fields = BestPracticePage.get_edit_handler().children[0].get_form_options()["fields"]
    assert content_fields == ["title", "summary", "hero_image", "hero_alt", "hero_credit", "body"]


def test_the_api_serves_key_figures_as_typed(client, index):
    page = BestPracticePageFactory(parent=index)
    page.key_figures = [
        KeyFigure(value=Decimal("40.00"), unit="%", label="minder energie"),
        KeyFigure(value=Decimal("1250.50"), unit="", label="huishoudens"),
        KeyFigure(value=Decimal("1200"), unit="", label="panelen"),
    ]
    page.save_revision().publish()
    query = '{ bestPractices(locale: "nl") { results { keyFigures { value unit label } } } }'
    response = client.post("/graphql/", {"query": query}, content_type="application/json")
    assert response.json()["data"]["bestPractices"]["results"] == [
        {
            "keyFigures": [
                {"value": "40", "unit": "%", "label": "minder energie"},
                {"value": "1250.5", "unit": "", "label": "huishoudens"},
                {"value": "1200", "unit": "", "label": "panelen"},
            ]
        }
    ]
