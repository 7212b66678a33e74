"""Which objects refer to an object, and which it refers to.

Wagtail's `ReferenceIndex` records foreign keys, StreamField chooser blocks and rich-text links;
in Wagtail 8 it leaves out many-to-many choices (an example's themes and goals), which are added
here from their through tables. The response cache (`graphql_api.delivery.invalidation`) and the
change events (`home.changes.references`) both ask these two questions here.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex


def _model(content_type_id: int):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _choosing(obj, limit: int | None) -> set[tuple[type, int]]:
    """Objects that choose `obj` in a many-to-many field: one query per such field."""
    found = set()
    for model in apps.get_models():
        for field in model._meta.local_many_to_many:
            if field.related_model is not type(obj):
                continue
            rows = field.remote_field.through.objects.filter(
                **{field.m2m_reverse_field_name(): obj.pk}
            ).values_list(field.m2m_field_name(), flat=True)
            found |= {(model, pk) for pk in rows[:limit]}
    return found


def referring(obj, *, many_to_many: bool = True, limit: int | None = None) -> set[tuple[type, int]]:
    """(model, pk) of the objects that refer to `obj`. Pages come as the base `Page` model from
    the index and as their own type from many-to-many choices; both carry the page's pk."""
    rows = ReferenceIndex.get_references_to(obj).values_list("base_content_type", "object_id")
    found = {(_model(content_type), int(pk)) for content_type, pk in rows.distinct()[:limit]}
    if many_to_many:
        found |= _choosing(obj, limit)
    return {(model, pk) for model, pk in found if model is not None}


def referred(obj) -> set[tuple[type, int]]:
    """(model, pk) of the objects `obj` refers to, its own many-to-many choices included."""
    found = {
        (_model(content_type), int(pk))
        for content_type, pk, _path, _content_path in ReferenceIndex._extract_references_from_object(
            obj
        )
    }
    for field in obj._meta.get_fields():
        if field.many_to_many and not field.auto_created:
            found |= {(type(target), target.pk) for target in getattr(obj, field.name).all()}
    return {(model, pk) for model, pk in found if model is not None}
