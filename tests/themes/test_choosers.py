"""The searchable choosers on the page forms: municipalities by name, code or province (with the
province, code and a merged marker shown), countries in the page's language, partner
organisations with "create new", and goals grouped by agenda with their colour."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale

from tests.factories import (
    AgendaFactory,
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    CountryFactory,
    GoalFactory,
    MunicipalityFactory,
    ProvinceFactory,
)
from tests.themes.editors import create_editor, log_in
from themes.models import Organisation

SEARCH = "/admin/autocomplete/search/"
CREATE = "/admin/autocomplete/create/"
OBJECTS = "/admin/autocomplete/objects/"


@pytest.fixture
def editor_client(client, db):
    log_in(client, create_editor())
    return client


@pytest.fixture
def places(db):
    south_holland = ProvinceFactory(cbs_code="PV28", iso_code="NL-ZH", name="Zuid-Holland")
    rotterdam = MunicipalityFactory(cbs_code="GM0599", name="Rotterdam", province=south_holland)
    rozenburg = MunicipalityFactory(
        cbs_code="GM0588",
        name="Rozenburg",
        province=south_holland,
        valid_to=datetime.date(2010, 3, 17),
        successor=rotterdam,
    )
    MunicipalityFactory(cbs_code="GM0363", name="Amsterdam", province=ProvinceFactory())
    return {"rotterdam": rotterdam, "rozenburg": rozenburg}


def found(client, model_label, query):
    response = client.post(SEARCH, {"type": model_label, "query": query})
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_municipalities_are_found_by_name_code_and_province(editor_client, places):
    assert found(editor_client, "themes.Municipality", "Rott") == [
        "Rotterdam — Zuid-Holland, GM0599"
    ]
    assert found(editor_client, "themes.Municipality", "gm0599") == [
        "Rotterdam — Zuid-Holland, GM0599"
    ]
    # Existing municipalities first, merged ones marked with the date they ended.
    assert found(editor_client, "themes.Municipality", "Zuid-Holland") == [
        "Rotterdam — Zuid-Holland, GM0599",
        "Rozenburg — Zuid-Holland, GM0588 (merged March 17, 2010)",
    ]


def test_the_chosen_municipalities_are_shown_with_their_labels(editor_client, places):
    pks = f"{places['rotterdam'].pk},{places['rozenburg'].pk}"
    response = editor_client.get(OBJECTS, {"type": "themes.Municipality", "pks": pks})
    assert sorted(item["title"] for item in response.json()["items"]) == [
        "Rotterdam — Zuid-Holland, GM0599",
        "Rozenburg — Zuid-Holland, GM0588 (merged March 17, 2010)",
    ]


def test_countries_are_offered_in_the_page_language_only(editor_client, db):
    french = Locale.objects.get(language_code="fr")
    CountryFactory(iso_code="BF", name="Burkina Faso")
    CountryFactory(iso_code="BF", name="Burkina Faso (fr)", locale=french)
    CountryFactory(iso_code="NL", name="Nederland")
    assert found(editor_client, "themes.Country@fr", "bf") == ["Burkina Faso (fr) (BF)"]
    assert found(editor_client, "themes.Country@nl", "bf") == ["Burkina Faso (BF)"]


@pytest.mark.parametrize("model_label", ["auth.User", "wagtailcore.Page", "themes.Goal", ""])
def test_other_models_cannot_be_searched_through_the_choosers(editor_client, model_label):
    assert editor_client.post(SEARCH, {"type": model_label, "query": "a"}).status_code == 400
    assert editor_client.get(OBJECTS, {"type": model_label, "pks": "1"}).status_code == 400
    assert editor_client.post(CREATE, {"type": model_label, "value": "x"}).status_code == 400


def test_the_choosers_need_admin_access(client, places):
    response = client.post(SEARCH, {"type": "themes.Municipality", "query": "Rott"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_editor_creates_a_missing_partner_organisation(editor_client, db):
    response = editor_client.post(
        CREATE, {"type": "themes.Organisation", "value": "  Cités Unies France "}
    )
    assert response.status_code == 200
    created = Organisation.objects.get(name="Cités Unies France")
    assert response.json() == {"pk": created.pk, "title": "Cités Unies France"}


def test_creating_needs_the_add_permission(client, db):
    editor = create_editor()
    editor.groups.first().permissions.remove(Permission.objects.get(codename="add_organisation"))
    log_in(client, editor)
    response = client.post(CREATE, {"type": "themes.Organisation", "value": "Nieuw"})
    assert response.status_code == 403
    assert not Organisation.objects.filter(name="Nieuw").exists()


def test_a_too_long_name_is_refused_with_the_reason(editor_client, db):
    response = editor_client.post(CREATE, {"type": "themes.Organisation", "value": "x" * 300})
    assert response.status_code == 400
    assert "name" in response.json()
    assert not Organisation.objects.exists()


def test_the_edit_form_offers_choosers_and_goals_grouped_by_agenda(editor_client, home_page):
    index = BestPracticeIndexPageFactory(parent=home_page)
    page = BestPracticePageFactory(parent=index)
    sdg = AgendaFactory(code="sdg", short_name="SDGs", sort_order=1)
    mdg = AgendaFactory(code="mdg", short_name="MDGs", is_historical=True, sort_order=2)
    GoalFactory(agenda=sdg, number=1, name="No poverty", colour="#E5243B")
    GoalFactory(agenda=mdg, number=1, name="Eradicate extreme poverty", colour="#123456")
    CountryFactory(iso_code="NL", name="Nederland")
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    for field in ["municipalities", "partner_countries", "partners"]:
        assert f'data-autocomplete-input-name="{field}"' in html
    # Countries are searched in the page's language (Dutch here).
    assert 'data-autocomplete-input-type="themes.Country@nl"' in html
    assert "SDGs" in html and "MDGs (historical)" in html
    assert html.index("SDGs") < html.index("1. No poverty") < html.index("MDGs (historical)")
    assert "background:#E5243B" in html and "background:#123456" in html
