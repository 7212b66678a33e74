"""Which translation is served for a language, and when it is an honest fallback."""

import pytest
from django.test import TestCase
from wagtail.models import Locale, Page

from tests import factories as f
from themes.localization.fallback import (
    Resolution,
    fallback_chain,
    pick_translations,
    resolve,
    resolve_many,
)
from themes.localization.strings import translate_with_strings
from themes.models import BestPracticePage, Goal


@pytest.mark.parametrize(
    ("code", "chain"),
    [
        ("nl", ["nl", "en"]),
        ("en", ["en", "nl"]),
        ("fr", ["fr", "en", "nl"]),
        ("es", ["es", "en", "nl"]),
        ("ar", ["ar", "en", "nl"]),
    ],
)
def test_fallback_chain_of_every_language(code, chain):
    assert fallback_chain(code) == chain


def test_fallback_chain_has_no_duplicates(settings):
    settings.VNG_LOCALE_FALLBACKS = {**settings.VNG_LOCALE_FALLBACKS, "fr": ["fr", "en", "en"]}
    assert fallback_chain("fr") == ["fr", "en"]


def test_unknown_language_names_the_valid_ones():
    with pytest.raises(
        ValueError, match=r"Unknown language “de”; use one of: nl, en, fr, es, ar\."
    ):
        fallback_chain("de")


class ResolveTests(TestCase):
    """A Dutch page translated into English (live), French (alias only) and Spanish (draft)."""

    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        cls.index = f.BestPracticeIndexPageFactory(parent=home)
        cls.page = f.BestPracticePageFactory(parent=cls.index, title="Zonnedaken")
        cls.english = translate_with_strings(cls.page, "en", {"Zonnedaken": "Solar roofs"})
        cls.french_alias = cls.page.copy_for_translation(
            Locale.objects.get(language_code="fr"), alias=True, copy_parents=True
        )
        cls.spanish_draft = translate_with_strings(
            cls.page, "es", {"Zonnedaken": "Techos solares"}, publish=False
        )
        cls.dutch_only = f.BestPracticePageFactory(parent=cls.index, title="Alleen Nederlands")

    def test_every_language(self):
        expected = {
            "nl": (self.page.pk, "nl", False),
            "en": (self.english.pk, "en", False),
            "fr": (self.english.pk, "en", True),  # the alias is not a French translation
            "es": (self.english.pk, "en", True),  # the draft is not served
            "ar": (self.english.pk, "en", True),  # no Arabic at all
        }
        for code, (pk, locale, is_fallback) in expected.items():
            with self.subTest(code):
                resolution = resolve(self.page, code)
                assert (resolution.instance.pk, resolution.locale, resolution.is_fallback) == (
                    pk,
                    locale,
                    is_fallback,
                )
                assert resolution.requested_locale == code

    def test_alias_is_live_but_never_presented_as_the_requested_language(self):
        assert (self.french_alias.live, self.french_alias.alias_of_id) == (True, self.page.pk)
        assert resolve(self.french_alias, "fr").instance.locale.language_code == "en"

    def test_translating_the_alias_makes_it_a_french_translation(self):
        french = translate_with_strings(self.page, "fr", {"Zonnedaken": "Toits solaires"})

        assert (french.pk, french.alias_of_id) == (self.french_alias.pk, None)
        resolution = resolve(self.page, "fr")
        assert (resolution.instance.title, resolution.is_fallback) == ("Toits solaires", False)

    def test_untranslated_page_falls_back_to_dutch(self):
        for code in ["en", "fr", "ar"]:
            with self.subTest(code):
                resolution = resolve(self.dutch_only, code)
                assert (resolution.instance.pk, resolution.locale, resolution.is_fallback) == (
                    self.dutch_only.pk,
                    "nl",
                    True,
                )

    def test_nothing_to_serve(self):
        self.dutch_only.unpublish()
        assert resolve(self.dutch_only, "fr") is None

    def test_extra_visibility_rule_moves_on_to_the_next_language(self):
        resolution = resolve(
            self.page, "fr", is_visible=lambda page: page.locale.language_code != "en"
        )
        assert (resolution.instance.pk, resolution.locale) == (self.page.pk, "nl")

    def test_resolves_from_any_language_version(self):
        assert resolve(self.spanish_draft, "nl") == Resolution(
            resolve(self.page, "nl").instance, "nl", "nl", False
        )

    def test_pick_translations_for_a_list_in_one_query(self):
        candidates = BestPracticePage.objects.order_by("title")  # every language
        with self.assertNumQueries(1):
            picked = pick_translations(candidates, "fr")
            summary = [(r.instance.title, r.locale, r.is_fallback) for r in picked.values()]

        assert summary == [("Alleen Nederlands", "nl", True), ("Solar roofs", "en", True)]
        assert set(picked) == {self.page.translation_key, self.dutch_only.translation_key}


class ResolveSnippetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.goal = f.GoalFactory(number=5, name="Gendergelijkheid")
        cls.goal_fr = translate_with_strings(cls.goal, "fr", {"Gendergelijkheid": "Égalité"})

    def test_snippet_in_its_language_or_fallback(self):
        assert resolve(self.goal, "fr") == Resolution(self.goal_fr, "fr", "fr", False)
        assert resolve(self.goal_fr, "ar") == Resolution(self.goal, "nl", "ar", True)

    def test_resolve_many(self):
        other = f.GoalFactory(number=6, name="Schoon water")
        with self.assertNumQueries(1):
            picked = resolve_many([self.goal, other], "fr")
        assert {r.instance.name for r in picked.values()} == {"Égalité", "Schoon water"}
        assert Goal.objects.count() == 3
