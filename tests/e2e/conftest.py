"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Without Chromium the browser tests are skipped with a reason; CI sets VNG_REQUIRE_BROWSER=1 so
that a missing browser fails instead. Screenshots go to test-artifacts/ (kept by CI).
"""

import contextlib
import os
import pathlib

import pytest

CHROMIUM = os.environ.get("VNG_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = pathlib.Path(__file__).resolve().parents[2] / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop; Django must allow ORM use from the test thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@contextlib.contextmanager
def launch_chromium():
    """Start headless Chromium, or skip (fail under VNG_REQUIRE_BROWSER) when it is missing."""
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM}: `apt-get install chromium` to run this test."
        if os.environ.get("VNG_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def browser():
    """One Chromium per module, closed with it: Playwright's sync API keeps its event loop
    marked as running on the test thread while a browser is open, and strawberry and Django
    would then treat later tests' sync code as async."""
    with launch_chromium() as browser:
        yield browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
