"""The translation status report leads to the work: filters (language, state, type, promoted),
links on every row, "translate" from a missing cell, "update" from an out-of-date one, and a CSV
for translation agencies."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from tests import factories as f
from tests.themes.editors import create_editor, log_in
from themes.localization.strings import translate_with_strings

REPORT = "/admin/reports/translation-status/"


@pytest.fixture
def site(db):
    home = Page.objects.get(depth=2)
    index = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden")
    promoted = f.BestPracticePageFactory(
        parent=index, title="Zonnedaken", summary="Samen.", promote_internationally=True
    )
    promoted.save_revision().publish()
    translate_with_strings(promoted, "fr", {"Zonnedaken": "Toits solaires", "Samen.": "Ensemble."})
    other = f.BestPracticePageFactory(parent=index, title="Waterpleinen", summary="Regen.")
    other.save_revision().publish()
    goal = f.GoalFactory(number=4, name="Onderwijs", description="Goed onderwijs.")
    return {"index": index, "promoted": promoted, "other": other, "goal": goal}


@pytest.fixture
def editor_client(client, db):
    log_in(client, create_editor())
    return client


def titles(response):
    return [row["object"].title for row in response.context["rows"]]


def test_the_report_url(db):
    assert reverse("translation_status_report") == REPORT


def test_filter_by_language_and_state(editor_client, site):
    response = editor_client.get(REPORT, {"language": "fr", "state": "missing"})
    assert titles(response) == ["VNG International", "Voorbeelden", "Waterpleinen"]
    # French has the title and summary, not yet the slug.
    response = editor_client.get(REPORT, {"language": "fr", "state": "partial"})
    assert titles(response) == ["Zonnedaken"]
    assert editor_client.get(REPORT, {"language": "fr", "state": "complete"}).context["rows"] == []


def test_filter_by_type_and_promotion(editor_client, site):
    response = editor_client.get(REPORT, {"type": "bestpracticepage"})
    assert titles(response) == ["Zonnedaken", "Waterpleinen"]
    assert [str(row["object"]) for row in response.context["reference_rows"]] == []
    response = editor_client.get(REPORT, {"promoted": "on"})
    assert titles(response) == ["Zonnedaken"]
    response = editor_client.get(REPORT, {"type": "reference"})
    assert titles(response) == []
    assert [str(row["object"]) for row in response.context["reference_rows"]] == [
        "Sustainable Development Goals",
        "4. Onderwijs",
    ]


def test_an_unknown_filter_value_shows_everything_and_the_error(editor_client, site):
    response = editor_client.get(REPORT, {"language": "xx"})
    assert response.status_code == 200
    assert titles(response) == ["VNG International", "Voorbeelden", "Zonnedaken", "Waterpleinen"]
    assert "language" in response.context["filter_form"].errors


def test_missing_cells_link_to_translate_and_reference_rows_link_to_the_item(editor_client, site):
    html = editor_client.get(REPORT, {"language": "es"}).content.decode()
    page = site["other"]
    assert f'href="/admin/localize/submit/page/{page.pk}/?select_locale=es">translate</a>' in html
    goal = site["goal"]
    assert f'<a href="/admin/snippets/themes/goal/edit/{goal.pk}/">4. Onderwijs</a>' in html
    assert f'href="/admin/localize/submit/snippet/themes/goal/{goal.pk}/?select_locale=es"' in html
    # The link opens wagtail-localize's form with the language ticked.
    form = editor_client.get(f"/admin/localize/submit/page/{page.pk}/?select_locale=es")
    spanish = Locale.objects.get(language_code="es")
    assert list(form.context["form"].initial["locales"]) == [spanish]


def test_an_out_of_date_cell_links_to_update(editor_client, site):
    promoted = site["promoted"]
    promoted.title = "Zonnedaken overal"
    promoted.save_revision().publish()
    response = editor_client.get(REPORT, {"language": "fr", "state": "out_of_date"})
    assert titles(response) == ["Zonnedaken overal"]
    html = response.content.decode()
    assert 'class="update-link" href="/admin/localize/update/' in html
    update_url = html.split('class="update-link" href="')[1].split('"')[0]
    assert editor_client.get(update_url).status_code == 200


def test_csv_for_agencies(editor_client, site):
    response = editor_client.get(REPORT, {"format": "csv", "language": "fr", "state": "missing"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["type", "title", "source", "nl", "en", "fr", "es", "ar", "admin_url"]
    body = {row[1]: row for row in rows[1:]}
    assert sorted(body) == [
        "4. Onderwijs",
        "Sustainable Development Goals",
        "VNG International",
        "Voorbeelden",
        "Waterpleinen",
    ]
    assert body["Waterpleinen"][2:8] == ["nl", "source", "missing", "missing", "missing", "missing"]
    assert body["Waterpleinen"][8] == f"http://testserver/admin/pages/{site['other'].pk}/edit/"
