"""The root fields `sitemap(locale)` — the pages to list, as in `/sitemap.xml`
(`home.serving.sitemap`) — and `redirect(path)` — an editor's redirect for an old address
(`home.serving.redirects`), to build a frontend's sitemap and its 404/301 handling."""

import strawberry
from django.utils.translation import gettext as _
from strawberry.types import Info
from strawberry_django.pagination import OffsetPaginationInput
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from graphql_api.delivery.tags import record_list
from graphql_api.limits import InputError, limit
from graphql_api.locales import requested_locale
from graphql_api.page_tree import specific_pages
from graphql_api.pages import PageInterface, frontend_of
from graphql_api.seo import Alternate
from home.serving.redirects import MAX_PATH_LENGTH, find_redirect, language_of_path
from home.serving.sitemap import sitemap_entries


@strawberry.type(description="One address of the sitemap.")
class SitemapEntryType:
    url: str = strawberry.field(description="Its address on the partner website.")
    url_path: str = strawberry.field(description="Its routed path, with the language prefix.")
    last_modified: str | None = strawberry.field(
        description="When it was last published (ISO 8601), for `<lastmod>`."
    )
    alternates: list[Alternate] = strawberry.field(
        description="Its visible language versions, this one included, for `hreflang`."
    )


@strawberry.type(description="One page of the sitemap of a language.")
class Sitemap:
    total_count: int
    results: list[SitemapEntryType]


@strawberry.type(description="Where an old address goes now.")
class RedirectTargetType:
    permanent: bool = strawberry.field(
        description="True for a permanent redirect (answer 301), false for a temporary (302)."
    )
    url: str = strawberry.field(description="The address to send the reader to.")
    url_path: str | None = strawberry.field(
        description="The target page's routed path; null for an address elsewhere."
    )
    page: PageInterface | None = strawberry.field(
        description="The target page (in the path's language or its fallback); null for an "
        "address elsewhere."
    )


@strawberry.type
class Query:
    @strawberry.field(
        description="The pages of a language for a sitemap: every visible page written in "
        "it, once, in tree order (fallbacks are not listed). Page through it with "
        "`pagination`, as in `/sitemap-<locale>.xml`."
    )
    def sitemap(
        self, info: Info, locale: str | None = None, pagination: OffsetPaginationInput | None = None
    ) -> Sitemap:
        code = requested_locale(locale)
        record_list(info.context, Page, code)
        offset = max(pagination.offset if pagination else 0, 0)
        size = pagination.limit if pagination and pagination.limit is not None else None
        size = min(size if size and size > 0 else limit("PAGE_SIZE"), limit("MAX_PAGE_SIZE"))
        entries, total = sitemap_entries(code, offset, size)
        frontend = frontend_of(info.context)
        return Sitemap(
            total_count=total,
            results=[
                SitemapEntryType(
                    url=frontend.url(entry.url_path),
                    url_path=entry.url_path,
                    last_modified=entry.last_modified.isoformat() if entry.last_modified else None,
                    alternates=[
                        Alternate(locale=language, url=frontend.url(path))
                        for language, path in entry.alternates
                    ],
                )
                for entry in entries
            ],
        )

    @strawberry.field(
        description="The editors' redirect for an old address (a path with its language "
        "prefix, e.g. /fr/ancienne-page/), or null: answer 404 then. Redirects to pages the "
        "public may not see are null too."
    )
    def redirect(self, info: Info, path: str) -> RedirectTargetType | None:
        if not path.startswith("/") or len(path) > MAX_PATH_LENGTH:
            raise InputError(
                _("Give a path starting with / of at most %(max)s characters, e.g. /nl/oud/.")
                % {"max": MAX_PATH_LENGTH}
            )
        # Any redirect saved or deleted, or a page published in the path's language (a
        # redirect to a page not yet visible answers null), changes the answer.
        record_list(info.context, Redirect)
        record_list(info.context, Page, language_of_path(path))
        target = find_redirect(path)
        if target is None:
            return None
        if target.page is None:
            return RedirectTargetType(
                permanent=target.permanent, url=target.external_url, url_path=None, page=None
            )
        page = next(iter(specific_pages(info.context, [target.page])), None)
        return RedirectTargetType(
            permanent=target.permanent,
            url=frontend_of(info.context).url(target.url_path),
            url_path=target.url_path,
            page=page,
        )
