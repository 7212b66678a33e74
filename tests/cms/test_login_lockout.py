"""Admin login throttling holds across workers and nodes: two gunicorn nodes (two workers each)
share one database, and the failures counted on one lock the login on the other."""

import pytest

from tests.cms.servers import Gunicorn, admin_login

RIGHT = "right-password-2016"


@pytest.fixture(scope="module")
def nodes(sqlite_node_env):
    settings = {"LOGIN_FAILURE_LIMIT": 5, "LOGIN_LOCKOUT_MINUTES": 15, "TRUSTED_PROXY_COUNT": 1}
    first = Gunicorn(sqlite_node_env, workers=2, threads=2, **settings).start()
    second = Gunicorn(sqlite_node_env, workers=2, threads=2, **settings).start()
    yield first, second
    first.stop()
    second.stop()


def login(node, username, password, client_ip):
    return admin_login(node, username, password, client_ip)[0]


def test_an_account_is_locked_after_five_failures_spread_over_nodes_and_addresses(nodes):
    first, second = nodes
    # Four wrong passwords for one account, from four addresses, alternating between nodes:
    # the right one still works and resets the count.
    for attempt in range(4):
        assert login(nodes[attempt % 2], "editor", "wrong", f"203.0.113.{attempt + 1}") == 200
    assert login(first, "editor", RIGHT, "203.0.113.50") == 302
    for attempt in range(4):
        assert login(nodes[attempt % 2], "editor", "wrong", f"203.0.113.{attempt + 1}") == 200
    # The fifth failure locks the account: it is answered with the lockout, and then the right
    # password is refused too, on both nodes and from a new address.
    assert login(first, "editor", "wrong", "203.0.113.5") == 429
    said = {
        "en": "Too many failed logins for this account or from this address. Logging in is "
        "blocked for 15 minutes",
        "nl": "Te veel mislukte inlogpogingen voor dit account of vanaf dit adres. Inloggen is "
        "15 minuten geblokkeerd",
    }
    for node, language in ((first, "en"), (second, "nl")):
        status, headers, body = admin_login(node, "editor", RIGHT, "203.0.113.99", language)
        assert status == 429
        assert headers["Retry-After"] == "900"
        assert body.decode().startswith(said[language])
    # Another account from another address still logs in.
    assert login(second, "moderator", RIGHT, "192.0.2.10") == 302


def test_an_address_is_locked_after_five_failures_for_any_accounts(nodes):
    first, second = nodes
    for attempt in range(4):
        assert login(nodes[attempt % 2], f"guess{attempt}", "wrong", "198.51.100.7") == 200
    assert login(second, "guess4", "wrong", "198.51.100.7") == 429
    assert login(first, "moderator", RIGHT, "198.51.100.7") == 429
    assert login(second, "moderator", RIGHT, "198.51.100.8") == 302
