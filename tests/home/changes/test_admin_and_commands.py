"""Administrators manage subscriptions in the admin (secret shown once, delivery log, redeliver,
test event) and from the command line; editors see none of it; old events are purged."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.changes import delivery
from home.changes.models import Delivery, Event, Subscription
from tests.factories import BestPracticePageFactory
from tests.home.changes.conftest import publish
from tests.themes.editors import create_editor, log_in


@pytest.fixture
def admin(db, client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    log_in(client, user)
    return user


def test_a_new_subscription_shows_its_secret_once(admin, client, receiver):
    response = client.post(
        reverse("webhooks:add"),
        {
            "name": "Partner site",
            "url": receiver.url,
            "event_types": ["page.published", "page.unpublished"],
            "languages": ["en", "fr"],
            "active": "on",
            "owner_email": "dev@partner.example",
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.event_types == ["page.published", "page.unpublished"]
    assert subscription.languages == ["en", "fr"]
    assert subscription.created_by == admin
    assert re.search(r'<code id="webhook-secret"[^>]*>(whsec_[A-Za-z0-9+/=]+)</code>', text)[1] == (
        subscription.secret
    )
    assert "it is not shown again" in text
    edit = client.get(reverse("webhooks:edit", args=[subscription.pk])).content.decode()
    assert subscription.secret not in edit
    assert reverse("webhook_deliveries", args=[subscription.pk]) in edit


def test_a_private_address_is_refused_with_a_reason(admin, client, settings):
    settings.VNG_WEBHOOKS = {**settings.VNG_WEBHOOKS, "ALLOW_PRIVATE_ADDRESSES": False}
    response = client.post(
        reverse("webhooks:add"), {"name": "x", "url": "http://169.254.169.254/", "active": "on"}
    )
    assert "webhooks go only to public addresses" in response.content.decode()
    assert not Subscription.objects.exists()


def test_the_delivery_log_redeliver_and_test_event(admin, client, tree, receiver, subscription):
    publish(BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval"))
    delivery.run_once()
    log = client.get(reverse("webhook_deliveries", args=[subscription.pk])).content.decode()
    assert "page.published" in log and "<strong>200</strong>" in log
    assert "{&quot;received&quot;: true}" in log  # the first bytes of the answer
    sent = Delivery.objects.get(event__type="page.published")
    client.post(reverse("webhook_redeliver", args=[sent.pk]))
    client.post(reverse("webhook_send_test", args=[subscription.pk]))
    delivery.run_once()
    types = [event["type"] for event in receiver.events()]
    assert types == ["page.published", "page.published", "webhook.test"]
    ids = [r["headers"]["webhook-id"] for r in receiver.verified(subscription.secret)]
    assert ids[0] == ids[1] != ids[2]  # a redelivery is the same message
    sent.refresh_from_db()
    assert sent.attempts == 2 and sent.status == "delivered"


def test_editors_cannot_see_webhooks(db, client, subscription):
    log_in(client, create_editor())
    events = Event.objects.count()
    for response in [
        client.get(reverse("webhooks:index")),
        client.get(reverse("webhook_deliveries", args=[subscription.pk])),
        client.post(reverse("webhook_send_test", args=[subscription.pk])),
    ]:
        # Wagtail answers a refused admin page with a redirect to the dashboard.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Event.objects.count() == events


def test_the_command_adds_lists_pauses_and_refuses_bad_input(db, receiver):
    out = StringIO()
    call_command("webhooks", "add", "Partner", receiver.url, "--event", "page.deleted", stdout=out)
    subscription = Subscription.objects.get()
    assert subscription.secret in out.getvalue() and subscription.event_types == ["page.deleted"]
    call_command("webhooks", "pause", str(subscription.pk), stdout=StringIO())
    listing = StringIO()
    call_command("webhooks", "list", stdout=listing)
    assert "paused" in listing.getvalue() and receiver.url in listing.getvalue()
    with pytest.raises(CommandError, match="Unknown event type page.eaten; choose from"):
        call_command("webhooks", "add", "x", receiver.url, "--event", "page.eaten")
    with pytest.raises(CommandError, match="There is no subscription 999"):
        call_command("webhooks", "resume", "999")


def test_old_events_are_purged_with_their_deliveries(tree, subscription, settings):
    publish(BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval"))
    old = Event.objects.create(
        type="page.published", object_type="page", object_model="X", object_id="1"
    )
    Event.objects.filter(pk=old.pk).update(occurred_at=timezone.now() - timedelta(days=91))
    kept = Event.objects.count() - 1
    out = StringIO()
    call_command("purge_changes", stdout=out)
    assert out.getvalue().strip() == "Deleted 1 change events."
    assert Event.objects.count() == kept and not Event.objects.filter(pk=old.pk).exists()
    call_command("purge_changes", "--days", "0", stdout=StringIO())
    assert Event.objects.count() == 0 and Delivery.objects.count() == 0


def test_the_worker_command_runs_one_pass_and_refuses_unknown_work(tree, receiver, subscription):
    publish(BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval"))
    call_command("worker", "--once", "--only", "webhooks")
    assert [e["type"] for e in receiver.events()] == ["page.published"]
    with pytest.raises(CommandError, match="Unknown kind of work mail; choose from"):
        call_command("worker", "--only", "mail")


def test_the_backlog_is_a_prometheus_metric(tree, client, subscription, settings):
    settings.VNG_METRICS_TOKEN = "s3cret-token"
    for n in range(2):
        publish(BestPracticePageFactory(parent=tree["index"], title=f"V {n}", slug=f"v{n}"))
    pending = Delivery.objects.filter(status="pending").count()
    assert pending >= 2

    def scrape():
        response = client.get("/metrics", headers={"Authorization": "Bearer s3cret-token"})
        return re.search(r"^vng_webhook_backlog (\S+)$", response.content.decode(), re.M)[1]

    assert float(scrape()) == pending
    delivery.run_once()
    assert float(scrape()) == 0
