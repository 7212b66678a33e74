"""Each validation rule rejects bad input with its own message, in the model and in the admin, and
stores nothing: no new row, no new page, no new revision."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import (
    ActivityPageFactory,
    AgendaFactory,
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    CampaignPageFactory,
    CountryFactory,
    GoalFactory,
    ImageFactory,
    MunicipalityFactory,
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    ProgrammeYearPageFactory,
    ProvinceFactory,
)
from tests.themes.editors import create_editor, log_in
from themes.models import (
    Agenda,
    BestPracticePage,
    CampaignMembership,
    CampaignPage,
    Country,
    Goal,
    Municipality,
    ProgrammeYearPage,
)

CBS_CODE_MESSAGE = (
    "Enter the CBS municipality code as GM followed by four digits, e.g. GM0363 for Amsterdam."
)
COLOUR_MESSAGE = "Enter the colour as # followed by six hexadecimal digits, e.g. #E5243B."


def end_before_start_message(end, start):
    return (
        f"The end date ({end}) lies before the start date ({start}). Correct one of the two dates."
    )


def goal_number_message(number):
    return f"A goal number runs from 1 to 17; {number} is outside that range."


class ValidationTestCase(TestCase):
    """Reference data, pages and an editor shared by the model and admin checks."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = create_editor()
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.province = ProvinceFactory(cbs_code="PV26", iso_code="NL-UT", name="Utrecht")
        cls.utrecht = MunicipalityFactory(cbs_code="GM0344", name="Utrecht", province=cls.province)
        cls.zeist = MunicipalityFactory(cbs_code="GM0355", name="Zeist", province=cls.province)
        cls.agenda = AgendaFactory(code="sdg")
        cls.goal = GoalFactory(agenda=cls.agenda, number=11, name="Sustainable Cities")
        cls.year = ProgrammeYearPageFactory(parent=cls.home)
        cls.best_practices = BestPracticeIndexPageFactory(parent=cls.home)
        cls.best_practice = BestPracticePageFactory(parent=cls.best_practices)
        cls.campaign = CampaignPageFactory(parent=cls.home)

    def setUp(self):
        log_in(self.client, self.editor)
        # Model messages are checked in the source language, whatever translations exist.
        translation.activate("en")
        self.addCleanup(translation.deactivate)

    def assert_invalid(self, instance, expected_errors):
        with self.assertRaises(ValidationError) as raised:
            instance.full_clean()
        self.assertEqual(raised.exception.message_dict, expected_errors)

    def assert_shown(self, response, message):
        self.assertEqual(response.status_code, 200)
        self.assertTrue(message in response.content.decode(), f"{message!r} is not shown.")

    def assert_refused(self, response, field, message):
        """The admin answered the form again, with `message` on `field`, shown to the editor."""
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["form"].errors[field], [message])
        self.assert_shown(response, message)

    def campaign_data(self, memberships=(), **values):
        return nested_form_data(
            {
                "title": "Gemeenten4GlobalGoals",
                "slug": "g4gg",
                "intro": "De campagne.",
                "started_on": "2016-01-01",
                "ended_on": "",
                "how_to_join": rich_text("<p>Meld u aan.</p>"),
                "principles": streamfield([]),
                "body": streamfield([]),
                "faq": streamfield([]),
                "events": inline_formset([]),
                "social_accounts": inline_formset([]),
                "memberships": inline_formset(list(memberships)),
                **values,
            }
        )


class MunicipalityTests(ValidationTestCase):
    def municipality(self, **values):
        return Municipality(
            **{"cbs_code": "GM0363", "name": "Amsterdam", "province": self.province, **values}
        )

    def post(self, **values):
        data = {
            "name": "Amsterdam",
            "cbs_code": "GM0363",
            "province": str(self.province.pk),
            "valid_from": "",
            "valid_to": "",
            "successor": "",
            **values,
        }
        return self.client.post(reverse("wagtailsnippets_themes_municipality:add"), data)

    def test_cbs_code_must_be_gm_and_four_digits(self):
        for code in ("GM363", "GM 363", "gm0363", "0363", "PV0363", "GM03a3"):
            with self.subTest(code=code):
                self.assert_invalid(
                    self.municipality(cbs_code=code), {"cbs_code": [CBS_CODE_MESSAGE]}
                )
        self.municipality(cbs_code="GM0363").full_clean()

    def test_admin_refuses_a_bad_cbs_code_and_stores_nothing(self):
        count = Municipality.objects.count()
        self.assert_refused(self.post(cbs_code="GM363"), "cbs_code", CBS_CODE_MESSAGE)
        self.assertEqual(Municipality.objects.count(), count)

    def test_valid_to_before_valid_from(self):
        message = end_before_start_message("2000-12-31", "2001-01-01")
        municipality = self.municipality(
            valid_from=datetime.date(2001, 1, 1), valid_to=datetime.date(2000, 12, 31)
        )
        self.assert_invalid(municipality, {"valid_to": [message]})

        count = Municipality.objects.count()
        response = self.post(valid_from="2001-01-01", valid_to="2000-12-31")
        self.assert_refused(response, "valid_to", message)
        self.assertEqual(Municipality.objects.count(), count)

    def test_admin_edit_with_a_bad_code_changes_nothing(self):
        url = reverse("wagtailsnippets_themes_municipality:edit", args=(self.zeist.pk,))
        data = {"name": "Zeist", "cbs_code": "GM355", "province": str(self.province.pk)}
        self.assert_refused(self.client.post(url, data), "cbs_code", CBS_CODE_MESSAGE)
        self.zeist.refresh_from_db()
        self.assertEqual(self.zeist.cbs_code, "GM0355")


