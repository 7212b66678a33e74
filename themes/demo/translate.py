"""Apply the hand-written translations of the demo through wagtail-localize.

Each translation maps the Dutch source strings of one page or snippet to their translation and
goes through `translate_with_strings`, so the admin shows the same translation status as for a
translation made in the editor. Gaps are deliberate (see the `translations_*` modules):

- the November 2016 newsletter issue exists in Dutch only;
- the Rotterdam example is only partly translated into French;
- the Leeuwarden example has no Arabic version;
- the Baarle example is machine-translated into Spanish (`MACHINE_TRANSLATED`).

A translation that already exists (and is not an untranslated alias) is left alone.
"""

from collections.abc import Callable, Iterator

from wagtail.models import Locale, Page

from themes.demo import (
    agendas,
    common,
    reference,
    translations_ar,
    translations_en,
    translations_en_practices,
    translations_es,
    translations_fr,
)
from themes.demo.campaign import G4GG_CAMPAIGN, MILLENNIUM_CAMPAIGN
from themes.demo.load_pages import BEST_PRACTICES, Tree
from themes.demo.load_reference import Reference, read_csv
from themes.demo.newsletters import BEST_PRACTICE_INDEX, ISSUES, NEWSLETTER_INDEX
from themes.demo.programme import ACTIVITIES, PILLARS, PROGRAMME_YEAR, THEMES
from themes.localization.machine import machine_translate
from themes.localization.strings import translate_with_strings

TARGET_LOCALES = ["en", "fr", "es", "ar"]
PAGES_BY_LOCALE = {
    "en": {**translations_en.PAGES, **translations_en_practices.PAGES},
    "fr": translations_fr.PAGES,
    "es": translations_es.PAGES,
    "ar": translations_ar.PAGES,
}
MACHINE_TRANSLATED = {"es": ["baarle-grensoverschrijdende-duurzaamheidsvisie"]}
# Strings that stay as they are in every language: units and proper names.
UNCHANGED = ["%", "VNG International", "VNG"]

# Every Dutch page of the demo in tree order (parents before children), with its source text.
SOURCE_PAGES = [
    PROGRAMME_YEAR,
    *THEMES,
    *PILLARS,
    *ACTIVITIES,
    BEST_PRACTICE_INDEX,
    *BEST_PRACTICES,
    MILLENNIUM_CAMPAIGN,
    G4GG_CAMPAIGN,
    NEWSLETTER_INDEX,
    *ISSUES,
]
_BEST_PRACTICE_SLUGS = {spec["slug"] for spec in BEST_PRACTICES}


def string_pairs(source, target) -> Iterator[tuple[str, str]]:
    """Pair the strings of a source text with the translation of the same shape."""
    if isinstance(source, dict):
        for key, value in source.items():
            if key in target:
                yield from string_pairs(value, target[key])
    elif isinstance(source, list | tuple):
        for source_item, target_item in zip(source, target, strict=True):
            yield from string_pairs(source_item, target_item)
    else:
        yield source, target


def page_mapping(spec: dict, locale_code: str) -> dict[str, str]:
    """Dutch string → translation for one page of the demo."""
    target = PAGES_BY_LOCALE[locale_code][spec["slug"]]
    mapping = {text: text for text in UNCHANGED}
    mapping.update(string_pairs(spec["text"], target))
    mapping[spec["slug"]] = target["slug"]
    if spec["slug"] in _BEST_PRACTICE_SLUGS and "intro" in target:
        goals = spec["goals"]
        mapping[common.hero_alt("nl", goals)] = common.hero_alt(locale_code, goals)
        mapping[common.detail_alt("nl", goals)] = common.detail_alt(locale_code, goals)
        mapping[common.DETAIL_CAPTION["nl"]] = common.DETAIL_CAPTION[locale_code]
        for key in ("title", "label"):
            mapping[common.CALL_TO_ACTION["nl"][key]] = common.CALL_TO_ACTION[locale_code][key]
        mapping[spec["quote_by"]] = spec["quote_by"]
        if spec.get("partner_cities"):
            mapping[spec["partner_cities"]] = spec["partner_cities"]
    return mapping


def needs_translation(instance, locale: Locale) -> bool:
    """True when there is no translation yet, or only an alias nobody translated."""
    existing = instance.get_translation_or_none(locale)
    return existing is None or getattr(existing, "alias_of_id", None) is not None


def translate_reference(ref: Reference, locale: Locale) -> int:
    """Translate agendas, goals, countries and contact persons; return how many were new."""
    code, created = locale.language_code, 0
    sdg_names = {int(row["number"]): row for row in read_csv("sdgs.csv")}
    jobs = []
    for spec in agendas.AGENDAS:
        jobs.append(
            (ref.agendas[spec["code"]], dict(string_pairs(spec["text"]["nl"], spec["text"][code])))
        )
    for number, goal in ref.sdgs.items():
        jobs.append((goal, {sdg_names[number]["nl"]: sdg_names[number][code]}))
    for number, _colour, names in agendas.MILLENNIUM_GOALS:
        jobs.append((ref.millennium_goals[number], {names["nl"]: names[code]}))
    for iso_code, names in reference.COUNTRIES.items():
        jobs.append((ref.countries[iso_code], {names["nl"]: names[code]}))
    for key, person in reference.CONTACT_PERSONS.items():
        jobs.append(
            (
                ref.contacts[key],
                {person["role"]["nl"]: person["role"][code], person["name"]: person["name"]},
            )
        )
    for instance, mapping in jobs:
        if needs_translation(instance, locale):
            translate_with_strings(instance, code, mapping)
            created += 1
    return created


def translate_pages(home: Page, tree: Tree, locale: Locale) -> tuple[int, int]:
    """Translate the home page and every demo page this language has; return (by hand, machine)."""
    code, by_hand, by_machine = locale.language_code, 0, 0
    if needs_translation(home, locale):
        translate_with_strings(
            home, code, {home.title: home.title, home.slug: common.HOME_SLUGS[code]}
        )
        by_hand += 1
    written = PAGES_BY_LOCALE[code]
    for spec in SOURCE_PAGES:
        page = tree.pages[spec["slug"]]
        if not needs_translation(page, locale):
            continue
        if spec["slug"] in written:
            translate_with_strings(page, code, page_mapping(spec, code))
            by_hand += 1
        elif spec["slug"] in MACHINE_TRANSLATED.get(code, []):
            machine_translate(page, code, publish=True)
            by_machine += 1
    return by_hand, by_machine


def translate_demo(home: Page, ref: Reference, tree: Tree, report: Callable[[str], None]) -> int:
    """Translate into every target language; return how many translations were new."""
    new = 0
    for code in TARGET_LOCALES:
        locale = Locale.objects.get(language_code=code)
        snippets = translate_reference(ref, locale)
        by_hand, by_machine = translate_pages(home, tree, locale)
        new += snippets + by_hand + by_machine
        pages_in_locale = Page.objects.filter(locale=locale, alias_of__isnull=True).count()
        report(
            f"Translations into {code}: {pages_in_locale} pages "
            f"({by_hand} new by hand, {by_machine} new by machine), {snippets} new snippets."
        )
    return new
