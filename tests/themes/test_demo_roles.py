"""The demo accounts have real roles: the editor edits pages but not users or settings."""

import pytest
from django.contrib.auth import get_user_model

from themes.demo.builder import ensure_demo_login

pytestmark = pytest.mark.django_db

LOGINS = [
    {"username": "editor", "password": "demo-editor-2016", "role": "editor"},
    {"username": "moderator", "password": "demo-moderator-2016", "role": "moderator"},
    {"username": "admin", "password": "demo-admin-2016", "role": "administrator"},
]
# Users, groups, sites, locales, workflows: what only an administrator may change.
ADMINISTRATION = ["/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/locales/"]


@pytest.fixture
def accounts(settings):
    settings.VNG_DEMO_LOGINS = LOGINS
    ensure_demo_login(lambda message: None)
    return {user.username: user for user in get_user_model().objects.all()}


def test_the_demo_editor_is_no_superuser_and_cannot_administer(client, accounts):
    assert not accounts["editor"].is_superuser
    assert client.login(username="editor", password="demo-editor-2016")
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200
    for url in ADMINISTRATION:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == "/admin/", url
    # Wagtail refuses the form outright (a redirect only for GET).
    assert client.post("/admin/users/add/", {"username": "intruder"}).status_code == 404
    assert not get_user_model().objects.filter(username="intruder").exists()


def test_the_demo_moderator_moderates_but_cannot_administer(client, accounts):
    assert client.login(username="moderator", password="demo-moderator-2016")
    assert client.get("/admin/pages/").status_code == 200
    assert [group.name for group in accounts["moderator"].groups.all()] == ["Moderators"]
    for url in ADMINISTRATION:
        assert client.get(url).status_code == 302, url


def test_the_demo_administrator_administers(client, accounts):
    assert client.login(username="admin", password="demo-admin-2016")
    for url in ADMINISTRATION:
        assert client.get(url).status_code == 200, url
