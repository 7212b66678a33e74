"""Search: Wagtail's database backend (PostgreSQL full-text search on PostgreSQL) finds published
best practices by the words of their summary, and never drafts."""

from django.conf import settings
from django.db import connection
from django.test import TestCase
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from tests.factories import BestPracticeIndexPageFactory, BestPracticePageFactory
from themes.models import BestPracticePage


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = Site.objects.get(is_default_site=True).root_page
        index = BestPracticeIndexPageFactory(parent=home)
        cls.published = BestPracticePageFactory(
            parent=index,
            title="Schone lucht",
            summary="Houten legt een fietssnelweg aan tussen de wijken en het station.",
        )
        cls.draft = BestPracticePageFactory(
            parent=index,
            title="Nog niet klaar",
            summary="Een tweede fietssnelweg, nog in voorbereiding.",
            live=False,
        )
        BestPracticePageFactory(parent=index, title="Iets anders", summary="Over afval.")

    def test_the_backend_is_wagtails_database_backend_for_this_database(self):
        self.assertEqual(
            settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
            "home.search_backend",
        )
        # Wagtail 8 delegates to django-modelsearch, which picks the engine of the database;
        # on PostgreSQL ours indexes each language with its own text search configuration.
        expected = {
            "postgresql": "home.search_backend",
            "sqlite": "modelsearch.backends.database.sqlite.sqlite",
        }[connection.vendor]
        self.assertEqual(type(get_search_backend()).__module__, expected)

    def test_a_published_best_practice_is_found_by_a_word_of_its_summary(self):
        results = Page.objects.live().search("fietssnelweg")
        self.assertEqual([page.pk for page in results], [self.published.pk])

    def test_the_model_search_returns_the_specific_page(self):
        results = BestPracticePage.objects.live().search("fietssnelweg")
        self.assertEqual(list(results), [self.published])
        self.assertEqual(results[0].summary, self.published.summary)
