"""Where readers find a page: its address on the partner frontend.

The service is headless: pages are shown by partner frontends, never by this service. Every
absolute link to a page that leaves the service — the API's `url`, rich-text links, the
sitemap, SEO canonical and alternate links, the admin's "Live" button, previews — is built
here from the page's routed path (`home.serving.paths.url_path`, e.g. /fr/exemples/x/).

The home address of each language, first that applies:

1. the "website address" an editor gave in that language's site settings (admin);
2. `settings.VNG_FRONTEND_URLS[code]` (a language on its own address, without the prefix);
3. `settings.VNG_FRONTEND_URL` + `/<code>/`;
4. none: the page's address on this service (`WAGTAILADMIN_BASE_URL` + routed path), which
   answers with a page pointing to the API and the admin (`cms.frontend`).

The editors' addresses are kept in the cache (Redis in production, shared by every worker)
for `OVERRIDES_SECONDS` and forgotten whenever site settings are saved or deleted
(`home.apps`), so building addresses costs no query once warm; each `Frontend` (one per API
request, one per admin request through `for_request`) reads the cache once.
"""

from django.apps import apps
from django.conf import settings
from django.core.cache import cache

OVERRIDES_KEY = "vng:frontend-overrides"
OVERRIDES_SECONDS = 300


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def admin_overrides() -> dict[str, str]:
    """Language code → the website address editors gave in the default site's settings."""
    site_settings = apps.get_model("home", "SiteSettings")
    found = cache.get(OVERRIDES_KEY)
    if found is None:
        rows = site_settings.objects.filter(site__is_default_site=True).exclude(frontend_url="")
        found = dict(rows.values_list("locale__language_code", "frontend_url"))
        cache.set(OVERRIDES_KEY, found, OVERRIDES_SECONDS)
    return found


def forget_overrides(**_kwargs) -> None:
    """Drop the cached website addresses (a signal receiver: site settings changed)."""
    cache.delete(OVERRIDES_KEY)


class Frontend:
    """The partner frontend's addresses, with the editors' overrides loaded once."""

    def __init__(self, overrides: dict[str, str] | None = None):
        self._overrides = overrides

    @property
    def overrides(self) -> dict[str, str]:
        if self._overrides is None:
            self._overrides = admin_overrides()
        return self._overrides

    def home(self, code: str) -> str | None:
        """The address of the language's home page on the frontend, ending in a slash; None
        when no frontend is configured for it."""
        if self.overrides.get(code):
            return _with_slash(self.overrides[code])
        if settings.VNG_FRONTEND_URLS.get(code):
            return _with_slash(settings.VNG_FRONTEND_URLS[code])
        if settings.VNG_FRONTEND_URL:
            return f"{_with_slash(settings.VNG_FRONTEND_URL)}{code}/"
        return None

    def url(self, routed_path: str) -> str:
        """The absolute address of a routed path (/fr/exemples/x/) for readers."""
        code, _slash, rest = routed_path.lstrip("/").partition("/")
        home = self.home(code)
        if home is None:
            return service_url(routed_path)
        return home + rest

    def preview_url(self, code: str, token: str) -> str | None:
        """Where the frontend shows a draft: `VNG_PREVIEW_FRONTEND_URL`, else the language's
        home + `preview/`; the token is added by the caller. None without a frontend."""
        if settings.VNG_PREVIEW_FRONTEND_URL:
            return settings.VNG_PREVIEW_FRONTEND_URL
        home = self.home(code)
        return f"{home}preview/" if home else None


def service_url(path: str) -> str:
    """An absolute address on this service."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def for_request(request) -> Frontend:
    """The request's one `Frontend` (or a new one without a request)."""
    if request is None:
        return Frontend()
    frontend = getattr(request, "_vng_frontend", None)
    if frontend is None:
        frontend = request._vng_frontend = Frontend()
    return frontend


def split_page_url(url_parts, request=None):
    """Wagtail's `get_url_parts` answer with the frontend's address: (site, "", full address).

    Wagtail joins root and path for `full_url` and gives the path alone for `url` on a
    one-site install; an empty root and a full address give the frontend address in both.
    """
    if url_parts is None:
        return None
    site_id, _root_url, page_path = url_parts
    return site_id, "", for_request(request).url(page_path)
