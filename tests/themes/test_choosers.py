"""Searchable choosers on the example form: municipalities (province and CBS code shown, merged
ones marked), countries and partner organisations (with "create new"); goals grouped by agenda
with their colour."""

import datetime
import json

import pytest
from django.http import QueryDict
from django.urls import reverse
from wagtail.models import Locale, Page

from tests.factories import (
    AgendaFactory,
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    CountryFactory,
    GoalFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ProvinceFactory,
)
from tests.themes.editors import create_editor, log_in
from themes.choosers import ReferenceAutocomplete
from themes.models import Municipality, Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(home_page):
    south = ProvinceFactory(cbs_code="PV28", iso_code="NL-ZH", name="Zuid-Holland")
    rotterdam = MunicipalityFactory(cbs_code="GM0599", name="Rotterdam", province=south)
    MunicipalityFactory(
        cbs_code="GM0491",
        name="Rozenburg",
        province=south,
        valid_to=datetime.date(2009, 12, 31),
        successor=rotterdam,
    )
    MunicipalityFactory(cbs_code="GM0363", name="Amsterdam")
    sdg = AgendaFactory(code="sdg", name="Global Goals", short_name="SDG", sort_order=1)
    mdg = AgendaFactory(code="mdg", name="Millennium Goals", short_name="MDG", sort_order=2)
    GoalFactory(agenda=sdg, number=1, name="No Poverty", colour="#E5243B")
    GoalFactory(agenda=mdg, number=1, name="End Hunger", colour="#123456")
    CountryFactory(iso_code="BF", name="Burkina Faso")
    CountryFactory(
        iso_code="BF", name="Burkina Faso (fr)", locale=Locale.objects.get(language_code="fr")
    )
    OrganisationFactory(name="United Cities and Local Governments", acronym="UCLG")
    index = BestPracticeIndexPageFactory(parent=home_page, title="Voorbeelden", slug="voorbeelden")
    return {"rotterdam": rotterdam, "page": BestPracticePageFactory(parent=index)}


def search(client, model, query):
    response = client.post(
        "/admin/autocomplete/search/", {"type": model, "query": query, "limit": "20"}
    )
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_typing_finds_municipalities_with_province_and_code_and_marks_merged_ones(client, data):
    log_in(client, create_editor())
    assert search(client, "themes.Municipality", "Ro") == [
        "Rotterdam — Zuid-Holland, GM0599",
        "Rozenburg — Zuid-Holland, GM0491 (merged 2009 into Rotterdam)",
    ]
    [amsterdam] = search(client, "themes.Municipality", "gm0363")
    assert amsterdam.startswith("Amsterdam — ") and amsterdam.endswith(", GM0363")


def test_countries_and_organisations_are_found_by_name_code_and_acronym(client, data):
    log_in(client, create_editor())
    assert search(client, "themes.Country", "burk") == ["Burkina Faso (BF)"]
    assert search(client, "themes.Country", "bf") == ["Burkina Faso (BF)"]
    assert search(client, "themes.Organisation", "uclg") == [
        "United Cities and Local Governments (UCLG)"
    ]


def test_only_reference_data_can_be_searched_or_created(client, data):
    log_in(client, create_editor())
    for url in ("/admin/autocomplete/search/", "/admin/autocomplete/create/"):
        response = client.post(url, {"type": "auth.User", "query": "a", "value": "x"})
        assert response.status_code == 400
    assert (
        client.get("/admin/autocomplete/objects/", {"type": "auth.User", "pks": "1"}).status_code
        == 400
    )
    # Municipalities come from the CBS list: no "create new".
    response = client.post(
        "/admin/autocomplete/create/", {"type": "themes.Municipality", "value": "X"}
    )
    assert response.status_code == 400


def test_an_editor_creates_a_partner_organisation_from_the_chooser(client, data, django_user_model):
    log_in(client, create_editor())
    response = client.post(
        "/admin/autocomplete/create/", {"type": "themes.Organisation", "value": " Cités Unies "}
    )
    created = Organisation.objects.get(name="Cités Unies")
    assert response.json() == {"pk": created.pk, "title": "Cités Unies"}


def test_the_form_saves_the_choosers_json_and_plain_ids(client, data):
    editor = create_editor()
    log_in(client, editor)
    page = data["page"]
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    html = client.get(url).content.decode()
    assert 'data-autocomplete-input-type="themes.Municipality"' in html
    assert "data-autocomplete-input-can-create" in html  # partners
    # Goals in one group per agenda, numbered with the agenda's name, each with its colour.
    assert "SDG 1 · No Poverty" in html and "MDG 1 · End Hunger" in html
    assert "background:#E5243B" in html
    goals = html[html.index('data-contentpath="goals"') :]
    order = [
        goals.index(text) for text in ("Global Goals", "SDG 1 ·", "Millennium Goals", "MDG 1 ·")
    ]
    assert order == sorted(order)

    widget = ReferenceAutocomplete(Municipality, is_single=False)

    chosen = json.dumps([{"pk": data["rotterdam"].pk, "title": "Rotterdam"}])
    assert widget.value_from_datadict(QueryDict(f"m={chosen}"), {}, "m") == [data["rotterdam"].pk]
    assert widget.value_from_datadict(QueryDict("m=3&m=4"), {}, "m") == ["3", "4"]
    assert widget.value_from_datadict(QueryDict("m=3"), {}, "m") == ["3"]
    assert widget.value_from_datadict(QueryDict(""), {}, "m") == []
    assert Page.objects.filter(pk=page.pk).exists()
