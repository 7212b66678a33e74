"""`/sitemap.xml` (an index: one sitemap per language), `/sitemap-<code>.xml` and
`/robots.txt` of the service.

Locations are the pages' addresses on the partner frontend (`home.routing`), with their other
language versions as `xhtml:link rel="alternate" hreflang` and `lastmod` from the last
publication; the entries come from `home.serving.sitemap`, the same as the API's `sitemap`. A
frontend serves them as its own sitemap (proxy or copy); the service's robots.txt keeps
crawlers out of its own pages, API and admin.
"""

from xml.etree import ElementTree as ET  # noqa: S405 - writing XML, never parsing it

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from home.routing import Frontend, service_url
from home.serving.languages import content_language_codes
from home.serving.sitemap import languages_with_pages, sitemap_entries

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
ET.register_namespace("", SITEMAP_NS)
ET.register_namespace("xhtml", XHTML_NS)


def _xml(root: ET.Element) -> HttpResponse:
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    response = HttpResponse(body, content_type="application/xml; charset=utf-8")
    response["Cache-Control"] = f"public, max-age={settings.VNG_GRAPHQL_CACHE_MAX_AGE}"
    return response


@require_GET
def sitemap_index(request: HttpRequest) -> HttpResponse:
    root = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
    for code in languages_with_pages():
        sitemap = ET.SubElement(root, f"{{{SITEMAP_NS}}}sitemap")
        location = service_url(reverse("sitemap_language", args=[code]))
        ET.SubElement(sitemap, f"{{{SITEMAP_NS}}}loc").text = location
    return _xml(root)


@require_GET
def sitemap_language(request: HttpRequest, code: str) -> HttpResponse:
    if code not in content_language_codes():
        raise Http404(f"No sitemap for “{code}”.")
    frontend = Frontend()
    entries, _total = sitemap_entries(code)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in entries:
        url = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = frontend.url(entry.url_path)
        if entry.last_modified:
            lastmod = entry.last_modified.isoformat(timespec="seconds")
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = lastmod
        if len(entry.alternates) > 1:
            for language, path in entry.alternates:
                ET.SubElement(
                    url,
                    f"{{{XHTML_NS}}}link",
                    rel="alternate",
                    hreflang=language,
                    href=frontend.url(path),
                )
    return _xml(root)


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}" for prefix in ("/admin/", "/django-admin/", "/graphql/")]
    lines += [f"Disallow: /{code}/" for code in content_language_codes()]
    lines.append(f"Sitemap: {service_url('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
