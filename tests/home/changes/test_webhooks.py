"""Webhooks end to end in one process: events written with the change, signed deliveries to a
real HTTP receiver on loopback, retries, order per object, the SSRF guard, pausing."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Page

from home.changes import delivery
from home.changes.models import Delivery, Event, Subscription
from home.changes.outbound import RefusedAddress, check_url
from tests.factories import BestPracticePageFactory, GoalFactory, ImageFactory
from tests.home.changes.conftest import publish


def drain(passes=50):
    """Run worker passes until nothing is due (or `passes` ran)."""
    for _ in range(passes):
        if not delivery.run_once():
            return


def make_every_kind_of_event(tree):
    page = BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval")
    publish(page)  # page.published (the factory's own save publishes nothing more)
    english = page.copy_for_translation(tree["en"])
    english.title = "Waste"
    english.save()
    publish(english)  # translation.published
    other = BestPracticePageFactory(parent=tree["home"], title="Water", slug="water")
    publish(other)
    other.move(tree["index"], pos="last-child")  # page.moved
    page.unpublish()  # page.unpublished
    Page.objects.get(pk=other.pk).delete()  # page.deleted
    GoalFactory(number=6, name="Schoon water")  # snippet.changed
    ImageFactory(title="Kaart")  # image.changed
    return page, english, other


ALL_TYPES = {
    "page.published",
    "translation.published",
    "page.moved",
    "page.unpublished",
    "page.deleted",
    "snippet.changed",
    "image.changed",
}


def test_every_event_type_is_delivered_once_with_a_valid_signature(tree, receiver, subscription):
    Event.objects.all().delete()
    page, english, other = make_every_kind_of_event(tree)
    drain()
    requests = receiver.verified(subscription.secret)
    events = receiver.events()
    assert {event["type"] for event in events} == ALL_TYPES
    ids = [request["headers"]["webhook-id"] for request in requests]
    assert len(ids) == len(set(ids)) == Event.objects.count()
    assert Delivery.objects.exclude(status=Delivery.Status.DELIVERED).count() == 0
    assert all(r["headers"]["content-type"] == "application/json" for r in requests)

    by_type = {event["type"]: event["data"] for event in events}
    moved = by_type["page.moved"]["object"]
    assert moved["id"] == str(other.pk)
    assert moved["urlPathBefore"] == "/nl/water/"
    assert moved["urlPath"] == "/nl/voorbeelden/water/"
    translation = by_type["translation.published"]["object"]
    assert translation["locale"] == "en" and translation["urlPath"] == "/en/voorbeelden/afval/"
    assert translation["translationKey"] == str(page.translation_key)
    gone = by_type["page.unpublished"]
    assert gone["tombstone"] is True and gone["object"]["urlPath"] == "/nl/voorbeelden/afval/"
    assert by_type["page.deleted"]["tombstone"] is True
    # The index lists the example: its answer changes too.
    published = [e["data"] for e in events if e["type"] == "page.published"]
    first = next(d for d in published if d["object"]["id"] == str(page.pk))
    assert first["affectedPageIds"] == sorted([str(tree["index"].pk), str(page.pk)], key=int)
    assert by_type["snippet.changed"]["object"]["model"] == "Goal"


def test_a_snippet_event_names_the_pages_that_use_it(tree, receiver, subscription):
    goal = GoalFactory(number=13, name="Klimaat")
    page = BestPracticePageFactory(parent=tree["index"], title="Klimaat", slug="klimaat")
    page.goals.add(goal)
    publish(page)  # the reference index now knows the page chooses the goal
    goal.name = "Klimaatactie"
    goal.save()
    drain()
    changed = [e for e in receiver.events() if e["type"] == "snippet.changed"][-1]
    assert changed["data"]["affectedPageIds"] == [str(page.pk)]


def test_a_rolled_back_transaction_produces_no_event(tree, receiver, subscription):
    page = BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval")
    events, deliveries = Event.objects.count(), Delivery.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        publish(page)
        assert Event.objects.count() == events + 1  # written inside the transaction …
        raise RuntimeError("the editor's save failed")
    assert Event.objects.count() == events  # … and gone with it
    assert Delivery.objects.count() == deliveries
    drain()
    assert receiver.requests == []


def test_after_the_receiver_was_down_every_event_arrives_in_order_per_object(
    tree, receiver, subscription, fast_retries
):
    pages = [
        BestPracticePageFactory(parent=tree["index"], title=f"Voorbeeld {n}", slug=f"v{n}")
        for n in range(3)
    ]
    Event.objects.all().delete()
    receiver.stop()  # off the network: connections are refused
    for round_ in range(3):
        for page in pages:
            page.title = f"{page.title} {round_}"
            publish(page)
    delivery.run_once()
    delivery.run_once()
    # Only the first event of each page was tried: the later ones wait for it.
    tried = Delivery.objects.filter(attempts__gt=0)
    assert tried.count() == 3
    # The delivery log is in the site's language (Dutch), every line of it.
    assert all(
        d.status == "pending" and d.error.startswith("Het verzoek is mislukt") for d in tried
    )
    receiver.mode = "fail"
    receiver.start()  # back, but answering 503 for a while
    delivery.run_once()
    answered = Delivery.objects.filter(attempts__gt=0)
    assert {d.response_status for d in answered} == {503}
    assert {d.error for d in answered} == {"De ontvanger antwoordde 503."}
    assert Delivery.objects.get(pk=tried[0].pk).response_excerpt == "down for maintenance"
    receiver.mode = "ok"
    drain()
    assert Delivery.objects.filter(status="delivered").count() == 9
    received = {}
    for event in receiver.events(accepted_only=True):
        if event["type"] == "page.published":
            received.setdefault(event["data"]["object"]["id"], []).append(event["data"]["eventId"])
    for page in pages:
        written = [
            str(e.uuid) for e in Event.objects.filter(object_id=str(page.pk), type="page.published")
        ]
        assert received[str(page.pk)] == written  # every event, once, in the order written


def test_two_claims_never_share_a_delivery(tree, subscription):
    for n in range(6):
        publish(BestPracticePageFactory(parent=tree["index"], title=f"V {n}", slug=f"w{n}"))
    first = delivery.claim(limit=4)
    second = delivery.claim(limit=100)
    assert len(first) == 4 and second
    assert not set(first) & set(second)
    assert delivery.claim(limit=100) == []


def test_the_retries_end_after_the_retry_period_and_a_failing_subscription_is_paused(
    tree, receiver, subscription, fast_retries, smtp
):
    receiver.mode = "fail"
    page = BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval")
    publish(page)
    delivery.run_once()
    subscription.refresh_from_db()
    assert subscription.failing_since is not None and subscription.active
    # Days later, still failing: the delivery gives up, the subscription is paused.
    long_ago = timezone.now() - timedelta(days=4)
    Delivery.objects.update(created_at=long_ago)
    Subscription.objects.update(failing_since=long_ago)
    delivery.run_once()
    assert set(Delivery.objects.values_list("status", flat=True)) == {"failed"}
    subscription.refresh_from_db()
    assert not subscription.active
    assert "failed for 3.0 days" in subscription.paused_reason
    (mail,) = smtp.to("ops@partner.example")
    assert "paused" in mail["Subject"] and receiver.url in smtp.text(mail)
    # Paused: new events wait, nothing is sent.
    before = len(receiver.requests)
    publish(page)
    delivery.run_once()
    assert len(receiver.requests) == before


def test_the_backoff_grows_and_is_jittered(settings):
    settings.VNG_WEBHOOKS = {
        **settings.VNG_WEBHOOKS,
        "BACKOFF_BASE_SECONDS": 30.0,
        "BACKOFF_MAX_SECONDS": 3600.0,
    }
    delays = [delivery.backoff_seconds(n) for n in range(1, 10)]
    assert 15 <= delays[0] <= 30 and 30 <= delays[1] <= 60 and 60 <= delays[2] <= 120
    assert all(1800 <= d <= 3600 for d in delays[7:])


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://172.16.5.5/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[fd00::1]/hook",
        "http://0.0.0.0/hook",
    ],
)
@override("en")  # the refusal is in the admin's language; these read the English one
def test_the_ssrf_guard_refuses_private_addresses(settings, url):
    settings.VNG_WEBHOOKS = {**settings.VNG_WEBHOOKS, "ALLOW_PRIVATE_ADDRESSES": False}
    with pytest.raises(RefusedAddress, match="webhooks go only to public addresses"):
        check_url(url)


@override("en")
def test_the_ssrf_guard_refuses_plain_http_unless_allowed(settings):
    settings.VNG_WEBHOOKS = {**settings.VNG_WEBHOOKS, "ALLOW_HTTP": False}
    with pytest.raises(RefusedAddress, match="Use an https:// address"):
        check_url("http://93.184.215.14/hook")
    assert check_url("https://93.184.215.14/hook")[3] == "93.184.215.14"


def test_nothing_is_sent_to_a_private_receiver_when_the_guard_is_on(
    tree, receiver, subscription, settings
):
    settings.VNG_WEBHOOKS = {**settings.VNG_WEBHOOKS, "ALLOW_PRIVATE_ADDRESSES": False}
    publish(BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval"))
    with override("en"):  # whatever language the process has active
        delivery.run_once()
    assert receiver.requests == []
    refused = Delivery.objects.filter(attempts=1).first()
    # The worker writes the delivery log in the site's language (Dutch) for the administrators.
    assert refused.status == "pending" and "privé-, loopback- of link-local-adres" in refused.error


def test_redirects_are_never_followed(tree, receiver, subscription):
    receiver.mode = "redirect"
    receiver.redirect_to = "http://169.254.169.254/latest/meta-data/"
    Event.objects.all().delete()
    publish(BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval"))
    delivery.run_once()
    assert len(receiver.requests) == 1  # only the subscription's own URL
    tried = Delivery.objects.get(attempts=1)
    assert tried.error == "De ontvanger antwoordde 302 (doorverwijzingen worden niet gevolgd)."


def test_an_expired_page_is_unpublished_by_publish_scheduled_with_an_event(
    tree, receiver, subscription
):
    page = publish(BestPracticePageFactory(parent=tree["index"], title="Afval", slug="afval"))
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    Event.objects.all().delete()
    call_command("publish_scheduled", verbosity=0)
    drain()
    (event,) = receiver.events()
    assert event["type"] == "page.unpublished" and event["data"]["object"]["id"] == str(page.pk)
    assert event["data"]["tombstone"] is True


def test_a_private_page_published_is_a_tombstone(tree, receiver, subscription):
    from wagtail.models import PageViewRestriction

    page = BestPracticePageFactory(parent=tree["index"], title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    Event.objects.all().delete()
    publish(page)
    (event,) = Event.objects.all()
    assert event.type == "page.unpublished" and event.url_path == ""
