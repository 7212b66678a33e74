"""The serving layer: which version of an item is served for a language, and when it is an
honest fallback — in memory (`served_version`, `localize_objects`) and as SQL (`localize`)."""

import pytest
from django.test import TestCase
from django.utils.translation import override
from wagtail.models import Locale, Page, PageViewRestriction

from home.serving.languages import code_of, fallback_chain, is_right_to_left
from home.serving.versions import (
    localize,
    localize_objects,
    originals,
    served_list,
    served_version,
)
from home.serving.visibility import visible_pages
from tests import factories as f
from themes.localization.strings import translate_with_strings
from themes.models import BestPracticePage, Goal


def resolve(obj, code):
    """(the served object, its language, whether it is a fallback), or None."""
    served = served_version(obj, code)
    if served is None:
        return None
    return served, served.locale.language_code, served.locale.language_code != code


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


def test_fallback_false_is_the_language_alone():
    assert fallback_chain("fr", fallback=False) == ["fr"]


def test_direction_comes_from_the_language_info():
    assert [is_right_to_left(code) for code in ("nl", "en", "fr", "es", "ar")] == [
        False,
        False,
        False,
        False,
        True,
    ]


@override("en")
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
                served, served_locale, fallback = resolve(self.page, code)
                assert (served.pk, served_locale, fallback) == (pk, locale, is_fallback)
                assert served._asked_locale == code

    def test_alias_is_live_but_never_presented_as_the_requested_language(self):
        assert (self.french_alias.live, self.french_alias.alias_of_id) == (True, self.page.pk)
        assert resolve(self.french_alias, "fr")[1] == "en"

    def test_translating_the_alias_makes_it_a_french_translation(self):
        french = translate_with_strings(self.page, "fr", {"Zonnedaken": "Toits solaires"})

        assert (french.pk, french.alias_of_id) == (self.french_alias.pk, None)
        served, _locale, fallback = resolve(self.page, "fr")
        assert (served.title, fallback) == ("Toits solaires", False)

    def test_untranslated_page_falls_back_to_dutch(self):
        for code in ["en", "fr", "ar"]:
            with self.subTest(code):
                served, served_locale, fallback = resolve(self.dutch_only, code)
                assert (served.pk, served_locale, fallback) == (self.dutch_only.pk, "nl", True)

    def test_nothing_to_serve(self):
        self.dutch_only.unpublish()
        assert resolve(self.dutch_only, "fr") is None

    def test_a_private_version_moves_on_to_the_next_language(self):
        PageViewRestriction.objects.create(
            page=self.english, restriction_type=PageViewRestriction.LOGIN
        )
        served, served_locale, _fallback = resolve(self.page, "fr")
        assert (served.pk, served_locale) == (self.page.pk, "nl")

    def test_resolves_from_any_language_version(self):
        assert resolve(self.spanish_draft, "nl")[0].pk == self.page.pk

    def test_the_sql_form_serves_a_list_in_one_query(self):
        candidates = visible_pages(BestPracticePage.objects.order_by("title"))  # every language
        with self.assertNumQueries(1):
            served = list(localize(candidates, "fr", fallback=True))
            summary = [(page.title, code_of(page)) for page in served]

        assert summary == [("Alleen Nederlands", "nl"), ("Solar roofs", "en")]
        assert {page._asked_locale for page in served} == {"fr"}

    def test_both_forms_agree(self):
        for code in ("nl", "en", "fr", "es", "ar"):
            for fallback in (True, False):
                with self.subTest(code=code, fallback=fallback):
                    pages = BestPracticePage.objects.order_by("title")
                    in_sql = {p.pk for p in localize(visible_pages(pages), code, fallback)}
                    in_memory = {p.pk for p in localize_objects(list(pages), code, fallback)}
                    assert in_sql == in_memory

    def test_the_cached_list_serves_what_localize_serves(self):
        for code in ("nl", "en", "fr", "es", "ar"):
            for fallback in (True, False):
                with self.subTest(code=code, fallback=fallback):
                    cached = served_list(BestPracticePage, code, fallback)
                    built = localize(visible_pages(BestPracticePage.objects.all()), code, fallback)
                    assert {p.pk for p in cached} == {p.pk for p in built}
                    assert {p._asked_locale for p in cached} <= {code}

    def test_the_cached_list_is_a_new_query_every_time(self):
        first = served_list(BestPracticePage, "fr", True)
        assert self.dutch_only.pk in {page.pk for page in first}
        assert list(first.filter(title="Solar roofs")) != []
        self.dutch_only.unpublish()
        assert self.dutch_only.pk not in {
            page.pk for page in served_list(BestPracticePage, "fr", True)
        }

    def test_the_original_of_each_translation_key(self):
        found = originals(BestPracticePage.objects.order_by("pk"))
        assert {page.pk for page in found} == {self.page.pk, self.dutch_only.pk}


class ResolveSnippetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.goal = f.GoalFactory(number=5, name="Gendergelijkheid")
        cls.goal_fr = translate_with_strings(cls.goal, "fr", {"Gendergelijkheid": "Égalité"})

    def test_snippet_in_its_language_or_fallback(self):
        assert resolve(self.goal, "fr") == (self.goal_fr, "fr", False)
        assert resolve(self.goal_fr, "ar") == (self.goal, "nl", True)

    def test_localize_objects_in_one_query(self):
        other = f.GoalFactory(number=6, name="Schoon water")
        with self.assertNumQueries(1):
            served = localize_objects([self.goal, other], "fr", fallback=True)
        assert [goal.name for goal in served] == ["Égalité", "Schoon water"]
        assert Goal.objects.count() == 3
