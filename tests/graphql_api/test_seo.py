"""SEO for frontends: `seo` on pages, the sitemap (API and /sitemap.xml), /robots.txt and
`redirect(path)`; hidden pages appear nowhere."""

from xml.etree import ElementTree as ET  # noqa: S405 - parsing our own answer in a test

import pytest
from django.core.cache import cache
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, Site

from home.models import SiteSettings
from home.serving.paths import url_path, with_paths
from home.serving.visibility import visible_pages
from tests import factories as f

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
HIDDEN = ["draft", "login", "password", "groups", "scheduled", "expired", "secret_year",
          "secret_theme", "secret_campaign", "waste_fr_draft", "dutch_only_fr_alias"]  # fmt: skip

SEO = """query ($path: String!, $locale: String) { page(urlPath: $path, locale: $locale) {
  seo { title description canonicalUrl noindex alternates { locale url }
        ogImage { alt rendition(spec: "fill-1200x630") { width height } } }
} }"""


@pytest.fixture(autouse=True)
def _no_cached_addresses():
    cache.clear()
    yield
    cache.clear()


def expected_paths(code: str) -> set[str]:
    pages = with_paths(visible_pages(Page.objects.filter(depth__gte=2, locale__language_code=code)))
    return {url_path(page) for page in pages}


def test_seo_of_a_translated_page(tree, gql):
    seo = gql(SEO, {"path": "/fr/voorbeelden/zon/"})["data"]["page"]["seo"]
    assert seo["canonicalUrl"] == "http://testserver/fr/voorbeelden/zon/"
    assert seo["noindex"] is False
    assert [a["locale"] for a in seo["alternates"]] == ["nl", "en", "fr"]
    assert seo["title"] == tree.pages["solar_fr"].title
    assert seo["ogImage"] is None


def test_a_fallback_is_noindex_with_its_own_canonical_and_the_share_image(tree, gql):
    image = f.ImageFactory(title="Logo VNG International", file__width=1600, file__height=900)
    SiteSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        locale=Locale.objects.get(language_code="nl"),
        organisation_name="VNG International",
        share_image=image,
    )
    page = tree.pages["dutch_only"]
    seo = gql(SEO, {"path": url_path(page), "locale": "fr"})["data"]["page"]["seo"]
    assert seo["noindex"] is True
    assert seo["canonicalUrl"] == "http://testserver" + url_path(page)
    assert seo["alternates"] == [{"locale": "nl", "url": seo["canonicalUrl"]}]
    assert seo["ogImage"] == {
        "alt": "Logo VNG International",
        "rendition": {"width": 1200, "height": 630},
    }


SITEMAP = """query ($locale: String, $offset: Int) {
  sitemap(locale: $locale, pagination: {limit: 100, offset: $offset}) {
    totalCount results { url urlPath lastModified alternates { locale url } }
  }
}"""


@pytest.mark.parametrize("code", ["nl", "en", "fr", "es", "ar"])
def test_the_api_sitemap_lists_every_visible_page_of_a_language_once(tree, gql, code):
    answer = gql(SITEMAP, {"locale": code})["data"]["sitemap"]
    paths = [entry["urlPath"] for entry in answer["results"]]
    assert len(paths) == len(set(paths)) == answer["totalCount"]
    assert set(paths) == expected_paths(code)
    hidden = {url_path(Page.objects.get(pk=tree.pages[name].pk)) for name in HIDDEN}
    assert not hidden & set(paths)
    for entry in answer["results"]:
        assert entry["url"] == "http://testserver" + entry["urlPath"]
    published = {
        url_path(page): page.last_published_at.isoformat() if page.last_published_at else None
        for page in with_paths(Page.objects.filter(depth__gte=2, locale__language_code=code))
    }
    assert {e["urlPath"]: e["lastModified"] for e in answer["results"]} == {
        path: published[path] for path in paths
    }


