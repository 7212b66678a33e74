"""Every list is flat: the same number of SQL queries for 10, 50 and 200 items, whatever fields
are selected.

The documents are not written by hand: `schema_walk.selection` selects every field reachable
from each root list's item type (three levels deep, every block type of every StreamField), so
a field added to the API later is covered here without anyone remembering it. The examples
carry everything a field can reach: a body with every block type (rich-text page and document
links, image, document and page choosers), themes, goals with their agenda, municipalities,
partners with their country, a funder, a contact person, key figures, links, a hero image, and
an English translation — but for three, which come first in every list (newest start date,
newest publication, first in tree order), so every page of an English list mixes served and
fallback versions whatever its size.
"""

import datetime
import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from graphql import GraphQLObjectType
from wagtail.embeds.models import Embed

from graphql_api.plain_fields import GENERAL
from graphql_api.schema import schema
from tests import factories as f
from tests.graphql_api.bulk import clone_pages
from tests.graphql_api.content_data import body_blocks, rolled_back, translate
from tests.graphql_api.content_data import build_content_site as build_site
from tests.graphql_api.schema_walk import selection
from themes.models import (
    Agenda,
    CampaignEvent,
    CampaignMembership,
    Country,
    ExternalLink,
    Goal,
    KeyFigure,
    Municipality,
    Organisation,
    SocialAccount,
)

