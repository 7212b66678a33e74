"""Languages: the `locales` root field, the `locale` / `fallback` arguments and honest fallbacks.

Every root field takes `locale` (default: the default language) and `fallback` (default true).
A list in language X shows each item once (per translation_key): in X where a servable
translation exists, else in the first language of X's fallback chain that has one. Each
returned object remembers what was asked for (`_api_locale`, `_api_fallback`), so nested
fields (relations, translations, rich-text links) follow the same language.
"""

from collections import defaultdict
from enum import Enum

import strawberry
from django.conf import settings
from django.db.models import Case, Exists, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.db.models.functions import Substr
from django.utils.translation import gettext as _
from wagtail.models import Page

from graphql_api.limits import InputError
from graphql_api.visibility import visible_pages
from themes.localization.fallback import fallback_chain
from themes.localization.locales import content_language_codes

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}
STEPLEN = Page.steplen


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


def home_path_annotation():
    """The url_path of the page's language home (its depth-2 ancestor), for `url_path_of`."""
    return Subquery(
        Page.objects.filter(path=Substr(OuterRef("path"), 1, 2 * STEPLEN)).values("url_path")[:1]
    )


def with_paths(queryset: QuerySet) -> QuerySet:
    return queryset.annotate(_api_home_path=home_path_annotation()).select_related("locale")


def requested_locale(code: str | None) -> str:
    """The validated language code of a `locale` argument (default: the default language)."""
    if code is None:
        return settings.LANGUAGE_CODE
    valid = content_language_codes()
    if code not in valid:
        raise InputError(
            _("Unknown locale “%(code)s”; use one of: %(valid)s.")
            % {"code": code, "valid": ", ".join(valid)}
        )
    return code


def chain_for(code: str, fallback: bool) -> list[str]:
    return fallback_chain(code) if fallback else [code]


def _rank(chain: list[str]) -> Case:
    return Case(
        *[When(locale__language_code=code, then=Value(index)) for index, code in enumerate(chain)],
        default=Value(len(chain)),
        output_field=IntegerField(),
    )


def servable(model) -> QuerySet:
    """All instances of `model` that may be served at all: visible pages, or every snippet."""
    queryset = model._default_manager.all()
    if issubclass(model, Page):
        return visible_pages(queryset)
    return queryset


def localize(queryset: QuerySet, code: str, fallback: bool) -> QuerySet:
    """Narrow a queryset of one translatable model (already filtered, already visible) to one
    instance per translation_key in the best language of the chain. Stays one SQL query.

    The best language is decided among all *servable* translations, not only the ones left by
    the caller's filters: an item translated into X but filtered out in X is not shown in a
    fallback language instead.
    """
    chain = chain_for(code, fallback)
    queryset = queryset.filter(locale__language_code__in=chain).annotate(
        _api_rank=_rank(chain), _api_locale=Value(code), _api_fallback=Value(fallback)
    )
    if len(chain) > 1:
        better = (
            servable(queryset.model)
            .filter(translation_key=OuterRef("translation_key"), locale__language_code__in=chain)
            .annotate(_better_rank=_rank(chain))
            .filter(_better_rank__lt=OuterRef("_api_rank"))
        )
        queryset = queryset.filter(~Exists(better))
    return queryset.select_related("locale")


def mark(objects, code: str, fallback: bool):
    """Remember on each object which language was asked for; returns the objects."""
    for obj in objects:
        obj._api_locale = code
        obj._api_fallback = fallback
    return objects


def asked_locale(obj) -> str:
    return getattr(obj, "_api_locale", None) or obj.locale.language_code


def asked_fallback(obj) -> bool:
    return getattr(obj, "_api_fallback", True)


def pick_best(candidates, chain: list[str]) -> dict:
    """translation_key → the candidate earliest in `chain` (candidates have `locale` loaded)."""
    rank = {code: index for index, code in enumerate(chain)}
    best = {}
    for candidate in candidates:
        key = candidate.translation_key
        code = candidate.locale.language_code
        if key not in best or rank[code] < rank[best[key].locale.language_code]:
            best[key] = candidate
    return best