def test_sitemap_xml_is_an_index_of_one_sitemap_per_language(tree, client, settings):
    settings.VNG_FRONTEND_URL = "https://www.example.org"
    index = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    locations = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert locations == [f"http://testserver/sitemap-{code}.xml" for code in ("nl", "en", "fr")]
    hidden = {
        "https://www.example.org" + url_path(Page.objects.get(pk=tree.pages[name].pk))
        for name in HIDDEN
    }
    for code in ("nl", "en", "fr"):
        response = client.get(f"/sitemap-{code}.xml")
        assert response["Content-Type"] == "application/xml; charset=utf-8"
        urlset = ET.fromstring(response.content)  # noqa: S314
        locs = [url.findtext("s:loc", namespaces=NS) for url in urlset.findall("s:url", NS)]
        assert len(locs) == len(set(locs))
        assert set(locs) == {"https://www.example.org" + path for path in expected_paths(code)}
        assert not hidden & set(locs)
        dated = [url.findtext("s:lastmod", namespaces=NS) for url in urlset.findall("s:url", NS)]
        published = visible_pages(Page.objects.filter(locale__language_code=code, depth__gte=2))
        assert (
            sum(1 for lastmod in dated if lastmod)
            == published.filter(last_published_at__isnull=False).count()
        )
    solar = next(
        url
        for url in ET.fromstring(client.get("/sitemap-en.xml").content).findall("s:url", NS)  # noqa: S314
        if url.findtext("s:loc", namespaces=NS).endswith("/en/voorbeelden/zon/")
    )
    alternates = {link.get("hreflang"): link.get("href") for link in solar.findall("x:link", NS)}
    assert alternates == {
        "nl": "https://www.example.org/nl/voorbeelden/zon/",
        "en": "https://www.example.org/en/voorbeelden/zon/",
        "fr": "https://www.example.org/fr/voorbeelden/zon/",
    }
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_robots_txt_keeps_crawlers_out_of_the_service_and_names_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /graphql/" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /nl/" in body
    assert body.rstrip().endswith("Sitemap: http://testserver/sitemap.xml")


REDIRECT = """query ($path: String!) { redirect(path: $path) {
  permanent url urlPath page { id locale title }
} }"""


def test_redirects_per_language_site_and_visibility(tree, gql):
    site = Site.objects.get(is_default_site=True)
    other = Site.objects.create(hostname="other.example", root_page=tree.pages["home"], port=80)
    solar = tree.pages["solar"]
    Redirect.objects.create(old_path="/fr/ancien", redirect_page=solar, is_permanent=True)
    Redirect.objects.create(old_path="/nl/oud", redirect_page=solar, site=site)
    Redirect.objects.create(
        old_path="/nl/weg", redirect_link="https://example.net/", is_permanent=False
    )
    Redirect.objects.create(old_path="/nl/geheim", redirect_page=tree.pages["draft"])
    Redirect.objects.create(old_path="/nl/elders", redirect_page=solar, site=other)

    french = gql(REDIRECT, {"path": "/fr/ancien/"})["data"]["redirect"]
    assert french == {
        "permanent": True,
        "url": "http://testserver/fr/voorbeelden/zon/",
        "urlPath": "/fr/voorbeelden/zon/",
        "page": {"id": tree.id("solar_fr"), "locale": "fr", "title": tree.pages["solar_fr"].title},
    }
    dutch = gql(REDIRECT, {"path": "/nl/oud"})["data"]["redirect"]
    assert dutch["urlPath"] == "/nl/voorbeelden/zon/"
    assert dutch["page"]["locale"] == "nl"
    assert gql(REDIRECT, {"path": "/nl/weg/"})["data"]["redirect"] == {
        "permanent": False,
        "url": "https://example.net/",
        "urlPath": None,
        "page": None,
    }
    assert gql(REDIRECT, {"path": "/nl/geheim/"})["data"]["redirect"] is None
    assert gql(REDIRECT, {"path": "/nl/elders/"})["data"]["redirect"] is None
    assert gql(REDIRECT, {"path": "/nl/niets/"})["data"]["redirect"] is None
    bad = gql(REDIRECT, {"path": "nl/oud"}, expect_errors=True)
    assert "starting with /" in bad["errors"][0]["message"]
