"""Languages: the `locales` root field, the `locale` / `fallback` arguments and honest fallbacks.

Every root field takes `locale` (default: the default language) and `fallback` (default true).
A list in language X shows each item once (per translation_key): in X where a servable
translation exists, else in the first language of X's fallback chain that has one. Each
returned object remembers what was asked for (`_asked_locale`, `_asked_fallback`), so nested
fields (relations, translations, rich-text links) follow the same language.
"""

from collections import defaultdict
from enum import Enum

import strawberry
from django.conf import settings
from wagtail.models import Page, TranslatableMixin

from graphql_api.delivery.tags import record
from graphql_api.limits import InputError
from home.serving.languages import check_language_code, fallback_chain, is_right_to_left
from home.serving.paths import STEPLEN, with_paths
from home.serving.versions import (
    asked_fallback,
    asked_locale,
    localize,
    localize_objects,
    mark,
    pick_best,
    servable,
)

__all__ = [
    "STEPLEN",
    "asked_fallback",
    "asked_locale",
    "localize",
    "localize_objects",
    "localize_relation",
    "mark",
    "remember_batch",
    "requested_locale",
    "with_paths",
]


@strawberry.enum(description="Writing direction of a language.")
class Direction(Enum):
    LTR = "ltr"
    RTL = "rtl"


@strawberry.type(name="Locale", description="A language the content is written in.")
class LocaleType:
    code: str = strawberry.field(description="Language code, e.g. fr.")
    name: str = strawberry.field(description="The language's name in that language.")
    is_default: bool = strawberry.field(description="True for the default language (nl).")
    direction: Direction
    fallbacks: list[str] = strawberry.field(
        description="Languages served, in this order, where content is not translated."
    )


def requested_locale(code: str | None) -> str:
    """The validated language code of a `locale` argument (default: the default language)."""
    if code is None:
        return settings.LANGUAGE_CODE
    try:
        return check_language_code(code)
    except ValueError as error:
        raise InputError(str(error)) from error


def localize_relation(context, root, field_name: str) -> list:
    """The objects a relation (foreign key or many-to-many) of `root` points at, in the language
    asked for `root`; a relation to a translatable model follows the language rule.

    Batched: the first call for (model, field, language) loads the relation for every object of
    the same model the request has fetched so far (see `remember_batch`) in at most two queries,
    and later calls are served from memory. What it loads is registered in turn, so relations
    of relations are batched as well.
    """
    code, fallback = asked_locale(root), asked_fallback(root)
    model = type(root)
    key = ("relation", model, field_name, code, fallback)
    loaded = context.memo(key, dict)
    if root.pk not in loaded:
        batch = [obj for obj in context.memo(("batch", model), list) if obj.pk not in loaded]
        if root.pk not in {obj.pk for obj in batch}:
            batch.append(root)
        batch = [obj for obj in batch if asked_locale(obj) == code]
        found = _load_relation(model, field_name, batch, code, fallback)
        loaded.update(found)
        remember_batch(context, _distinct(obj for objects in found.values() for obj in objects))
    return loaded.get(root.pk, [])


def _links(model, field_name: str, batch) -> list[tuple]:
    """(object pk, target translation key) for each link of a relation to a translatable
    model. One query."""
    field = model._meta.get_field(field_name)
    if field.many_to_many:
        through = field.remote_field.through
        source_name, target_name = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = through.objects.filter(**{f"{source_name}__in": [obj.pk for obj in batch]})
        return list(
            links.order_by("pk").values_list(source_name, f"{target_name}__translation_key")
        )
    pairs = [(obj.pk, getattr(obj, field.attname)) for obj in batch]
    pairs = [(obj_pk, pk) for obj_pk, pk in pairs if pk is not None]
    if not pairs:
        return []
    target_keys = dict(
        field.related_model._default_manager.filter(pk__in=[pk for _obj, pk in pairs]).values_list(
            "pk", "translation_key"
        )
    )
    return [(obj_pk, target_keys.get(pk)) for obj_pk, pk in pairs]


def _plain_targets(model, field_name: str, batch) -> list[tuple]:
    """(object pk, target object) for each link of a relation to a model without languages.
    One query at most; none when the targets came with the objects (select_related)."""
    field = model._meta.get_field(field_name)
    if field.many_to_many:
        through = field.remote_field.through
        source_name, target_name = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = through.objects.filter(**{f"{source_name}__in": [obj.pk for obj in batch]})
        links = links.select_related(target_name).order_by("pk")
        return [(getattr(link, f"{source_name}_id"), getattr(link, target_name)) for link in links]
    if all(field.name in obj._state.fields_cache for obj in batch):
        return [(obj.pk, getattr(obj, field.name)) for obj in batch if getattr(obj, field.attname)]
    pks = {getattr(obj, field.attname) for obj in batch} - {None}
    targets = servable(field.related_model).in_bulk(pks) if pks else {}
    return [(obj.pk, targets.get(getattr(obj, field.attname))) for obj in batch]


