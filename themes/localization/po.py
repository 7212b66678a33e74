"""PO files for translation agencies: all promoted best practices for one language in one file.

Per page, wagtail-localize's translation editor already downloads and uploads PO files. For an
agency translating the whole international promotion at once, `export_promoted()` writes one
file with every string of every live best-practice page marked "promote internationally",
and `import_promoted()` reads it back.

Each entry's `msgctxt` is `<translation key of the page>:<segment path>`: it names the page in
every language and the field (or block, or inline object) the string belongs to, so the
translation goes back to exactly where it came from. The comment above each entry names the
page for the translator. The header carries the target language (`Language`).

An import checks the whole file first and changes nothing when anything does not match: a
file for another language, a page or segment that does not exist (any more), a source string
that changed since the export, an entry without a context, or a translation with broken HTML.
The error names what is wrong and what to do.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import polib
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

from home.serving.languages import check_language_code
from home.serving.versions import originals
from home.serving.visibility import visible_pages
from themes.localization.strings import save_translation, specific, start_translation
from themes.models import BestPracticePage

EXPORT_KIND = "promoted-best-practices"
PO_TOOL_NAME = "PO file"
MAX_ERRORS_SHOWN = 20


class POImportError(ValueError):
    """The file does not match the site; nothing was imported. `errors` lists every problem."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        shown = errors[:MAX_ERRORS_SHOWN]
        more = len(errors) - len(shown)
        lines = [_("Nothing was imported; fix the file or export a new one:"), *shown]
        if more:
            lines.append(_("… and %(count)s more problems.") % {"count": more})
        super().__init__("\n".join(lines))


def promoted_sources(locale_code: str) -> list[BestPracticePage]:
    """The original versions of the promoted, visible best practices that can go into
    `locale_code` (`home.serving.versions.originals`); originals in `locale_code` itself are
    left out."""
    pages = visible_pages(
        BestPracticePage.objects.filter(promote_internationally=True).order_by("pk")
    )
    return [page for page in originals(pages) if page.locale.language_code != locale_code]


def export_promoted(
    locale_code: str, *, progress: Callable[[str], None] = lambda message: None
) -> polib.POFile:
    """One PO file with every string of the promoted best practices, for `locale_code`.

    Strings already translated come with their translation, so an agency can review them.
    """
    check_language_code(locale_code)
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "VNG International promoted best practices",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "Language": locale_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
        "X-VNG-Export": EXPORT_KIND,
    }
    sources = promoted_sources(locale_code)
    for number, page in enumerate(sources, start=1):
        translation = start_translation(page, locale_code)
        segments = (
            StringSegment.objects.filter(source=translation.source)
            .select_related("string", "context")
            .annotate_translation(translation.target_locale)
            .order_by("order")
        )
        machine_made = set(
            StringTranslation.objects.filter(
                locale=translation.target_locale,
                context__object_id=page.translation_key,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            ).values_list("translation_of_id", "context_id")
        )
        for segment in segments:
            entry = polib.POEntry(
                msgctxt=f"{page.translation_key}:{segment.context.path}",
                msgid=segment.string.data,
                msgstr=segment.translation or "",
                comment=f"{page.title} ({page.locale.language_code}, page {page.pk})",
            )
            if (segment.string_id, segment.context_id) in machine_made:
                # Machine output waits for review: gettext skips fuzzy entries, so it stays
                # marked as machine-made unless the agency removes the flag.
                entry.flags.append("fuzzy")
                entry.tcomment = _("Machine translation: review it and remove the fuzzy flag.")
            po.append(entry)
        progress(
            _("%(number)s/%(total)s %(title)s: %(count)s strings")
            % {
                "number": number,
                "total": len(sources),
                "title": page.title,
                "count": len(segments),
            }
        )
    return po


@dataclass
class _PlannedPage:
    page: BestPracticePage
    strings: dict[str, str] = field(default_factory=dict)  # segment path → translation


def read_po(content: str) -> polib.POFile:
    """Parse PO text; a file that is not PO raises POImportError."""
    try:
        return polib.pofile(content)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise POImportError(
            [_("The file is not a valid PO file (%(error)s).") % {"error": error}]
        ) from error


def import_promoted(
    po: polib.POFile,
    locale_code: str | None = None,
    *,
    publish: bool = False,
    user=None,
    progress: Callable[[str], None] = lambda message: None,
) -> dict[str, int]:
    """Import a file made by `export_promoted` (and translated); all or nothing.

    Returns counts: pages saved and strings imported. Translations are saved as drafts unless
    `publish` is true. Raises POImportError, having changed nothing, when the file does not match.
    """
    file_locale = po.metadata.get("Language", "")
    locale_code = locale_code or file_locale
    _check_header(po, file_locale, locale_code)
    plan = _plan(po, locale_code)
    imported = 0
    with transaction.atomic():
        for number, planned in enumerate(plan.values(), start=1):
            translation = start_translation(planned.page, locale_code)
            segments = StringSegment.objects.filter(source=translation.source).select_related(
                "string", "context"
            )
            for segment in segments:
                data = planned.strings.get(segment.context.path)
                if data is not None:
                    _store(translation, segment, data, user)
                    imported += 1
            save_translation(translation, publish=publish, user=user)
            progress(
                _("%(number)s/%(total)s %(title)s: %(count)s strings imported")
                % {
                    "number": number,
                    "total": len(plan),
                    "title": planned.page.title,
                    "count": len(planned.strings),
                }
            )
    return {"pages": len(plan), "strings": imported}


