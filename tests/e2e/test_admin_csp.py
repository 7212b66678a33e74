"""The admin works under its Content Security Policy: Wagtail's pages (dashboard, page editor
with date pickers and inline panels, image upload, user list) load and run without a single CSP
violation in headless Chromium, while a script from another origin is blocked."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page

from tests import factories as f

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "csp-check-2016"  # noqa: S105 - a throwaway test user
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture
def example():
    home = Page.objects.get(depth=2)
    index = f.BestPracticeIndexPageFactory(parent=home)
    page = f.BestPracticePageFactory(parent=index, title="Zonnedaken in Zwolle")
    page.save_revision().publish()
    return page


def test_admin_pages_run_without_csp_violations(live_server, page, example):
    get_user_model().objects.create_superuser("csp", "csp@example.org", PASSWORD)
    page.set_default_timeout(20_000)
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))

    response = page.goto(f"{live_server.url}/admin/login/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy
    page.fill("input[name=username]", "csp")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    seen = {}
    for path in [
        "/admin/",
        f"/admin/pages/{example.pk}/edit/",
        "/admin/images/multiple/add/",
        "/admin/users/",
        "/admin/promotion-export/",
        "/admin/webhooks/",
        "/admin/webhooks/add/",
    ]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        seen[path] = page.evaluate("window.__cspViolations")
    assert seen == dict.fromkeys(seen, [])
    assert not [text for text in console if "Content Security Policy" in text]

    # The editor's scripts ran: the page editor's tabs and date picker are live.
    page.goto(f"{live_server.url}/admin/pages/{example.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Zonnedaken in Zwolle")
    expect(page.locator("[data-controller~='w-tabs']").first).to_be_attached()

    # And the policy does block what it should: a script from another origin.
    page.evaluate(
        """() => { const s = document.createElement("script");
        s.src = "https://evil.example.org/steal.js"; document.body.appendChild(s); }"""
    )
    page.wait_for_timeout(300)
    assert any("evil.example.org" in v for v in page.evaluate("window.__cspViolations"))
