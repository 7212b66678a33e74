"""A partner's API key may own webhook subscriptions: the key's contact hears when deliveries
keep failing, and revoking the key pauses its webhooks."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from graphql_api.models import ApiKey
from home.changes import pausing
from home.changes.models import Subscription


@pytest.fixture
def key(db):
    key = ApiKey(name="Partner", contact="Ops <ops@partner.example>")
    key.set_new_secret()
    key.save()
    return key


def test_the_command_gives_a_subscription_to_a_key(key, receiver):
    call_command(
        "webhooks", "add", "Partner", receiver.url, "--api-key", key.prefix, stdout=StringIO()
    )
    assert Subscription.objects.get().api_key == key
    with pytest.raises(CommandError, match="There is no API key starting with 'nope'"):
        call_command("webhooks", "add", "x", receiver.url, "--api-key", "nope")


def test_a_paused_subscription_tells_the_key_contact(key, receiver, smtp):
    subscription = Subscription.objects.create(name="Partner", url=receiver.url, api_key=key)
    pausing.pause(subscription, pausing.failing_for(3))
    (mail,) = smtp.to("ops@partner.example")
    assert "paused" in mail["Subject"]


def test_the_owner_email_comes_before_the_key_contact(key, receiver):
    subscription = Subscription(
        name="Partner", url=receiver.url, api_key=key, owner_email="dev@partner.example"
    )
    assert subscription.owner_addresses() == ["dev@partner.example"]


def test_revoking_the_key_pauses_its_subscriptions_only(key, receiver):
    owned = Subscription.objects.create(name="Partner", url=receiver.url, api_key=key)
    other = Subscription.objects.create(name="Other", url=receiver.url)
    key.active = False
    key.save()
    owned.refresh_from_db()
    other.refresh_from_db()
    assert (owned.active, owned.paused_reason) == (False, "The partner's API key was revoked.")
    assert other.active
