"""An editor finds a municipality in the searchable chooser by typing "Rott" and saves the page.

Real browser (headless Chromium), real server (`live_server`), real login form. The screenshots
are the ones in docs/editors.md (docs/img/).
"""

import pathlib
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page

from tests import factories as f
from themes.models import BestPracticePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "choose-me-please"  # noqa: S105 - a throwaway test user
DOCS_IMG = pathlib.Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture
def best_practice():
    south_holland = f.ProvinceFactory(cbs_code="PV28", iso_code="NL-ZH", name="Zuid-Holland")
    f.MunicipalityFactory(cbs_code="GM0599", name="Rotterdam", province=south_holland)
    f.MunicipalityFactory(cbs_code="GM0363", name="Amsterdam")
    home = Page.objects.get(depth=2)
    index = f.BestPracticeIndexPageFactory(parent=home)
    page = f.BestPracticePageFactory(
        parent=index,
        title="Klimaatbestendige pleinen",
        summary="Waterpleinen vangen regen op en zijn droog een speelplek.",
    )
    page.save_revision().publish()
    return page


def test_editor_finds_a_municipality_by_typing_and_saves(live_server, page, best_practice):
    get_user_model().objects.create_superuser("chooser", "c@example.org", PASSWORD)
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "chooser")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"{live_server.url}/admin/pages/{best_practice.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Klimaatbestendige pleinen")
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=DOCS_IMG / "editor-best-practice-content-tab.png")

    page.get_by_role("tab", name="Place, themes and partners").click()
    chooser = page.locator('[data-autocomplete-input-name="municipalities"]')
    chooser.locator("input[type=text]").first.fill("Rott")
    suggestion = chooser.get_by_text("Rotterdam — Zuid-Holland, GM0599")
    expect(suggestion).to_be_visible()
    expect(chooser.get_by_text("Amsterdam")).to_have_count(0)
    chooser.scroll_into_view_if_needed()
    page.screenshot(path=DOCS_IMG / "editor-municipality-chooser.png")
    suggestion.click()

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(re.compile("has been updated", re.I)).first).to_be_visible()

    draft = BestPracticePage.objects.get(pk=best_practice.pk).get_latest_revision_as_object()
    assert [m.name for m in draft.municipalities.all()] == ["Rotterdam"]
