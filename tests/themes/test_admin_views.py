"""An editor (not a superuser) opens the create and edit views of every page type and reference-data
snippet and saves valid input; the stored objects hold exactly what was posted."""

import datetime
import re

import pytest
from django.apps import apps
from django.test import TestCase
from django.urls import reverse
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Page, Site, TranslatableMixin
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from tests.factories import (
    ActivityPageFactory,
    AgendaFactory,
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    CampaignPageFactory,
    ContactPersonFactory,
    CountryFactory,
    GoalFactory,
    HomePageFactory,
    MunicipalityFactory,
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    OrganisationFactory,
    PillarPageFactory,
    ProgrammeYearPageFactory,
    ProvinceFactory,
    ThemePageFactory,
)
from tests.themes.editors import REFERENCE_DATA_MODELS, create_editor, editors_group, log_in
from themes.models import (
    ActivityPage,
    Agenda,
    BestPracticeIndexPage,
    BestPracticePage,
    CampaignPage,
    ContactPerson,
    Country,
    Goal,
    Municipality,
    NewsletterIndexPage,
    NewsletterIssuePage,
    Organisation,
    PillarPage,
    ProgrammeYearPage,
    Province,
    ThemePage,
)


def without_block_keys(html):
    """Rich text as stored, minus the random `data-block-key` attributes the editor adds."""
    return re.sub(r' data-block-key="[^"]*"', "", html)


def form_errors(response):
    """The errors of the page or snippet form in `response`, for a readable failure message."""
    form = response.context["form"]
    errors = dict(form.errors)
    for name, formset in getattr(form, "formsets", {}).items():
        if formset.non_form_errors() or any(formset.errors):
            errors[name] = [formset.non_form_errors(), formset.errors]
    return errors


