"""Site settings and menus for a frontend's header and footer: localized, with fallback, and
only pages the public may see."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.models import FooterLink, SiteSettings
from themes.localization.strings import translate_with_strings

pytestmark = pytest.mark.django_db

SETTINGS = """query ($locale: String) { siteSettings(locale: $locale) {
  locale isFallback organisationName contactEmail address footerText newsletterText
  socialAccounts { network url }
} }"""
MENU = """query ($name: MenuName!, $locale: String) {
  menu(name: $name, locale: $locale) { label url urlPath page { id locale } }
}"""


@pytest.fixture(autouse=True)
def _no_cached_addresses():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_settings(tree):
    dutch = SiteSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        locale=Locale.objects.get(language_code="nl"),
        organisation_name="VNG Internationaal",
        contact_email="info@vng.nl",
        address="Nassaulaan 12\nDen Haag",
        footer_text="Samen sterker",
        newsletter_text="Abonneer je",
        linkedin="https://www.linkedin.com/company/vng-international",
        x="https://x.com/VNGInternationl",
    )
    links = [
        FooterLink(
            settings=dutch,
            locale=dutch.locale,
            label="Voorbeelden",
            page=tree.pages["index"],
            sort_order=0,
        ),
        FooterLink(
            settings=dutch,
            locale=dutch.locale,
            label="Concept",
            page=tree.pages["draft"],
            sort_order=1,
        ),
        FooterLink(
            settings=dutch,
            locale=dutch.locale,
            label="Besloten",
            page=tree.pages["login"],
            sort_order=2,
        ),
        FooterLink(
            settings=dutch,
            locale=dutch.locale,
            label="Privacy",
            url="https://vng.nl/privacy",
            sort_order=3,
        ),
    ]
    FooterLink.objects.bulk_create(links)
    dutch.refresh_from_db()
    english = translate_with_strings(
        dutch, "en", {"VNG Internationaal": "VNG International", "Samen sterker": "Stronger"}
    )
    return {"nl": dutch, "en": english}


def test_site_settings_in_the_language_asked_or_its_fallback(site_settings, gql):
    english = gql(SETTINGS, {"locale": "en"})["data"]["siteSettings"]
    assert english["locale"] == "en"
    assert english["isFallback"] is False
    assert english["organisationName"] == "VNG International"
    assert english["footerText"] == "Stronger"
    assert english["contactEmail"] == "info@vng.nl"
    assert english["socialAccounts"] == [
        {"network": "linkedin", "url": "https://www.linkedin.com/company/vng-international"},
        {"network": "x", "url": "https://x.com/VNGInternationl"},
    ]
    french = gql(SETTINGS, {"locale": "fr"})["data"]["siteSettings"]
    assert (french["locale"], french["isFallback"]) == ("en", True)
    spanish = gql(SETTINGS.replace("(locale: $locale)", "(locale: $locale, fallback: false)"),
                  {"locale": "es"})  # fmt: skip
    assert spanish["data"]["siteSettings"] is None


def test_no_settings_yet_is_null(tree, gql):
    assert gql(SETTINGS, {"locale": "nl"})["data"]["siteSettings"] is None


def test_footer_menu_drops_links_to_hidden_pages_and_follows_the_language(site_settings, gql, tree):
    dutch = gql(MENU, {"name": "FOOTER", "locale": "nl"})["data"]["menu"]
    assert dutch == [
        {
            "label": "Voorbeelden",
            "url": "http://testserver/nl/voorbeelden/",
            "urlPath": "/nl/voorbeelden/",
            "page": {"id": tree.id("index"), "locale": "nl"},
        },
        {"label": "Privacy", "url": "https://vng.nl/privacy", "urlPath": None, "page": None},
    ]
    french = gql(MENU, {"name": "FOOTER", "locale": "fr"})["data"]["menu"]
    # French falls back to the English settings; the page link goes to the French page
    assert [item["page"] and item["page"]["locale"] for item in french] == ["fr", None]
    assert french[0]["page"]["id"] == tree.id("index_fr")


def test_main_menu_has_visible_pages_marked_for_menus_in_tree_order(tree, gql):
    names = ["year", "index", "news", "secret_year", "secret_campaign", "millennium"]
    for name in names:
        Page.objects.filter(translation_key=tree.pages[name].translation_key).update(
            show_in_menus=True
        )
    dutch = gql(MENU, {"name": "MAIN", "locale": "nl"})["data"]["menu"]
    ids = [item["page"]["id"] for item in dutch]
    visible = [tree.id(name) for name in ("year", "index", "millennium", "news")]
    expected = sorted(visible, key=lambda pk: Page.objects.get(pk=pk).path)
    assert ids == expected
    assert tree.id("secret_year") not in ids
    assert tree.id("secret_campaign") not in ids
    assert dutch[0]["url"] == "http://testserver" + dutch[0]["urlPath"]

    english = gql(MENU, {"name": "MAIN", "locale": "en"})["data"]["menu"]
    by_locale = {item["page"]["id"]: item["page"]["locale"] for item in english}
    assert by_locale[tree.id("index_en")] == "en"
    assert by_locale[tree.id("news")] == "nl"  # not translated: the Dutch fallback
    assert len(english) == len(dutch)
