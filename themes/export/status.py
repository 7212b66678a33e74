"""Whether one best-practice page is in the promotion export, and in which languages.

For the admin only (the page editor's panel): the export itself reads the API. This applies the
same rule the API applies, through the same function: `home.serving.versions.served_version`
(visibility and the fallback order).
"""

from dataclasses import dataclass

from django.conf import settings

from home.serving.languages import code_of
from home.serving.versions import served_version


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    name: str
    included: bool
    served_in: str = ""  # the language of the version shown, when it is a fallback

    @property
    def is_fallback(self):
        return self.included and self.served_in != self.code


def export_status(page) -> list[LanguageStatus]:
    """For every content language: is (a translation of) `page` among the exported examples?"""
    if page is None or page.pk is None:
        return []
    statuses = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        served = served_version(page, code)
        included = bool(served and served.specific.promote_internationally)
        statuses.append(LanguageStatus(code, name, included, code_of(served) if included else ""))
    return statuses
