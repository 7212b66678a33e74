"""The consent a subscriber gives, stored with the sign-up as text and version.

Change the wording only together with `settings.VNG_ENGAGEMENT_CONSENT_VERSION`, so that every
stored sign-up says which text its person agreed to.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _


def consent_text(language: str) -> str:
    with translation.override(language):
        return _(
            "I want to receive the monthly newsletter of VNG International by e-mail. "
            "VNG International keeps my e-mail address, language and topics only for this and "
            "deletes them when I unsubscribe via the link in every newsletter."
        )


def consent_version() -> str:
    return settings.VNG_ENGAGEMENT_CONSENT_VERSION
