"""Which language version of an item to serve, and which version is the original.

"This item in language X" is served in X when a servable version in X exists, else in the
first language of X's fallback chain that has one (`languages.fallback_chain`); with
`fallback=False` only X counts. Servable means visible for pages (`visibility`) — so a draft,
private or alias version never wins and never hides a visible one — and any version for
snippets.

Two forms of the one rule:
- `localize(queryset, code, fallback)` narrows a queryset to one row per translation key in
  its best language, as SQL (lists, with their filters, order and pagination);
- `localize_objects(objects, code, fallback)` does the same for objects already loaded
  (relations, links), with one query.

Each served object remembers what was asked for (`_asked_locale`, `_asked_fallback`), so what
is read through it (its relations, its links) follows the same language. Rows come without
their locale joined: `languages.code_of(obj)` gives the language from the cached locale table
(reading `obj.locale` costs a query per object).
"""

import copy
import operator
from functools import reduce

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from home.serving.languages import code_of, fallback_chain, locale_codes, locale_id_of
from home.serving.paths import with_paths
from home.serving.visibility import (
    public_documents,
    public_images,
    visibility_q,
    visible_pages,
)


def _locale_id(code: str) -> Value:
    """The id of a language's Locale as a literal (from the cached locale table): no join with
    the locale table and no subquery, so the planner knows how many rows each language has and
    can walk a list's order index and stop after one page."""
    return Value(locale_id_of(code))


def rank(chain: list[str]) -> Case:
    """0 for the first language of `chain`, 1 for the next, …; len(chain) for any other."""
    return Case(
        *[When(locale_id=_locale_id(code), then=Value(index)) for index, code in enumerate(chain)],
        default=Value(len(chain)),
        output_field=IntegerField(),
    )


def in_chain(chain: list[str]) -> Q:
    """The row's language is one of `chain`."""
    return reduce(operator.or_, [Q(locale_id=_locale_id(code)) for code in chain])


_SERVABLE: dict[tuple, QuerySet] = {}


def servable(model, *, paths: bool = False) -> QuerySet:
    """All instances of `model` that may be served at all: visible pages, public images and
    documents, or every snippet; pages with their routed paths' parts when `paths`
    (`with_paths`). Built once per process for each model (it holds nothing that changes: the
    clock is the database's) and cloned for every use."""
    paths = paths and issubclass(model, Page)
    built = _SERVABLE.get((model, paths))
    if built is None:
        built = model._default_manager.all()
        if issubclass(model, Page):
            built = visible_pages(built)
            if paths:
                built = with_paths(built)
        elif issubclass(model, AbstractImage):
            built = public_images(built)
        elif issubclass(model, AbstractDocument):
            built = public_documents(built)
        _SERVABLE[(model, paths)] = built
    return built.all()


def localize(queryset: QuerySet, code: str, fallback: bool) -> QuerySet:
    """Narrow a queryset of one translatable model (already filtered, already visible) to one
    instance per translation_key in the best language of the chain. Stays one SQL query.

    The best language is decided among all *servable* versions, not only the ones left by the
    caller's filters: an item translated into X but filtered out in X is not shown in a
    fallback language instead.
    """
    chain = fallback_chain(code, fallback)
    queryset = queryset.filter(in_chain(chain)).annotate(
        _served_rank=rank(chain), _asked_locale=Value(code), _asked_fallback=Value(fallback)
    )
    if len(chain) > 1:
        # A better version: servable, same item, earlier in the chain. Cheap per row because
        # the visibility rule is checked against small sets computed once (see `visibility`).
        # Pages through the generic page table: versions of one item share a model.
        model = Page if issubclass(queryset.model, Page) else queryset.model
        better = (
            servable(model)
            .filter(in_chain(chain), translation_key=OuterRef("translation_key"))
            .annotate(_better_rank=rank(chain))
            .filter(_better_rank__lt=OuterRef("_served_rank"))
        )
        queryset = queryset.filter(~Exists(better))
    return queryset


_LISTS: dict[tuple, QuerySet] = {}


def served_list(model, code: str, fallback: bool) -> QuerySet:
    """Every servable item of a translatable `model`, each in the version the rule chooses for
    `code` (`localize`), pages with their paths (`with_paths`): an unfiltered list.

    Built once per process for each model, language and fallback, and cloned for every use:
    building it (the visibility rule, the fallback's subquery, the language ranks) costs a few
    milliseconds of Python each time, and nothing in it changes — the clock is the database's,
    and the locale ids it holds as literals are part of the key."""
    key = (model, code, fallback, tuple(sorted(locale_codes().items())))
    built = _LISTS.get(key)
    if built is None:
        built = _LISTS[key] = localize(servable(model, paths=True), code, fallback)
    return built.all()


def mark(objects, code: str, fallback: bool):
    """Remember on each object which language was asked for; returns the objects."""
    for obj in objects:
        obj._asked_locale = code
        obj._asked_fallback = fallback
    return objects


