"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Without Chromium the browser tests are skipped with a reason; CI sets VNG_REQUIRE_BROWSER=1 so
that a missing browser fails instead. Screenshots go to test-artifacts/ (kept by CI).
"""

import contextlib
import os
import pathlib
import re
import time

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
    in_flight = set()  # (Playwright takes functions, not a set's builtin methods)
    page.on("request", lambda request: in_flight.add(request))
    page.on("requestfinished", lambda request: in_flight.discard(request))
    page.on("requestfailed", lambda request: in_flight.discard(request))
    yield page
    # Requests the page still has running (an autocomplete search after a save, a preview)
    # must end before the test's database is flushed: a request running in the live server
    # during the TRUNCATE deadlocks with it. Closing the browser does not stop the server.
    deadline = time.monotonic() + 15
    while in_flight and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    context.close()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


ADMIN_PASSWORD = "browser-check-2016"  # noqa: S105 - throwaway test users


@pytest.fixture
def log_in(page, live_server):
    """Log `page` in through the admin's real login form: `log_in()` as a new superuser,
    `log_in(username, password)` as an existing user. Returns the page, on the dashboard."""
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect

    def log_in_as(username=None, password=ADMIN_PASSWORD):
        if username is None:
            username = "chief"
            get_user_model().objects.create_superuser(username, "chief@example.org", password)
        page.set_default_timeout(20_000)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        expect(page).to_have_url(re.compile(r"/admin/$"))
        return page

    return log_in_as
