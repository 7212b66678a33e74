"""A draft of a translation that is already live never changes what the public sees.

Every path that can write a translation is tried on a live French page: the bulk PO import,
the machine translator, a sync after the source changed, wagtail-localize's translation editor
(string edits and its per-page PO upload), and our own `translate_with_strings`. After each, the
public API and the promotion export still serve the live French text, the draft is the page's
latest revision (what the preview shows), and publishing it makes it public.
"""

import io
import json
import tempfile
from pathlib import Path

import polib
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from tests import factories as f
from tests.themes.editors import create_editor, log_in
from themes.export.source import ApiSource
from themes.localization.machine import machine_translate
from themes.localization.strings import start_translation, translate_with_strings
from themes.models import BestPracticePage, KeyFigure

LIVE = {
    "Zonnedaken in Oss": "Toits solaires à Oss",
    "Daken vol zonnepanelen.": "Des toits pleins de panneaux.",
    "minder energie": "moins d'énergie",
}
PAGE_QUERY = """query($id: ID!) { page(id: $id) { title locale
    ... on BestPracticePage { summary keyFigures { label } } } }"""


class LiveTranslationDraftTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home, slug="voorbeelden")
        translate_with_strings(index, "fr", {})
        cls.source = f.BestPracticePageFactory(
            parent=index,
            title="Zonnedaken in Oss",
            slug="zonnedaken-oss",
            summary="Daken vol zonnepanelen.",
            promote_internationally=True,
        )
        cls.source.key_figures = [KeyFigure(value=40, unit="%", label="minder energie")]
        cls.source.save_revision().publish()
        # Every string but the slug translated and published: the live French version.
        cls.french = translate_with_strings(cls.source, "fr", LIVE)
        cls.directory = Path(tempfile.mkdtemp(prefix="vng-drafts-"))

    def setUp(self):
        self.french.refresh_from_db()
        self.live_revision_id = self.french.live_revision_id

    # --- what the public and the preview see ---

    def public_french(self) -> dict:
        response = self.client.post(
            "/graphql/",
            data=json.dumps({"query": PAGE_QUERY, "variables": {"id": str(self.french.pk)}}),
            content_type="application/json",
        )
        return response.json()["data"]["page"]

    def assert_public_unchanged(self):
        assert self.public_french() == {
            "title": "Toits solaires à Oss",
            "locale": "fr",
            "summary": "Des toits pleins de panneaux.",
            "keyFigures": [{"label": "moins d'énergie"}],
        }
        row = BestPracticePage.objects.get(pk=self.french.pk)
        assert (row.title, row.summary, row.live, row.slug) == (
            "Toits solaires à Oss",
            "Des toits pleins de panneaux.",
            True,
            self.french.slug,
        )
        assert row.url_path == self.french.url_path
        assert [figure.label for figure in row.key_figures.all()] == ["moins d'énergie"]
        assert row.live_revision_id == self.live_revision_id
        examples = ApiSource().edition(
            next(lang for lang in ApiSource().languages() if lang.code == "fr")
        )
        assert [e.title for e in examples.examples] == ["Toits solaires à Oss"]

    def draft(self) -> BestPracticePage:
        """What the preview and the next publish show: the latest revision."""
        row = BestPracticePage.objects.get(pk=self.french.pk)
        assert row.has_unpublished_changes
        assert row.latest_revision_id != self.live_revision_id
        return row.get_latest_revision_as_object()

    def publish_draft(self):
        BestPracticePage.objects.get(pk=self.french.pk).get_latest_revision().publish()

    # --- the paths that write translations ---

    def import_po(self, change, *args) -> str:
        path = self.directory / "fr.po"
        call_command("export_translations", "fr", output=str(path), stdout=io.StringIO())
        po = polib.pofile(str(path))
        for entry in po:
            if entry.msgid in change:
                entry.msgstr = change[entry.msgid]
                if "fuzzy" in entry.flags:  # reviewed machine output
                    entry.flags.remove("fuzzy")
        po.save(str(path))
        out = io.StringIO()
        call_command("import_translations", str(path), *args, stdout=out)
        return out.getvalue()

    def test_po_import_into_a_live_translation_stays_a_draft(self):
        output = self.import_po(
            {"Zonnedaken in Oss": "Oss : titre importé", "minder energie": "figure importée"}
        )

        assert "(drafts)" in output
        self.assert_public_unchanged()
        draft = self.draft()
        assert draft.title == "Oss : titre importé"
        assert [figure.label for figure in draft.key_figures.all()] == ["figure importée"]

        self.publish_draft()
        assert self.public_french()["title"] == "Oss : titre importé"
        assert self.public_french()["keyFigures"] == [{"label": "figure importée"}]

    def test_po_import_with_publish_goes_live_at_once(self):
        self.import_po({"Zonnedaken in Oss": "Oss : publié"}, "--publish")

        assert self.public_french()["title"] == "Oss : publié"

    def test_a_new_slug_in_a_draft_keeps_the_live_url(self):
        self.import_po({self.source.slug: "nouveau-slug"})

        self.assert_public_unchanged()
        assert self.draft().slug == "nouveau-slug"

    def test_machine_translation_into_a_live_translation_stays_a_draft(self):
        machine_translate(self.source, "fr")  # the slug was never translated

        self.assert_public_unchanged()
        assert self.draft().slug.startswith("mtfr")

    def test_sync_after_the_source_changed_stays_a_draft(self):
        self.source.summary = "Daken vol zonnepanelen en groen."
        self.source.save_revision().publish()
        admin = get_user_model().objects.create_superuser("chief", "chief@example.org", "x")
        log_in(self.client, admin)
        source = start_translation(self.source, "fr").source
        response = self.client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"use_machine_translation": "on"},
        )
        assert response.status_code == 302
        self.client.logout()

        self.assert_public_unchanged()
        # Saving the synced strings as a draft (our PO import of the new summary) keeps it so.
        self.import_po({"Daken vol zonnepanelen en groen.": "Des toits verts."})
        self.assert_public_unchanged()
        assert self.draft().summary == "Des toits verts."

    def test_translation_editor_edits_and_po_upload_do_not_touch_the_live_page(self):
        editor = create_editor()
        log_in(self.client, editor)
        translation = Translation.objects.get(
            source__object_id=self.source.translation_key,
            target_locale=Locale.objects.get(language_code="fr"),
        )
        segment = StringSegment.objects.get(
            source=translation.source, string__data="Zonnedaken in Oss"
        )
        edited = self.client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            data="value=Oss%20%3A%20dans%20l%27%C3%A9diteur",
            content_type="application/x-www-form-urlencoded",
        )
        assert edited.status_code == 200, edited.content
        po = polib.POFile()
        po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
        po.append(
            polib.POEntry(
                msgctxt=segment.context.path, msgid="Daken vol zonnepanelen.", msgstr="PO envoyé"
            )
        )
        uploaded = self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("fr.po", str(po).encode())},
        )
        assert uploaded.status_code == 302
        self.client.logout()

        self.assert_public_unchanged()

    def test_our_string_translation_as_a_draft_stays_a_draft(self):
        translate_with_strings(self.source, "fr", {"Zonnedaken in Oss": "Brouillon"}, publish=False)

        self.assert_public_unchanged()
        assert self.draft().title == "Brouillon"


