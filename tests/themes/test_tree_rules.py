"""Page-tree rules: every page type lives only where it belongs, and editors cannot bypass that."""

from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from home.models import HomePage
from tests.factories import (
    BestPracticeIndexPageFactory,
    NewsletterIndexPageFactory,
    ProgrammeYearPageFactory,
)
from tests.themes.editors import create_editor, log_in
from themes.models import (
    ActivityPage,
    BestPracticeIndexPage,
    BestPracticePage,
    CampaignPage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    PillarPage,
    ProgrammeYearPage,
    ThemePage,
)


class PageTypeRulesTests(WagtailPageTestCase):
    """The exact parents and children of every page type."""

    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {ProgrammeYearPage, BestPracticeIndexPage, CampaignPage, NewsletterIndexPage}
        )

    def test_programme_year_page(self):
        self.assertAllowedParentPageTypes(ProgrammeYearPage, {HomePage})
        self.assertAllowedSubpageTypes(ProgrammeYearPage, {ThemePage, PillarPage, ActivityPage})

    def test_theme_pillar_and_activity_pages_are_leaves_of_a_year(self):
        for model in (ThemePage, PillarPage, ActivityPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {ProgrammeYearPage})
                self.assertAllowedSubpageTypes(model, set())

    def test_best_practice_pages(self):
        self.assertAllowedParentPageTypes(BestPracticeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BestPracticeIndexPage, {BestPracticePage})
        self.assertAllowedParentPageTypes(BestPracticePage, {BestPracticeIndexPage})
        self.assertAllowedSubpageTypes(BestPracticePage, set())

    def test_campaign_page(self):
        self.assertAllowedParentPageTypes(CampaignPage, {HomePage})
        self.assertAllowedSubpageTypes(CampaignPage, set())

    def test_newsletter_pages(self):
        self.assertAllowedParentPageTypes(NewsletterIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsletterIndexPage, {NewsletterIssuePage})
        self.assertAllowedParentPageTypes(NewsletterIssuePage, {NewsletterIndexPage})
        self.assertAllowedSubpageTypes(NewsletterIssuePage, set())

    def test_one_index_page_of_each_kind_per_home_page(self):
        self.assertEqual(BestPracticeIndexPage.max_count_per_parent, 1)
        self.assertEqual(NewsletterIndexPage.max_count_per_parent, 1)


class EditorPlacementTests(WagtailPageTestCase):
    """An editor who posts a create form under the wrong parent is refused and nothing is stored."""

    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.year = ProgrammeYearPageFactory(parent=cls.home)
        cls.best_practices = BestPracticeIndexPageFactory(parent=cls.home)
        cls.newsletters = NewsletterIndexPageFactory(parent=cls.home)
        cls.editor = create_editor()

    def setUp(self):
        log_in(self.client, self.editor)

    def post_create(self, model, parent, data):
        url = reverse(
            "wagtailadmin_pages:add",
            args=(model._meta.app_label, model._meta.model_name, parent.pk),
        )
        return self.client.post(url, nested_form_data(data))

    def assert_refused(self, model, parent, data):
        pages_before = Page.objects.count()
        response = self.post_create(model, parent, data)
        # Wagtail answers a refused admin request with a redirect to the dashboard and a message.
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(
            [str(message).strip() for message in get_messages(response.wsgi_request)],
            ["Sorry, you do not have permission to access this area."],
        )
        self.assertEqual(Page.objects.count(), pages_before)

    def offered_page_types(self, parent):
        response = self.client.get(reverse("wagtailadmin_pages:add_subpage", args=(parent.pk,)))
        self.assertEqual(response.status_code, 200)
        return {
            f"{app_label}.{model_name}"
            for _name, app_label, model_name, _description in response.context["page_types"]
        }

    def test_editor_can_see_the_create_view_where_a_page_belongs(self):
        url = reverse("wagtailadmin_pages:add", args=("themes", "themepage", self.year.pk))
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_theme_under_the_home_page_is_refused(self):
        self.assert_refused(
            ThemePage,
            self.home,
            {"title": "Thema", "slug": "thema", "number": "1", "short_description": "Kort."},
        )

    def test_best_practice_under_the_programme_year_is_refused(self):
        self.assert_refused(
            BestPracticePage,
            self.year,
            {
                "title": "Voorbeeld",
                "slug": "voorbeeld",
                "origin": "municipal",
                "start_date": "2016-03-01",
                "summary": "Een voorbeeld.",
            },
        )

    def test_newsletter_issue_under_the_best_practice_index_is_refused(self):
        self.assert_refused(
            NewsletterIssuePage,
            self.best_practices,
            {
                "title": "Nieuwsbrief",
                "slug": "nieuwsbrief-1",
                "number": "1",
                "issue_date": "2016-01-01",
                "intro": "Nieuws.",
            },
        )

    def test_programme_year_under_a_programme_year_is_refused(self):
        self.assert_refused(
            ProgrammeYearPage,
            self.year,
            {
                "title": "Beleidsopdracht 2017",
                "slug": "beleidsopdracht-2017",
                "year": "2017",
                "project_code": "B",
                "start_date": "2017-01-01",
                "end_date": "2017-12-31",
                "field_of_expertise": "Public administration",
                "summary": "De opdracht van 2017.",
                "region": "world",
            },
        )

    def test_second_best_practice_index_under_the_same_home_page_is_refused(self):
        self.assert_refused(
            BestPracticeIndexPage, self.home, {"title": "Meer voorbeelden", "slug": "meer"}
        )

    def test_second_newsletter_index_under_the_same_home_page_is_refused(self):
        self.assert_refused(
            NewsletterIndexPage, self.home, {"title": "Nog een archief", "slug": "archief"}
        )

    def test_the_page_type_chooser_offers_only_what_belongs_under_a_year(self):
        self.assertEqual(
            self.offered_page_types(self.year),
            {"themes.themepage", "themes.pillarpage", "themes.activitypage"},
        )

    def test_the_page_type_chooser_hides_index_pages_the_home_page_already_has(self):
        self.assertEqual(
            self.offered_page_types(self.home),
            {"themes.programmeyearpage", "themes.campaignpage"},
        )
