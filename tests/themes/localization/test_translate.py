"""Translating pages and snippets through wagtail-localize's own records and actions."""

from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from home.serving.versions import served_version
from tests import factories as f
from themes.localization.relations import translatable_relations
from themes.localization.status import translation_status
from themes.localization.strings import translate_with_strings
from themes.models import (
    BestPracticePage,
    CampaignPage,
    ExternalLink,
    Goal,
    KeyFigure,
    ProgrammeYearPage,
)


def build_best_practice(home_page, **fields):
    index = f.BestPracticeIndexPageFactory(parent=home_page)
    page = f.BestPracticePageFactory(
        parent=index, title="Zonnedaken", summary="Daken vol zonnepanelen.", **fields
    )
    page.key_figures = [KeyFigure(value=40, unit="%", label="minder energie")]
    page.links = [ExternalLink(title="Lees meer", url="https://example.org/zon")]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class TranslatePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Page.objects.get(depth=2).specific
        cls.source = build_best_practice(cls.home)

    def test_translates_page_strings_inline_objects_and_creates_alias_parents(self):
        french = translate_with_strings(
            self.source,
            "fr",
            {
                "Zonnedaken": "Toits solaires",
                "Daken vol zonnepanelen.": "Des toits pleins de panneaux solaires.",
                "minder energie": "moins d'énergie",
                "Lees meer": "En savoir plus",
            },
        )

        assert isinstance(french, BestPracticePage)
        assert (french.locale.language_code, french.live) == ("fr", True)
        assert (french.title, french.summary) == (
            "Toits solaires",
            "Des toits pleins de panneaux solaires.",
        )
        assert [(k.label, k.unit, k.locale.language_code) for k in french.key_figures.all()] == [
            ("moins d'énergie", "%", "fr")
        ]
        assert [(link.title, link.url) for link in french.links.all()] == [
            ("En savoir plus", "https://example.org/zon")
        ]
        # The index and home page did not exist in French: created as aliases of the Dutch ones.
        index, home = french.get_parent(), french.get_parent().get_parent()
        assert (index.locale.language_code, index.alias_of_id) == (
            "fr",
            self.source.get_parent().pk,
        )
        assert (home.locale.language_code, home.alias_of_id) == ("fr", self.home.pk)
        # Everything is recorded the way the translation editor records it.
        translation = Translation.objects.get(
            source=TranslationSource.objects.get(object_id=self.source.translation_key),
            target_locale__language_code="fr",
        )
        assert translation.get_progress() == (5, 4)  # slug not translated: source text kept
        assert french.slug == self.source.slug

    def test_partial_translation_keeps_source_text_for_missing_strings(self):
        spanish = translate_with_strings(self.source, "es", {"Zonnedaken": "Techos solares"})

        assert (spanish.title, spanish.summary) == ("Techos solares", "Daken vol zonnepanelen.")
        status = translation_status(self.source).for_locale("es")
        assert (status.translated_strings, status.total_strings, status.complete) == (1, 5, False)

    def test_translation_stays_a_draft_until_published(self):
        draft = translate_with_strings(
            self.source, "fr", {"Zonnedaken": "Toits solaires"}, publish=False
        )

        assert draft.live is False
        served = served_version(self.source, "fr")
        assert (served.pk, served.locale.language_code) == (self.source.pk, "nl")

        draft.get_latest_revision().publish()

        assert served_version(self.source, "fr").pk == draft.pk

    def test_translate_action_does_not_copy_live_status(self):
        """WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False: the admin's Translate action
        makes drafts even though the source is live."""
        with self.captureOnCommitCallbacks(execute=True):
            translate_object(self.source, [Locale.objects.get(language_code="ar")])

        arabic = self.source.get_translation(Locale.objects.get(language_code="ar"))
        assert (self.source.live, arabic.live, arabic.alias_of_id) == (True, False, None)

    def test_sync_after_source_change_keeps_strings_translated_by_hand(self):
        translate_with_strings(
            self.source, "fr", {"Zonnedaken": "Toits solaires", "Daken vol zonnepanelen.": "Toits."}
        )
        self.source.summary = "Daken en gevels vol zonnepanelen."
        self.source.save_revision().publish()
        assert translation_status(self.source).for_locale("fr").out_of_date is True

        synced = translate_with_strings(self.source, "fr", {})

        assert (synced.title, synced.summary) == (
            "Toits solaires",  # the translator's work survives the sync
            "Daken en gevels vol zonnepanelen.",  # the changed string waits for a translator
        )
        status = translation_status(self.source).for_locale("fr")
        assert (status.out_of_date, status.translated_strings) == (False, 1)

    def test_mapping_may_be_machine_made(self):
        translate_with_strings(
            self.source, "fr", {"Zonnedaken": "Toits solaires"}, machine=True, tool_name="DeepL"
        )

        string = StringTranslation.objects.get(data="Toits solaires")
        assert (string.translation_type, string.tool_name) == ("machine", "DeepL")

    def test_unknown_language_and_own_language_are_refused(self):
        with self.assertRaisesMessage(ValueError, "use one of: nl, en, fr, es, ar"):
            translate_with_strings(self.source, "de", {})
        with self.assertRaisesMessage(ValueError, "already in nl"):
            translate_with_strings(self.source, "nl", {})


class TranslateSnippetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.agenda = f.AgendaFactory()
        cls.goal = f.GoalFactory(
            agenda=cls.agenda, number=11, name="Duurzame steden", description="Veilige steden."
        )

    def test_translates_snippet_and_synchronises_codes(self):
        french = translate_with_strings(self.goal, "fr", {"Duurzame steden": "Villes durables"})

        assert isinstance(french, Goal)
        assert (french.locale.language_code, french.name, french.description) == (
            "fr",
            "Villes durables",
            "Veilige steden.",
        )
        assert (french.number, french.colour, french.translation_key) == (
            11,
            self.goal.colour,
            self.goal.translation_key,
        )

    def test_goal_points_to_the_agenda_of_its_language_when_there_is_one(self):
        untranslated_agenda = translate_with_strings(self.goal, "es", {})
        assert untranslated_agenda.agenda == self.agenda  # no Spanish agenda yet: the source one

        agenda_es = translate_with_strings(self.agenda, "es", {"SDGs": "ODS"})
        goal_es = translate_with_strings(self.goal, "es", {})

        assert (goal_es.agenda, agenda_es.short_name) == (agenda_es, "ODS")


class RelationsFollowTheLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Page.objects.get(depth=2).specific
        cls.goal = f.GoalFactory(number=7, name="Schone energie")
        cls.other_goal = f.GoalFactory(number=13, name="Klimaatactie")
        year = f.ProgrammeYearPageFactory(parent=cls.home)
        cls.theme = f.ThemePageFactory(parent=year, title="Duurzaamheid", goals=[cls.goal])
        cls.source = build_best_practice(cls.home, primary_goal=cls.goal)
        cls.source.goals.set([cls.goal, cls.other_goal])
        cls.source.themes.set([cls.theme])
        cls.source.agendas.set([cls.goal.agenda])
        cls.source.save_revision().publish()

    def test_french_page_points_to_french_goals_theme_and_agenda_where_they_exist(self):
        goal_fr = translate_with_strings(self.goal, "fr", {"Schone energie": "Énergie propre"})
        agenda_fr = translate_with_strings(self.goal.agenda, "fr", {})
        theme_fr = translate_with_strings(self.theme, "fr", {"Duurzaamheid": "Durabilité"})

        french = translate_with_strings(self.source, "fr", {"Zonnedaken": "Toits solaires"})

        assert french.primary_goal == goal_fr
        assert set(french.goals.all()) == {goal_fr, self.other_goal}  # 13 is not translated
        assert list(french.themes.all()) == [theme_fr]
        assert list(french.agendas.all()) == [agenda_fr]
        assert list(theme_fr.goals.all()) == [goal_fr]
        # The published revision carries the same relations as the page row.
        content = french.live_revision.content
        assert (content["primary_goal"], sorted(content["goals"])) == (
            goal_fr.pk,
            sorted([goal_fr.pk, self.other_goal.pk]),
        )

    def test_editing_a_translation_in_the_admin_keeps_relations_in_its_language(self):
        goal_en = translate_with_strings(self.goal, "en", {"Schone energie": "Clean energy"})
        english = translate_with_strings(self.source, "en", {})
        english.primary_goal = self.goal  # an editor picks the Dutch goal by mistake
        english.save_revision().publish()

        english.refresh_from_db()
        assert english.primary_goal == goal_en


def test_relations_that_follow_the_language():
    names = {
        model.__name__: sorted(field.name for field in translatable_relations(model))
        for model in (BestPracticePage, CampaignPage, ProgrammeYearPage, Goal)
    }
    assert names == {
        "BestPracticePage": [
            "agendas",
            "contact_person",
            "goals",
            "partner_countries",
            "pillars",
            "primary_goal",
            "themes",
        ],
        "CampaignPage": ["agenda", "predecessor"],
        "ProgrammeYearPage": ["country", "other_countries"],
        "Goal": ["agenda"],
    }
