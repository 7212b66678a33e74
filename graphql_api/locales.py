"""Languages: the `locales` root field, the `locale` / `fallback` arguments and honest fallbacks.

Every root field takes `locale` (default: the default language) and `fallback` (default true).
A list in language X shows each item once (per translation_key): in X where a servable
translation exists, else in the first language of X's fallback chain that has one. Each
returned object remembers what was asked for (`_asked_locale`, `_asked_fallback`), so nested
fields (relations, translations, rich-text links) follow the same language.
"""

import re
from collections import defaultdict
from enum import Enum
from operator import attrgetter

import strawberry
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import CharField, F, QuerySet, UUIDField, Value
from django.db.models.functions import Cast
from graphql import get_named_type, is_leaf_type
from wagtail.models import Page, TranslatableMixin

from graphql_api.delivery.tags import record
from graphql_api.limits import InputError
from graphql_api.selections import sibling_fields
from home.serving.languages import check_language_code, fallback_chain, is_right_to_left
from home.serving.versions import (
    asked_fallback,
    asked_locale,
    in_chain,
    localize,
    localize_objects,
    mark,
    pick_best,
    servable,
)

__all__ = [
    "asked_fallback",
    "asked_locale",
    "localize",
    "localize_objects",
    "localize_relation",
    "mark",
    "remember_batch",
    "requested_locale",
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


def localize_relation(info, root, field_name: str) -> list:
    """The objects a relation (foreign key or many-to-many) of `root` points at, in the language
    asked for `root`; a relation to a translatable model follows the language rule.

    Batched: the first call for (model, field, language) loads the relation for every object of
    the same model the request has fetched so far (see `remember_batch`), together with the
    other relations of the model the document selects next to it (`sibling_fields`): one query
    for the links of all of them and one per target model. Later calls are served from memory.
    What it loads is registered in turn, so relations of relations are batched as well.
    """
    context = info.context
    code, fallback = asked_locale(root), asked_fallback(root)
    model = type(root)
    loaded = _relation_memo(context, model, field_name, code, fallback)
    if root.pk not in loaded:
        batch = [obj for obj in context.memo(("batch", model), list) if obj.pk not in loaded]
        if root.pk not in {obj.pk for obj in batch}:
            batch.append(root)
        batch = [obj for obj in batch if asked_locale(obj) == code]
        batches = {field_name: batch}
        for other in _sibling_relations(info, model) - {field_name}:
            done = _relation_memo(context, model, other, code, fallback)
            batches[other] = [obj for obj in batch if obj.pk not in done]
        for name, found in _load_relations(model, batches, code, fallback).items():
            _relation_memo(context, model, name, code, fallback).update(found)
            remember_batch(context, _distinct(obj for objects in found.values() for obj in objects))
    return loaded.get(root.pk, [])


def _relation_memo(context, model, field_name: str, code: str, fallback: bool) -> dict:
    return context.memo(("relation", model, field_name, code, fallback), dict)


def _sibling_relations(info, model) -> set[str]:
    """The relations of `model` whose object fields the document selects next to the one
    resolved (a scalar field of the same name, such as `locale`, is not the relation)."""
    names = set()
    fields_of_type = info._raw_info.parent_type.fields
    for name in sibling_fields(info):
        if name not in fields_of_type or is_leaf_type(get_named_type(fields_of_type[name].type)):
            continue
        snake = _SNAKE.sub("_", name).lower()
        try:
            field = model._meta.get_field(snake)
        except FieldDoesNotExist:
            continue
        if field.is_relation and (field.many_to_many or field.many_to_one) and field.concrete:
            names.add(snake)
    return names


_SNAKE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _link_rows(model, field_name: str, batch) -> QuerySet:
    """(object pk, field name, target pk, target translation key or None) for each link of a
    relation, as a queryset to unite with the other relations' links."""
    field = model._meta.get_field(field_name)
    target = field.related_model
    translatable = issubclass(target, TranslatableMixin)
    pks = [obj.pk for obj in batch]
    if field.many_to_many:
        rows = field.remote_field.through.objects.filter(**{f"{field.m2m_field_name()}__in": pks})
        source, link = field.m2m_field_name(), field.m2m_reverse_field_name()
    else:
        rows = model._default_manager.filter(pk__in=pks, **{f"{field.name}__isnull": False})
        source, link = "pk", field.name
    # Typed as the translation keys are on PostgreSQL (uuid: it unites uuid with a NULL uuid,
    # not with text); SQLite stores them as text.
    null_key = (
        Cast(Value(None), UUIDField())
        if connection.vendor == "postgresql"
        else Value(None, CharField())
    )
    key = F(f"{link}__translation_key") if translatable else null_key
    return rows.order_by().values_list(
        F(source), Value(field_name, CharField()), F(f"{link}_id" if link != "pk" else link), key
    )


def _load_relations(model, batches: dict, code: str, fallback: bool) -> dict:
    """field name → (object pk → the targets to serve) for several relations of `model`: the
    links of all of them in one query, the targets in one query per target model."""
    result = {name: {obj.pk: [] for obj in batch} for name, batch in batches.items()}
    pending = {}
    for name, batch in batches.items():
        field = model._meta.get_field(name)
        if not batch:
            continue
        if not field.many_to_many and all(name in obj._state.fields_cache for obj in batch):
            # The targets came with the objects (select_related): nothing to load.
            for obj in batch:
                if getattr(obj, field.attname) is not None:
                    result[name][obj.pk].append(getattr(obj, name))
        else:
            pending[name] = batch
    if len(pending) == 1 and not _translatable(model, next(iter(pending))):
        # One relation to a model without languages: links and targets in one query.
        ((name, batch),) = pending.items()
        shared = {}
        for obj_pk, obj in _plain_targets(model, name, batch):
            if obj is not None:
                result[name][obj_pk].append(shared.setdefault(obj.pk, obj))
    elif pending:
        queries = [_link_rows(model, name, batch) for name, batch in pending.items()]
        links = list(queries[0].union(*queries[1:], all=True))
        target_models = {name: model._meta.get_field(name).related_model for name in pending}
        targets = _targets(target_models, links, code, fallback)
        for obj_pk, name, target_pk, key in links:
            found = targets.get((target_models[name], key if key is not None else target_pk))
            # One instance per target (see _targets): identity is equality here.
            if found is not None and all(found is not other for other in result[name][obj_pk]):
                result[name][obj_pk].append(found)
    for name, found in result.items():
        mark(_distinct(obj for objects in found.values() for obj in objects), code, fallback)
        order = _natural_order(model._meta.get_field(name).related_model)
        result[name] = {obj_pk: sorted(objects, key=order) for obj_pk, objects in found.items()}
    return result


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


def _translatable(model, field_name: str) -> bool:
    return issubclass(model._meta.get_field(field_name).related_model, TranslatableMixin)


def _targets(target_models: dict, links: list, code: str, fallback: bool) -> dict:
    """(target model, translation key or pk) → the one instance to serve, one query per target
    model: translatable targets in the language rule's version, others by pk if servable.
    Targets shared by several objects are one instance, marked with the language asked for and
    registered for batching (a set of model instances would keep only one of several equal
    ones)."""
    wanted = defaultdict(set)
    for _obj_pk, name, target_pk, key in links:
        wanted[target_models[name]].add(key if key is not None else target_pk)
    chain = fallback_chain(code, fallback)
    found = {}
    for target, values in wanted.items():
        if issubclass(target, TranslatableMixin):
            candidates = servable(target, paths=True).filter(
                in_chain(chain), translation_key__in=values
            )
            best = pick_best(list(candidates), chain)
        else:
            best = servable(target).in_bulk(values)
        found.update(((target, value), obj) for value, obj in best.items())
    return found


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
    return attrgetter(*(fields or ["pk"]))


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
