"""Every admin listing with a search box answers a search, on SQLite and on PostgreSQL (run this
module with DATABASE_URL pointing at either), and reference data is found by code, acronym and name.
"""

import datetime

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.views.generic.base import BaseListingView

from tests.factories import (
    AgendaFactory,
    ContactPersonFactory,
    CountryFactory,
    GoalFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ProvinceFactory,
)
from tests.themes.editors import create_editor, log_in


def admin_listings():
    """(url name, url) of every admin listing view that takes no URL arguments."""

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                view_class = getattr(pattern.callback, "view_class", None)
                if view_class and issubclass(view_class, BaseListingView):
                    yield namespace + pattern.name, pattern

    for name, pattern in walk(get_resolver().url_patterns):
        if pattern.pattern.regex.groups == 0:
            yield name, reverse(name)


@pytest.fixture
def reference_data(db):
    province = ProvinceFactory(cbs_code="PV28", iso_code="NL-ZH", name="Zuid-Holland")
    sdgs = AgendaFactory(code="sdg", name="Sustainable Development Goals", short_name="SDGs")
    return {
        "municipality": MunicipalityFactory(cbs_code="GM0599", name="Rotterdam", province=province),
        "merged": MunicipalityFactory(
            cbs_code="GM0491",
            name="Oud-Rotterdam",
            province=province,
            valid_to=datetime.date(1999, 12, 31),
        ),
        "province": province,
        "agenda": sdgs,
        "goal": GoalFactory(agenda=sdgs, number=11, name="Sustainable Cities and Communities"),
        "country": CountryFactory(iso_code="BF", name="Burkina Faso"),
        "organisation": OrganisationFactory(
            name="United Cities and Local Governments", acronym="UCLG"
        ),
        "contact": ContactPersonFactory(name="Anna de Vries", role="programme manager"),
    }


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    log_in(client, user)
    return client


def test_every_searchable_admin_listing_answers_a_search(superuser_client, reference_data):
    searched = []
    for name, url in admin_listings():
        response = superuser_client.get(url)
        if response.status_code != 200 or not response.context.get("search_form"):
            continue
        response = superuser_client.get(url, {"q": "Rott"})
        assert response.status_code == 200, f"Searching {name} ({url}) fails."
        searched.append(name)
    # The walk reaches the reference data, the page search, images and documents.
    for expected in (
        "wagtailsnippets_themes_municipality:list",
        "wagtailsnippets_themes_country:list",
        "wagtailsnippets_themes_organisation:list",
        "wagtailsnippets_themes_agenda:list",
        "wagtailsnippets_themes_goal:list",
        "wagtailsnippets_themes_contactperson:list",
        "wagtailimages:index",
        "wagtaildocs:index",
    ):
        assert expected in searched


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        ("municipality", "Rott", ["Oud-Rotterdam", "Rotterdam"]),
        ("municipality", "GM0599", ["Rotterdam"]),
        ("province", "PV28", ["Zuid-Holland"]),
        ("province", "NL-ZH", ["Zuid-Holland"]),
        ("country", "BF", ["Burkina Faso"]),
        ("country", "Burk", ["Burkina Faso"]),
        ("organisation", "UCLG", ["United Cities and Local Governments (UCLG)"]),
        ("organisation", "Local Gov", ["United Cities and Local Governments (UCLG)"]),
        ("agenda", "SDGs", ["Sustainable Development Goals"]),
        ("agenda", "sdg", ["Sustainable Development Goals"]),
        ("goal", "Cities", ["11. Sustainable Cities and Communities"]),
        ("contactperson", "Vries", ["Anna de Vries"]),
    ],
)
def test_reference_data_is_found_by_code_acronym_and_name(
    client, reference_data, model, query, expected
):
    log_in(client, create_editor())
    url = reverse(f"wagtailsnippets_themes_{model}:list_results")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    found = sorted(str(obj) for obj in response.context["object_list"])
    assert found == expected
