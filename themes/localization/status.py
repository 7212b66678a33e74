"""How far each translation of a page or snippet is: exists, live, complete, machine-made, stale.

Read from wagtail-localize's records: the `TranslationSource` (the source content as last
extracted), its `StringSegment`s (the strings to translate), the `StringTranslation`s per
locale (manual or machine, per string) and the `TranslationLog` (when a translation was last
written from the source). `translation_statuses()` computes all of it for many objects with a
fixed number of queries, for the admin report and the API.

"Out of date" means the source changed after the translation was last synced: either the
source was re-extracted after the last sync (`TranslationSource.last_updated_at` later than
the last `TranslationLog`), or, for pages, the source page has a revision newer than the last
extraction. A translation edited directly in the page editor (the synced translation was
disabled) counts every string as translated by a person; it is out of date when the source
page has a newer revision than the translation.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, Max, OuterRef
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from home.serving.languages import content_language_codes, locale_codes


@dataclass(frozen=True)
class LocaleStatus:
    """The state of one language version of an object."""

    locale: str
    exists: bool
    live: bool
    is_alias: bool
    total_strings: int
    translated_strings: int
    machine_strings: int
    percent_complete: int
    machine_share: float
    out_of_date: bool
    complete: bool

    @property
    def human_strings(self) -> int:
        return self.translated_strings - self.machine_strings


@dataclass(frozen=True)
class TranslationStatus:
    """The source language of an object and the state of every other language."""

    source_locale: str
    locales: tuple[LocaleStatus, ...]
    source_id: int | None = None  # wagtail-localize's TranslationSource, once it was extracted

    def for_locale(self, locale_code: str) -> LocaleStatus | None:
        return next((status for status in self.locales if status.locale == locale_code), None)


def translation_status(obj) -> TranslationStatus:
    """The translation status of one page or snippet (any of its language versions)."""
    return translation_statuses([obj])[0]


def translation_statuses(objects, *, served: bool = False) -> list[TranslationStatus]:
    """The translation status of each object, in the same order, in a fixed number of queries.

    By default a translation's strings count as soon as they are saved, drafts included (what
    editors work on). With `served`, a page's strings count only when its live version serves
    them: translated before it was last published. A draft — a PO file imported without
    publishing, say — then changes nothing the public reads until someone publishes it."""
    objects = list(objects)
    if not objects:
        return []
    versions = _language_versions(objects)
    keys = {obj.translation_key for obj in objects}
    sources = list(
        TranslationSource.objects.filter(object_id__in=keys).values(
            "id", "object_id", "locale__language_code", "last_updated_at", "created_at"
        )
    )
    translations = {
        (row["source_id"], row["target_locale__language_code"]): row["enabled"]
        for row in Translation.objects.filter(source_id__in=[s["id"] for s in sources]).values(
            "source_id", "target_locale__language_code", "enabled"
        )
    }
    sources_by_key = defaultdict(list)
    for source in sources:
        sources_by_key[source["object_id"]].append(source)
    codes = locale_codes()  # cached: no query per object
    sources_of = [
        _choose_source(obj, codes[obj.locale_id], sources_by_key, translations) for obj in objects
    ]
    chosen = {source["id"]: source for source in sources_of if source is not None}
    totals = dict(
        StringSegment.objects.filter(source_id__in=list(chosen))
        .values("source_id")
        .annotate(count=Count("id"))
        .values_list("source_id", "count")
    )
    done = _translated_counts(keys, chosen, served=served)
    last_sync = {
        (row["source_id"], row["locale__language_code"]): row["last"]
        for row in TranslationLog.objects.filter(source_id__in=list(chosen))
        .values("source_id", "locale__language_code")
        .annotate(last=Max("created_at"))
    }
    return [
        _status(obj, codes[obj.locale_id], versions, source, translations, totals, done, last_sync)
        for obj, source in zip(objects, sources_of, strict=True)
    ]


def _language_versions(objects) -> dict:
    """(translation_key, locale code) → the fields of that language version, per model."""
    versions = {}
    by_model = defaultdict(set)
    for obj in objects:
        by_model[obj.get_translation_model()].add(obj.translation_key)
    for model, keys in by_model.items():
        fields = ["translation_key", "locale__language_code"]
        if issubclass(model, Page):
            fields += ["live", "alias_of_id", "latest_revision_created_at"]
        for row in model._default_manager.filter(translation_key__in=keys).values(*fields):
            versions[(row["translation_key"], row["locale__language_code"])] = row
    return versions


def _choose_source(obj, own_code, sources_by_key, translations):
    """The source the object's translations come from: its own, or the one translated into it."""
    candidates = sources_by_key.get(obj.translation_key, [])
    for source in candidates:
        if source["locale__language_code"] == own_code:
            return source
    for source in candidates:
        if (source["id"], own_code) in translations:
            return source
    return min(candidates, key=lambda s: s["created_at"], default=None)


