"""Newsletter sign-up through the API with mail through a real SMTP server: double opt-in,
unsubscribe by link and by RFC 8058 one-click POST, identical answers, tokens, honeypot."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.core.management import call_command

from tests.themes.engagement.conftest import CONFIRM, SUBSCRIBE, UNSUBSCRIBE, sign_up
from themes.models import Subscriber

pytestmark = pytest.mark.django_db


def worker():
    call_command("send_engagement_mail", verbosity=0)


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def token_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["token"][0]


def test_double_opt_in_round_trip_from_the_mails_link(mutate, client, smtp):
    result, response = mutate(SUBSCRIBE, {"input": sign_up(topics=["<b>climate</b>"])})
    assert result["ok"] is True and result["errors"] == []
    assert response["Cache-Control"] == "private, no-store"
    assert smtp.messages == []  # the worker sends, not the request
    subscriber = Subscriber.objects.get()
    assert (subscriber.status, subscriber.topics) == ("pending", ["climate"])
    assert subscriber.consent_version == "2025-06"
    assert subscriber.consent_text.startswith("I want to receive the monthly newsletter")

    worker()
    [message] = smtp.to("ada@example.org")
    assert message["Subject"] == (
        "Please confirm your subscription to the VNG International newsletter"
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    confirm_url = smtp.link(message, "confirm")

    page = client.get(path_of(confirm_url))  # what a mail scanner would do: changes nothing
    assert page.status_code == 200 and b"<button" in page.content
    assert Subscriber.objects.get().status == "pending"

    done = client.post(path_of(confirm_url))
    assert done.status_code == 200
    assert b"Your subscription is confirmed" in done.content
    assert done["Cache-Control"] == "private, no-store"
    assert Subscriber.objects.get().status == "confirmed"


def test_confirm_by_mutation_with_the_token_of_the_link(mutate, smtp):
    mutate(SUBSCRIBE, {"input": sign_up(locale="nl")})
    worker()
    [message] = smtp.messages
    assert message["Subject"] == "Bevestig je aanmelding voor de nieuwsbrief van VNG International"
    result, _ = mutate(CONFIRM, {"token": token_of(smtp.link(message, "confirm"))})
    assert result == {
        "ok": True,
        "message": "Je aanmelding is bevestigd. De volgende nieuwsbrief komt in je inbox.",
        "errors": [],
    }
    assert Subscriber.objects.get().status == "confirmed"


def test_same_answer_for_new_pending_and_confirmed_and_mail_at_most_hourly(mutate, smtp):
    answers = []
    answers.append(mutate(SUBSCRIBE, {"input": sign_up()})[0])  # new
    worker()
    answers.append(mutate(SUBSCRIBE, {"input": sign_up()})[0])  # pending, mailed just now
    worker()
    assert len(smtp.messages) == 1
    with time_machine.travel(datetime.datetime.now() + datetime.timedelta(minutes=61)):
        answers.append(mutate(SUBSCRIBE, {"input": sign_up()})[0])  # pending, an hour later
        worker()
    assert len(smtp.messages) == 2
    mutate(CONFIRM, {"token": token_of(smtp.link(smtp.messages[-1], "confirm"))})
    answers.append(mutate(SUBSCRIBE, {"input": sign_up()})[0])  # confirmed
    worker()
    assert len(smtp.messages) == 2  # no mail to a confirmed address
    assert all(answer == answers[0] for answer in answers), answers
    assert Subscriber.objects.get().status == "confirmed"


def test_unsubscribe_by_link(mutate, client, smtp):
    mutate(SUBSCRIBE, {"input": sign_up()})
    worker()
    url = smtp.link(smtp.messages[0], "unsubscribe")
    assert client.get(path_of(url)).status_code == 200
    assert Subscriber.objects.get().status == "pending"
    response = client.post(path_of(url))
    assert b"You are unsubscribed" in response.content
    assert Subscriber.objects.get().status == "unsubscribed"
    # The old confirmation link no longer subscribes the address.
    result, _ = mutate(CONFIRM, {"token": token_of(smtp.link(smtp.messages[0], "confirm"))})
    assert [e["code"] for e in result["errors"]] == ["INVALID_TOKEN"]


def test_one_click_unsubscribe_from_the_header(mutate, client, smtp):
    mutate(SUBSCRIBE, {"input": sign_up()})
    worker()
    header = smtp.messages[0]["List-Unsubscribe"]
    url = "".join(header.split()).strip("<>")
    response = client.post(
        path_of(url),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
        enforce_csrf_checks=True,
    )
    assert response.status_code == 200
    assert Subscriber.objects.get().status == "unsubscribed"


def test_expired_and_tampered_tokens_are_refused(mutate, client, smtp, settings):
    mutate(SUBSCRIBE, {"input": sign_up()})
    worker()
    url = smtp.link(smtp.messages[0], "confirm")
    token = token_of(url)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    result, _ = mutate(CONFIRM, {"token": tampered})
    assert result["ok"] is False
    assert result["errors"] == [
        {
            "field": "token",
            "code": "INVALID_TOKEN",
            "message": "Deze link is ongeldig; kopieer de hele link uit de mail.",
        }
    ]
    response = client.post(urlsplit(url).path, {"token": tampered})
    assert response.status_code == 400
    assert Subscriber.objects.get().status == "pending"
    later = datetime.datetime.now() + datetime.timedelta(
        seconds=settings.VNG_ENGAGEMENT_CONFIRM_MAX_AGE + 60
    )
    with time_machine.travel(later):
        result, _ = mutate(CONFIRM, {"token": token})
        assert [e["code"] for e in result["errors"]] == ["EXPIRED_TOKEN"]
        assert client.post(path_of(url)).status_code == 400
    # An unsubscribe token is not a confirm token.
    result, _ = mutate(UNSUBSCRIBE, {"token": token})
    assert [e["code"] for e in result["errors"]] == ["INVALID_TOKEN"]
    assert Subscriber.objects.get().status == "pending"


def test_honeypot_looks_accepted_and_keeps_nothing(mutate, smtp):
    honest, _ = mutate(SUBSCRIBE, {"input": sign_up("human@example.org")})
    trapped, _ = mutate(SUBSCRIBE, {"input": sign_up("bot@example.org", website="http://spam")})
    assert trapped == honest
    worker()
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["human@example.org"]
    assert [m["To"] for m in smtp.messages] == ["human@example.org"]


def test_field_errors_in_the_requested_language(mutate):
    result, _ = mutate(
        SUBSCRIBE,
        {"input": {"email": "not-an-address", "locale": "nl", "consent": False, "topics": []}},
    )
    assert result["ok"] is False
    assert result["errors"] == [
        {
            "field": "email",
            "code": "INVALID",
            "message": "Dit is geen geldig e-mailadres; controleer het op tikfouten.",
        },
        {
            "field": "consent",
            "code": "CONSENT_REQUIRED",
            "message": "Toestemming is nodig om je de nieuwsbrief te sturen; vink het vakje aan.",
        },
    ]
    result, _ = mutate(SUBSCRIBE, {"input": {"email": "a@b.org", "locale": "xx", "consent": True}})
    assert result["errors"] == [
        {
            "field": "locale",
            "code": "UNKNOWN_LOCALE",
            "message": "Onbekende taal “xx”; gebruik een van: nl, en, fr, es, ar.",
        }
    ]
    assert Subscriber.objects.count() == 0


def test_rate_limit_per_address(mutate, settings):
    settings.VNG_ENGAGEMENT_RATE_PER_ADDRESS = 2
    codes = [
        [e["code"] for e in mutate(SUBSCRIBE, {"input": sign_up()})[0]["errors"]] for _ in range(3)
    ]
    assert codes == [[], [], ["RATE_LIMITED"]]
    # another address from the same IP is still welcome
    assert mutate(SUBSCRIBE, {"input": sign_up("other@example.org")})[0]["ok"] is True


def test_mutations_are_refused_over_get(client, db):
    response = client.get(
        "/graphql/", {"query": 'mutation { confirmNewsletterSubscription(token: "x") { ok } }'}
    )
    assert response.status_code == 400
    assert [error["message"] for error in response.json()["errors"]] == [
        "Only queries can be sent with GET; send other operations with POST."
    ]
    assert response["Cache-Control"] == "private, no-store"