def asked_locale(obj) -> str:
    """The language asked for when `obj` was served (its own when served directly; the
    default language for an object that has none)."""
    asked = getattr(obj, "_asked_locale", None)
    if asked:
        return asked
    if hasattr(obj, "locale_id"):
        return code_of(obj)
    return settings.LANGUAGE_CODE


def asked_fallback(obj) -> bool:
    return getattr(obj, "_asked_fallback", True)


def pick_best(candidates, chain: list[str]) -> dict:
    """translation_key → the candidate earliest in `chain`."""
    order = {code: index for index, code in enumerate(chain)}
    best = {}
    for candidate in candidates:
        key = candidate.translation_key
        code = code_of(candidate)
        if code in order and (key not in best or order[code] < order[code_of(best[key])]):
            best[key] = candidate
    return best


def localize_objects(objects, code: str, fallback: bool) -> list:
    """Each object (of one translatable model) in the asked language, order kept, unservable
    ones left out. One query (none for no objects). Links by id that may fall back to the
    linked object itself use `versions_by_id`."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    model = type(objects[0])
    chain = fallback_chain(code, fallback)
    keys = {obj.translation_key for obj in objects}
    candidates = servable(model).filter(in_chain(chain), translation_key__in=keys)
    best = pick_best(candidates, chain)
    result, seen = [], set()
    for obj in objects:
        found = best.get(obj.translation_key)
        if found is not None and obj.translation_key not in seen:
            seen.add(obj.translation_key)
            result.append(found)
    return mark(result, code, fallback)


def served_version(obj, code: str, fallback: bool = True):
    """The version of `obj` to serve in `code`, or None when none may be served. One query."""
    return next(iter(localize_objects([obj], code, fallback)), None)


def originals(queryset: QuerySet) -> list:
    """The original language version per translation key, in the queryset's order.

    The original is the version wagtail-localize translates from, or else the first one in the
    queryset (oldest, when ordered so). Aliases are never originals. Two queries.
    """
    if issubclass(queryset.model, Page):
        queryset = queryset.filter(alias_of__isnull=True)
    source_locales = dict(
        TranslationSource.objects.filter(
            object_id__in=queryset.values("translation_key")
        ).values_list("object_id", "locale_id")
    )
    found = {}
    for obj in queryset.select_related("locale"):
        current = found.get(obj.translation_key)
        wanted = source_locales.get(obj.translation_key)
        if current is None or (obj.locale_id == wanted and current.locale_id != wanted):
            found[obj.translation_key] = obj
    return list(found.values())


def versions_by_id(model, ids, code: str, fallback: bool = True, *, queryset=None) -> dict:
    """For links by id (rich text, chooser blocks): id → the version to serve in `code`, or the
    linked object itself when it has no servable version in the chain but is servable itself.
    Ids whose every version is hidden are left out. One query (none for no ids).

    `queryset` is the model's rows to read (e.g. `with_paths(Page.objects.all())`); the
    visibility rule is applied here.
    """
    found = versions_by_id_per_language(model, {code: ids}, fallback, queryset=queryset)
    return found.get(code, {})


def versions_by_id_per_language(
    model, ids_by_code: dict, fallback: bool = True, *, queryset=None
) -> dict:
    """`versions_by_id` for links served in several languages at once (a list mixing served
    and fallback versions): code → (id → version). One query for every language (none for no
    ids); an object chosen for two languages is a separate instance in each, marked with its
    own."""
    wanted = {code: {int(pk) for pk in ids if pk is not None} for code, ids in ids_by_code.items()}
    wanted = {code: ids for code, ids in wanted.items() if ids}
    if not wanted:
        return {}
    all_ids = set().union(*wanted.values())
    chains = {code: fallback_chain(code, fallback) for code in wanted}
    languages = sorted({language for chain in chains.values() for language in chain})
    keys_of_ids = model._default_manager.filter(pk__in=all_ids).values("translation_key")
    rows = (queryset if queryset is not None else model._default_manager.all()).filter(
        Q(pk__in=all_ids) | (Q(translation_key__in=keys_of_ids) & in_chain(languages))
    )
    is_page = issubclass(model, Page)
    if is_page:
        rows = rows.annotate(_servable=ExpressionWrapper(visibility_q(), BooleanField()))
    rows = list(rows)
    servable_rows = [row for row in rows if not is_page or row._servable]
    servable_ids = {id(row) for row in servable_rows}
    result, taken = {}, set()
    for code, ids in wanted.items():
        best = pick_best(servable_rows, chains[code])
        found, copies = {}, {}
        for row in rows:
            if row.pk in ids:
                chosen = best.get(row.translation_key) or (row if id(row) in servable_ids else None)
                if chosen is None:
                    continue
                if id(chosen) not in copies:
                    copies[id(chosen)] = copy.copy(chosen) if id(chosen) in taken else chosen
                    taken.add(id(chosen))
                found[row.pk] = copies[id(chosen)]
        mark(found.values(), code, fallback)
        result[code] = found
    return result
