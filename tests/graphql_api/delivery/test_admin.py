"""Administrators issue and revoke keys in the Wagtail admin; the secret is shown once."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages

from graphql_api.models import ApiKey, hash_secret

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def test_issue_a_key_shows_the_secret_once_and_stores_its_hash(admin_client):
    response = admin_client.post(
        "/admin/api_keys/new/",
        {
            "name": "Gemeente Zon",
            "contact": "Web team <web@zon.example>",
            "allowed_origins": "https://www.zon.example",
            "rate": "500/hour",
            "persisted_only": "",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    found = re.search(r"(vng_[0-9a-f]{8}_\S+)", " ".join(messages))
    assert found, messages
    secret = found.group(1)
    key = ApiKey.objects.get()
    assert key.secret_hash == hash_secret(secret)
    assert secret not in str(ApiKey.objects.values().get())

    shown = admin_client.get("/admin/api_keys/")  # the page after saving: the message, once
    assert secret.encode() in shown.content
    listing = admin_client.get("/admin/api_keys/")
    assert b"Gemeente Zon" in listing.content and secret.encode() not in listing.content
    edit = admin_client.get(f"/admin/api_keys/edit/{key.pk}/")
    assert secret.encode() not in edit.content


def test_revoke_in_the_admin_and_bad_input_says_what_to_do(admin_client):
    key = ApiKey(name="Partner")
    key.set_new_secret()
    key.save()
    refused = admin_client.post(
        f"/admin/api_keys/edit/{key.pk}/",
        {"name": "Partner", "allowed_origins": "www.zon.example/app", "rate": "fast"},
    )
    assert refused.status_code == 200
    # In the admin's language: Dutch for an administrator who chose none (LANGUAGE_CODE).
    assert "is geen limiet; schrijf een aantal verzoeken" in refused.content.decode()
    assert "is geen origin; schrijf het als https://host" in refused.content.decode()

    revoked = admin_client.post(
        f"/admin/api_keys/edit/{key.pk}/", {"name": "Partner", "rate": "", "active": ""}
    )
    assert revoked.status_code == 302
    key.refresh_from_db()
    assert not key.active and key.revoked_at is not None