pytestmark = pytest.mark.django_db
# Every list is checked at 10 and 50 items by default; at 200 as well with VNG_LARGE_TESTS=1,
# as CI runs it on both databases (it adds a minute or two: the site grows to 200 of each).
SIZES = (10, 50)
LARGE_SIZES = (10, 50, 200)
BIG = {
    "MAX_DEPTH": 50,
    "MAX_TOKENS": 500_000,
    "MAX_PAGE_SIZE": 500,
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
    """The content site with 200 examples (every second one also in English), and a way to
    grow every other list to a given size. Examples are cloned from one made through the
    factories (`tests/graphql_api/bulk.py`), so 200 take seconds."""

    def __init__(self, site, size: int):
        self.site = site
        home = site["home"]
        year = f.ProgrammeYearPageFactory(parent=home, title="Programma 2016", slug="p-2016")
        self.theme = f.ThemePageFactory(parent=year, title="Duurzaamheid", number=4)
        agenda = f.AgendaFactory(code="sdg", name="Duurzame ontwikkelingsdoelen")
        self.goals = [
            f.GoalFactory(agenda=agenda, number=number, name=f"Doel {number}")
            for number in (11, 13)
        ]
        self.municipality = f.MunicipalityFactory(cbs_code="GM0344", name="Utrecht")
        country = f.CountryFactory(iso_code="BF", name="Burkina Faso")
        self.partner = f.OrganisationFactory(name="Partner", country=country)
        self.contact = f.ContactPersonFactory(name="Eva")
        self.news = f.NewsletterIndexPageFactory(parent=home, slug="nieuws")
        Embed.objects.create(
            url="https://www.youtube.com/watch?v=abc123",
            max_width=None,
            type="video",
            html="<iframe src='https://www.youtube.com/embed/abc123'></iframe>",
            title="Video",
            provider_name="YouTube",
        )
        self._grow_examples(size)
        self.templates = self._other_templates()

    def _grow_examples(self, size: int) -> None:
        ids = {
            name: self.site[name].pk for name in ("target", "draft", "private", "document", "image")
        }
        template = f.BestPracticePageFactory(
            parent=self.site["examples"],
            title="Voorbeeld 1",
            slug="voorbeeld-1",
            summary="Een voorbeeld met alles.",
            start_date=datetime.date(2015, 1, 1),
            body=body_blocks(ids),
            hero_image=self.site["image"],
            hero_alt="Zon",
            funder=self.partner,
            contact_person=self.contact,
            primary_goal=self.goals[0],
        )
        template.themes.set([self.theme])
        template.goals.set(self.goals)
        template.municipalities.set([self.municipality])
        template.partners.set([self.partner])
        template.key_figures = [KeyFigure(value=40, unit="%", label="minder")]
        template.links = [ExternalLink(title="Site", url="https://example.org/")]
        template.save_revision().publish()
        template.refresh_from_db()
        english = translate(template, self.site["en"], "Example 1")
        dutch_only = {3, 5, 7}
        newer = {
            "start_date": datetime.date(2030, 1, 1),
            "first_published_at": template.first_published_at + datetime.timedelta(days=1),
        }
        numbers = [*sorted(dutch_only), *(n for n in range(2, size + 1) if n not in dutch_only)]
        copies = clone_pages(
            template,
            self.site["examples"],
            [
                {
                    "title": f"Voorbeeld {n}",
                    "slug": f"voorbeeld-{n}",
                    **(newer if n in dutch_only else {}),
                }
                for n in numbers
            ],
        )
        clone_pages(
            english,
            english.get_parent(),
            [
                {
                    "title": f"Example {n}",
                    "slug": f"voorbeeld-{n}",
                    "translation_key": copy.translation_key,
                }
                for n, copy in zip(numbers, copies, strict=True)
                if n not in dutch_only
            ],
        )

    def _other_templates(self) -> dict:
        """One page of every other type, each with what its fields can reach."""
        home = self.site["home"]
        year = f.ProgrammeYearPageFactory(parent=home, title="Jaar 1", slug="jaar-1")
        year.partners.set([self.partner])
        year.save_revision().publish()
        theme = f.ThemePageFactory(parent=year, title="Thema 1", number=1)
        theme.goals.set(self.goals)
        theme.save_revision().publish()
        pillar = f.PillarPageFactory(parent=year, title="Pijler 1", number=1)
        activity = f.ActivityPageFactory(parent=year, title="Activiteit 1")
        activity.themes.set([theme])
        activity.save_revision().publish()
        campaign = f.CampaignPageFactory(parent=home, title="Campagne 1", slug="campagne-1")
        campaign.memberships = [
            CampaignMembership(municipality=self.municipality, joined_on=datetime.date.today())
        ]
        campaign.events = [
            CampaignEvent(kind="meetup", title="Bijeenkomst", date=datetime.date.today())
        ]
        campaign.social_accounts = [SocialAccount(network="X", handle="@g4gg")]
        campaign.save_revision().publish()
        issue = f.NewsletterIssuePageFactory(
            parent=self.news, title="Nummer 1", number=1, slug="nr-1"
        )
        templates = {
            "year": (year, home),
            "theme": (theme, year),
            "pillar": (pillar, year),
            "activity": (activity, year),
            "campaign": (campaign, home),
            "issue": (issue, self.news),
        }
        return {
            name: (page.specific_class.objects.get(pk=page.pk), parent)
            for name, (page, parent) in templates.items()
        }

    def grow_others(self, size: int) -> None:
        """`size` of every other page type and of the reference data."""
        have = Agenda.objects.filter(code__startswith="a-").count()
        numbers = range(have + 1, size + 1)
        if not numbers:
            return
        for name, (template, parent) in self.templates.items():
            clone_pages(
                template,
                parent,
                [
                    {
                        "title": f"{template.title} {n}",
                        "slug": f"{name}-{n}",
                        **({"number": n + 100} if hasattr(template, "number") else {}),
                    }
                    for n in numbers
                    if n > 1  # the template is the first
                ],
            )
        nl = self.site["nl"]
        Agenda.objects.bulk_create(
            Agenda(code=f"a-{n}", name=f"Agenda {n}", locale=nl) for n in numbers
        )
        first = Agenda.objects.get(code="a-1")
        Goal.objects.bulk_create(
            Goal(agenda=first, number=n, name=f"Doel {n}", locale=nl) for n in numbers
        )
        countries = Country.objects.bulk_create(
            Country(iso_code=chr(81 + n // 26) + chr(65 + n % 26), name=f"Land {n}", locale=nl)
            for n in numbers
        )
        Organisation.objects.bulk_create(
            Organisation(name=f"Organisatie {n}", country=country)
            for n, country in zip(numbers, countries, strict=True)
        )
        Municipality.objects.bulk_create(
            Municipality(
                cbs_code=f"GM9{n:03d}",
                name=f"Gemeente {n}",
                province=self.municipality.province,
                successor=self.municipality,
            )
            for n in numbers
        )


def _sizes() -> tuple:
    """10 and 50; with 200 as well when VNG_LARGE_TESTS=1."""
    return LARGE_SIZES if os.environ.get("VNG_LARGE_TESTS") == "1" else SIZES


@pytest.fixture(scope="module")
def growing(django_db_setup, django_db_blocker):
    """The site with as many examples as the sizes checked need, made once per module."""
    with rolled_back(django_db_blocker):
        yield Growing(build_site(), max(_sizes()))


@pytest.fixture
def sizes():
    return _sizes()


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


def _check_every_field_of_every_list(growing, client, field, locale, sizes):
    counts = {}
    for size in sizes:
        document = f"query($locale: String) {{ {field}: {_lists(size)[field]} }}"
        counts[size], body = _count(client, document, locale)
        assert len(body["data"][field]["results"]) == size
    assert len(set(counts.values())) == 1, counts


@pytest.mark.parametrize(
    ("field", "locale"),
    [(field, locale) for field in ("bestPractices", "pages", "search") for locale in ("nl", "en")],
)
def test_every_field_of_every_list_is_flat(growing, client, no_limits, sizes, field, locale):
    _check_every_field_of_every_list(growing, client, field, locale, sizes)


OTHER_LISTS = {
    "programmes": "programmes(locale: $locale) { ITEM }",
    "themes": "themes(locale: $locale) { ITEM }",
    "pillars": "pillars(locale: $locale) { ITEM }",
    "activities": "activities(locale: $locale) { ITEM }",
    "campaigns": "campaigns(locale: $locale) { ITEM }",
    "newsletterIssues": "newsletterIssues(locale: $locale, pagination: {limit: 500})"
    " { totalCount results { ITEM } }",
    "goals": 'goals(locale: $locale, agenda: "a-1") { ITEM }',
    "agendas": "agendas(locale: $locale) { ITEM }",
    "countries": "countries(locale: $locale) { ITEM }",
    "organisations": "organisations(locale: $locale) { ITEM }",
    "municipalities": "municipalities(locale: $locale, pagination: {limit: 500})"
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


def test_every_other_list_is_flat(growing, client, no_limits, sizes):
    documents = {
        field: "query($locale: String) { FIELD: LIST }".replace("FIELD", field).replace(
            "LIST", template.replace("ITEM", selection(ITEM_TYPES[field], 2))
        )
        for field, template in OTHER_LISTS.items()
    }
    counts = {}
    for size in sizes:
        growing.grow_others(size)
        counts[size] = {}
        for field, document in documents.items():
            counts[size][field], body = _count(client, document, "en")
            results = body["data"][field]
            if isinstance(results, dict):
                results = results["results"]
            assert len(results) >= size, (field, len(results))
    not_flat = {
        field: [counts[size][field] for size in sizes]
        for field in documents
        if len({counts[size][field] for size in sizes}) > 1
    }
    assert not not_flat, not_flat


def _every_field_of_50_examples(client) -> int:
    """Queries for the list of 50 with every field of the item type selected: each relation,
    block and tree field with its own fields (`selection(…, 1)`)."""
    examples = selection("BestPracticePage", 1)
    document = (
        "query($locale: String) { bestPractices(locale: $locale, pagination: {limit: 50})"
        f" {{ totalCount results {{ {examples} }} }} }}"
    )
    queries, body = _count(client, document, "en")
    assert len(body["data"]["bestPractices"]["results"]) == 50
    return queries


def test_the_example_list_with_every_field_does_not_get_dearer(growing, client, no_limits):
    # 25 today: the list 1 and its total 1 (the list goes on past this page, so `totalCount`
    # is a COUNT of its own), translations 1, translationStatus 3, seo's share images 1, parent
    # and ancestors 3 (the versions at their paths, one per page type), children 2, the body's
    # references 4 (images, pages, documents, embeds, whatever the languages on the page), the
    # relations 6 (their links in one query, one per target model), key figures and links 2,
    # renditions 1.
    assert _every_field_of_50_examples(client) <= 25


def test_the_example_list_with_every_field_stays_within_budget(growing, client, no_limits):
    assert _every_field_of_50_examples(client) <= 25


def test_direct_resolvers_answer_as_strawberrys_general_path(growing, client, no_limits):
    """`graphql_api.plain_fields` gives plain columns and argument-less resolvers a shortcut;
    every field of every list answers the same through strawberry's own path."""
    fields = [
        field
        for graphql_type in schema._schema.type_map.values()
        if isinstance(graphql_type, GraphQLObjectType)
        for field in graphql_type.fields.values()
        if GENERAL in field.extensions
    ]
    assert len(fields) > 100
    for name in ("bestPractices", "pages", "search"):
        for locale in ("nl", "en", "ar"):
            document = f"query($locale: String) {{ {name}: {_lists(10)[name]} }}"
            _queries, direct = _count(client, document, locale)
            with pytest.MonkeyPatch.context() as patch:
                for field in fields:
                    patch.setattr(field, "resolve", field.extensions[GENERAL])
                _queries, general = _count(client, document, locale)
            assert direct == general, (name, locale)
