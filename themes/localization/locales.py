"""The Wagtail locale of a content language (the codes and their check: `home.serving.languages`)."""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.serving.languages import check_language_code


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
