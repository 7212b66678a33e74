"""Newsletter sending (interrupted and resumed: each address exactly once) and personal data
(export, erase leaves nothing behind, purge by age)."""

import datetime
import json
import smtplib
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry

from tests.factories import NewsletterIndexPageFactory, NewsletterIssuePageFactory
from themes.engagement import privacy, sending
from themes.models import (
    AdviceRequest,
    MembershipRequest,
    NewsletterDelivery,
    NewsletterSend,
    Subscriber,
)

pytestmark = pytest.mark.django_db


def subscriber(email, language="nl", status="confirmed", **extra):
    return Subscriber.objects.create(
        email=email,
        language=language,
        status=status,
        consent_text="I agree.",
        consent_version="2025-06",
        **extra,
    )


@pytest.fixture
def issue(home_page):
    index = NewsletterIndexPageFactory(parent=home_page)
    page = NewsletterIssuePageFactory(parent=index, title="Nieuwsbrief juni", intro="Het nieuws.")
    page.save_revision().publish()
    return page


def test_send_interrupted_and_resumed_reaches_each_address_exactly_once(issue, smtp):
    addresses = [f"reader{n}@example.org" for n in range(7)]
    for address in addresses:
        subscriber(address)
    subscriber("english@example.org", language="en")
    subscriber("pending@example.org", status="pending")
    send, created = sending.queue_issue(issue, None)
    assert created and send.language == "nl"

    smtp.refuse_after = 3  # the mail server gives up half-way through the first batch
    with pytest.raises(smtplib.SMTPDataError):
        call_command("send_engagement_mail", "--batch-size=5", verbosity=0)
    assert len(smtp.messages) == 3
    send.refresh_from_db()
    assert send.status == "sending"
    assert send.progress() == {"pending": 4, "sending": 0, "sent": 3, "failed": 0}

    smtp.refuse_after = None
    call_command("send_engagement_mail", "--batch-size=5", "--max-batches=1", verbosity=0)
    call_command("send_engagement_mail", "--batch-size=5", verbosity=0)
    call_command("send_engagement_mail", "--batch-size=5", verbosity=0)  # nothing left
    assert Counter(m["To"] for m in smtp.messages) == dict.fromkeys(addresses, 1)
    send.refresh_from_db()
    assert send.status == "done"
    assert NewsletterDelivery.objects.filter(status="sent").count() == 7

    message = smtp.messages[0]
    assert message["Subject"] == "Nieuwsbrief juni"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = message.get_body(("html",)).get_content()
    assert '<html lang="nl"' in html and "Het nieuws." in html
    assert "Afmelden" in html
    assert "/newsletter/unsubscribe/?token=" in smtp.text(message)
    # Asking again changes nothing: one send per issue.
    assert sending.queue_issue(issue, None)[1] is False


def test_admin_send_needs_a_test_to_oneself_first(issue, admin_client, smtp, django_user_model):
    subscriber("reader@example.org")
    url = f"/admin/newsletter-send/{issue.pk}/"
    admin_client.post(url, {"action": "send"})
    assert NewsletterSend.objects.count() == 0
    admin_client.post(url, {"action": "test"})
    [test_mail] = smtp.messages
    assert test_mail["To"] == django_user_model.objects.get(username="admin").email
    admin_client.post(url, {"action": "send"})
    call_command("send_engagement_mail", verbosity=0)
    assert [m["To"] for m in smtp.messages[1:]] == ["reader@example.org"]
    page = admin_client.get(url)
    assert page.context["progress"]["sent"] == 1


def test_erase_leaves_nothing_behind(issue, places, smtp, admin_client):
    person = "Person@Example.org"
    row = subscriber("person@example.org")
    other = subscriber("other@example.org")
    sending.queue_issue(issue, None)
    call_command("send_engagement_mail", verbosity=0)
    MembershipRequest.objects.create(
        campaign=places.campaign,
        municipality=places.municipality,
        contact_name="P",
        email="person@example.org",
        role="r",
        language="nl",
    )
    advice = AdviceRequest.objects.create(
        organisation="O",
        country="NL",
        email="person@example.org",
        name="P",
        question="Q?",
        language="en",
    )
    ModelLogEntry.objects.log_action(advice, "wagtail.edit")

    out = StringIO()
    call_command("engagement_data", "export", person, stdout=out)
    exported = json.loads(out.getvalue())
    assert [s["email"] for s in exported["subscriber"]] == ["person@example.org"]
    assert len(exported["membershiprequest"]) == len(exported["advicerequest"]) == 1
    assert len(exported["newsletterdelivery"]) == 1

    response = admin_client.post("/admin/personal-data/", {"email": person, "action": "erase"})
    assert response.status_code == 302
    assert not Subscriber.objects.filter(pk=row.pk).exists()
    assert not MembershipRequest.objects.exists()
    assert not AdviceRequest.objects.exists()
    assert not NewsletterDelivery.objects.filter(subscriber_id=row.pk).exists()
    assert not ModelLogEntry.objects.filter(object_id=str(advice.pk)).exists()
    assert list(Subscriber.objects.all()) == [other]
    out = StringIO()
    call_command("engagement_data", "export", person, stdout=out)
    assert json.loads(out.getvalue()) == {
        "subscriber": [],
        "membershiprequest": [],
        "advicerequest": [],
        "newsletterdelivery": [],
    }


def test_purge_removes_old_pending_sign_ups_and_old_requests(settings, places):
    old = timezone.now() - datetime.timedelta(days=31)
    subscriber("old-pending@example.org", status="pending", created_at=old)
    subscriber("new-pending@example.org", status="pending")
    subscriber("old-confirmed@example.org", created_at=old)
    AdviceRequest.objects.create(
        organisation="O",
        country="NL",
        email="a@example.org",
        name="N",
        question="Q",
        language="nl",
        created_at=timezone.now() - datetime.timedelta(days=731),
    )
    assert privacy.purge() == {"subscriber": 1, "membershiprequest": 0, "advicerequest": 1}
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "new-pending@example.org",
        "old-confirmed@example.org",
    ]
    assert Locale.objects.exists()  # nothing else touched


def test_the_one_worker_sends_the_engagement_mail(issue, smtp):
    subscriber("reader@example.org")
    sending.queue_issue(issue, None)
    call_command("worker", "--once", "--only", "engagement_mail", verbosity=0)
    assert [m["To"] for m in smtp.messages] == ["reader@example.org"]
    call_command("worker", "--once", "--only", "engagement_mail", verbosity=0)
    assert len(smtp.messages) == 1  # sent once