class GoalTests(ValidationTestCase):
    def new_goal(self, **values):
        return Goal(
            **{
                "agenda": self.agenda,
                "number": 1,
                "name": "No Poverty",
                "colour": "#E5243B",
                "locale": self.agenda.locale,
                **values,
            }
        )

    def post(self, **values):
        data = {
            "agenda": str(self.agenda.pk),
            "number": "1",
            "name": "No Poverty",
            "colour": "#E5243B",
            "description": "",
            **values,
        }
        return self.client.post(reverse("wagtailsnippets_themes_goal:add") + "?locale=nl", data)

    def test_goal_number_outside_one_to_seventeen(self):
        for number in (0, 18):
            with self.subTest(number=number):
                self.assert_invalid(
                    self.new_goal(number=number), {"number": [goal_number_message(number)]}
                )
        for number in (1, 17):
            with self.subTest(number=number):
                self.new_goal(number=number).full_clean()

    def test_admin_refuses_goal_numbers_0_and_18_and_accepts_1_and_17(self):
        count = Goal.objects.count()
        for number in (0, 18):
            with self.subTest(number=number):
                response = self.post(number=str(number))
                self.assert_refused(response, "number", goal_number_message(number))
                self.assertEqual(Goal.objects.count(), count)
        for number in (1, 17):
            with self.subTest(number=number):
                response = self.post(number=str(number), name=f"Goal {number}")
                self.assertEqual(response.status_code, 302)
        self.assertEqual(
            sorted(Goal.objects.filter(agenda=self.agenda).values_list("number", flat=True)),
            [1, 11, 17],
        )

    def test_colour_must_be_hash_and_six_hex_digits(self):
        for colour in ("E5243B", "#E5243", "#E5243G", "#GGGGGG", "red", "#E52 3B"):
            with self.subTest(colour=colour):
                self.assert_invalid(self.new_goal(colour=colour), {"colour": [COLOUR_MESSAGE]})
        self.new_goal(colour="#e5243b").full_clean()

    def test_admin_refuses_a_bad_colour_and_stores_nothing(self):
        count = Goal.objects.count()
        self.assert_refused(self.post(colour="#E5243"), "colour", COLOUR_MESSAGE)
        self.assertEqual(Goal.objects.count(), count)


class PagePeriodTests(ValidationTestCase):
    """End before start on every page with a period; in the admin for create and edit."""

    def assert_create_refused(self, parent, model, data, field, message):
        url = reverse(
            "wagtailadmin_pages:add",
            args=(model._meta.app_label, model._meta.model_name, parent.pk),
        )
        pages = Page.objects.count()
        self.assert_refused(self.client.post(url, data), field, message)
        self.assertEqual(Page.objects.count(), pages)

    def assert_edit_refused(self, page, data, field, message):
        revisions = page.revisions.count()
        url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        self.assert_refused(self.client.post(url, data), field, message)
        self.assertEqual(page.revisions.count(), revisions)

    def test_best_practice_period(self):
        message = end_before_start_message("2016-02-01", "2016-03-01")
        page = BestPracticePage.objects.get(pk=self.best_practice.pk)
        page.end_date = datetime.date(2016, 2, 1)
        self.assert_invalid(page, {"end_date": [message]})

        data = nested_form_data(
            {
                "title": "Te vroeg geëindigd",
                "slug": "te-vroeg",
                "summary": "Een voorbeeld.",
                "origin": "municipal",
                "region": "netherlands",
                "start_date": "2016-03-01",
                "end_date": "2016-02-01",
                "body": streamfield([]),
                "key_figures": inline_formset([]),
                "downloads": inline_formset([]),
                "links": inline_formset([]),
            }
        )
        self.assert_create_refused(self.best_practices, BestPracticePage, data, "end_date", message)
        data["slug"] = self.best_practice.slug
        self.assert_edit_refused(self.best_practice, data, "end_date", message)

    def test_programme_year_period(self):
        message = end_before_start_message("2016-01-01", "2016-12-31")
        page = ProgrammeYearPage.objects.get(pk=self.year.pk)
        page.start_date, page.end_date = datetime.date(2016, 12, 31), datetime.date(2016, 1, 1)
        self.assert_invalid(page, {"end_date": [message]})

        data = nested_form_data(
            {
                "title": "Beleidsopdracht 2016",
                "slug": "opdracht-2016",
                "summary": "De opdracht.",
                "year": "2016",
                "project_code": "B",
                "start_date": "2016-12-31",
                "end_date": "2016-01-01",
                "region": "world",
                "field_of_expertise": "Public administration",
                "body": streamfield([]),
            }
        )
        self.assert_create_refused(self.home, ProgrammeYearPage, data, "end_date", message)
        data["slug"] = self.year.slug
        self.assert_edit_refused(self.year, data, "end_date", message)

    def test_campaign_period(self):
        message = end_before_start_message("2015-12-31", "2016-01-01")
        page = CampaignPage.objects.get(pk=self.campaign.pk)
        page.ended_on = datetime.date(2015, 12, 31)
        self.assert_invalid(page, {"ended_on": [message]})

        data = self.campaign_data(slug="te-kort", started_on="2016-01-01", ended_on="2015-12-31")
        self.assert_create_refused(self.home, CampaignPage, data, "ended_on", message)
        data["slug"] = self.campaign.slug
        self.assert_edit_refused(self.campaign, data, "ended_on", message)


