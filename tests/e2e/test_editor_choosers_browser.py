"""Editors in a real browser: finding a municipality in the chooser by typing and saving, and
the translation status report's filter leading to wagtail-localize's "Translate" form.

Real Chromium, real server (`live_server`), real login form. The screenshots go to docs/img/
(the editor guide shows them) and test-artifacts/.
"""

import pathlib
import re
import shutil

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests import factories as f
from themes.models import BestPracticePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DOCS_IMG = pathlib.Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture
def example():
    home = Page.objects.get(depth=2)
    south = f.ProvinceFactory(cbs_code="PV28", iso_code="NL-ZH", name="Zuid-Holland")
    f.MunicipalityFactory(cbs_code="GM0599", name="Rotterdam", province=south)
    f.MunicipalityFactory(cbs_code="GM0518", name="'s-Gravenhage", province=south)
    index = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden", slug="voorbeelden")
    page = f.BestPracticePageFactory(
        parent=index,
        title="Wijkdashboard Rotterdam",
        summary="Rotterdam laat per wijk zien hoe het staat met de Global Goals.",
        promote_internationally=True,
    )
    page.save_revision().publish()
    return page


def shoot(page, artifacts, name, **options):
    path = artifacts / name
    page.screenshot(path=path, **options)
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, DOCS_IMG / name)


def test_editor_finds_a_municipality_by_typing_and_saves(
    live_server, page, log_in, artifacts, example
):
    log_in()
    page.goto(f"{live_server.url}/admin/pages/{example.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Wijkdashboard Rotterdam")
    # The story fits the first screen; the rest is in tabs.
    shoot(page, artifacts, "editor-best-practice-content-tab.png")

    page.get_by_role("tab", name="Where and when").click()
    field = page.locator('[data-contentpath="municipalities"]')
    search = field.locator("input.c-wagtailautocomplete__search, input[type=text]").first
    search.click()
    search.fill("Rott")
    suggestion = page.get_by_text("Rotterdam — Zuid-Holland, GM0599")
    expect(suggestion).to_be_visible()
    shoot(page, artifacts, "editor-municipality-chooser.png")
    suggestion.click()
    expect(field.get_by_text("Rotterdam — Zuid-Holland, GM0599")).to_be_visible()

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(re.compile("has been updated|saved", re.I)).first).to_be_visible()

    draft = BestPracticePage.objects.get(pk=example.pk).get_latest_revision_as_object()
    assert [m.name for m in draft.municipalities.all()] == ["Rotterdam"]


def test_status_report_filter_and_translate_link(live_server, page, log_in, artifacts, example):
    log_in()
    page.goto(f"{live_server.url}/admin/reports/translation-status/")
    page.get_by_label("Language").select_option("fr")
    page.get_by_label("State").select_option("missing")
    page.get_by_label("Only promoted examples").check()
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"language=fr"))
    row = page.locator(f'tr[data-page="{example.pk}"]')
    expect(row).to_be_visible()
    shoot(page, artifacts, "translation-status-report.png", full_page=True)

    row.locator('td[data-locale="fr"]').get_by_role("link", name="translate").click()
    expect(page.get_by_role("heading", name=re.compile("Translate"))).to_be_visible()
    expect(page.get_by_label("Français")).to_be_checked()
    shoot(page, artifacts, "translation-translate-form.png")