class AdminTestCase(TestCase):
    """Reference data and an editor shared by the page and snippet tests."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = create_editor()
        cls.netherlands = CountryFactory(iso_code="NL", name="Nederland")
        cls.burkina_faso = CountryFactory(iso_code="BF", name="Burkina Faso")
        cls.utrecht_province = ProvinceFactory(cbs_code="PV26", iso_code="NL-UT", name="Utrecht")
        cls.utrecht = MunicipalityFactory(
            cbs_code="GM0344", name="Utrecht", province=cls.utrecht_province
        )
        cls.zeist = MunicipalityFactory(
            cbs_code="GM0355", name="Zeist", province=cls.utrecht_province
        )
        cls.sdgs = AgendaFactory(code="sdg", name="Sustainable Development Goals")
        cls.sendai = AgendaFactory(code="sendai", name="Sendai Framework", short_name="Sendai")
        cls.goal_11 = GoalFactory(agenda=cls.sdgs, number=11, name="Sustainable Cities")
        cls.goal_13 = GoalFactory(
            agenda=cls.sdgs, number=13, name="Climate Action", colour="#3F7E44"
        )
        cls.vng = OrganisationFactory(name="Vereniging van Nederlandse Gemeenten", acronym="VNG")
        cls.uclg = OrganisationFactory(name="United Cities and Local Governments", acronym="UCLG")
        cls.contact = ContactPersonFactory(name="Anna de Vries", role="programme manager")

    def setUp(self):
        log_in(self.client, self.editor)


class PageAdminTests(AdminTestCase):
    """Create (as a draft) and edit every page type."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.root = Page.objects.get(depth=1)
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        # A second, empty home page, so the one-per-home index pages can be created under it.
        cls.empty_home = HomePageFactory(parent=cls.root, title="Lege start", slug="lege-start")
        cls.year = ProgrammeYearPageFactory(parent=cls.home)
        cls.theme = ThemePageFactory(parent=cls.year, title="Duurzaamheid", number=4)
        cls.pillar = PillarPageFactory(parent=cls.year, title="Internationale promotie", number=3)
        cls.activity = ActivityPageFactory(parent=cls.year)
        cls.best_practices = BestPracticeIndexPageFactory(parent=cls.home)
        cls.best_practice = BestPracticePageFactory(parent=cls.best_practices)
        cls.campaign = CampaignPageFactory(parent=cls.home)
        cls.newsletters = NewsletterIndexPageFactory(parent=cls.home)
        cls.issue = NewsletterIssuePageFactory(parent=cls.newsletters)

    # --- helpers ---

    def assert_creates(self, parent, model, data):
        """GET and POST the create view as the editor; return the stored draft page."""
        url = reverse(
            "wagtailadmin_pages:add",
            args=(model._meta.app_label, model._meta.model_name, parent.pk),
        )
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(url, data)
        if response.status_code == 200:
            self.fail(f"The create form was refused: {form_errors(response)}")
        page = model.objects.child_of(parent).get(slug=data["slug"])
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        self.assertFalse(page.live, "An editor without publish permission saves a draft.")
        self.assertEqual(page.owner, self.editor)
        return page

    def assert_edits(self, page, data):
        """GET and POST the edit view as the editor; return the page as its latest revision."""
        url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        self.assertEqual(self.client.get(url).status_code, 200)
        revisions_before = page.revisions.count()
        response = self.client.post(url, data)
        if response.status_code == 200:
            self.fail(f"The edit form was refused: {form_errors(response)}")
        self.assertRedirects(response, url)
        self.assertEqual(page.revisions.count(), revisions_before + 1)
        return Page.objects.get(pk=page.pk).get_latest_revision_as_object()

    # --- home ---

    def test_home_page(self):
        page = self.assert_creates(
            self.root,
            HomePage,
            nested_form_data(
                {
                    "title": "VNG International (EN)",
                    "slug": "home-en",
                    "intro": rich_text("<p>Welcome.</p>"),
                }
            ),
        )
        self.assertEqual(without_block_keys(page.intro), "<p>Welcome.</p>")
        edited = self.assert_edits(
            page,
            nested_form_data(
                {
                    "title": "VNG International",
                    "slug": "home-en",
                    "intro": rich_text("<p>Hello.</p>"),
                }
            ),
        )
        self.assertEqual(edited.title, "VNG International")
        self.assertEqual(without_block_keys(edited.intro), "<p>Hello.</p>")

    # --- programme ---

    def programme_year_data(self, **changes):
        data = nested_form_data(
            {
                "title": "Beleidsopdracht 2017",
                "slug": "beleidsopdracht-2017",
                "summary": "Wat gemeenten internationaal kunnen, versterken.",
                "year": "2017",
                "project_code": "B",
                "start_date": "2017-01-01",
                "end_date": "2017-12-31",
                "country": str(self.netherlands.pk),
                "region": "world",
                "field_of_expertise": "Building More Effective Public Administration",
                "policy_fields": "inter-municipal co-operation; intergovernmental relations",
                "funding": "VNG",
                "body": streamfield(
                    [
                        ("heading", {"text": "Opdracht", "level": "h2"}),
                        ("paragraph", rich_text("<p>Vijf thema's en drie pijlers.</p>")),
                    ]
                ),
                **changes,
            }
        )
        data["other_countries"] = [str(self.burkina_faso.pk)]
        data["partners"] = [str(self.vng.pk), str(self.uclg.pk)]
        return data

    def test_programme_year_page(self):
        page = self.assert_creates(self.home, ProgrammeYearPage, self.programme_year_data())
        self.assertEqual(page.year, 2017)
        self.assertEqual(page.project_code, "B")
        self.assertEqual(page.start_date, datetime.date(2017, 1, 1))
        self.assertEqual(page.end_date, datetime.date(2017, 12, 31))
        self.assertEqual(page.country, self.netherlands)
        self.assertEqual(list(page.other_countries.all()), [self.burkina_faso])
        self.assertEqual(set(page.partners.all()), {self.vng, self.uclg})
        self.assertEqual(
            page.policy_fields, "inter-municipal co-operation; intergovernmental relations"
        )
        self.assertEqual([block.block_type for block in page.body], ["heading", "paragraph"])
        self.assertEqual(page.body[0].value["text"], "Opdracht")

        edited = self.assert_edits(
            self.year,
            self.programme_year_data(slug=self.year.slug, summary="Bijgewerkt.", year="2017"),
        )
        self.assertEqual(edited.summary, "Bijgewerkt.")
        self.assertEqual(edited.year, 2017)

    def taxonomy_data(self, title, slug, number, **changes):
        return nested_form_data(
            {
                "title": title,
                "slug": slug,
                "number": str(number),
                "short_description": "De mondiale doelen",
                "body": streamfield([("paragraph", rich_text("<p>Uitleg.</p>"))]),
                **changes,
            }
        )

    def test_theme_page(self):
        data = self.taxonomy_data("Stedelijke agenda", "stedelijke-agenda", 5)
        data["goals"] = [str(self.goal_11.pk)]
        page = self.assert_creates(self.year, ThemePage, data)
        self.assertEqual((page.number, page.short_description), (5, "De mondiale doelen"))
        self.assertEqual(list(page.goals.all()), [self.goal_11])

        data = self.taxonomy_data(
            "Duurzaamheid", self.theme.slug, 4, short_description="Global Goals"
        )
        data["goals"] = [str(self.goal_13.pk)]
        edited = self.assert_edits(self.theme, data)
        self.assertEqual(edited.short_description, "Global Goals")
        self.assertEqual(list(edited.goals.all()), [self.goal_13])

    def test_pillar_page(self):
        page = self.assert_creates(
            self.year, PillarPage, self.taxonomy_data("Analyse", "analyse", 2)
        )
        self.assertEqual((page.title, page.number), ("Analyse", 2))

        edited = self.assert_edits(
            self.pillar,
            self.taxonomy_data("Promotie", self.pillar.slug, 3, short_description="Export"),
        )
        self.assertEqual((edited.title, edited.short_description), ("Promotie", "Export"))

    def activity_data(self, **changes):
        data = nested_form_data(
            {
                "title": "Nieuwsbrief Global Goals",
                "slug": "nieuwsbrief-global-goals",
                "track": "services",
                "kind": "newsletter",
                "summary": "Elke maand nieuws voor gemeenten.",
                "start_date": "2016-01-01",
                "end_date": "2016-12-31",
                "body": streamfield([("quote", {"text": "Leerzaam.", "attribution": "Een lezer"})]),
                **changes,
            }
        )
        data["themes"] = [str(self.theme.pk)]
        data["pillars"] = [str(self.pillar.pk)]
        return data

    def test_activity_page(self):
        page = self.assert_creates(self.year, ActivityPage, self.activity_data())
        self.assertEqual((page.track, page.kind), ("services", "newsletter"))
        self.assertEqual(list(page.themes.all()), [self.theme])
        self.assertEqual(list(page.pillars.all()), [self.pillar])
        self.assertEqual(page.body[0].value["attribution"], "Een lezer")

        edited = self.assert_edits(
            self.activity,
            self.activity_data(slug=self.activity.slug, track="policy", kind="advocacy"),
        )
        self.assertEqual((edited.track, edited.kind), ("policy", "advocacy"))

    # --- best practices ---

    def test_best_practice_index_page(self):
        data = nested_form_data({"title": "Voorbeelden", "slug": "voorbeelden", "intro": "Alle."})
        page = self.assert_creates(self.empty_home, BestPracticeIndexPage, data)
        self.assertEqual(page.intro, "Alle.")

        data = nested_form_data(
            {"title": "Praktijk", "slug": self.best_practices.slug, "intro": "Nu."}
        )
        self.assertEqual(self.assert_edits(self.best_practices, data).intro, "Nu.")

    def best_practice_data(self, **changes):
        data = nested_form_data(
            {
                "title": "Zonnepanelen op elk schooldak",
                "slug": "zonnepanelen",
                "summary": "Utrecht en Zeist leggen samen zonnepanelen op scholen.",
                "hero_alt": "",
                "hero_credit": "",
                "body": streamfield([("paragraph", rich_text("<p>Het verhaal.</p>"))]),
                "key_figures": inline_formset(
                    [{"value": "1200", "unit": "panelen", "label": "geplaatst"}]
                ),
                "downloads": inline_formset([]),
                "links": inline_formset(
                    [{"title": "Projectsite", "url": "https://example.org/zon"}]
                ),
                "origin": "municipal",
                "partner_cities": "Ouagadougou",
                "region": "netherlands",
                "project_code": "",
                "start_date": "2016-03-01",
                "end_date": "2018-06-30",
                "primary_goal": str(self.goal_13.pk),
                "funder": str(self.vng.pk),
                "contact_person": str(self.contact.pk),
                "award_year": "2018",
                "award_category": "pioneer",
                "promote_internationally": "on",
                **changes,
            }
        )
        data["municipalities"] = [str(self.utrecht.pk), str(self.zeist.pk)]
        data["partner_countries"] = [str(self.burkina_faso.pk)]
        data["themes"] = [str(self.theme.pk)]
        data["pillars"] = [str(self.pillar.pk)]
        data["goals"] = [str(self.goal_11.pk), str(self.goal_13.pk)]
        data["agendas"] = [str(self.sendai.pk)]
        data["partners"] = [str(self.uclg.pk)]
        return data

    def test_best_practice_page(self):
        page = self.assert_creates(self.best_practices, BestPracticePage, self.best_practice_data())
        self.assertEqual(page.origin, "municipal")
        self.assertEqual(set(page.municipalities.all()), {self.utrecht, self.zeist})
        self.assertEqual(list(page.partner_countries.all()), [self.burkina_faso])
        self.assertEqual(set(page.goals.all()), {self.goal_11, self.goal_13})
        self.assertEqual(page.primary_goal, self.goal_13)
        self.assertEqual(list(page.agendas.all()), [self.sendai])
        self.assertEqual(
            (page.start_date, page.end_date),
            (datetime.date(2016, 3, 1), datetime.date(2018, 6, 30)),
        )
        self.assertEqual((page.funder, page.contact_person), (self.vng, self.contact))
        self.assertEqual((page.award_year, page.award_category), (2018, "pioneer"))
        self.assertTrue(page.promote_internationally)
        self.assertEqual(
            [(f.value, f.unit, f.label) for f in page.key_figures.all()],
            [("1200", "panelen", "geplaatst")],
        )
        self.assertEqual(
            [(link.title, link.url) for link in page.links.all()],
            [("Projectsite", "https://example.org/zon")],
        )
        self.assertEqual([block.block_type for block in page.body], ["paragraph"])

        edited = self.assert_edits(
            self.best_practice,
            self.best_practice_data(
                slug=self.best_practice.slug, promote_internationally="", summary="Korter."
            ),
        )
        self.assertEqual(edited.summary, "Korter.")
        self.assertFalse(edited.promote_internationally)
        self.assertEqual([link.title for link in edited.links.all()], ["Projectsite"])

    def test_best_practice_key_figures_have_one_place_and_keep_the_typed_number(self):
        data = self.best_practice_data()
        data.update(
            nested_form_data(
                {
                    "key_figures": inline_formset(
                        [{"value": "1250.5", "unit": "", "label": "huishoudens"}]
                    ),
                    "body": streamfield(
                        [
                            (
                                "key_figures",
                                {
                                    "figures": streamfield(
                                        [("item", {"value": "40", "unit": "%", "label": "x"})]
                                    )
                                },
                            )
                        ]
                    ),
                }
            )
        )
        url = reverse(
            "wagtailadmin_pages:add",
            args=("themes", "bestpracticepage", self.best_practices.pk),
        )
        refused = self.client.post(url, data)
        self.assertEqual(refused.status_code, 200, "A key-figures block in the body is refused.")
        self.assertIn("body", refused.context["form"].errors)

        data.update(nested_form_data({"body": streamfield([])}))
        data.update(
            nested_form_data(
                {"key_figures": inline_formset([{"value": "1.200,5", "unit": "", "label": "x"}])}
            )
        )
        refused = self.client.post(url, data)
        self.assertContains(refused, "no thousands separators")

        data.update(
            nested_form_data(
                {
                    "key_figures": inline_formset(
                        [
                            {"value": "40", "unit": "%", "label": "minder stroom"},
                            {"value": "1250.50", "unit": "", "label": "huishoudens"},
                        ]
                    )
                }
            )
        )
        page = self.assert_creates(self.best_practices, BestPracticePage, data)
        self.assertEqual(
            [(f.value, f.unit) for f in page.key_figures.all()], [("40", "%"), ("1250.50", "")]
        )
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        self.assertContains(edit, 'value="40"')
        self.assertNotContains(edit, 'value="40.00"')

    def test_best_practice_edit_form_is_in_tabs_with_the_story_first(self):
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=(self.best_practice.pk,))
        )
        html = response.content.decode()
        tabs = re.findall(r'id="tab-label-([a-z_]+)"', html)
        # Tab ids come from the headings in the language Wagtail first bound the edit handler
        # in ("content" or "inhoud", whichever test ran first): check the tabs by what they hold.
        # (no settings tab: an editor may change nothing there)
        self.assertEqual(len(tabs), 5, tabs)
        names = dict(
            zip(["content", "where_and_when", "themes", "partners", "promote"], tabs, strict=True)
        )

        def tab(name):
            start = html.index(f'id="tab-{name}"')
            following = [html.find(f'id="tab-{other}"', start + 1) for other in tabs]
            return html[start : min([i for i in following if i > start] or [len(html)])]

        content = tab(names["content"])
        for field in ("title", "summary", "hero_image", "body"):
            self.assertTrue(f'data-contentpath="{field}"' in content, field)
        self.assertTrue('id="id_key_figures-FORMS"' in content)
        for field in ("municipalities", "goals", "partners", "start_date"):
            self.assertFalse(f'data-contentpath="{field}"' in content, field)
        self.assertTrue('data-contentpath="municipalities"' in tab(names["where_and_when"]))
        self.assertTrue("In the promotion export" in tab(names["promote"]))

    # --- campaign ---

    def campaign_data(self, **changes):
        data = nested_form_data(
            {
                "title": "Millenniumgemeenten",
                "slug": "millenniumgemeenten",
                "short_name": "MDG",
                "intro": "De campagne rond de millenniumdoelen.",
                "started_on": "2007-01-01",
                "ended_on": "2015-12-31",
                "agenda": str(self.sdgs.pk),
                "how_to_join": rich_text("<p>Vul het formulier in.</p>"),
                "join_url": "https://example.org/aanmelden",
                "vision": rich_text("<p>Wereldburgerschap.</p>"),
                "principles": streamfield(
                    [("principle", {"title": "Samen", "text": "Gemeenten leren van elkaar."})]
                ),
                "body": streamfield([]),
                "faq": streamfield(
                    [
                        (
                            "faq_item",
                            {"question": "Kost het geld?", "answer": rich_text("<p>Nee.</p>")},
                        )
                    ]
                ),
                "events": inline_formset(
                    [
                        {
                            "kind": "flag-day",
                            "title": "Vlaggendag",
                            "date": "2015-09-25",
                            "place": "Utrecht",
                            "description": "",
                        }
                    ]
                ),
                "social_accounts": inline_formset(
                    [{"network": "X", "handle": "@G4GlobalGoals", "url": ""}]
                ),
                "memberships": inline_formset(
                    [
                        {
                            "municipality": str(self.utrecht.pk),
                            "joined_on": "2008-05-01",
                            "decision_type": "council",
                        },
                        {
                            "municipality": str(self.zeist.pk),
                            "joined_on": "2009-02-01",
                            "decision_type": "executive",
                        },
                    ]
                ),
                **changes,
            }
        )
        return data

    def test_campaign_page(self):
        page = self.assert_creates(self.home, CampaignPage, self.campaign_data())
        self.assertEqual(
            (page.started_on, page.ended_on),
            (datetime.date(2007, 1, 1), datetime.date(2015, 12, 31)),
        )
        self.assertEqual(page.agenda, self.sdgs)
        self.assertEqual(without_block_keys(page.how_to_join), "<p>Vul het formulier in.</p>")
        self.assertEqual(page.faq[0].value["question"], "Kost het geld?")
        self.assertEqual(page.principles[0].value["title"], "Samen")
        self.assertEqual(
            [(e.kind, e.title, e.date) for e in page.events.all()],
            [("flag-day", "Vlaggendag", datetime.date(2015, 9, 25))],
        )
        self.assertEqual([a.handle for a in page.social_accounts.all()], ["@G4GlobalGoals"])
        self.assertEqual(
            [(m.municipality, m.joined_on, m.decision_type) for m in page.memberships.all()],
            [
                (self.utrecht, datetime.date(2008, 5, 1), "council"),
                (self.zeist, datetime.date(2009, 2, 1), "executive"),
            ],
        )

        edited = self.assert_edits(
            self.campaign,
            self.campaign_data(
                slug=self.campaign.slug,
                title="Gemeenten4GlobalGoals",
                started_on="2016-01-01",
                ended_on="",
                predecessor=str(page.pk),
                memberships=inline_formset(
                    [
                        {
                            "municipality": str(self.zeist.pk),
                            "joined_on": "2016-09-25",
                            "decision_type": "council",
                        }
                    ]
                ),
            ),
        )
        self.assertEqual(edited.title, "Gemeenten4GlobalGoals")
        self.assertIsNone(edited.ended_on)
        self.assertEqual(edited.predecessor_id, page.pk)
        self.assertEqual(
            [(m.municipality, m.joined_on) for m in edited.memberships.all()],
            [(self.zeist, datetime.date(2016, 9, 25))],
        )

    # --- newsletters ---

    def test_newsletter_index_page(self):
        data = nested_form_data(
            {"title": "Nieuwsbrief", "slug": "nieuwsbrief", "intro": "Archief."}
        )
        page = self.assert_creates(self.empty_home, NewsletterIndexPage, data)
        self.assertEqual(page.intro, "Archief.")

        data = nested_form_data(
            {"title": "Archief", "slug": self.newsletters.slug, "intro": "Alles."}
        )
        self.assertEqual(self.assert_edits(self.newsletters, data).intro, "Alles.")

    def newsletter_issue_data(self, **changes):
        return nested_form_data(
            {
                "title": "Nieuwsbrief juni 2016",
                "slug": "juni-2016",
                "number": "6",
                "issue_date": "2016-06-01",
                "intro": "De vlaggendag komt eraan.",
                "body": streamfield(
                    [
                        (
                            "call_to_action",
                            {
                                "title": "Doe mee",
                                "text": "",
                                "page": "",
                                "url": "https://example.org",
                                "label": "Aanmelden",
                            },
                        )
                    ]
                ),
                **changes,
            }
        )

    def test_newsletter_issue_page(self):
        page = self.assert_creates(
            self.newsletters, NewsletterIssuePage, self.newsletter_issue_data()
        )
        self.assertEqual((page.number, page.issue_date), (6, datetime.date(2016, 6, 1)))
        self.assertEqual(page.body[0].value["url"], "https://example.org")

        edited = self.assert_edits(
            self.issue,
            self.newsletter_issue_data(
                slug=self.issue.slug, issue_date=self.issue.issue_date.isoformat(), intro="Nieuw."
            ),
        )
        self.assertEqual(edited.intro, "Nieuw.")


