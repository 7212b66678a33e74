"""Headless preview: what the admin's Preview button does for every page type.

The content is rendered by partner frontends, so a preview is a signed, short-lived token that
names one page and one revision of it. The frontend (`settings.VNG_PREVIEW_FRONTEND_URL`)
receives `?token=…` and asks the API for `pagePreview(token: …)`. Without a frontend the admin
shows the API's own rendering of the edited page (`graphql_api/preview.html`), made with the
same StreamField and rich-text code as the API.

Tokens are made with Django's signing (`TimestampSigner` under a salt of their own), live
`settings.VNG_PREVIEW_TOKEN_MAX_AGE` seconds (at most an hour) and cannot be altered: changing
one character makes it invalid. They name the page's latest saved revision, so a frontend shows
the last saved draft; that includes a translation in progress, whose drafts wagtail-localize saves
as revisions of the translated page. Unsaved edits show in the API's own rendering only.

The frontend's preview address is `settings.VNG_PREVIEW_FRONTEND_URL`, else the page language's
home on the partner frontend + `preview/` (`home.routing`); the mixin also gives every page its
frontend address for Wagtail (`get_url_parts`), so the admin's "Live" links open the frontend.

The mixin adds no database fields, so it needs no migration.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from home import routing

PREVIEW_SALT = "vng.graphql.page-preview"
MAX_TOKEN_AGE = 60 * 60

# The API renders the admin's own preview; it registers its renderer when it is ready
# (`graphql_api.apps`), so this module — and the page models using it — never import the API.
_section_renderer = None


def register_preview_renderer(dotted_path: str) -> None:
    """The function `render(page, request)` → the sections of the admin's own preview."""
    global _section_renderer  # noqa: PLW0603 - one renderer per process, set at start-up
    _section_renderer = dotted_path


class PreviewTokenError(ValueError):
    """A token that cannot be used; the message says what to do."""


@dataclass(frozen=True)
class PreviewGrant:
    page_id: int
    revision_id: int


def token_max_age() -> int:
    return min(settings.VNG_PREVIEW_TOKEN_MAX_AGE, MAX_TOKEN_AGE)


def make_preview_token(page) -> str | None:
    """A token for the page's latest saved revision, or None for a page never saved."""
    if page.pk is None or page.latest_revision_id is None:
        return None
    return signing.dumps(
        {"page": page.pk, "revision": page.latest_revision_id}, salt=PREVIEW_SALT, compress=True
    )


def read_preview_token(token: str) -> PreviewGrant:
    """The page and revision a token grants, or `PreviewTokenError` saying what went wrong."""
    try:
        data = signing.loads(token, salt=PREVIEW_SALT, max_age=token_max_age())
    except signing.SignatureExpired as error:
        raise PreviewTokenError(
            _("This preview token has expired. Press Preview in the admin again for a new one.")
        ) from error
    except signing.BadSignature as error:
        raise PreviewTokenError(
            _(
                "This preview token is not valid. Use the token exactly as the admin's Preview "
                "button gave it."
            )
        ) from error
    return PreviewGrant(page_id=int(data["page"]), revision_id=int(data["revision"]))


def preview_frontend_url(token: str, base: str | None = None) -> str:
    base = base or settings.VNG_PREVIEW_FRONTEND_URL
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{urlencode({'token': token})}"


class HeadlessPreviewMixin:
    """Page mixin: Preview opens the partner frontend with a token, or the API's own rendering;
    the page's address is its address on the partner frontend."""

    def get_url_parts(self, request=None):
        return routing.split_page_url(super().get_url_parts(request), request)

    def serve_preview(self, request, mode_name):
        token = make_preview_token(self)
        frontend = routing.for_request(request).preview_url(self.locale.language_code, token)
        if frontend and token:
            return redirect(preview_frontend_url(token, frontend))
        return TemplateResponse(
            request,
            "graphql_api/preview.html",
            {
                "page": self,
                "token": token,
                "frontend_url": frontend,
                "sections": (
                    import_string(_section_renderer)(self, request) if _section_renderer else []
                ),
            },
        )
