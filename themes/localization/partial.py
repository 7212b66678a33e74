"""A page translated only in part says so: in the admin's page listing ("17 % translated") and
when someone publishes it ("17 % translated — publish anyway?").

The share is the served language's `percent_complete` from `themes.localization.status`; a
source page and a complete translation show nothing.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from themes.localization.status import translation_statuses

CONFIRM_FIELD = "confirm-partial-publish"


def partial_share(status, code: str) -> int | None:
    """The percentage translated when the `code` version is a partial translation, else None."""
    if status is None or status.source_locale == code:
        return None
    own = status.for_locale(code)
    if own is None or not own.exists or own.is_alias or own.complete:
        return None
    return own.percent_complete


def partial_shares(pages) -> dict[int, int]:
    """page id → percentage translated, for the partial translations among `pages` (a fixed
    number of queries for the whole list)."""
    pages = [page for page in pages if getattr(page, "translation_key", None)]
    if not pages:
        return {}
    codes = dict(Locale.objects.values_list("id", "language_code"))
    return {
        page.pk: share
        for page, status in zip(pages, translation_statuses(pages), strict=True)
        if (share := partial_share(status, codes[page.locale_id])) is not None
    }


def is_publishing(request) -> bool:
    """A POST of the page editor's or the translation editor's publish button."""
    return request.method == "POST" and (
        "action-publish" in request.POST or request.POST.get("action") == "publish"
    )


def confirm_partial_publish(request, page):
    """`before_edit_page`: ask before a partial translation goes live; None lets it through."""
    if not is_publishing(request) or request.POST.get(CONFIRM_FIELD):
        return None
    share = partial_shares([page]).get(page.pk)
    if share is None:
        return None
    return render(
        request,
        "localization/admin/confirm_partial_publish.html",
        {
            "page": page,
            "share": share,
            "question": _("%(percent)s %% translated — publish anyway?") % {"percent": share},
            "fields": [
                (name, value)
                for name, values in request.POST.lists()
                if name != "csrfmiddlewaretoken"
                for value in values
            ],
            "confirm_field": CONFIRM_FIELD,
        },
    )
