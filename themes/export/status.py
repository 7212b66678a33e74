"""Whether one best-practice page is in the promotion export, and in which languages.

For the admin only (the page editor's panel): the export itself reads the API. This applies the
same two rules the API applies, through the same functions: the visibility rule of
`graphql_api.visibility` and the fallback order of `themes.localization.fallback`.
"""

from dataclasses import dataclass

from django.conf import settings

from graphql_api.visibility import is_page_visible
from themes.localization.fallback import resolve


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
        resolution = resolve(page, code, is_visible=is_page_visible)
        served = resolution.instance if resolution else None
        included = bool(served and served.specific.promote_internationally)
        statuses.append(LanguageStatus(code, name, included, resolution.locale if included else ""))
    return statuses
