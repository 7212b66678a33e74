"""GraphiQL is served by the service itself: with every request leaving the machine cut off,
it loads under the Content Security Policy, runs a query and sends the partner's key."""

import json
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def test_graphiql_loads_and_runs_a_query_with_the_network_cut_off(live_server, page, settings):
    settings.VNG_GRAPHIQL = True
    page.set_default_timeout(20_000)
    page.add_init_script(RECORD_VIOLATIONS)
    blocked, sent = [], []

    def only_loopback(route):
        if urlsplit(route.request.url).hostname in LOOPBACK:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_loopback)
    page.on(
        "request",
        lambda request: (
            sent.append(request)
            if request.method == "POST" and request.url.endswith("/graphql/")
            else None
        ),
    )

    response = page.goto(f"{live_server.url}/graphql/")
    assert response.status == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator(".graphiql-container")).to_be_visible()

    page.fill("#vng-key-input", "partner-key-123")
    page.locator(".graphiql-execute-button").click()
    expect(page.locator(".graphiql-response")).to_contain_text('"code": "nl"')

    queries = [r for r in sent if "locales" in (r.post_data or "")]
    assert queries, "GraphiQL sent no query"
    assert queries[-1].headers.get("x-api-key") == "partner-key-123"
    assert json.loads(queries[-1].post_data)["query"].strip().startswith("{")
    assert page.evaluate("window.__cspViolations") == []
    assert blocked == []  # nothing even tried to leave the machine


def test_graphiql_is_off_unless_the_setting_turns_it_on(live_server, page, settings):
    settings.VNG_GRAPHIQL = False
    response = page.goto(f"{live_server.url}/graphql/")
    assert response.status == 400
    assert "GraphiQL is not enabled" in page.content()