class AliasDraftTests(TestCase):
    """A synced alias that gets a draft translation stays an alias until someone publishes."""

    def test_a_draft_into_an_alias_keeps_the_alias_hidden(self):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home, slug="voorbeelden")
        translate_with_strings(index, "fr", {})
        source = f.BestPracticePageFactory(parent=index, title="Alleen Nederlands")
        french_index = index.get_translation(Locale.objects.get(language_code="fr"))
        alias = source.copy_for_translation(Locale.objects.get(language_code="fr"), alias=True)
        assert alias.get_parent().pk == french_index.pk

        translate_with_strings(source, "fr", {"Alleen Nederlands": "Secret"}, publish=False)

        row = BestPracticePage.objects.get(pk=alias.pk)
        assert (row.alias_of_id, row.title, row.live) == (source.pk, "Alleen Nederlands", True)
        assert row.get_latest_revision_as_object().title == "Secret"
        response = self.client.post(
            "/graphql/",
            data=json.dumps(
                {
                    "query": 'query($id: ID!) { page(id: $id, locale: "fr") { title locale } }',
                    "variables": {"id": str(alias.pk)},
                }
            ),
            content_type="application/json",
        )
        assert response.json()["data"]["page"] == {"title": "Alleen Nederlands", "locale": "nl"}
