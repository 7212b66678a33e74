"""Which translation to serve for "this content in language X", and whether it is a fallback.

The order of languages to try comes from `settings.VNG_LOCALE_FALLBACKS` (fr, es, ar → en → nl;
en → nl; nl → en). A page counts as available in a language only when that translation is live
and is not an alias: an alias is a synced copy of another language that nobody translated, so
serving it "as French" would show Dutch text labelled French. Such a page falls back honestly.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Page

from themes.localization.locales import check_language_code


@dataclass(frozen=True)
class Resolution:
    """The translation to serve: `instance` in `locale`, asked for in `requested_locale`."""

    instance: Any
    locale: str
    requested_locale: str
    is_fallback: bool


def fallback_chain(locale_code: str) -> list[str]:
    """The languages to try for `locale_code`, the requested one first, without duplicates.

    >>> fallback_chain("fr")
    ['fr', 'en', 'nl']

    Raises ValueError naming the valid codes for a language the site does not have.
    """
    check_language_code(locale_code)
    chain = [locale_code]
    for code in settings.VNG_LOCALE_FALLBACKS.get(locale_code, []):
        if code not in chain:
            chain.append(check_language_code(code))
    return chain


def servable(queryset: QuerySet) -> QuerySet:
    """Narrow translations to the ones that may be served: for pages, live and not an alias."""
    if issubclass(queryset.model, Page):
        return queryset.filter(live=True, alias_of__isnull=True)
    return queryset


def resolve(
    obj, locale_code: str, *, is_visible: Callable[[Any], bool] | None = None
) -> Resolution | None:
    """The translation of `obj` to serve in `locale_code`, or None when none may be served.

    Walks `fallback_chain(locale_code)` over the translations of `obj` (same translation_key,
    `obj` itself included): the first servable translation (see `servable`) that also passes
    `is_visible` wins. One query. `is_fallback` is true when it is not in the requested language.
    """
    chain = fallback_chain(locale_code)
    model = type(obj)
    candidates = servable(
        model._default_manager.filter(
            translation_key=obj.translation_key, locale__language_code__in=chain
        ).select_related("locale")
    )
    by_code = {candidate.locale.language_code: candidate for candidate in candidates}
    for code in chain:
        candidate = by_code.get(code)
        if candidate is not None and (is_visible is None or is_visible(candidate)):
            return Resolution(candidate, code, locale_code, code != locale_code)
    return None


def pick_translations(
    candidates: QuerySet,
    locale_code: str,
    *,
    is_visible: Callable[[Any], bool] | None = None,
) -> dict[UUID, Resolution]:
    """For each translation_key among `candidates`, the best translation to serve, in one query.

    `candidates` is a queryset of one translatable model spanning all languages, e.g.
    `BestPracticePage.objects.live().public()` or `Goal.objects.all()`, narrowed to the content
    wanted but NOT to a language: this function narrows it to the fallback chain and to what
    may be served (`servable`), then keeps per translation_key the candidate earliest in the
    chain that passes `is_visible`. Ordering, `select_related` and `only()` of `candidates`
    are kept; the result is a dict translation_key → Resolution in the order in which each
    key first appears in `candidates`, so `list(result.values())` is the localised list.
    (`only()` must include `locale` and `translation_key`.)

    Keys with no servable translation in the chain are left out.
    """
    chain = fallback_chain(locale_code)
    rank = {code: index for index, code in enumerate(chain)}
    narrowed = servable(candidates.filter(locale__language_code__in=chain)).select_related("locale")
    best: dict[UUID, Resolution] = {}
    best_rank: dict[UUID, int] = {}
    for candidate in narrowed:
        code = candidate.locale.language_code
        key = candidate.translation_key
        if key in best_rank and best_rank[key] <= rank[code]:
            continue
        if is_visible is not None and not is_visible(candidate):
            continue
        best[key] = Resolution(candidate, code, locale_code, code != locale_code)
        best_rank[key] = rank[code]
    return best


def resolve_many(objects: Iterable, locale_code: str, **kwargs) -> dict[UUID, Resolution]:
    """`pick_translations` for a list of objects of one model (e.g. a page's goals)."""
    objects = list(objects)
    if not objects:
        return {}
    model = type(objects[0])
    keys = {obj.translation_key for obj in objects}
    return pick_translations(
        model._default_manager.filter(translation_key__in=keys), locale_code, **kwargs
    )
