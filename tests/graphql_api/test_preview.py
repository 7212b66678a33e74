"""Headless preview: the admin's Preview button, the token, and `pagePreview(token)`."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from home.preview import make_preview_token
from tests.graphql_api.content_data import content_site_fixture, graphql

content_site = content_site_fixture()
pytestmark = pytest.mark.django_db

PREVIEW = """
query ($token: String!, $id: ID) {
  pagePreview(token: $token, id: $id) {
    __typename id title locale urlPath
    ... on BestPracticePage { summary body { __typename ... on HeadingBlock { id text level } } }
  }
}
"""
FRONTEND = "https://partner.example/preview"


@pytest.fixture(scope="module")
def drafts(content_site, django_db_blocker):
    """Unpublished edits of the Dutch article and of its English translation (a translation in
    progress is a revision of the translated page too)."""
    with django_db_blocker.unblock():
        article = Page.objects.get(pk=content_site["article"].pk).specific
        article.title = "Stroom delen (concept)"
        article.body = [("heading", {"text": "Nieuw kopje", "level": "h3"})]
        article.save_revision()
        article_en = Page.objects.get(pk=content_site["article_en"].pk).specific
        article_en.title = "Sharing power (draft)"
        article_en.save_revision()
    return {"article": article, "article_en": article_en}


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def token_from_preview_button(page, settings) -> str:
    settings.VNG_PREVIEW_FRONTEND_URL = FRONTEND
    response = fresh(page).make_preview_request()
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONTEND
    return parse_qs(location.query)["token"][0]


def test_preview_button_sends_the_frontend_a_token_for_the_latest_draft(
    client, drafts, settings, django_assert_max_num_queries
):
    article = drafts["article"]
    token = token_from_preview_button(article, settings)

    with django_assert_max_num_queries(12):
        answer, response = graphql(client, PREVIEW, token=token, id=str(article.pk))

    body = answer["data"]["pagePreview"].pop("body")
    assert answer == {
        "data": {
            "pagePreview": {
                "__typename": "BestPracticePage",
                "id": str(article.pk),
                "title": "Stroom delen (concept)",
                "locale": "nl",
                "urlPath": "/nl/voorbeelden/stroom-delen/",
                "summary": "Een voorbeeld van goed lokaal bestuur.",
            }
        }
    }
    assert body[0]["__typename"] == "HeadingBlock"
    assert body[0]["text"] == "Nieuw kopje"
    assert body[0]["level"] == 3
    assert len(body) == 1
    assert response["Cache-Control"] == "private, no-store"


def test_the_published_page_is_unchanged_by_the_draft(client, drafts):
    answer, _ = graphql(client, '{ page(urlPath: "/nl/voorbeelden/stroom-delen/") { title } }')
    assert answer == {"data": {"page": {"title": "Stroom delen"}}}


def test_a_translation_in_progress_is_previewed_in_its_language(client, drafts, settings):
    token = token_from_preview_button(drafts["article_en"], settings)

    answer, _ = graphql(client, PREVIEW, token=token)

    preview = answer["data"]["pagePreview"]
    assert (preview["title"], preview["locale"], preview["urlPath"]) == (
        "Sharing power (draft)",
        "en",
        "/en/examples/sharing-power/",
    )


def assert_refused(answer, response, message):
    assert answer["data"] == {"pagePreview": None}
    assert [error["message"] for error in answer["errors"]] == [message]
    assert answer["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}
    assert response["Cache-Control"] == "private, no-store"


EXPIRED = "This preview token has expired. Press Preview in the admin again for a new one."
INVALID = (
    "This preview token is not valid. Use the token exactly as the admin's Preview button gave it."
)


def test_a_token_works_until_its_lifetime_ends_and_not_after(client, drafts, settings):
    settings.VNG_PREVIEW_TOKEN_MAX_AGE = 600
    start = timezone.now().replace(microsecond=0)  # tokens carry whole seconds
    with time_machine.travel(start, tick=False):
        token = make_preview_token(fresh(drafts["article"]))
    with time_machine.travel(start + datetime.timedelta(seconds=600), tick=False):
        answer, _ = graphql(client, PREVIEW, token=token)
        assert answer["data"]["pagePreview"]["title"] == "Stroom delen (concept)"
    with time_machine.travel(start + datetime.timedelta(seconds=601), tick=False):
        assert_refused(*graphql(client, PREVIEW, token=token), EXPIRED)


def test_the_lifetime_is_capped_at_one_hour(client, drafts, settings):
    settings.VNG_PREVIEW_TOKEN_MAX_AGE = 24 * 60 * 60
    start = timezone.now().replace(microsecond=0)  # tokens carry whole seconds
    with time_machine.travel(start, tick=False):
        token = make_preview_token(fresh(drafts["article"]))
    with time_machine.travel(start + datetime.timedelta(seconds=3601), tick=False):
        assert_refused(*graphql(client, PREVIEW, token=token), EXPIRED)


def test_a_tampered_token_is_refused(client, drafts):
    token = make_preview_token(fresh(drafts["article"]))
    last = "A" if token[-1] != "A" else "B"
    assert_refused(*graphql(client, PREVIEW, token=token[:-1] + last), INVALID)
    assert_refused(*graphql(client, PREVIEW, token="not-a-token"), INVALID)


def test_a_token_of_another_page_is_refused(client, drafts, content_site):
    token = make_preview_token(fresh(drafts["article"]))
    assert_refused(
        *graphql(client, PREVIEW, token=token, id=str(content_site["target"].pk)),
        "This preview token belongs to another page. Press Preview on the page you want to see "
        "and use that token.",
    )


def test_a_token_whose_draft_was_deleted_is_refused(client, drafts):
    page = fresh(drafts["article"])
    token = make_preview_token(page)
    page.latest_revision.delete()
    assert_refused(
        *graphql(client, PREVIEW, token=token),
        "The draft of this preview no longer exists. Press Preview in the admin again.",
    )


def test_without_a_frontend_the_admin_shows_the_apis_own_rendering(drafts, settings):
    settings.VNG_PREVIEW_FRONTEND_URL = ""
    page = fresh(drafts["article"]).get_latest_revision_as_object()  # what the editor sees
    page.title = "Stroom delen (nog niet opgeslagen)"  # unsaved edits show here too

    response = page.make_preview_request()

    assert response.status_code == 200
    html = response.rendered_content
    # In the site's language (Dutch): the request names no other.
    assert "Voorbeeld — niet gepubliceerd." in html
    assert "<h1>Stroom delen (nog niet opgeslagen)</h1>" in html
    assert "<h3>Nieuw kopje</h3>" in html
    assert make_preview_token(page)[:20] in html


def preview_through_the_admin(admin_client, page, title: str):
    """What the editor does: edit the title (without saving) and press Preview."""
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(admin_client.get(edit).content.decode(), form_id="page-edit-form")
    data["title"] = title
    data.setdefault("body-count", "0")  # StreamFields are drawn by JavaScript: send none
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    checked = admin_client.post(preview, data=data)
    assert checked.json() == {"is_valid": True, "is_available": True}
    return admin_client.get(preview, {"mode": ""})


def test_the_admin_preview_shows_unsaved_edits_in_the_apis_rendering(
    admin_client, drafts, settings
):
    settings.VNG_PREVIEW_FRONTEND_URL = ""
    response = preview_through_the_admin(admin_client, drafts["article"], "Nog niet opgeslagen")
    assert response.status_code == 200
    html = response.content.decode()
    # In the admin's language: Dutch for an editor who chose none (LANGUAGE_CODE).
    assert "Voorbeeld — niet gepubliceerd." in html
    assert "<h1>Nog niet opgeslagen</h1>" in html


def test_the_admin_preview_sends_the_frontend_to_the_saved_draft(
    admin_client, client, drafts, settings
):
    settings.VNG_PREVIEW_FRONTEND_URL = FRONTEND
    response = preview_through_the_admin(admin_client, drafts["article"], "Nog niet opgeslagen")
    assert response.status_code == 302
    token = parse_qs(urlsplit(response["Location"]).query)["token"][0]

    answer, _ = graphql(client, PREVIEW, token=token)
    assert answer["data"]["pagePreview"]["title"] == "Stroom delen (concept)"
