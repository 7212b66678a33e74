"""PO round trip for translation agencies: per page (wagtail-localize) and all promoted pages."""

import io
import tempfile
from pathlib import Path

import polib
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from tests import factories as f
from tests.themes.editors import create_editor, log_in
from themes.localization.machine import machine_translate
from themes.localization.status import translation_status
from themes.localization.strings import translate_with_strings
from themes.models import BestPracticePage, KeyFigure


def fill(po: polib.POFile) -> polib.POFile:
    """What an agency does: translate every entry (here: a recognisable French version)."""
    for entry in po:
        entry.msgstr = "FR " + entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    return po


class PromotedPOTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home)
        cls.solar = f.BestPracticePageFactory(
            parent=index,
            title="Zonnedaken",
            summary="Daken vol zonnepanelen.",
            promote_internationally=True,
        )
        cls.solar.key_figures = [KeyFigure(value=40, unit="%", label="minder energie")]
        cls.solar.save_revision().publish()
        cls.water = f.BestPracticePageFactory(
            parent=index,
            title="Schoon water",
            summary="Water <voor> iedereen & altijd.",
            promote_internationally=True,
        )
        cls.not_promoted = f.BestPracticePageFactory(parent=index, title="Alleen lokaal")
        cls.directory = Path(tempfile.mkdtemp(prefix="vng-po-"))

    def export(self, language="fr") -> tuple[polib.POFile, str]:
        path = self.directory / f"promoted-{language}.po"
        out = io.StringIO()
        call_command("export_translations", language, output=str(path), stdout=out)
        return polib.pofile(str(path)), out.getvalue()

    def import_file(self, po: polib.POFile, *args) -> str:
        path = self.directory / "translated.po"
        po.save(str(path))
        out = io.StringIO()
        call_command("import_translations", str(path), *args, stdout=out)
        return out.getvalue()

    def french_strings(self) -> list[tuple[str, str]]:
        return sorted(
            StringTranslation.objects.filter(locale__language_code="fr").values_list(
                "data", "translation_type"
            )
        )

    def test_export_names_every_string_of_every_promoted_page(self):
        po, output = self.export()

        assert sorted((e.msgctxt.split(":", 1)[1], e.msgid) for e in po) == sorted(
            [
                ("title", "Zonnedaken"),
                ("slug", self.solar.slug),
                ("summary", "Daken vol zonnepanelen."),
                (
                    f"key_figures.{self.solar.key_figures.get().translation_key}.label",
                    "minder energie",
                ),
                ("title", "Schoon water"),
                ("slug", self.water.slug),
                ("summary", "Water &lt;voor&gt; iedereen &amp; altijd."),
            ]
        )
        assert {e.msgctxt.split(":")[0] for e in po} == {
            str(self.solar.translation_key),
            str(self.water.translation_key),
        }
        assert po.metadata["Language"] == "fr"
        assert "1/2 Zonnedaken: 4 strings" in output
        assert "Wrote 7 strings of 2 pages" in output

    def test_round_trip_keeps_every_string(self):
        po, _output = self.export()

        output = self.import_file(fill(po))

        assert "Imported 7 strings into 2 pages (drafts)." in output
        french = BestPracticePage.objects.get(
            translation_key=self.water.translation_key, locale__language_code="fr"
        )
        assert (french.title, french.summary, french.live) == (
            "FR Schoon water",
            "FR Water <voor> iedereen & altijd.",
            False,
        )
        for page in (self.solar, self.water):
            status = translation_status(page).for_locale("fr")
            assert (status.percent_complete, status.machine_strings) == (100, 0)
        # A second export carries the translations back out, unchanged.
        again, _output = self.export()
        assert [e.msgstr for e in again] == [e.msgstr for e in fill(po)]

    def french_status_served(self) -> dict:
        """The public API's translationStatus of the live French version of `solar`."""
        french = Page.objects.get(
            translation_key=self.solar.translation_key, locale__language_code="fr"
        )
        query = "query($id: ID!) { page(id: $id) { translationStatus { state percentComplete } } }"
        response = self.client.post(
            "/graphql/",
            {"query": query, "variables": {"id": str(french.pk)}},
            content_type="application/json",
        )
        return response.json()["data"]["page"]["translationStatus"]

    def test_a_draft_import_does_not_change_the_served_translation_status(self):
        po, _output = self.export()
        titles_only = fill(po)
        for entry in titles_only:
            if not entry.msgctxt.endswith(":title") and not entry.msgctxt.endswith(":slug"):
                entry.msgstr = ""
        self.import_file(titles_only, "--publish")  # French goes live with 2 of 4 strings
        published = {"state": "PARTIAL", "percentComplete": 50}
        assert self.french_status_served() == published

        again, _output = self.export()
        self.import_file(fill(again))  # every string, saved as a draft

        # The draft is not served, so neither is its progress.
        assert self.french_status_served() == published
        french = Page.objects.get(
            translation_key=self.solar.translation_key, locale__language_code="fr"
        )
        french.get_latest_revision().publish()
        assert self.french_status_served() == {"state": "COMPLETE", "percentComplete": 100}

    def test_publish_option(self):
        po, _output = self.export("es")
        self.import_file(fill(po), "--publish")

        spanish = BestPracticePage.objects.get(
            translation_key=self.solar.translation_key, locale__language_code="es"
        )
        assert (spanish.live, spanish.key_figures.get().label) == (True, "FR minder energie")

    def test_machine_strings_are_exported_fuzzy_and_stay_machine_made_unless_reviewed(self):
        machine_translate(self.solar, "fr")
        po, _output = self.export()
        fuzzy = [e for e in po if "fuzzy" in e.flags]
        assert sorted(e.msgstr for e in fuzzy) == [
            "[MT:fr] Daken vol zonnepanelen.",
            "[MT:fr] Zonnedaken",
            "[MT:fr] minder energie",
            f"[MT:fr] {self.solar.slug}",
        ]

        self.import_file(po)  # nothing reviewed: fuzzy entries are skipped

        assert {t for _d, t in self.french_strings()} == {"machine"}

    def assert_rejected(self, po, message, *args):
        before = self.french_strings()
        with self.assertRaisesMessage(CommandError, message) as raised:
            self.import_file(po, *args)
        assert str(raised.exception).startswith("Nothing was imported")
        assert self.french_strings() == before
        assert not BestPracticePage.objects.filter(locale__language_code="fr").exists()

    def test_rejects_a_file_for_another_language(self):
        po, _output = self.export()
        self.assert_rejected(
            fill(po),
            "The file is for “fr” but you are importing it as “es”; import it as “fr”, "
            "or export a file for “es”.",
            "--language",
            "es",
        )

    def test_rejects_changed_source_and_changes_nothing(self):
        po, _output = self.export()
        self.water.summary = "Water voor iedereen."
        self.water.save_revision().publish()

        self.assert_rejected(
            fill(po),
            "the source text of “Schoon water” at “summary” changed after the export (it is "
            "now “Water voor iedereen.”); export a new file.",
        )

    def test_rejects_unknown_page_and_segment(self):
        po, _output = self.export()
        fill(po)
        po[0].msgctxt = "00000000-0000-0000-0000-000000000000:title"
        po[1].msgctxt = po[1].msgctxt.split(":")[0] + ":subtitle"
        po.append(polib.POEntry(msgid="Los", msgstr="Lâche", msgctxt="no-key"))

        before = self.french_strings()
        with self.assertRaises(CommandError) as raised:
            self.import_file(po)
        message = str(raised.exception)
        assert (
            "no promoted, live best practice has the key 00000000-0000-0000-0000-000000000000"
            in message
        )
        assert "has no text at “subtitle” any more; export a new file." in message
        assert "the context “no-key” does not name a page; keep msgctxt as exported." in message
        assert self.french_strings() == before

    def test_rejects_broken_markup(self):
        po, _output = self.export()
        fill(po)
        po[0].msgstr = "<a href='https://evil.example'>Zon</a>"
        self.assert_rejected(po, "has invalid markup")

    def test_rejects_malformed_files(self):
        path = self.directory / "broken.po"
        path.write_text('msgid "Zonnedaken"\nmsgstr "Toits"\nmsgstr\n', encoding="utf-8")
        with self.assertRaisesMessage(
            CommandError, "The file is not a valid PO file (Syntax error in po file (line 3))."
        ):
            call_command("import_translations", str(path), stdout=io.StringIO())

        plain = polib.POFile()
        plain.metadata = {"Language": "fr"}
        self.assert_rejected(plain, "This is not a file of promoted best practices")

    def test_missing_file(self):
        with self.assertRaisesMessage(CommandError, "There is no file nope.po; check the path."):
            call_command("import_translations", "nope.po")


class PerPagePOTests(TestCase):
    """wagtail-localize's own per-page PO download and upload are available to editors."""

    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home)
        cls.page = f.BestPracticePageFactory(parent=index, title="Zonnedaken", summary="Samen.")

    def test_download_and_upload(self):
        log_in(self.client, create_editor())
        translate_with_strings(self.page, "fr", {}, publish=False)
        translation = Translation.objects.get(target_locale__language_code="fr")

        response = self.client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.id])
        )
        assert response.status_code == 200
        po = polib.pofile(response.content.decode())
        assert sorted(e.msgid for e in po) == sorted(["Zonnedaken", self.page.slug, "Samen."])

        for entry in po:
            entry.msgstr = "FR " + entry.msgid
        upload = io.BytesIO(str(po).encode())
        upload.name = "page.po"
        response = self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.id]),
            {"file": upload, "next": "/admin/"},
        )
        assert response.status_code == 302
        assert translation.get_progress() == (3, 3)
