"""Which pages' API answers an object's change alters, from Wagtail's reference index.

A page's own answer, its parent's (children lists) and every page that links to it or chooses it
(foreign keys, chooser blocks, rich-text links: `wagtail.models.ReferenceIndex`); for a snippet or
an image, the pages that use it. Only pages the public may see are listed (the serving layer's
rule), except the changed page itself.
"""

from django.conf import settings
from wagtail.models import Page

from home.serving.references import referring
from home.serving.visibility import visible_page_ids


def _limit() -> int:
    return settings.VNG_WEBHOOKS["MAX_AFFECTED_PAGES"]


def referencing_page_ids(obj) -> set[int]:
    """Pages that reference `obj` directly (foreign keys, choosers, rich-text links, many-to-many
    choices)."""
    return {pk for model, pk in referring(obj, limit=_limit()) if issubclass(model, Page)}


def affected_by_page(page, *, extra=()) -> list[int]:
    """The page, its parent, and the public pages that reference it."""
    candidates = referencing_page_ids(page) | {pk for pk in extra if pk}
    parent_path = page.path[: -Page.steplen]
    if parent_path:
        candidates |= set(Page.objects.filter(path=parent_path).values_list("pk", flat=True))
    found = visible_page_ids(candidates - {page.pk})
    return sorted({page.pk} | found)[: _limit()]


def affected_by_object(obj) -> list[int]:
    """The public pages that use a snippet or an image."""
    return sorted(visible_page_ids(referencing_page_ids(obj)))[: _limit()]
