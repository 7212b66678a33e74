"""Which pages' API answers an object's change alters, from Wagtail's reference index.

A page's own answer, its parent's (children lists) and every page that links to it or chooses it
(foreign keys, chooser blocks, rich-text links: `wagtail.models.ReferenceIndex`); for a snippet or
an image, the pages that use it. Only pages the public may see are listed (the serving layer's
rule), except the changed page itself.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from home.serving.visibility import visible_page_ids


def _limit() -> int:
    return settings.VNG_WEBHOOKS["MAX_AFFECTED_PAGES"]


def _many_to_many_page_ids(obj) -> set[int]:
    """Pages that choose `obj` in a (parental) many-to-many field: the reference index does not
    record those (Wagtail 8). One query per such field."""
    found = set()
    for model in apps.get_models():
        if not issubclass(model, Page):
            continue
        for field in model._meta.local_many_to_many:
            if field.related_model is not type(obj):
                continue
            through = field.remote_field.through
            found |= set(
                through.objects.filter(**{field.m2m_reverse_field_name(): obj.pk}).values_list(
                    field.m2m_field_name(), flat=True
                )[: _limit()]
            )
    return found


def referencing_page_ids(obj) -> set[int]:
    """Pages that reference `obj` directly (foreign keys, choosers, rich-text links, many-to-many
    choices)."""
    page_type = ContentType.objects.get_for_model(Page)
    indexed = {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
        .distinct()[: _limit()]
    }
    return indexed | _many_to_many_page_ids(obj)


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