class DuplicateMembershipTests(ValidationTestCase):
    """A municipality is a member of a campaign once; a second row is refused with a message."""

    def membership(self, municipality, joined_on="2016-06-01"):
        return {
            "municipality": str(municipality.pk),
            "joined_on": joined_on,
            "decision_type": "executive",
        }

    def test_model_refuses_a_second_membership(self):
        CampaignMembership.objects.create(
            page=self.campaign, municipality=self.utrecht, joined_on=datetime.date(2016, 6, 1)
        )
        second = CampaignMembership(
            page=self.campaign, municipality=self.utrecht, joined_on=datetime.date(2017, 1, 1)
        )
        self.assert_invalid(
            second,
            {
                "__all__": [
                    "Utrecht is already a member of this campaign; edit its membership instead "
                    "of adding it again."
                ]
            },
        )

    def test_admin_refuses_the_same_municipality_twice(self):
        memberships = [
            self.membership(self.utrecht),
            self.membership(self.zeist),
            self.membership(self.utrecht, joined_on="2017-01-01"),
        ]
        data = self.campaign_data(memberships, slug="dubbel")
        pages, members = Page.objects.count(), CampaignMembership.objects.count()
        url = reverse("wagtailadmin_pages:add", args=("themes", "campaignpage", self.home.pk))
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        formset = response.context["form"].formsets["memberships"]
        message = "Utrecht is listed twice as a member; remove one of the two rows."
        self.assertEqual(formset.forms[2].errors, {"municipality": [message]})
        self.assertEqual([form.errors for form in formset.forms[:2]], [{}, {}])
        self.assert_shown(response, message)
        self.assertEqual(
            (Page.objects.count(), CampaignMembership.objects.count()), (pages, members)
        )

    def test_admin_edit_with_the_same_municipality_twice_saves_no_revision(self):
        memberships = [self.membership(self.zeist), self.membership(self.zeist)]
        data = self.campaign_data(memberships, slug=self.campaign.slug)
        revisions = self.campaign.revisions.count()
        url = reverse("wagtailadmin_pages:edit", args=(self.campaign.pk,))
        response = self.client.post(url, data)
        self.assert_shown(
            response, "Zeist is listed twice as a member; remove one of the two rows."
        )
        self.assertEqual(self.campaign.revisions.count(), revisions)
        self.assertFalse(CampaignMembership.objects.filter(page=self.campaign).exists())

    def test_admin_refuses_a_join_date_before_the_campaign_started(self):
        data = self.campaign_data(
            [self.membership(self.zeist, joined_on="2015-12-31")], slug="vroeg"
        )
        pages = Page.objects.count()
        url = reverse("wagtailadmin_pages:add", args=("themes", "campaignpage", self.home.pk))
        response = self.client.post(url, data)
        message = (
            "A municipality cannot join before the campaign started (2016-01-01); "
            "correct the join date."
        )
        formset = response.context["form"].formsets["memberships"]
        self.assertEqual(formset.forms[0].errors, {"joined_on": [message]})
        self.assert_shown(response, message)
        self.assertEqual(Page.objects.count(), pages)

    def test_model_refuses_a_join_date_before_the_campaign_started(self):
        membership = CampaignMembership(
            page=self.campaign, municipality=self.zeist, joined_on=datetime.date(2015, 12, 31)
        )
        message = (
            "A municipality cannot join before the campaign started (2016-01-01); "
            "correct the join date."
        )
        self.assert_invalid(membership, {"joined_on": [message]})


