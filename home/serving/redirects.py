"""The one answer to "where does this old address go now?", from Wagtail's redirects app.

Editors manage redirects in the admin (Settings → Redirects); an old path carries its language
prefix (/fr/ancienne-page/), so a redirect belongs to one site (or to all) and one language. A
redirect to a page goes to the page's version in the path's language (its fallback when it has
none), and only when that version may be served: a redirect to a draft, private or deleted page
answers like no redirect at all, so it tells nothing about the hidden page.
"""

from dataclasses import dataclass

from django.db.models import F
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from home.serving.languages import content_language_codes
from home.serving.paths import url_path, with_paths
from home.serving.versions import versions_by_id

MAX_PATH_LENGTH = 255


@dataclass(frozen=True)
class RedirectTarget:
    permanent: bool
    page: Page | None  # the served version, with `_home_path` for its routed path
    url_path: str | None  # the page's routed path (/fr/exemples/x/)
    external_url: str | None  # an address elsewhere, when the redirect is not to a page


def language_of_path(path: str) -> str:
    """The language of a routed path's prefix, or the default content language."""
    first = path.lstrip("/").split("/", 1)[0]
    codes = content_language_codes()
    return first if first in codes else codes[0]


def find_redirect(path: str, site: Site | None = None) -> RedirectTarget | None:
    """The redirect for `path` (e.g. /fr/ancienne-page/) on `site` (default: the default site),
    or None. Two queries at most."""
    if "\0" in path or len(path) > MAX_PATH_LENGTH:
        return None
    site = site or Site.objects.filter(is_default_site=True).first()
    old_path = Redirect.normalise_path(path)
    found = (
        Redirect.get_for_site(site)
        .filter(old_path=old_path)
        .order_by(F("site_id").asc(nulls_last=True))  # the site's own redirect first
        .first()
    )
    if found is None:
        return None
    if found.redirect_page_id is None:
        if not found.redirect_link:
            return None
        return RedirectTarget(found.is_permanent, None, None, found.redirect_link)
    code = language_of_path(path)
    pages = versions_by_id(
        Page, [found.redirect_page_id], code, queryset=with_paths(Page.objects.all())
    )
    page = pages.get(found.redirect_page_id)
    if page is None:
        return None
    route = (found.redirect_page_route_path or "").lstrip("/")
    return RedirectTarget(found.is_permanent, page, url_path(page) + route, None)
