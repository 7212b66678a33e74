"""Headless routing in the API: every page address points at the partner frontend of the
page's language (settings, or the editors' website address in the site settings)."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.models import SiteSettings

pytestmark = pytest.mark.django_db

QUERY = """query ($path: String!) { page(urlPath: $path) {
  url urlPath translations { locale url }
  ... on BestPracticePage { summary }
} }"""


@pytest.fixture(autouse=True)
def _forget_cached_addresses():
    cache.clear()
    yield
    cache.clear()


def urls(gql, path="/fr/voorbeelden/zon/"):
    page = gql(QUERY, {"path": path})["data"]["page"]
    return page["url"], {t["locale"]: t["url"] for t in page["translations"]}


def test_without_a_frontend_pages_point_at_this_service(tree, gql):
    url, translations = urls(gql)
    assert url == "http://testserver/fr/voorbeelden/zon/"
    assert translations["nl"] == "http://testserver/nl/voorbeelden/zon/"


def test_frontend_url_setting_prefixes_the_routed_path(tree, gql, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org"
    url, translations = urls(gql)
    assert url == "https://www.example.org/fr/voorbeelden/zon/"
    assert translations == {
        "nl": "https://www.example.org/nl/voorbeelden/zon/",
        "en": "https://www.example.org/en/voorbeelden/zon/",
        "fr": "https://www.example.org/fr/voorbeelden/zon/",
    }


def test_a_language_on_its_own_address_and_the_editors_address_wins(tree, gql, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org/"
    settings.VNG_FRONTEND_URLS = {"fr": "https://fr.example.org/"}
    url, translations = urls(gql)
    assert url == "https://fr.example.org/voorbeelden/zon/"
    assert translations["en"] == "https://www.example.org/en/voorbeelden/zon/"

    SiteSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        locale=Locale.objects.get(language_code="en"),
        organisation_name="VNG International",
        frontend_url="https://english.example.net/home",
    )
    url, translations = urls(gql)
    assert translations["en"] == "https://english.example.net/home/voorbeelden/zon/"
    assert url == "https://fr.example.org/voorbeelden/zon/"


def test_rich_text_links_and_wagtail_urls_use_the_frontend(tree, gql, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org"
    solar = Page.objects.get(pk=tree.pages["solar_en"].pk).specific
    # Wagtail's own address (the admin's "Live" button, full_url) is the frontend's too
    assert solar.full_url == "https://www.example.org/en/voorbeelden/zon/"
    assert solar.get_url() == "https://www.example.org/en/voorbeelden/zon/"


def test_admin_live_link_opens_the_frontend(tree, admin_client, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org"
    page = tree.pages["solar"]
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert b'href="https://www.example.org/nl/voorbeelden/zon/"' in response.content


def test_preview_opens_the_frontend_with_a_token(tree, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org"
    settings.VNG_PREVIEW_FRONTEND_URL = ""
    page = Page.objects.get(pk=tree.pages["solar"].pk).specific
    page.save_revision()
    response = page.make_preview_request()
    assert response.status_code == 302
    assert response["Location"].startswith("https://www.example.org/nl/preview/?token=")