class DuplicateReferenceDataTests(ValidationTestCase):
    """Codes and numbers are unique per language: a duplicate gets a form error, not a crash."""

    def post_add(self, model_name, data):
        url = reverse(f"wagtailsnippets_themes_{model_name}:add") + "?locale=nl"
        return self.client.post(url, data)

    def test_goal_number_twice_in_one_agenda(self):
        message = (
            "Sustainable Development Goals already has a goal 11 in this language; "
            "choose another number or edit that goal."
        )
        duplicate = Goal(
            agenda=self.agenda, number=11, name="Cities", colour="#F99D26", locale=self.goal.locale
        )
        self.assert_invalid(duplicate, {"number": [message]})

        count = Goal.objects.count()
        data = {
            "agenda": str(self.agenda.pk),
            "number": "11",
            "name": "Cities",
            "colour": "#F99D26",
        }
        self.assert_refused(self.post_add("goal", data), "number", message)
        self.assertEqual(Goal.objects.count(), count)

    def test_agenda_code_twice(self):
        message = (
            "There is already an agenda with the code “sdg” in this language; "
            "choose another code or edit that agenda."
        )
        self.assert_invalid(
            Agenda(code="sdg", name="SDGs", locale=self.agenda.locale), {"code": [message]}
        )

        count = Agenda.objects.count()
        response = self.post_add("agenda", {"code": "sdg", "name": "SDGs", "sort_order": "0"})
        self.assert_refused(response, "code", message)
        self.assertEqual(Agenda.objects.count(), count)

    def test_country_code_twice(self):
        existing = CountryFactory(iso_code="BF", name="Burkina Faso")
        message = (
            "There is already a country with the ISO code BF in this language; "
            "edit that country instead."
        )
        self.assert_invalid(
            Country(iso_code="BF", name="Burkina", locale=existing.locale), {"iso_code": [message]}
        )

        count = Country.objects.count()
        response = self.post_add("country", {"iso_code": "BF", "name": "Burkina"})
        self.assert_refused(response, "iso_code", message)
        self.assertEqual(Country.objects.count(), count)

    def test_the_same_code_in_another_language_is_fine(self):
        english = Locale.objects.get(language_code="en")
        Agenda(code="sdg", name="Sustainable Development Goals", locale=english).full_clean()
        CountryFactory(iso_code="BF", name="Burkina Faso")
        Country(iso_code="BF", name="Burkina Faso", locale=english).full_clean()


class OtherPageRulesTests(ValidationTestCase):
    """The page rules beyond the five above, checked on the model."""

    def test_activity_period(self):
        activity = ActivityPageFactory(parent=self.year)
        activity.start_date, activity.end_date = (
            datetime.date(2016, 5, 1),
            datetime.date(2016, 4, 1),
        )
        self.assert_invalid(
            activity, {"end_date": [end_before_start_message("2016-04-01", "2016-05-01")]}
        )

    def test_programme_year_starts_in_its_year(self):
        page = ProgrammeYearPage.objects.get(pk=self.year.pk)
        page.start_date = datetime.date(2015, 12, 1)
        self.assert_invalid(
            page, {"start_date": ["The start date must fall in the programme year 2016."]}
        )

    def test_best_practice_hero_image_needs_alt_text(self):
        page = BestPracticePage.objects.get(pk=self.best_practice.pk)
        page.hero_image = ImageFactory()
        self.assert_invalid(
            page, {"hero_alt": ["Describe the hero image in the alt text, or remove the image."]}
        )
        page.hero_alt = "Children on a school roof with solar panels."
        page.full_clean()

    def test_best_practice_award_needs_year_and_category(self):
        page = BestPracticePage.objects.get(pk=self.best_practice.pk)
        message = "Give both the award year and its category, or neither."
        page.award_year = 2018
        self.assert_invalid(page, {"award_category": [message]})
        page.award_year, page.award_category = None, "pioneer"
        self.assert_invalid(page, {"award_category": [message]})

    def test_one_newsletter_issue_a_month(self):
        newsletters = NewsletterIndexPageFactory(parent=self.home)
        NewsletterIssuePageFactory(parent=newsletters, issue_date=datetime.date(2016, 6, 1))
        second = NewsletterIssuePageFactory(
            parent=newsletters, issue_date=datetime.date(2016, 7, 1)
        )
        second.issue_date = datetime.date(2016, 6, 15)
        self.assert_invalid(
            second,
            {"issue_date": ["There is already an issue for this month; pick another month."]},
        )