class SnippetAdminTests(AdminTestCase):
    """Create and edit every reference-data snippet."""

    @staticmethod
    def snippet_url(model, action, *args, locale="nl"):
        url = reverse(f"wagtailsnippets_themes_{model._meta.model_name}:{action}", args=args)
        # Translatable snippets are added in a locale, and listed in it afterwards.
        if issubclass(model, TranslatableMixin) and locale:
            url += f"?locale={locale}"
        return url

    def assert_creates(self, model, data, **lookup):
        url = self.snippet_url(model, "add")
        self.assertEqual(self.client.get(url).status_code, 200)
        count_before = model.objects.count()
        response = self.client.post(url, data)
        if response.status_code == 200:
            self.fail(f"The create form was refused: {form_errors(response)}")
        self.assertRedirects(response, self.snippet_url(model, "list"))
        self.assertEqual(model.objects.count(), count_before + 1)
        return model.objects.get(**lookup)

    def assert_edits(self, instance, data):
        model = type(instance)
        url = self.snippet_url(model, "edit", instance.pk, locale=None)
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(url, data)
        if response.status_code == 200:
            self.fail(f"The edit form was refused: {form_errors(response)}")
        self.assertRedirects(response, self.snippet_url(model, "list", locale=None))
        return model.objects.get(pk=instance.pk)

    def test_agenda(self):
        data = {
            "name": "Paris Agreement",
            "short_name": "Paris",
            "code": "paris",
            "description": "Keep warming well below two degrees.",
            "adopted_on": "2015-12-12",
            "reference": "UNFCCC decision 1/CP.21",
            "sort_order": "3",
        }
        agenda = self.assert_creates(Agenda, data, code="paris")
        self.assertEqual(agenda.adopted_on, datetime.date(2015, 12, 12))
        self.assertEqual(agenda.locale.language_code, "nl")
        self.assertFalse(agenda.is_historical)

        edited = self.assert_edits(agenda, {**data, "is_historical": "on", "sort_order": "9"})
        self.assertTrue(edited.is_historical)
        self.assertEqual(edited.sort_order, 9)

    def test_goal(self):
        data = {
            "agenda": str(self.sdgs.pk),
            "number": "17",
            "name": "Partnerships",
            "colour": "#19486A",
            "description": "",
        }
        goal = self.assert_creates(Goal, data, agenda=self.sdgs, number=17)
        self.assertEqual((goal.name, goal.colour), ("Partnerships", "#19486A"))

        edited = self.assert_edits(goal, {**data, "name": "Partnerships for the Goals"})
        self.assertEqual(edited.name, "Partnerships for the Goals")

    def test_province(self):
        data = {"name": "Noord-Holland", "cbs_code": "PV27", "iso_code": "NL-NH"}
        province = self.assert_creates(Province, data, cbs_code="PV27")
        self.assertEqual(province.name, "Noord-Holland")

        edited = self.assert_edits(province, {**data, "name": "Noord Holland"})
        self.assertEqual(edited.name, "Noord Holland")

    def test_municipality(self):
        data = {
            "name": "Amsterdam",
            "cbs_code": "GM0363",
            "province": str(self.utrecht_province.pk),
            "valid_from": "1812-01-01",
            "valid_to": "",
            "successor": "",
        }
        municipality = self.assert_creates(Municipality, data, cbs_code="GM0363")
        self.assertEqual(municipality.province, self.utrecht_province)
        self.assertIsNone(municipality.valid_to)

        edited = self.assert_edits(
            municipality, {**data, "valid_to": "2030-12-31", "successor": str(self.utrecht.pk)}
        )
        self.assertEqual(edited.valid_to, datetime.date(2030, 12, 31))
        self.assertEqual(edited.successor, self.utrecht)

    def test_country(self):
        data = {"name": "Marokko", "iso_code": "MA"}
        country = self.assert_creates(Country, data, iso_code="MA")
        self.assertEqual((country.name, country.locale.language_code), ("Marokko", "nl"))

        edited = self.assert_edits(country, {**data, "name": "Koninkrijk Marokko"})
        self.assertEqual(edited.name, "Koninkrijk Marokko")

    def test_organisation(self):
        data = {
            "name": "Council of European Municipalities and Regions",
            "acronym": "CEMR",
            "url": "https://cemr.eu",
            "country": "",
        }
        organisation = self.assert_creates(Organisation, data, acronym="CEMR")
        self.assertIsNone(organisation.country)

        edited = self.assert_edits(organisation, {**data, "country": str(self.netherlands.pk)})
        self.assertEqual(edited.country, self.netherlands)

    def test_contact_person(self):
        data = {
            "name": "Jan Jansen",
            "role": "adviseur",
            "organisation": str(self.vng.pk),
            "email": "jan@example.org",
            "phone": "+31 70 000 0000",
        }
        person = self.assert_creates(ContactPerson, data, name="Jan Jansen")
        self.assertEqual((person.organisation, person.email), (self.vng, "jan@example.org"))

        edited = self.assert_edits(person, {**data, "role": "senior adviseur"})
        self.assertEqual(edited.role, "senior adviseur")


