"""The sitemap: every page the public may see, once per language it is published in, with its
other visible language versions as alternates. Fallbacks are never listed (they are the same
content under another language's address, marked `noindex`).

Used by the API's `sitemap(locale)` and by `/sitemap.xml` (an index with one sitemap per
language, `cms.sitemaps`), so both list exactly the same pages.
"""

from dataclasses import dataclass
from datetime import datetime

from wagtail.models import Page

from home.serving.languages import check_language_code, code_of, content_language_codes
from home.serving.paths import url_path, with_paths
from home.serving.visibility import visible_pages


@dataclass(frozen=True)
class SitemapEntry:
    url_path: str
    locale: str
    last_modified: datetime | None
    alternates: tuple[tuple[str, str], ...]  # (language code, routed path), this one included


def listed_pages(code: str):
    """The visible pages written in `code` (no fallbacks), in tree order."""
    check_language_code(code)
    pages = Page.objects.filter(locale__language_code=code, depth__gte=2)
    return with_paths(visible_pages(pages)).order_by("path")


def sitemap_entries(
    code: str, offset: int = 0, limit: int | None = None
) -> tuple[list[SitemapEntry], int]:
    """One slice of the sitemap of `code` and the number of entries of the whole. Three
    queries: the count, the slice, the alternates of the slice."""
    pages = listed_pages(code)
    total = pages.count()
    end = None if limit is None else offset + limit
    rows = list(pages[offset:end])
    keys = {page.translation_key for page in rows}
    versions: dict = {}
    order = content_language_codes()
    for version in with_paths(visible_pages(Page.objects.filter(translation_key__in=keys))):
        versions.setdefault(version.translation_key, []).append(version)
    entries = []
    for page in rows:
        others = sorted(
            versions.get(page.translation_key, [page]),
            key=lambda version: order.index(code_of(version)),
        )
        entries.append(
            SitemapEntry(
                url_path=url_path(page),
                locale=code,
                last_modified=page.last_published_at,
                alternates=tuple((code_of(v), url_path(v)) for v in others),
            )
        )
    return entries, total


def languages_with_pages() -> list[str]:
    """The content languages with at least one listed page, in the settings' order."""
    found = set(
        visible_pages(Page.objects.filter(depth__gte=2))
        .values_list("locale__language_code", flat=True)
        .distinct()
    )
    return [code for code in content_language_codes() if code in found]
