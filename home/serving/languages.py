"""The content languages: which codes exist, the fallback chain, the writing direction.

The order of languages to try comes from `settings.VNG_LOCALE_FALLBACKS` (fr, es, ar → en →
nl; en → nl; nl → en); the direction from Django's language info (`bidi`).
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _


def content_language_codes() -> list[str]:
    """The language codes of the content, in the order of the settings (default first)."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def check_language_code(code: str) -> str:
    """Return `code` when it is a content language; raise ValueError naming the valid ones."""
    valid = content_language_codes()
    if code not in valid:
        raise ValueError(
            _("Unknown language “%(code)s”; use one of: %(valid)s.")
            % {"code": code, "valid": ", ".join(valid)}
        )
    return code


def fallback_chain(code: str, fallback: bool = True) -> list[str]:
    """The languages to try for `code`, the requested one first, without duplicates.

    >>> fallback_chain("fr")
    ['fr', 'en', 'nl']

    Raises ValueError naming the valid codes for a language the site does not have.
    """
    chain = [check_language_code(code)]
    if fallback:
        for other in settings.VNG_LOCALE_FALLBACKS.get(code, []):
            if other not in chain:
                chain.append(check_language_code(other))
    return chain


def is_right_to_left(code: str) -> bool:
    """Whether the language is written right to left (Arabic), from Django's language info."""
    try:
        return bool(get_language_info(code)["bidi"])
    except KeyError:
        return False


# Locale id → language code, for every locale; kept per process (a handful of rows that change
# only when a language is added) and forgotten whenever a locale is saved or deleted.
_CODES: dict[int, str] = {}


def locale_codes() -> dict[int, str]:
    """Locale id → language code, from the per-process cache (one query when it is empty)."""
    if not _CODES:
        from wagtail.models import Locale

        _CODES.update(Locale.objects.values_list("pk", "language_code"))
    return _CODES


def locale_id_of(code: str) -> int | None:
    """The id of the Locale of a language code (None when the site has no such locale), from
    the cached locale table: a literal in SQL lets the planner use the column statistics."""
    for pk, language_code in locale_codes().items():
        if language_code == code:
            return pk
    return None


def code_of(obj) -> str:
    """The language code of `obj` (a page, a translatable object or a row with a `locale_id`),
    without a query per object: from its loaded locale, else from the cached locale table."""
    state = getattr(obj, "_state", None)
    locale = state.fields_cache.get("locale") if state is not None else None
    if locale is not None:
        return locale.language_code
    code = _CODES.get(obj.locale_id)
    if code is None:
        from wagtail.models import Locale

        _CODES.clear()
        _CODES.update(Locale.objects.values_list("pk", "language_code"))
        code = _CODES[obj.locale_id]
    return code


def _forget_codes(**_kwargs) -> None:
    _CODES.clear()


post_save.connect(_forget_codes, sender="wagtailcore.Locale", dispatch_uid="vng-locale-codes")
post_delete.connect(_forget_codes, sender="wagtailcore.Locale", dispatch_uid="vng-locale-codes-d")
