"""Translate a page or snippet from a mapping of source strings to translated strings.

Everything goes through wagtail-localize's own records, so a translation made here looks in the
admin exactly like one made in the translation editor: a `TranslationSource` (the frozen source
content), a `Translation` into the target locale, one `StringTranslation` per translated segment
(manual, or machine-made with the tool's name) and `Translation.save_target()` to write the
translated page or snippet.

Parents: a page can only exist below a parent of its own language. Missing parents are created
the way wagtail-localize's "Translate" action does it (`copy_for_translation(copy_parents=True)`):
as *alias* pages, live copies that follow their source until someone translates them. Fallback
resolution treats such aliases as "not translated" (see `home.serving.versions`).

Relations follow the language through `themes.localization.relations`, applied when the
translation is saved.
"""

from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from themes.localization.drafts import live_row_kept
from themes.localization.locales import get_locale


def specific(instance):
    """Pages are translated as their specific class; other models as they are."""
    return instance.specific if isinstance(instance, Page) else instance


def start_translation(source, locale_code: str) -> Translation:
    """Extract the source's current content and return the (enabled) Translation into a locale.

    The source content is re-extracted every time, so segments follow the latest saved source;
    existing string translations stay attached to the strings they translate.
    """
    source = specific(source)
    locale = get_locale(locale_code)
    if source.locale_id == locale.pk:
        raise ValueError(
            _("“%(object)s” is already in %(code)s; choose another language to translate into.")
            % {"object": source, "code": locale_code}
        )
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    translation, created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    if not created and not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    return translation


def store_string_translations(
    translation: Translation,
    mapping: Mapping[str, str],
    *,
    translation_type: str = StringTranslation.TRANSLATION_TYPE_MANUAL,
    tool_name: str = "",
    user=None,
) -> int:
    """Store a translation for every source segment whose text is a key of `mapping`.

    Keys match either the plain text of a segment (what an editor sees, e.g. ``"Zon & wind"``) or
    its stored HTML form (``"Zon &amp; wind"``, ``'<a id="a1">lees meer</a>'``); a plain-text
    key gets a plain-text translation, an HTML key an HTML one. Segments without a key stay
    untranslated. Returns the number of segments translated.
    """
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    stored = 0
    for segment in segments:
        data = translated_data(segment.string.data, mapping)
        if data is None:
            continue
        string_translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": data,
                "translation_type": translation_type,
                "tool_name": tool_name,
                "last_translated_by": user,
            },
        )
        if not created and (
            string_translation.data != data
            or string_translation.translation_type != translation_type
            or string_translation.has_error
        ):
            string_translation.data = data
            string_translation.translation_type = translation_type
            string_translation.tool_name = tool_name
            string_translation.last_translated_by = user
            string_translation.has_error = False
            string_translation.field_error = ""
            string_translation.save()
        stored += 1
    if stored:
        translation.translations_last_updated_at = timezone.now()
        translation.save(update_fields=["translations_last_updated_at"])
    return stored


def translated_data(source_data: str, mapping: Mapping[str, str]) -> str | None:
    """The stored (HTML) form of the translation of one source string, or None if not in mapping."""
    if source_data in mapping:
        return mapping[source_data]
    plain = StringValue(source_data).render_text()
    if plain in mapping:
        return StringValue.from_plaintext(mapping[plain]).data
    return None


def save_translation(translation: Translation, *, publish: bool = True, user=None):
    """Write the translated object with wagtail-localize's `save_target` and return it.

    Untranslated strings keep the source text (wagtail-localize's fallback). A draft of a page
    that is already live stays in its revision: the public keeps the live version until someone
    publishes (`themes.localization.drafts`). For pages the new revision is published right
    here when `publish` is true, instead of in wagtail-localize's on-commit hook, so the caller
    gets the page in its final state inside one transaction.
    """
    drafts_possible = issubclass(
        translation.source.specific_content_type.model_class(), DraftStateMixin
    )
    if publish or not drafts_possible:
        translation.save_target(user=user, publish=not drafts_possible)
    else:
        # A draft of a live translation stays in its revision (see `drafts`).
        with transaction.atomic(), live_row_kept(translation):
            translation.save_target(user=user, publish=False)
    target = specific(translation.get_target_instance())
    if publish and drafts_possible:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


@transaction.atomic
def translate_with_strings(
    source,
    locale_code: str,
    mapping: Mapping[str, str],
    *,
    machine: bool = False,
    publish: bool = True,
    user=None,
    tool_name: str = "",
):
    """Translate `source` (a page or snippet) into `locale_code` and return the translation.

    `mapping` maps source strings (plain text or stored HTML, see `store_string_translations`)
    to their translations; strings missing from it stay untranslated and show the source text.
    `machine=True` marks the strings as machine-made (`tool_name`, default "Machine"), as the
    translation editor does for its machine translation. `publish=False` leaves the
    translation a draft; snippets without draft support are always saved directly.
    """
    translation = start_translation(source, locale_code)
    if machine:
        store_string_translations(
            translation,
            mapping,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            tool_name=tool_name or "Machine",
            user=user,
        )
    else:
        store_string_translations(translation, mapping, tool_name=tool_name, user=user)
    return save_translation(translation, publish=publish, user=user)
