"""Machine translation: DeepL in production, a clearly labelled offline translator elsewhere.

Settings (`cms/settings/base.py`, block "translation") pick the translator for
wagtail-localize's `WAGTAILLOCALIZE_MACHINE_TRANSLATOR`: DeepL when `DEEPL_AUTH_KEY` is set,
otherwise `OfflineMachineTranslator`. The translation editor's "Machine translate" button and
`machine_translate()` below use the same translator and mark every string they write as
machine-made (`translation_type="machine"`, with the tool's name) until a person edits it.
"""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.strings import StringValue

from themes.localization.strings import save_translation, start_translation

OFFLINE_TOOL_NAME = "Offline machine translation (not a real translation)"


def offline_label(locale_code: str) -> str:
    """The marker the offline translator puts in front of every string, e.g. "[MT:fr] "."""
    return f"[MT:{locale_code}] "


class OfflineMachineTranslator(BaseMachineTranslator):
    """A deterministic stand-in for DeepL, for development and tests.

    It does not translate: it puts "[MT:xx] " in front of each string, so nobody mistakes its
    output for a translation. The HTML of rich text (`<a id="a1">`, `<b>`, `<br>`) and any
    placeholders stay exactly as they were, like a real translator must keep them.
    """

    display_name = OFFLINE_TOOL_NAME

    def translate(self, source_locale, target_locale, strings):
        label = offline_label(target_locale.language_code)
        return {string: StringValue(label + string.data) for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code


def configured_translator() -> BaseMachineTranslator:
    """The machine translator from the settings; ImproperlyConfigured-style error when none."""
    translator = get_machine_translator()
    if translator is None:
        raise RuntimeError(
            _("No machine translator is configured; set WAGTAILLOCALIZE_MACHINE_TRANSLATOR.")
        )
    return translator


@transaction.atomic
def machine_translate(source, locale_code: str, *, publish: bool = False, user=None):
    """Machine-translate every string of `source` into `locale_code` and return the translation.

    Strings that already have a translation (by a person or an earlier machine run) are kept,
    exactly like the translation editor's button. New strings are stored as machine-made with
    the translator's name. The result is a draft unless `publish` is true (snippets without
    draft support are saved directly).
    """
    translation = start_translation(source, locale_code)
    translator = configured_translator()
    source_locale, target_locale = translation.source.locale, translation.target_locale
    if not translator.can_translate(source_locale, target_locale):
        raise ValueError(
            _("%(tool)s cannot translate from %(source)s to %(target)s; translate by hand.")
            % {
                "tool": translator.display_name,
                "source": source_locale.language_code,
                "target": target_locale.language_code,
            }
        )
    untranslated = _untranslated_segments(translation)
    if untranslated:
        results = translator.translate(source_locale, target_locale, list(untranslated))
        for value, segments in untranslated.items():
            result = results.get(value)
            if result is None or result.data is None:
                continue
            for segment in segments:
                StringTranslation.objects.create(
                    translation_of_id=segment.string_id,
                    locale=target_locale,
                    context_id=segment.context_id,
                    data=result.data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                    tool_name=str(translator.display_name),
                    last_translated_by=user,
                )
    return save_translation(translation, publish=publish, user=user)


def _untranslated_segments(translation) -> dict[StringValue, list[StringSegment]]:
    """Source string values without a translation in the target locale, with their segments."""
    translated = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale,
            context__object_id=translation.source.object_id,
        ).values_list("translation_of_id", "context_id")
    )
    untranslated: dict[StringValue, list[StringSegment]] = {}
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments.order_by("order"):
        if (segment.string_id, segment.context_id) in translated:
            continue
        untranslated.setdefault(segment.string.as_value(), []).append(segment)
    return untranslated
