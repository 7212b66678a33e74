"""Every admin listing with a search box answers a search on SQLite and PostgreSQL, and the
reference data is found by its codes, acronyms and names.

The listings are discovered from the URL configuration (every Wagtail listing view reachable
without arguments: snippets, images, documents, users, groups, reports, …) plus the page explorer,
the page search and the choosers, so a listing added later is covered without editing this file.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.documents import get_document_model
from wagtail.models import Site
from wagtail.snippets.models import get_snippet_models

from tests.factories import (
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    ContactPersonFactory,
    CountryFactory,
    GoalFactory,
    ImageFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ProvinceFactory,
)
from tests.graphql_api.tree import rolled_back
from themes.models import Agenda, Country, Goal, Municipality, Organisation, Province

# What an editor types: a word prefix, and input meant to break a full-text query parser.
QUERIES = ["Rott", '"Rott* OR (AND -"', "GM0599"]


def _walk(patterns, namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, inner)
        elif pattern.name and not pattern.pattern.regex.groups:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name, pattern.callback


def searchable_listing_url_names():
    """The names of the admin's listing views that take no URL arguments and show a search box."""
    names = []
    for name, callback in _walk(get_resolver().url_patterns):
        view_class = getattr(callback, "view_class", None)
        if (
            view_class
            and issubclass(view_class, BaseListingView)
            and view_class.is_searchable is not False
        ):
            names.append(name)
    # A listing and its `…_results` twin run the same search; the search box fetches the twin.
    return sorted(name for name in names if f"{name}_results" not in names)


LISTINGS = searchable_listing_url_names()


@pytest.fixture(scope="module")
def searchable_content(django_db_setup, django_db_blocker):
    """One object of every kind the listings show, all named or coded to match the queries."""
    with rolled_back(django_db_blocker):
        home_page = Site.objects.get(is_default_site=True).root_page
        _create_searchable_content(home_page)
        yield home_page


def _create_searchable_content(home_page):
    south_holland = ProvinceFactory(cbs_code="PV28", iso_code="NL-ZH", name="Zuid-Holland")
    MunicipalityFactory(cbs_code="GM0599", name="Rotterdam", province=south_holland)
    MunicipalityFactory(cbs_code="GM0363", name="Amsterdam", province=ProvinceFactory())
    CountryFactory(iso_code="BF", name="Burkina Faso")
    OrganisationFactory(name="United Cities and Local Governments", acronym="UCLG")
    OrganisationFactory(name="Rotterdam Partners")
    GoalFactory(number=11, name="Sustainable cities and communities")
    ContactPersonFactory(name="Roos Rotteveel")
    index = BestPracticeIndexPageFactory(parent=home_page, title="Voorbeelden")
    BestPracticePageFactory(parent=index, title="Rotterdam klimaatbestendig")
    ImageFactory(title="Rotterdam haven")
    get_document_model().objects.create(title="Rotterdam rapport")


@pytest.fixture
def admin_client_en(client, db):
    user = get_user_model().objects.create_superuser(
        "searcher", "searcher@vng-international.example", "searcher-password"
    )
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def test_the_walk_finds_the_listings_editors_search():
    for expected in [
        "wagtailsnippets_themes_municipality:list_results",
        "wagtailsnippets_themes_country:list_results",
        "wagtailsnippets_themes_organisation:list_results",
        "wagtailimages:index_results",
        "wagtaildocs:index_results",
        "wagtailusers_users:index_results",
    ]:
        assert expected in LISTINGS


def assert_searches_answer(client, url):
    """`url` answers every query as it answers no query at all (a listing, or a redirect)."""
    unsearched = client.get(url).status_code
    assert unsearched in (200, 302), f"{url} answered {unsearched}"
    for query in QUERIES:
        status = client.get(url, {"q": query}).status_code
        assert status == unsearched, f"{url}?q={query} answered {status}"


@pytest.mark.parametrize("url_name", LISTINGS)
def test_every_listing_answers_a_search(admin_client_en, searchable_content, url_name):
    assert_searches_answer(admin_client_en, reverse(url_name))


def test_the_page_explorer_page_search_and_choosers_answer_a_search(
    admin_client_en, searchable_content
):
    urls = [
        reverse("wagtailadmin_explore", args=[searchable_content.pk]),
        reverse("wagtailadmin_pages:search"),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_search"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs_chooser:choose"),
    ]
    urls += [
        reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
        for model in get_snippet_models()
    ]
    for url in urls:
        assert_searches_answer(admin_client_en, url)


def listed(client, model, query):
    """The objects the snippet listing of `model` shows for the search `query`."""
    url_name = model.snippet_viewset.get_url_name("list_results")
    response = client.get(reverse(url_name), {"q": query})
    assert response.status_code == 200
    return sorted(str(obj) for obj in response.context["object_list"])


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        (Municipality, "Rott", ["Rotterdam"]),
        (Municipality, "GM0599", ["Rotterdam"]),
        (Municipality, "gm03", ["Amsterdam"]),
        (Municipality, "Zuid-Holland", ["Rotterdam"]),
        (Province, "PV28", ["Zuid-Holland"]),
        (Province, "NL-ZH", ["Zuid-Holland"]),
        (Country, "BF", ["Burkina Faso"]),
        (Country, "Burk", ["Burkina Faso"]),
        (Organisation, "UCLG", ["United Cities and Local Governments (UCLG)"]),
        (Organisation, "Rott", ["Rotterdam Partners"]),
        (Agenda, "sdg", ["Sustainable Development Goals"]),
        (Goal, "11", ["11. Sustainable cities and communities"]),
    ],
)
def test_reference_data_is_found_by_code_acronym_and_name(
    admin_client_en, searchable_content, model, query, expected
):
    assert listed(admin_client_en, model, query) == expected
