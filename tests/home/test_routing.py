"""The service's own page addresses never answer 5xx and never tell hidden pages apart; the
page-password form is throttled. Over the demo content (`manage.py load_demo`)."""

import io
from collections import defaultdict

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction

from graphql_api import ratelimit
from home.serving.paths import url_path, with_paths
from home.serving.redirects import language_of_path
from home.serving.visibility import visible_page_ids


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    ratelimit.reset()
    yield
    ratelimit.reset()


def every_page_path():
    pages = with_paths(Page.objects.filter(depth__gte=2))
    return {page.pk: url_path(page) for page in pages}


def test_every_demo_page_address_answers_without_error_and_alike(demo, db, client):
    paths = every_page_path()
    visible = visible_page_ids(paths)
    hidden = set(paths) - visible
    assert len(paths) > 20
    bodies = defaultdict(set)
    for path in [*paths.values(), "/", "/nl/bestaat-niet/", "/ar/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["X-Robots-Tag"] == "noindex"
        bodies[language_of_path(path)].add(response.content)
    # published, draft, private and missing pages of a language: the one same answer, in Dutch
    # for Dutch addresses (and `/`), else in English
    assert {code: len(found) for code, found in bodies.items()} == dict.fromkeys(bodies, 1)
    dutch, arabic = bodies["nl"].pop(), bodies["ar"].pop()
    assert b'<html lang="nl">' in dutch and b"Redacteuren:" in dutch
    assert b'<html lang="en">' in arabic and b"Editors:" in arabic
    assert b"/graphql/" in dutch and b"/graphql/" in arabic
    assert hidden, "the demo has drafts or private pages to compare"


def test_with_a_frontend_every_address_redirects_there(demo, db, client, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org"
    paths = every_page_path()
    for path in [*paths.values(), "/nl/bestaat-niet/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == "https://www.example.org" + path
    assert client.get("/")["Location"] == "https://www.example.org/nl/"


def test_an_editors_redirect_is_followed_to_the_frontend(demo, db, client, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org"
    page = Page.objects.live().filter(depth=3, locale__language_code="nl").first()
    Redirect.objects.create(old_path="/nl/oude-pagina", redirect_page=page, is_permanent=True)
    response = client.get("/nl/oude-pagina/")
    assert response.status_code == 301
    assert response["Location"] == "https://www.example.org" + url_path(page)


def test_page_password_form_is_throttled(demo, db, client, settings):
    settings.VNG_PAGE_PASSWORD_ATTEMPTS = 3
    page = Page.objects.filter(depth=3).first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    address = f"/nl/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    answers = [
        client.post(address, {"password": "fout", "return_url": "/nl/"}).status_code
        for _attempt in range(5)
    ]
    assert answers[:3] == [200, 200, 200]
    assert answers[3:] == [429, 429]
    refused = client.post(address, {"password": "geheim", "return_url": "/nl/"})
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert refused.content.decode().startswith(
        "Te veel wachtwoordpogingen vanaf dit adres. Probeer het over "
    )
    # The English page's form says it in English.
    english = client.post(address.replace("/nl/", "/en/"), {"password": "x", "return_url": "/en/"})
    assert english.status_code == 429
    assert english.content.decode().startswith("Too many password attempts from this address.")
