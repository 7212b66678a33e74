"""The admin in Dutch: our own catalogues (home/, themes/, graphql_api/, cms/ locale/nl) are complete,
compiled and consistent, and an editor whose admin language is Nederlands sees our labels, panel
headings and screens in Dutch, next to Wagtail's own Dutch."""

import re
from collections import Counter, defaultdict

import polib
import pytest
from django.conf import settings
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page

from tests import factories as f
from tests.themes.editors import create_editor

# Every app catalogue of ours; the promotion export's words (themes/export/locale/) are one level
# deeper and are the exported site's, not the admin's.
CATALOGUES = sorted(settings.BASE_DIR.glob("*/locale/nl/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w*\}")


def entries(path):
    return [entry for entry in polib.pofile(str(path)) if not entry.obsolete]


def translations(entry):
    """The Dutch forms of `entry`: one string, or one per plural form."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[form] for form in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def test_the_catalogues_of_our_apps_are_found():
    assert {path.parts[-5] for path in CATALOGUES} == {"home", "themes", "graphql_api", "cms"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_every_message_is_translated_and_none_is_fuzzy(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.metadata_is_fuzzy, "The header is fuzzy: msgfmt would drop it."
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert [entry.msgid for entry in catalogue if not entry.translated()] == []
    assert [entry.msgid for entry in catalogue.obsolete_entries()] == []
    assert len(catalogue) >= 10


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_placeholders_are_kept(path):
    changed = []
    for entry in entries(path):
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        for index, dutch in enumerate(translations(entry)):
            source = sources[min(index, len(sources) - 1)]
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(dutch)):
                changed.append((source, dutch))
    assert changed == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_the_compiled_catalogue_matches_the_po_file(path):
    """Django reads the .mo file: it must hold exactly what the .po file says (make
    compile-messages after every change)."""

    def table(catalogue):
        return {
            (entry.msgctxt, entry.msgid): translations(entry)
            for entry in catalogue
            if entry.msgid and not entry.obsolete
        }

    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{compiled} is missing: run make compile-messages."
    assert table(polib.mofile(str(compiled))) == table(polib.pofile(str(path)))


def test_a_message_has_one_translation_in_every_catalogue():
    """Django merges the app catalogues, so only one of two different translations would win."""
    seen = defaultdict(dict)
    for path in CATALOGUES:
        for entry in entries(path):
            seen[(entry.msgctxt, entry.msgid)][path.parts[-5]] = tuple(translations(entry))
    conflicts = {key: by_app for key, by_app in seen.items() if len(set(by_app.values())) > 1}
    assert conflicts == {}


class DutchAdminTests(TestCase):
    """The same screens for an editor who chose Nederlands and one who chose English."""

    @classmethod
    def setUpTestData(cls):
        cls.dutch_editor = create_editor("redacteur", language="nl")
        cls.english_editor = create_editor("editor", language="en")
        index = f.BestPracticeIndexPageFactory(parent=Page.objects.get(depth=2))
        cls.best_practice = f.BestPracticePageFactory(parent=index, title="Zonnedaken")

    def get(self, editor, url):
        # No Accept-Language header: the language comes from the editor's own admin setting.
        self.client.force_login(editor)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def assert_shows(self, html, shown=(), not_shown=()):
        """Compare only the texts named, so that a failure does not print the whole page."""
        self.assertEqual([text for text in shown if text not in html], [], "missing")
        self.assertEqual([text for text in not_shown if text in html], [], "still shown")

    def test_best_practice_form_has_dutch_headings_labels_and_help(self):
        url = reverse("wagtailadmin_pages:edit", args=(self.best_practice.pk,))
        self.assert_shows(
            self.get(self.dutch_editor, url),
            shown=[
                "Waar en wanneer",  # panel headings
                "Thema&#x27;s en doelen",
                "In de promotie-export",
                "Internationaal promoten",  # a field label (verbose_name)
                "Vink aan om dit voorbeeld op te nemen in de internationale promotie-export.",
                "Twee of drie zinnen die een buitenlandse lezer meteen begrijpt.",
                "Praktijk van een Nederlandse gemeente",  # a choice
                "Bewaar concept",  # Wagtail's own Dutch, next to ours
            ],
            not_shown=["Where and when", "Tick to include this example", "In the promotion export"],
        )
        self.assert_shows(
            self.get(self.english_editor, url),
            shown=["Where and when", "Tick to include this example"],
            not_shown=["Waar en wanneer"],
        )

    def test_translation_status_report_is_in_dutch(self):
        url = reverse("translation_status_report")
        self.assert_shows(
            self.get(self.dutch_editor, url),
            shown=["Vertaalstatus", "Alleen gepromote voorbeelden", "Downloaden als CSV"],
            not_shown=["Translation status", "Only promoted examples"],
        )
        self.assert_shows(self.get(self.english_editor, url), shown=["Translation status"])

    def test_reference_data_is_listed_under_dutch_plural_names(self):
        url = reverse("wagtailsnippets_themes_goal:list")
        self.assert_shows(self.get(self.dutch_editor, url), shown=["Doelen"])
        self.assert_shows(self.get(self.english_editor, url), shown=["Goals"], not_shown=["Doelen"])
