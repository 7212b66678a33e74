"""Fixtures of the engagement tests: a real SMTP server on loopback, a GraphQL caller and the
reference rows (a campaign, municipalities, a country, a theme) the requests point at."""

import datetime
import email
import email.policy
import json
import re
import socket
from types import SimpleNamespace

import pytest
from aiosmtpd.controller import Controller

from graphql_api import ratelimit
from tests.factories import (
    CampaignPageFactory,
    CountryFactory,
    MunicipalityFactory,
    ThemePageFactory,
)
from themes.models import CampaignPage


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Sink:
    """Collects what the SMTP server accepted; `refuse_after` makes it refuse later mails."""

    def __init__(self):
        self.messages = []
        self.refuse_after = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        if self.refuse_after is not None and len(self.messages) >= self.refuse_after:
            return "451 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(message)
        return "250 OK"

    def to(self, address):
        return [m for m in self.messages if m["To"] == address]

    @staticmethod
    def text(message) -> str:
        return message.get_body(("plain",)).get_content()

    def link(self, message, name: str) -> str:
        return re.search(rf"https?://\S+/newsletter/{name}/\?token=\S+", self.text(message))[0]


@pytest.fixture
def smtp(settings):
    """A real SMTP server on a free loopback port; Django sends through it."""
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield sink
    controller.stop()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    ratelimit.reset()
    yield
    ratelimit.reset()


@pytest.fixture
def mutate(client, db):
    """POST a document to /graphql/; returns (data of the one root field, response)."""

    def run(document: str, variables: dict | None = None, **extra):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": document, "variables": variables or {}}),
            content_type="application/json",
            **extra,
        )
        body = response.json()
        assert "errors" not in body, body["errors"]
        return next(iter(body["data"].values())), response

    return run


SUBSCRIBE = """mutation($input: NewsletterSubscriptionInput!) {
  subscribeToNewsletter(input: $input) { ok message errors { field code message } }
}"""
CONFIRM = """mutation($token: String!) {
  confirmNewsletterSubscription(token: $token) { ok message errors { field code message } }
}"""
UNSUBSCRIBE = """mutation($token: String!) {
  unsubscribeFromNewsletter(token: $token) { ok message errors { field code message } }
}"""
REQUEST_MEMBERSHIP = """mutation($input: CampaignMembershipRequestInput!) {
  requestCampaignMembership(input: $input) { ok message errors { field code message } }
}"""
REQUEST_ADVICE = """mutation($input: AdviceRequestInput!) {
  requestAdvice(input: $input) { ok message errors { field code message } }
}"""


def sign_up(email_address="ada@example.org", locale="en", **extra):
    return {"email": email_address, "locale": locale, "consent": True, **extra}


@pytest.fixture
def places(db, home_page):
    """A live campaign (with a revision), two municipalities (one merged away), NL, a theme."""
    campaign = CampaignPageFactory(parent=home_page, slug="g4gg")
    campaign.save_revision().publish()
    successor = MunicipalityFactory(cbs_code="GM1900", name="Súdwest-Fryslân")
    merged = MunicipalityFactory(
        cbs_code="GM0140", name="Littenseradiel", valid_to=days_ago(3000), successor=successor
    )
    country = CountryFactory(iso_code="NL", name="Nederland")
    theme = ThemePageFactory(parent=home_page, title="Local governance")
    return SimpleNamespace(
        campaign=CampaignPage.objects.get(pk=campaign.pk),
        municipality=MunicipalityFactory(cbs_code="GM0363", name="Amsterdam"),
        merged=merged,
        successor=successor,
        country=country,
        theme=theme,
    )


def days_ago(n):
    return datetime.date.today() - datetime.timedelta(days=n)
