"""A translator filters the translation status report to the French work and follows a
"translate" link into wagtail-localize's form with French ticked.

Real browser (headless Chromium), real server (`live_server`), real login form. The screenshots
are the ones in docs/editors.md and docs/translation.md (docs/img/).
"""

import pathlib
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page

from tests import factories as f
from themes.localization.strings import translate_with_strings

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "report-me-please"  # noqa: S105 - a throwaway test user
DOCS_IMG = pathlib.Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture
def pages():
    home = Page.objects.get(depth=2)
    index = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden")
    done = f.BestPracticePageFactory(parent=index, title="Zonnedaken", summary="Samen.")
    done.save_revision().publish()
    translate_with_strings(done, "fr", {"Zonnedaken": "Toits solaires", "Samen.": "Ensemble."})
    todo = f.BestPracticePageFactory(parent=index, title="Waterpleinen", summary="Regen.")
    todo.save_revision().publish()
    return {"done": done, "todo": todo}


def test_translator_filters_the_report_and_starts_a_translation(live_server, page, pages):
    get_user_model().objects.create_superuser("reporter", "r@example.org", PASSWORD)
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "reporter")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"{live_server.url}/admin/reports/translation-status/")
    expect(page.locator(f'tr[data-page="{pages["done"].pk}"]')).to_be_visible()
    page.select_option("select[name=language]", "fr")
    page.select_option("select[name=state]", "missing")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"language=fr&state=missing"))
    expect(page.locator(f'tr[data-page="{pages["done"].pk}"]')).to_have_count(0)
    row = page.locator(f'tr[data-page="{pages["todo"].pk}"]')
    expect(row).to_be_visible()
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=DOCS_IMG / "translation-status-report-filtered.png", full_page=True)

    row.locator('td[data-locale="fr"]').get_by_role("link", name="translate").click()
    expect(page.get_by_role("heading", name=re.compile("Translate"))).to_be_visible()
    expect(page.get_by_label("Français")).to_be_checked()
    expect(page.get_by_label("Español")).not_to_be_checked()
    page.screenshot(path=DOCS_IMG / "translation-status-translate-form.png", full_page=True)
