"""Key figures have one place on an example (its key-figure rows) and keep the number as typed.

The data migration `themes.0006` moves the key-figures blocks of every example body into the rows,
on the page and in every revision, without losing or doubling a figure.
"""

import importlib
import json

import pytest
from django.apps import apps

from tests.factories import BestPracticeIndexPageFactory, BestPracticePageFactory
from tests.graphql_api.content_data import graphql
from themes.models import BestPracticePage, KeyFigure

migration = importlib.import_module("themes.migrations.0006_key_figures_in_one_place")
pytestmark = pytest.mark.django_db


def figures_block(block_id, *figures):
    return {
        "type": "key_figures",
        "id": block_id,
        "value": {
            "figures": [
                {
                    "type": "item",
                    "id": f"{block_id}-{i}",
                    "value": {"value": v, "unit": u, "label": lab},
                }
                for i, (v, u, lab) in enumerate(figures)
            ]
        },
    }


@pytest.fixture
def example(home_page):
    index = BestPracticeIndexPageFactory(parent=home_page, title="Voorbeelden", slug="voorbeelden")
    body = [
        {"type": "paragraph", "id": "p1", "value": "<p>Het verhaal.</p>"},
        figures_block("kf", ("40.00", "%", "minder stroom"), ("1250.5", "", "huishoudens")),
    ]
    page = BestPracticePageFactory(parent=index, title="Zon", slug="zon", body=json.dumps(body))
    # The separate rows already held one of the two figures, as the decimal column stored it.
    page.key_figures = [KeyFigure(value="40.00", unit="%", label="minder stroom")]
    page.save()
    page.save_revision().publish()
    return page


def test_the_migration_moves_body_figures_into_the_rows_without_losing_or_doubling(example):
    migration.move_figures(apps, None)

    page = BestPracticePage.objects.get(pk=example.pk)
    assert [b.block_type for b in page.body] == ["paragraph"]
    assert [(f.value, f.unit, f.label) for f in page.key_figures.all()] == [
        ("40", "%", "minder stroom"),
        ("1250.5", "", "huishoudens"),
    ]
    for revision in page.revisions.all():
        version = revision.as_object()
        assert [b.block_type for b in version.body] == ["paragraph"]
        assert [(f.value, f.label) for f in version.key_figures.all()] == [
            ("40", "minder stroom"),
            ("1250.5", "huishoudens"),
        ]
    # Running it again changes nothing.
    migration.move_figures(apps, None)
    assert page.key_figures.count() == 2


def test_the_api_gives_the_number_as_typed(client, example):
    migration.move_figures(apps, None)
    answer, _ = graphql(
        client,
        """query ($path: String!) { page(urlPath: $path) {
             ... on BestPracticePage { keyFigures { value unit label } } } }""",
        path="/nl/voorbeelden/zon/",
    )
    assert answer.get("data", {}).get("page"), answer
    assert answer["data"]["page"]["keyFigures"] == [
        {"value": "40", "unit": "%", "label": "minder stroom"},
        {"value": "1250.5", "unit": "", "label": "huishoudens"},
    ]
