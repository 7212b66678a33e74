"""Headless Chromium opens the exported site from the files (file:// URLs, no server): the
English and the Arabic index and an example page, with the Arabic one laid out right to left.
Screenshots go to test-artifacts/ for a person to look at."""

import asyncio
from contextlib import contextmanager

import pytest
from django.core.management import call_command

from tests.e2e.conftest import launch_chromium
from tests.themes.export.site_data import build_export_site, rolled_back

# The tests read files only, but the module fixture needs the test database to be set up.
pytestmark = pytest.mark.django_db


@contextmanager
def without_the_browser_event_loop():
    """Playwright's sync API keeps an asyncio loop marked as running on this thread while a
    browser is open (another module's may still be), and Django and strawberry then treat plain
    sync code as async. The export is sync code: hide the loop while it runs."""
    loop = asyncio._get_running_loop()
    asyncio._set_running_loop(None)
    try:
        yield
    finally:
        asyncio._set_running_loop(loop)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    out = tmp_path_factory.mktemp("browser-export") / "site"
    with without_the_browser_event_loop(), rolled_back(django_db_blocker):
        build_export_site()
        call_command(
            "export_promotion", "--locale", "en", "--locale", "ar", "--out", str(out), verbosity=0
        )
    return out


@pytest.fixture(scope="module")
def browser(site):
    """This module's Chromium starts after the export, which is sync code Playwright's running
    event loop would otherwise disturb."""
    with launch_chromium() as chromium:
        yield chromium


def open_file(page, path):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return requests


def direction(page, selector):
    return page.eval_on_selector(selector, "element => getComputedStyle(element).direction")


def test_the_english_index_reads_left_to_right_and_loads_only_its_own_files(site, page, artifacts):
    requests = open_file(page, site / "en" / "index.html")
    page.screenshot(path=artifacts / "export-en-index.png", full_page=True)
    assert page.title() == "Examples of Dutch local governance · VNG International"
    assert direction(page, "body") == "ltr"
    assert requests and all(url.startswith("file://") for url in requests)
    assert page.locator(".card").count() == 3
    # The stylesheet applied: the header has the accent colour.
    assert (
        page.eval_on_selector(".site-header", "e => getComputedStyle(e).backgroundColor")
        == "rgb(0, 84, 143)"
    )


def test_the_arabic_index_is_right_to_left_and_mirrored(site, page, artifacts):
    requests = open_file(page, site / "ar" / "index.html")
    page.screenshot(path=artifacts / "export-ar-index.png", full_page=True)
    assert direction(page, "html") == "rtl"
    assert direction(page, ".cards") == "rtl"
    assert all(url.startswith("file://") for url in requests)
    # Mirrored: the accent border of a card sits on its right side.
    border = page.eval_on_selector(".card article", "e => getComputedStyle(e).borderRightWidth")
    assert border == "6px"
    # A fallback example in English keeps its own direction inside the Arabic page.
    assert direction(page, '.card__title a[lang="en"]') == "ltr"


def test_an_arabic_example_page_shows_its_notice_and_switches_to_english(site, page, artifacts):
    open_file(page, site / "ar" / "examples" / "mtar-zonnestroom-delen.html")
    page.screenshot(path=artifacts / "export-ar-example.png", full_page=True)
    assert direction(page, "h1") == "rtl"
    assert page.locator(".notice--machine").is_visible()
    assert page.locator("img").first.evaluate("img => img.complete && img.naturalWidth > 0")
    page.click('.languages a[lang="en"]')
    page.wait_for_load_state("load")
    assert page.url.endswith("/en/examples/sharing-solar-power.html")
    assert page.locator("h1").inner_text() == "Sharing solar power"
    page.screenshot(path=artifacts / "export-en-example.png", full_page=True)