def _translated_counts(keys, chosen, *, served: bool = False) -> dict:
    """(translation_key, locale code) → {"manual": n, "machine": n} for current source strings;
    with `served`, of a page only the strings translated before its version in that language
    was last published."""
    current = StringSegment.objects.filter(
        source_id__in=list(chosen),
        source__object_id=OuterRef("context__object_id"),
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    rows = StringTranslation.objects.filter(context__object_id__in=keys, has_error=False).filter(
        Exists(current)
    )
    if served:
        versions = Page.objects.filter(
            translation_key=OuterRef("context__object_id"), locale_id=OuterRef("locale_id")
        )
        # Snippets have no drafts: all their strings are served.
        rows = rows.filter(
            Exists(versions.filter(last_published_at__gte=OuterRef("created_at")))
            | ~Exists(Page.objects.filter(translation_key=OuterRef("context__object_id")))
        )
    rows = rows.values("context__object_id", "locale__language_code", "translation_type").annotate(
        count=Count("id")
    )
    done = defaultdict(dict)
    for row in rows:
        key = (row["context__object_id"], row["locale__language_code"])
        done[key][row["translation_type"]] = row["count"]
    return done


def _status(
    obj, own_code, versions, source, translations, totals, done, last_sync
) -> TranslationStatus:
    key = obj.translation_key
    source_code = source["locale__language_code"] if source else own_code
    source_version = versions.get((key, source_code), {})
    total = totals.get(source["id"], 0) if source else 0
    locales = []
    for code in content_language_codes():
        if code == source_code:
            continue
        version = versions.get((key, code))
        if version is None:
            locales.append(
                LocaleStatus(code, False, False, False, total, 0, 0, 0, 0.0, False, False)
            )
            continue
        is_alias = version.get("alias_of_id") is not None
        live = version.get("live", True)
        synced = source is not None and translations.get((source["id"], code)) is True
        if is_alias:
            translated = machine = 0
            out_of_date = False
        elif synced:
            counts = done.get((key, code), {})
            machine = counts.get(StringTranslation.TRANSLATION_TYPE_MACHINE, 0)
            translated = machine + counts.get(StringTranslation.TRANSLATION_TYPE_MANUAL, 0)
            out_of_date = _later(
                source["last_updated_at"], last_sync.get((source["id"], code))
            ) or _later(source_version.get("latest_revision_created_at"), source["last_updated_at"])
        else:
            # Edited by hand in the page editor: a person owns every string.
            translated, machine = total, 0
            out_of_date = _later(
                source_version.get("latest_revision_created_at"),
                version.get("latest_revision_created_at"),
            )
        percent = round(100 * translated / total) if total else (0 if is_alias else 100)
        locales.append(
            LocaleStatus(
                locale=code,
                exists=True,
                live=live,
                is_alias=is_alias,
                total_strings=total,
                translated_strings=translated,
                machine_strings=machine,
                percent_complete=percent,
                machine_share=machine / translated if translated else 0.0,
                out_of_date=out_of_date,
                complete=not is_alias and translated >= total,
            )
        )
    return TranslationStatus(source_code, tuple(locales), source["id"] if source else None)


def _later(moment: datetime | None, reference: datetime | None) -> bool:
    """True when `moment` is known and after `reference` (or there is no reference)."""
    if moment is None:
        return False
    return reference is None or moment > reference
