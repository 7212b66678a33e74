"""An editor translates a best practice into French in wagtail-localize's translation editor.

Real browser (headless Chromium), real server (`live_server`), real login form. The Dutch page
is opened in the admin, "Translate" is chosen from its actions, French is picked, the
translation editor fills every string with the (offline) machine translator, and "Publish in
Français" makes the French page live in the French tree.
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from tests import factories as f
from themes.models import BestPracticePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def best_practice():
    home = Page.objects.get(depth=2)
    index = f.BestPracticeIndexPageFactory(parent=home)
    page = f.BestPracticePageFactory(
        parent=index,
        title="Zonnedaken in Zwolle",
        summary="Samen met bewoners legt de gemeente zonnepanelen op alle daken.",
        promote_internationally=True,
    )
    page.save_revision().publish()
    return page


def test_editor_translates_a_best_practice_into_french(
    live_server, page, log_in, artifacts, best_practice, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "themes.localization.machine.OfflineMachineTranslator",
        "OPTIONS": {},
    }
    log_in()  # through the login form

    # Open the Dutch page in the admin and choose "Translate" from its actions.
    page.goto(f"{live_server.url}/admin/pages/{best_practice.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Zonnedaken in Zwolle")
    page.screenshot(path=artifacts / "translation-1-dutch-page.png", full_page=True)
    page.locator("header").get_by_role(
        "button", name=re.compile("Actions|More", re.I)
    ).first.click()
    page.get_by_role("link", name="Translate").click()

    # Pick French and submit.
    expect(page.get_by_role("heading", name=re.compile("Translate"))).to_be_visible()
    page.get_by_label("Français").check()
    page.screenshot(path=artifacts / "translation-2-choose-french.png", full_page=True)
    page.get_by_role("button", name="Submit").click()

    # The translation editor: machine-translate every string, then publish.
    machine = page.get_by_role("button", name=re.compile("Translate with Offline machine"))
    expect(machine).to_be_enabled()
    machine.click()
    expect(page.get_by_text("Successfully translated with Offline machine")).to_be_visible()
    expect(page.get_by_text("[MT:fr] Zonnedaken in Zwolle").first).to_be_visible()
    page.screenshot(path=artifacts / "translation-3-editor.png", full_page=True)
    page.get_by_role("button", name="Publish in Français").click()
    expect(page.get_by_text(re.compile("published", re.I)).first).to_be_visible()
    page.screenshot(path=artifacts / "translation-4-published.png", full_page=True)

    french = BestPracticePage.objects.get(
        translation_key=best_practice.translation_key,
        locale=Locale.objects.get(language_code="fr"),
    )
    assert (french.title, french.live, french.alias_of_id) == (
        "[MT:fr] Zonnedaken in Zwolle",
        True,
        None,
    )

    # The editor sees it in the French tree: the page explorer of the French index lists it.
    page.goto(f"{live_server.url}/admin/pages/{french.get_parent().pk}/")
    expect(page.get_by_role("link", name="[MT:fr] Zonnedaken in Zwolle").first).to_be_visible()
    page.screenshot(path=artifacts / "translation-5-french-tree.png", full_page=True)