def _check_header(po, file_locale, locale_code):
    if po.metadata.get("X-VNG-Export") != EXPORT_KIND:
        raise POImportError(
            [
                _(
                    "This is not a file of promoted best practices (no “X-VNG-Export: %(kind)s” "
                    "header); import per-page files in the translation editor instead."
                )
                % {"kind": EXPORT_KIND}
            ]
        )
    try:
        check_language_code(locale_code)
    except ValueError as error:
        raise POImportError([str(error)]) from error
    if file_locale != locale_code:
        raise POImportError(
            [
                _(
                    "The file is for “%(file)s” but you are importing it as “%(asked)s”; import "
                    "it as “%(file)s”, or export a file for “%(asked)s”."
                )
                % {"file": file_locale, "asked": locale_code}
            ]
        )


def _plan(po, locale_code) -> dict[uuid.UUID, _PlannedPage]:
    """Match every entry to a page and segment, collecting every problem before changing anything."""
    errors: list[str] = []
    entries_by_key: dict[uuid.UUID, list[polib.POEntry]] = {}
    for entry in po:
        if entry.obsolete:
            continue
        key_text, _sep, path = (entry.msgctxt or "").partition(":")
        try:
            key = uuid.UUID(key_text)
        except ValueError:
            errors.append(
                _(
                    "Line %(line)s: the context “%(context)s” does not name a page; keep msgctxt as exported."
                )
                % {"line": entry.linenum, "context": entry.msgctxt or ""}
            )
            continue
        if not path:
            errors.append(
                _(
                    "Line %(line)s: the context “%(context)s” names no field; keep msgctxt as exported."
                )
                % {"line": entry.linenum, "context": entry.msgctxt}
            )
            continue
        entries_by_key.setdefault(key, []).append(entry)

    sources = {page.translation_key: page for page in promoted_sources(locale_code)}
    plan: dict[uuid.UUID, _PlannedPage] = {}
    for key, entries in entries_by_key.items():
        page = sources.get(key)
        if page is None:
            errors.append(
                _(
                    "Line %(line)s: no promoted, live best practice has the key %(key)s any more "
                    "(unpublished, deleted or no longer promoted); export a new file."
                )
                % {"line": entries[0].linenum, "key": key}
            )
            continue
        current = {
            segment.path: segment.string.data
            for segment in extract_segments(specific(page))
            if isinstance(segment, StringSegmentValue)
        }
        planned = _PlannedPage(specific(page))
        for entry in entries:
            path = entry.msgctxt.partition(":")[2]
            text = current.get(path)
            if text is None:
                errors.append(
                    _(
                        "Line %(line)s: “%(title)s” has no text at “%(path)s” any more; export "
                        "a new file."
                    )
                    % {"line": entry.linenum, "title": page.title, "path": path}
                )
            elif text != entry.msgid:
                errors.append(
                    _(
                        "Line %(line)s: the source text of “%(title)s” at “%(path)s” changed "
                        "after the export (it is now “%(now)s”); export a new file."
                    )
                    % {"line": entry.linenum, "title": page.title, "path": path, "now": text}
                )
            elif entry.msgstr and not entry.fuzzy:
                problem = _html_problem(entry.msgid, entry.msgstr)
                if problem:
                    errors.append(
                        _("Line %(line)s: the translation at “%(path)s” of “%(title)s” %(problem)s")
                        % {
                            "line": entry.linenum,
                            "path": path,
                            "title": page.title,
                            "problem": problem,
                        }
                    )
                else:
                    planned.strings[path] = entry.msgstr
        plan[key] = planned
    if errors:
        raise POImportError(errors)
    return plan


def _html_problem(source: str, translated: str) -> str | None:
    try:
        StringValue.from_translated_html(translated)
        validate_translation_links(source, translated)
    except ValueError as error:
        return _("has invalid markup (%(error)s); keep the tags of the source.") % {"error": error}
    return None


def _store(translation: Translation, segment: StringSegment, data: str, user) -> None:
    """Store one translation by a person; an unchanged string keeps who (or what) made it."""
    lookup = {
        "translation_of": segment.string,
        "locale": translation.target_locale,
        "context": segment.context,
    }
    if StringTranslation.objects.filter(**lookup, data=data, has_error=False).exists():
        return
    StringTranslation.objects.update_or_create(
        **lookup,
        defaults={
            "data": data,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": PO_TOOL_NAME,
            "last_translated_by": user,
            "has_error": False,
            "field_error": "",
        },
    )
