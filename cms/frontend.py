"""The service's own page addresses: headless, so they lead readers to the partner frontend.

Every page address on this service (`/`, `/nl/…`, `/fr/…`; what Wagtail's "Live" link and old
bookmarks open) answers without looking the page up, so a published, private, draft or missing
page all answer the same way and nothing tells which private pages exist:

- an editor's redirect for the path (Wagtail's redirects app, `home.serving.redirects`) is
  followed, to the frontend address of its page;
- else, when a frontend is configured for the path's language (`home.routing`), a redirect to
  the same path there;
- else a small page (200, not indexed) naming the website, the API and the admin.

The page-password form Wagtail keeps at `/<code>/_util/authenticate_with_password/…` is
throttled per client address like the admin login (`VNG_PAGE_PASSWORD_ATTEMPTS` per
`VNG_PAGE_PASSWORD_WINDOW` seconds), shared by every worker through the rate-limit counters.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail import views as wagtail_views

from cms.security import client_ip
from graphql_api.ratelimit import hit
from home.routing import Frontend, service_url
from home.serving.languages import content_language_codes
from home.serving.redirects import find_redirect, language_of_path


def _redirect(url: str, permanent: bool) -> HttpResponse:
    response = (HttpResponsePermanentRedirect if permanent else HttpResponseRedirect)(url)
    response["Cache-Control"] = "public, max-age=300"
    return response


def page_address(request: HttpRequest, path: str = "") -> HttpResponse:
    """Any page address of the service: see the module's docstring."""
    frontend = Frontend()
    target = find_redirect(request.path)
    if target is not None:
        url = target.external_url or frontend.url(target.url_path)
        return _redirect(url, target.permanent)
    code = language_of_path(request.path)
    if request.path == "/" or request.path.startswith(f"/{code}/"):
        home = frontend.home(code)
        if home is not None:
            rest = request.path.lstrip("/").partition("/")[2] if request.path != "/" else ""
            return _redirect(home + rest, permanent=False)
    return service_page(request, frontend, code)


# The languages the service page is written in (cms/locale); the others read it in English.
SERVICE_PAGE_LANGUAGES = ("nl", "en")


def service_page(request: HttpRequest, frontend: Frontend, code: str) -> HttpResponse:
    """In the path's language when the page is written in it (Dutch at `/`), else English."""
    homes = [(other, frontend.home(other)) for other in content_language_codes()]
    language = code if code in SERVICE_PAGE_LANGUAGES else "en"
    with translation.override(language):
        response = render(
            request,
            "cms/service.html",
            {
                "language": language,
                "site_name": settings.WAGTAIL_SITE_NAME,
                "frontends": [(other, home) for other, home in homes if home],
                "api_url": service_url("/graphql/"),
                "graphiql": settings.VNG_GRAPHIQL,
                "admin_url": service_url("/admin/"),
                "sitemap_url": service_url("/sitemap.xml"),
            },
        )
    response["X-Robots-Tag"] = "noindex"
    return response


def authenticate_with_password(request: HttpRequest, page_view_restriction_id, page_id):
    """Wagtail's page-password form, throttled per client address."""
    if request.method == "POST":
        verdict = hit(
            "page-password",
            client_ip(request),
            limit=settings.VNG_PAGE_PASSWORD_ATTEMPTS,
            window=settings.VNG_PAGE_PASSWORD_WINDOW,
        )
        if not verdict.allowed:
            minutes = max(1, verdict.retry_after // 60)
            message = _(
                "Too many password attempts from this address. Try again in %(minutes)s "
                "minutes, or ask the editors for access."
            ) % {"minutes": minutes}
            response = HttpResponse(
                message + "\n", status=429, content_type="text/plain; charset=utf-8"
            )
            response["Retry-After"] = str(verdict.retry_after)
            return response
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
