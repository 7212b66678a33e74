"""The content languages of the site and how to look them up by code."""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Locale


def content_language_codes() -> list[str]:
    """The language codes editors can translate into, in the order of the settings."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def check_language_code(locale_code: str) -> str:
    """Return `locale_code` when it is a content language; raise ValueError naming the valid ones."""
    valid = content_language_codes()
    if locale_code not in valid:
        raise ValueError(
            _("Unknown language “%(code)s”; use one of: %(valid)s.")
            % {"code": locale_code, "valid": ", ".join(valid)}
        )
    return locale_code


def get_locale(locale_code: str) -> Locale:
    """The Wagtail Locale for a content language code."""
    check_language_code(locale_code)
    try:
        return Locale.objects.get(language_code=locale_code)
    except Locale.DoesNotExist as error:
        raise ValueError(
            _("The language “%(code)s” has no locale yet; run the migrations first.")
            % {"code": locale_code}
        ) from error
