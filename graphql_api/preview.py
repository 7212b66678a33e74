"""`pagePreview(token)`: the draft an editor previews, for partner frontends.

The token comes from the admin's Preview button (`home.preview`): it names one page and one
revision, is signed and lives at most an hour. The answer is that revision as the page's concrete
type, with everything a published page has. Responses are `Cache-Control: private, no-store`.
Links, chooser blocks, parents and children inside a draft still go through the visibility rule:
a preview shows the one draft, not other unpublished pages.

`preview_sections()` gives the admin's own rendering (no partner frontend configured) the same
StreamField and rich-text output as the API.
"""

import strawberry
from django.db import models
from django.utils.translation import gettext as _
from strawberry.types import Info
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Revision

from graphql_api.limits import InputError
from graphql_api.pages import PageInterface, page_id
from graphql_api.richtext import render_rich_text
from graphql_api.streamfield import ImageBlock, resolve_stream
from home.preview import PreviewTokenError, read_preview_token

PREVIEW_IMAGE_SPEC = "width-800"


def draft_for_token(token: str, expected_page_id: int | None = None) -> Page:
    """The revision a token grants, as a page object; `InputError` for any unusable token."""
    try:
        grant = read_preview_token(token)
    except PreviewTokenError as error:
        raise InputError(str(error)) from error
    if expected_page_id is not None and expected_page_id != grant.page_id:
        raise InputError(
            _(
                "This preview token belongs to another page. Press Preview on the page you want "
                "to see and use that token."
            )
        )
    revision = Revision.page_revisions.filter(
        pk=grant.revision_id, object_id=str(grant.page_id)
    ).first()
    if revision is None or revision.content_object is None:
        raise InputError(
            _("The draft of this preview no longer exists. Press Preview in the admin again.")
        )
    return revision.as_object()


@strawberry.type
class Query:
    @strawberry.field(
        description=(
            "The draft behind a preview token from the admin's Preview button, as its page type."
            " Give `id` as well to make sure the token is for that page. Tokens expire after at"
            " most an hour; responses are never cached."
        )
    )
    def page_preview(
        self, info: Info, token: str, id: strawberry.ID | None = None
    ) -> PageInterface | None:
        info.context.mark_private()
        draft = draft_for_token(token, page_id(id) if id is not None else None)
        code = draft.locale.language_code
        draft._asked_locale, draft._asked_fallback = code, False
        return draft


# --- the admin's own rendering ---

_TEXT_FIELDS = (models.CharField, models.TextField, models.DateField, models.IntegerField)


def _block_view(block) -> dict:
    view = {"kind": type(block).__name__, "block": block}
    if isinstance(block, ImageBlock):
        view["rendition"] = block.image.rendition(PREVIEW_IMAGE_SPEC)
    return view


def preview_sections(page: Page, request=None) -> list[dict]:
    """The fields of a page type (those it adds to Page) as the API renders them, in order."""
    code = page.locale.language_code
    sections = []
    for field in type(page)._meta.get_fields(include_parents=False):
        if not getattr(field, "concrete", False) or field.name.endswith("_ptr"):
            continue
        value = getattr(page, field.attname, None)
        if value in (None, "") or getattr(field, "choices", None):
            continue
        label = str(field.verbose_name).capitalize()
        if isinstance(field, StreamField):
            blocks = [_block_view(block) for block in resolve_stream(value, code, request)]
            sections.append({"label": label, "blocks": blocks})
        elif isinstance(field, RichTextField):
            sections.append({"label": label, "html": render_rich_text(value, code, request)})
        elif isinstance(field, _TEXT_FIELDS):
            sections.append({"label": label, "text": str(value)})
    return sections