@pytest.mark.django_db
def test_the_migrated_editors_group_may_manage_reference_data_and_images():
    granted = {
        f"{app_label}.{codename}"
        for app_label, codename in editors_group().permissions.values_list(
            "content_type__app_label", "codename"
        )
    }
    needed = {
        f"themes.{action}_{model._meta.model_name}"
        for model in REFERENCE_DATA_MODELS
        for action in ("add", "change")
    } | {f"home.{action}_creditedimage" for action in ("add", "change", "choose")}
    assert needed - granted == set()


ENGAGEMENT_RECORDS = {
    "subscriber",
    "membershiprequest",
    "advicerequest",
    "newslettersend",
    "newsletterdelivery",
}


def test_every_editor_facing_field_explains_itself():
    """Every field of our models an editor fills in has help_text (Wagtail's own fields aside)."""
    wagtail_fields = {field.name for field in Page._meta.get_fields()}
    wagtail_fields |= {field.name for field in AbstractImage._meta.get_fields()}
    wagtail_fields |= {"page", "locale", "translation_key", "sort_order"}
    missing = [
        f"{model.__name__}.{field.name}"
        for app_label in ("home", "themes")
        for model in apps.get_app_config(app_label).get_models()
        if not issubclass(model, AbstractRendition)  # renditions are made by code, not editors
        # Sign-ups and requests are written by visitors and the worker; editors decide on them
        # in the engagement screens, whose forms carry their own explanations.
        and model._meta.model_name not in ENGAGEMENT_RECORDS
        for field in model._meta.get_fields()
        if getattr(field, "editable", False)
        and not field.auto_created
        and field.name not in wagtail_fields
        and not field.help_text
    ]
    assert missing == []
