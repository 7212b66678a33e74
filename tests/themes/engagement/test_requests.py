"""Campaign membership and advice requests: through the API in, decided in the admin by an
editor, mails through a real SMTP server, and the new member visible in the API."""

import json

import pytest
from django.contrib.auth import get_user_model

from tests.themes.editors import create_editor, log_in
from tests.themes.engagement.conftest import REQUEST_ADVICE, REQUEST_MEMBERSHIP
from themes.models import AdviceRequest, CampaignMembership, MembershipRequest

pytestmark = pytest.mark.django_db

MEMBERS = (
    """{ campaigns(locale: "nl") { slug memberships { municipality { cbsCode } joinedOn } } }"""
)


def membership_input(**extra):
    return {
        "campaign": "g4gg",
        "municipality": "GM0363",
        "contactName": "Jan <script>alert(1)</script>de Vries",
        "email": "jan@amsterdam.example",
        "role": "wethouder",
        "message": "<p>We willen <b>graag</b> meedoen.</p>",
        "locale": "nl",
        **extra,
    }


def advice_input(places, **extra):
    return {
        "organisation": "Gemeente Utrecht",
        "country": "nl",
        "email": "vraag@utrecht.example",
        "name": "Fatima",
        "topic": str(places.theme.pk),
        "question": "Hoe werkt twinning?",
        "locale": "en",
        **extra,
    }


@pytest.fixture
def editor_client(client, db):
    editor = create_editor()
    editor.email = "editor@vng.example"
    editor.save()
    log_in(client, editor)  # the admin answers in English, our source messages
    return client


def test_approved_membership_request_shows_the_member_in_the_api(
    places, mutate, editor_client, smtp, client
):
    result, _ = mutate(REQUEST_MEMBERSHIP, {"input": membership_input()})
    assert result["ok"] is True
    request = MembershipRequest.objects.get()
    assert (request.contact_name, request.message) == ("Jan de Vries", "We willen graag meedoen.")
    assert request.language == "nl"

    page = editor_client.get(f"/admin/engagement/membership-requests/edit/{request.pk}/")
    assert page.status_code == 200, page.status_code
    response = editor_client.post(
        f"/admin/engagement/membership-requests/edit/{request.pk}/",
        {"decision": "approve", "joined_on": "2024-05-01", "refusal_reason": ""},
    )
    assert response.status_code == 302, response.context["form"].errors
    request.refresh_from_db()
    assert (request.status, str(request.joined_on)) == ("approved", "2024-05-01")
    [mail] = smtp.to("jan@amsterdam.example")
    assert mail["Subject"] == "Amsterdam is nu lid van Gemeenten4GlobalGoals"

    members = client.post(
        "/graphql/", data=json.dumps({"query": MEMBERS}), content_type="application/json"
    ).json()
    assert members["data"]["campaigns"] == [
        {
            "slug": "g4gg",
            "memberships": [{"municipality": {"cbsCode": "GM0363"}, "joinedOn": "2024-05-01"}],
        }
    ]
    # The latest revision has the member too, so the next edit of the page keeps it.
    latest = places.campaign.get_latest_revision_as_object()
    assert [m.municipality.cbs_code for m in latest.memberships.all()] == ["GM0363"]
    assert not type(places.campaign).objects.get(pk=places.campaign.pk).has_unpublished_changes

    again, _ = mutate(REQUEST_MEMBERSHIP, {"input": membership_input()})
    assert again["errors"] == [
        {
            "field": "municipality",
            "code": "ALREADY_MEMBER",
            "message": "Amsterdam is al lid van Gemeenten4GlobalGoals; er is niets meer nodig.",
        }
    ]


