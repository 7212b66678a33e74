"""Relations follow the language: a French page points to the French theme, goal and agenda.

wagtail-localize copies synchronised relations as they are, so a fresh French translation of a
best practice would still point to the Dutch goals (it has no support for ParentalManyToManyField
at all, and a translatable ForeignKey keeps the source object until the related object is
translated). `SameLanguageRelationsMixin` fixes this where every path passes: when a page or
snippet is cleaned or saved, each ForeignKey and ParentalManyToManyField to a translatable model
(pages included) is pointed at the related object's translation in the object's own locale,
where that translation exists. Where it does not exist yet the source-language object stays,
and readers get it through the fallback rules; syncing the translation again after the related
object was translated updates the link.

We keep these fields `SynchronizedField`s on purpose: one rule for foreign keys and
many-to-many fields, and it also works for relations to pages (wagtail-localize's
related-object segments resolve pages to the generic `Page` class).
"""

from functools import cache

from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.models import Page, TranslatableMixin


@cache
def translatable_relations(model) -> tuple[models.Field, ...]:
    """The model's own ForeignKeys and ParentalManyToManyFields to translatable models.

    Fields Wagtail's Page declares itself (`alias_of`, `locale`, …) are not content relations
    and are left alone.
    """
    relations = []
    for field in model._meta.get_fields():
        if getattr(field, "model", None) is Page or not field.concrete:
            continue
        if isinstance(field, ParentalKey):
            continue
        is_fk = isinstance(field, models.ForeignKey) and not field.remote_field.parent_link
        if (is_fk or isinstance(field, ParentalManyToManyField)) and issubclass(
            field.related_model, TranslatableMixin
        ):
            relations.append(field)
    return tuple(relations)


def localize_relations(instance) -> None:
    """Point the instance's translatable relations at their versions in the instance's locale."""
    locale_id = instance.locale_id
    if locale_id is None:
        return
    for field in translatable_relations(type(instance)):
        if isinstance(field, ParentalManyToManyField):
            _localize_many(instance, field, locale_id)
        else:
            _localize_one(instance, field, locale_id)


def _localize_one(instance, field, locale_id) -> None:
    related_id = getattr(instance, field.attname)
    if related_id is None:
        return
    cached = field.get_cached_value(instance, default=None)
    if cached is not None and cached.locale_id == locale_id:
        return
    manager = field.related_model._default_manager
    translated_id = (
        manager.filter(
            translation_key__in=manager.filter(pk=related_id).values("translation_key"),
            locale_id=locale_id,
        )
        .values_list("pk", flat=True)
        .first()
    )
    if translated_id is not None and translated_id != related_id:
        setattr(instance, field.attname, translated_id)


def _localize_many(instance, field, locale_id) -> None:
    current = list(getattr(instance, field.name).all())
    foreign = [obj for obj in current if obj.locale_id != locale_id]
    if not foreign:
        return
    translated = {
        obj.translation_key: obj
        for obj in field.related_model._default_manager.filter(
            translation_key__in={obj.translation_key for obj in foreign}, locale_id=locale_id
        )
    }
    localized, seen = [], set()
    for obj in current:
        target = translated.get(obj.translation_key, obj) if obj.locale_id != locale_id else obj
        if target.pk not in seen:
            seen.add(target.pk)
            localized.append(target)
    setattr(instance, field.name, localized)


class SameLanguageRelationsMixin:
    """Model mixin: relations to translatable models follow the object's language.

    Runs on `full_clean()` (admin forms, page revisions, wagtail-localize's translation saves)
    and on a full `save()`; a `save(update_fields=...)` is left alone.
    """

    def full_clean(self, *args, **kwargs):
        localize_relations(self)
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            localize_relations(self)
        return super().save(*args, **kwargs)
