"""Fixed vocabularies are enums with the same values on output and in filters, with labels in
the language asked for; numbers keep their meaning."""

from decimal import Decimal

import pytest

from graphql_api.choices import VOCABULARIES
from graphql_api.numbers import plain_decimal
from graphql_api.schema import schema

pytestmark = pytest.mark.django_db

CHOICES = """query ($field: ChoiceField!, $locale: String) {
  choices(field: $field, locale: $locale) { value label }
}"""


def test_labels_in_every_language(gql):
    labels = {
        code: {c["value"]: c["label"] for c in gql(CHOICES, {"field": "REGION", "locale": code})[
            "data"]["choices"]}
        for code in ("nl", "en", "fr", "es", "ar")
    }  # fmt: skip
    assert labels["en"]["WORLD_WIDE"] == "World wide"
    assert labels["nl"]["WORLD_WIDE"] == "Wereldwijd"
    assert labels["fr"]["NETHERLANDS"] == "Pays-Bas"
    assert labels["es"]["LATIN_AMERICA"] == "América Latina y el Caribe"
    assert labels["ar"]["EUROPE"] == "أوروبا"
    events = gql(CHOICES, {"field": "EVENT_KIND", "locale": "nl"})["data"]["choices"]
    assert {"value": "FLAG_DAY", "label": "Vlaggendag"} in events


@pytest.mark.parametrize("field", sorted(VOCABULARIES))
def test_choice_values_are_the_enum_values(field, gql):
    values = [c["value"] for c in gql(CHOICES, {"field": field})["data"]["choices"]]
    enum_name = "".join(part.capitalize() for part in field.split("_"))
    enum = schema.get_type_by_name(enum_name)
    assert values == [value.name for value in enum.values]


def test_unknown_locale_is_refused_with_the_valid_ones(gql):
    body = gql(CHOICES, {"field": "REGION", "locale": "de"}, expect_errors=True)
    assert "nl, en, fr, es, ar" in body["errors"][0]["message"]


def test_output_values_work_as_filter_input(tree, gql):
    listed = gql("""{ bestPractices(pagination: {limit: 50}) {
      results { id region origin awardCategory } } }""")["data"]["bestPractices"]["results"]
    waste = next(item for item in listed if item["id"] == tree.id("waste"))
    assert (waste["region"], waste["origin"], waste["awardCategory"]) == (
        "AFRICA",
        "INTERNATIONAL",
        None,
    )
    query = (
        "query ($region: Region) { bestPractices(filters: {region: $region}) { results { id } } }"
    )
    found = gql(query, {"region": waste["region"]})["data"]["bestPractices"]["results"]
    assert tree.id("waste") in [item["id"] for item in found]
    year = gql("{ programmes { year region } }")["data"]["programmes"][0]
    assert isinstance(year["year"], int)
    assert year["region"] in {value.name for value in schema.get_type_by_name("Region").values}


@pytest.mark.parametrize(
    ("stored", "given"),
    [("40.00", "40"), ("2016.00", "2016"), ("12.50", "12.5"), ("1250.5", "1250.5"), ("0.00", "0")],
)
def test_amounts_are_written_one_way(stored, given):
    assert str(plain_decimal(Decimal(stored))) == given
