"""The partner-website root fields (sitemap, menus, site settings, redirects, search) are cached
like every answer, and a change that alters one drops it: a newly published page joins the
cached sitemap, menu and search results; new site settings and redirects show up at once."""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Site

from home.models import SiteSettings
from tests import factories as f

SITEMAP = '{ sitemap(locale: "nl") { results { urlPath } } }'
MENU = '{ menu(name: MAIN, locale: "nl") { urlPath } }'
SETTINGS = '{ siteSettings(locale: "nl") { organisationName } }'
REDIRECT = '{ redirect(path: "/nl/oud/") { url permanent } }'
SEARCH = '{ search(query: "zonnestroom", locale: "nl") { results { title } } }'


def _warm(api, query):
    first = api(query)
    assert first.status == 200, first.body
    assert api(query).cache == "HIT"
    return first.body["data"]


def _publish_example(publish, site, **fields):
    def make():
        page = f.BestPracticePageFactory(parent=site["index"], live=False, **fields)
        page.save_revision().publish()
        return page

    return publish(make)


def test_a_published_page_joins_the_cached_sitemap(api, site, publish):
    paths = {row["urlPath"] for row in _warm(api, SITEMAP)["sitemap"]["results"]}
    assert "/nl/voorbeelden/nieuw/" not in paths
    _publish_example(publish, site, title="Nieuw", slug="nieuw")
    answer = api(SITEMAP)
    assert answer.cache != "HIT"
    assert "/nl/voorbeelden/nieuw/" in {
        row["urlPath"] for row in answer.body["data"]["sitemap"]["results"]
    }


def test_a_page_shown_in_menus_joins_the_cached_main_menu(api, site, publish):
    assert "/nl/voorbeelden/" not in {item["urlPath"] for item in _warm(api, MENU)["menu"]}
    index = site["index"]

    def show():
        index.show_in_menus = True
        index.save_revision().publish()

    publish(show)
    assert "/nl/voorbeelden/" in {item["urlPath"] for item in api(MENU).body["data"]["menu"]}


def test_new_site_settings_replace_a_cached_null(api, site, publish):
    assert _warm(api, SETTINGS) == {"siteSettings": None}
    publish(
        lambda: SiteSettings.objects.create(
            site=Site.objects.get(is_default_site=True),
            locale=Locale.objects.get(language_code="nl"),
            organisation_name="VNG International",
        )
    )
    assert api(SETTINGS).body["data"] == {"siteSettings": {"organisationName": "VNG International"}}


def test_a_new_redirect_replaces_a_cached_null(api, site, publish):
    assert _warm(api, REDIRECT) == {"redirect": None}
    publish(
        lambda: Redirect.objects.create(
            old_path=Redirect.normalise_path("/nl/oud/"), redirect_link="https://vng.example/"
        )
    )
    assert api(REDIRECT).body["data"]["redirect"] == {
        "url": "https://vng.example/",
        "permanent": True,
    }


def test_a_published_page_joins_cached_search_results(api, site, publish):
    before = {row["title"] for row in _warm(api, SEARCH)["search"]["results"]}
    assert "Zonnestroom" in before
    _publish_example(publish, site, title="Zonnestroom twee", slug="zon-twee")
    after = {row["title"] for row in api(SEARCH).body["data"]["search"]["results"]}
    assert after == before | {"Zonnestroom twee"}