def localize_objects(objects, code: str, fallback: bool) -> list:
    """Each object (of one translatable model) in the asked language, order kept, invisible and
    untranslatable ones left out. One query."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    model = type(objects[0])
    chain = chain_for(code, fallback)
    keys = {obj.translation_key for obj in objects}
    candidates = (
        servable(model)
        .filter(translation_key__in=keys, locale__language_code__in=chain)
        .select_related("locale")
    )
    best = pick_best(candidates, chain)
    result, seen = [], set()
    for obj in objects:
        found = best.get(obj.translation_key)
        if found is not None and obj.translation_key not in seen:
            seen.add(obj.translation_key)
            result.append(found)
    return mark(result, code, fallback)


def localize_relation(context, root, field_name: str) -> list:
    """The objects a translatable relation of `root` points at, in the language asked for `root`.

    Batched: the first call for (model, field, language) loads the relation for every object of
    the same model the request has fetched so far (see `remember_batch`) in two queries —
    the links, then their best translations — and later calls are served from memory.
    """
    code, fallback = asked_locale(root), asked_fallback(root)
    model = type(root)
    key = ("relation", model, field_name, code, fallback)
    loaded = context.memo(key, dict)
    if root.pk not in loaded:
        batch = [obj for obj in context.memo(("batch", model), list) if obj.pk not in loaded]
        if root.pk not in {obj.pk for obj in batch}:
            batch.append(root)
        loaded.update(_load_relation(model, field_name, batch, code, fallback))
    return loaded.get(root.pk, [])


def _load_relation(model, field_name: str, batch, code: str, fallback: bool) -> dict:
    field = model._meta.get_field(field_name)
    target = field.related_model
    ids = [obj.pk for obj in batch]
    if field.many_to_many:
        through = field.remote_field.through
        source_name, target_name = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = through.objects.filter(**{f"{source_name}__in": ids}).order_by("pk")
        pairs = list(links.values_list(source_name, f"{target_name}__translation_key"))
    else:
        pairs = [
            (obj.pk, key)
            for obj, key in zip(
                batch,
                [getattr(obj, f"{field_name}_id") for obj in batch],
                strict=True,
            )
        ]
        target_keys = dict(
            target._default_manager.filter(pk__in=[pk for _obj, pk in pairs if pk]).values_list(
                "pk", "translation_key"
            )
        )
        pairs = [(obj_pk, target_keys.get(pk)) for obj_pk, pk in pairs if pk]
    chain = chain_for(code, fallback)
    keys = {key for _pk, key in pairs if key}
    best = {}
    if keys:
        candidates = servable(target).filter(
            translation_key__in=keys, locale__language_code__in=chain
        )
        if issubclass(target, Page):
            candidates = with_paths(candidates)
        best = pick_best(mark(list(candidates.select_related("locale")), code, fallback), chain)
    result = {obj_pk: [] for obj_pk in ids}
    for obj_pk, key in pairs:
        if key in best and best[key] not in result[obj_pk]:
            result[obj_pk].append(best[key])
    order = _natural_order(target)
    return {obj_pk: sorted(objects, key=order) for obj_pk, objects in result.items()}


def _natural_order(model):
    """A sort key following the model's own ordering (plain fields only), e.g. goals by number."""
    fields = [name for name in model._meta.ordering if "__" not in name and name[0] != "-"]
    fields = fields or ["pk"]
    return lambda obj: tuple(getattr(obj, name) for name in fields)


def remember_batch(context, objects) -> list:
    """Register fetched objects so relation fields can load for all of them at once."""
    objects = list(objects)
    by_model = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj)
    for model, instances in by_model.items():
        context.memo(("batch", model), list).extend(instances)
    return objects


@strawberry.type
class Query:
    @strawberry.field(
        description="The languages of the content, default first. Names are each language's "
        "own name, whatever `locale` is."
    )
    def locales(self, info: strawberry.Info, locale: str | None = None) -> list[LocaleType]:
        info.context.locale = requested_locale(locale)
        return [
            LocaleType(
                code=code,
                name=name,
                is_default=code == settings.LANGUAGE_CODE,
                direction=Direction.RTL if code in RTL_LANGUAGES else Direction.LTR,
                fallbacks=fallback_chain(code)[1:],
            )
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]