def _load_relation(model, field_name: str, batch, code: str, fallback: bool) -> dict:
    target = model._meta.get_field(field_name).related_model
    result = {obj.pk: [] for obj in batch}
    if issubclass(target, TranslatableMixin):
        pairs = _links(model, field_name, batch)
        wanted = {key for _pk, key in pairs if key is not None}
        found = {}
        if wanted:
            chain = fallback_chain(code, fallback)
            candidates = servable(target).filter(
                translation_key__in=wanted, locale__language_code__in=chain
            )
            if issubclass(target, Page):
                candidates = with_paths(candidates)
            found = pick_best(list(candidates.select_related("locale")), chain)
        pairs = [(obj_pk, found.get(key)) for obj_pk, key in pairs]
    else:
        # One instance per target, shared by every object linking to it: each is marked with
        # the language asked for and registered for batching (a set of model instances would
        # keep only one of several equal ones).
        shared = {}
        pairs = [
            (obj_pk, obj if obj is None else shared.setdefault(obj.pk, obj))
            for obj_pk, obj in _plain_targets(model, field_name, batch)
        ]
    for obj_pk, obj in pairs:
        if obj is not None and obj not in result[obj_pk]:
            result[obj_pk].append(obj)
    mark(_distinct(obj for objects in result.values() for obj in objects), code, fallback)
    order = _natural_order(target)
    return {obj_pk: sorted(objects, key=order) for obj_pk, objects in result.items()}


def child_rows(context, root, accessor: str) -> list:
    """The inline rows of `root` (a reverse foreign key such as `key_figures`), in their
    model's order. Batched like `localize_relation`: one query for every object of the same
    model the request has fetched so far; the rows are registered for batching in turn."""
    model = type(root)
    loaded = context.memo(("children", model, accessor), dict)
    if root.pk not in loaded:
        batch = [obj for obj in context.memo(("batch", model), list) if obj.pk not in loaded]
        pks = {obj.pk for obj in batch} | {root.pk}
        relation = model._meta.get_field(accessor)
        rows = relation.related_model._default_manager.filter(**{f"{relation.field.name}__in": pks})
        for pk in pks:
            loaded[pk] = []
        rows = list(rows)
        for row in rows:
            loaded[getattr(row, relation.field.attname)].append(row)
        # Registered as they load, for every object of the batch: the rows' own relations
        # (a membership's municipality) then load for all of them at once.
        remember_batch(context, rows)
        for found in loaded.values():
            found.sort(key=_natural_order(relation.related_model))
    return loaded[root.pk]


def _distinct(objects) -> list:
    """Each instance once (by identity: equal model instances may be different objects)."""
    return list({id(obj): obj for obj in objects}.values())


def _natural_order(model):
    """A sort key following the model's own ordering (plain fields only), e.g. goals by number."""
    fields = [name for name in model._meta.ordering if "__" not in name and name[0] != "-"]
    fields = fields or ["pk"]
    return lambda obj: tuple(getattr(obj, name) for name in fields)


def remember_batch(context, objects) -> list:
    """Register fetched objects so relation fields can load for all of them at once, and as
    read by the response (its cache tags)."""
    objects = list(objects)
    record(context, objects)
    by_model = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj)
    for model, instances in by_model.items():
        context.memo(("batch", model), list).extend(instances)
        if issubclass(model, Page) and model is not Page:
            # Fields every page has (parent, translations, …) batch over all page types.
            context.memo(("batch", Page), list).extend(instances)
    return objects


@strawberry.type
class Query:
    @strawberry.field(
        description="The languages of the content, default first. Names are each language's "
        "own name, whatever `locale` is."
    )
    def locales(self, info: strawberry.Info, locale: str | None = None) -> list[LocaleType]:
        requested_locale(locale)
        return [
            LocaleType(
                code=code,
                name=name,
                is_default=code == settings.LANGUAGE_CODE,
                direction=Direction.RTL if is_right_to_left(code) else Direction.LTR,
                fallbacks=fallback_chain(code)[1:],
            )
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]
