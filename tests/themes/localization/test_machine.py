"""Machine translation marks what it made, keeps what people made and keeps the HTML intact."""

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from tests import factories as f
from tests.themes.editors import create_editor, log_in
from themes.localization.machine import (
    OFFLINE_TOOL_NAME,
    OfflineMachineTranslator,
    machine_translate,
)
from themes.localization.status import translation_status
from themes.localization.strings import translate_with_strings

OFFLINE = {"CLASS": "themes.localization.machine.OfflineMachineTranslator", "OPTIONS": {}}


def test_deepl_is_configured_when_a_key_is_set(monkeypatch):
    """The settings block picks DeepL from DEEPL_AUTH_KEY (read again here, as at start-up)."""
    import importlib

    import cms.settings.base as base

    monkeypatch.setenv("DEEPL_AUTH_KEY", "secret-key:fx")
    try:
        reloaded = importlib.reload(base)
        assert reloaded.WAGTAILLOCALIZE_MACHINE_TRANSLATOR == {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "secret-key:fx"},
        }
    finally:
        monkeypatch.delenv("DEEPL_AUTH_KEY")
        assert importlib.reload(base).WAGTAILLOCALIZE_MACHINE_TRANSLATOR == OFFLINE


class MachineTranslateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home)
        cls.campaign = f.CampaignPageFactory(
            parent=home,
            title="Gemeenten4GlobalGoals",
            intro="Doe mee & werk aan de doelen.",
            how_to_join='<p>Vul <a href="https://example.org/join">het formulier</a> in.</p>',
        )
        cls.page = f.BestPracticePageFactory(parent=index, title="Zonnedaken", summary="Samen.")

    def test_offline_translator_labels_every_string_and_keeps_html(self):
        french = machine_translate(self.campaign, "fr")

        assert (french.title, french.intro, french.live) == (
            "[MT:fr] Gemeenten4GlobalGoals",
            "[MT:fr] Doe mee & werk aan de doelen.",
            False,
        )
        assert french.how_to_join == (
            '<p>[MT:fr] Vul <a href="https://example.org/join">het formulier</a> in.</p>'
        )

    def test_strings_are_marked_machine_made_with_the_tool_name(self):
        machine_translate(self.page, "es", publish=True)

        marks = set(
            StringTranslation.objects.filter(locale__language_code="es").values_list(
                "translation_type", "tool_name"
            )
        )
        assert marks == {("machine", OFFLINE_TOOL_NAME)}
        status = translation_status(self.page).for_locale("es")
        assert (status.machine_strings, status.translated_strings, status.machine_share) == (
            3,
            3,
            1.0,
        )

    def test_strings_translated_by_a_person_are_kept(self):
        translate_with_strings(self.page, "fr", {"Zonnedaken": "Toits solaires"}, publish=False)

        french = machine_translate(self.page, "fr")

        assert (french.title, french.summary) == ("Toits solaires", "[MT:fr] Samen.")
        status = translation_status(self.page).for_locale("fr")
        assert (status.human_strings, status.machine_strings) == (1, 2)

    def test_a_person_editing_a_machine_string_makes_it_human(self):
        machine_translate(self.page, "ar")
        translate_with_strings(self.page, "ar", {"Samen.": "معًا."})

        summary = StringTranslation.objects.get(locale__language_code="ar", data="معًا.")
        assert (summary.translation_type, summary.tool_name) == ("manual", "")

    def test_translation_editor_button_uses_the_same_translator(self):
        editor = create_editor()
        log_in(self.client, editor)
        translate_with_strings(self.page, "fr", {}, publish=False)
        translation = Translation.objects.get(target_locale__language_code="fr")

        response = self.client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.id]),
            {"next": "/admin/"},
        )

        assert response.status_code == 302
        assert sorted(
            StringTranslation.objects.filter(locale__language_code="fr").values_list(
                "data", "translation_type"
            )
        ) == [
            ("[MT:fr] Samen.", "machine"),
            ("[MT:fr] Zonnedaken", "machine"),
            ("[MT:fr] " + self.page.slug, "machine"),
        ]


@pytest.mark.django_db
def test_offline_translator_is_deterministic_and_refuses_same_language():
    nl, fr = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="fr")
    translator = get_machine_translator()
    strings = [StringValue("Zon &amp; wind"), StringValue('<b>Lees</b> <a id="a1">meer</a>')]

    first = translator.translate(nl, fr, strings)

    assert isinstance(translator, OfflineMachineTranslator)
    assert [first[s].data for s in strings] == [
        "[MT:fr] Zon &amp; wind",
        '[MT:fr] <b>Lees</b> <a id="a1">meer</a>',
    ]
    assert translator.translate(nl, fr, strings) == first
    assert (translator.can_translate(nl, fr), translator.can_translate(nl, nl)) == (True, False)