def test_refusal_needs_a_reason_and_mails_it(places, mutate, editor_client, smtp):
    mutate(REQUEST_MEMBERSHIP, {"input": membership_input(locale="en")})
    request = MembershipRequest.objects.get()
    url = f"/admin/engagement/membership-requests/edit/{request.pk}/"
    response = editor_client.post(url, {"decision": "refuse", "refusal_reason": ""})
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "refusal_reason": ["Give the reason for the refusal; it is mailed to the requester."]
    }
    response = editor_client.post(url, {"decision": "refuse", "refusal_reason": "Ask the mayor."})
    assert response.status_code == 302
    [mail] = smtp.messages
    assert "Ask the mayor." in smtp.text(mail)
    assert CampaignMembership.objects.count() == 0


def test_unknown_and_merged_municipalities_and_campaigns_are_field_errors(places, mutate):
    result, _ = mutate(
        REQUEST_MEMBERSHIP,
        {"input": membership_input(municipality="gm0140", campaign="nope", locale="en")},
    )
    assert result["errors"] == [
        {
            "field": "campaign",
            "code": "UNKNOWN_CAMPAIGN",
            "message": "There is no campaign “nope”; use the id or slug of a campaign page.",
        },
        {
            "field": "municipality",
            "code": "MUNICIPALITY_MERGED",
            "message": "Littenseradiel (GM0140) no longer exists: it merged into "
            "Súdwest-Fryslân; use the code GM1900.",
        },
    ]
    result, _ = mutate(REQUEST_MEMBERSHIP, {"input": membership_input(municipality="GM9999")})
    assert [e["code"] for e in result["errors"]] == ["UNKNOWN_MUNICIPALITY"]
    result, _ = mutate(
        REQUEST_MEMBERSHIP,
        {"input": membership_input(campaign=str(places.campaign.pk), message="x" * 4001)},
    )
    assert result["errors"] == [
        {
            "field": "message",
            "code": "TOO_LONG",
            "message": "message is 4001 tekens lang; kort het in tot hoogstens 4000.",
        }
    ]
    assert MembershipRequest.objects.count() == 0


def test_advice_request_assigned_mails_the_assignee(places, mutate, editor_client, smtp):
    result, _ = mutate(REQUEST_ADVICE, {"input": advice_input(places)})
    assert result == {
        "ok": True,
        "message": "Thank you. We received your request and will answer by e-mail.",
        "errors": [],
    }
    advice = AdviceRequest.objects.get()
    assert (advice.country, advice.topic_id, advice.status) == ("NL", places.theme.pk, "new")
    staff = get_user_model().objects.create_user(
        "adviser", "adviser@vng.example", "x", is_staff=True
    )
    response = editor_client.post(
        f"/admin/engagement/advice-requests/edit/{advice.pk}/",
        {"status": "new", "assignee": staff.pk, "notes": ""},
    )
    assert response.status_code == 302
    advice.refresh_from_db()
    assert (advice.status, advice.assignee) == ("assigned", staff)
    [mail] = smtp.to("adviser@vng.example")
    assert "Hoe werkt twinning?" in smtp.text(mail)
    assert f"/admin/engagement/advice-requests/edit/{advice.pk}/" in smtp.text(mail)
    # Saving again without a new assignee sends nothing more.
    editor_client.post(
        f"/admin/engagement/advice-requests/edit/{advice.pk}/",
        {"status": "answered", "assignee": staff.pk, "notes": "Called back."},
    )
    assert len(smtp.messages) == 1


def test_advice_request_field_errors(places, mutate):
    result, _ = mutate(
        REQUEST_ADVICE, {"input": advice_input(places, country="XX", topic="12345678", name=" ")}
    )
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("country", "UNKNOWN_COUNTRY"),
        ("name", "REQUIRED"),
        ("topic", "UNKNOWN_TOPIC"),
    ]


def test_editors_see_requests_but_not_subscriber_addresses(editor_client, db):
    assert editor_client.get("/admin/engagement/membership-requests/").status_code == 200
    assert editor_client.get("/admin/engagement/advice-requests/").status_code == 200
    assert editor_client.get("/admin/engagement/subscribers/").status_code == 302
    export = editor_client.get("/admin/engagement/advice-requests/?export=csv")
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
