"""Load the reference snippets of the demo in the source language (Dutch).

Every row is looked up by its natural key (CBS/ISO code, agenda code + goal number, name) and
only created when missing, so loading twice changes nothing.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from wagtail.models import Locale

from themes.demo import agendas
from themes.demo import reference as data
from themes.demo.best_practices_municipal import MUNICIPAL_PRACTICES
from themes.models import (
    Agenda,
    ContactPerson,
    Country,
    Goal,
    Municipality,
    Organisation,
    Province,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def read_csv(name: str) -> list[dict[str, str]]:
    """The rows of one of the project's reference CSV files in themes/data/."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass
class Reference:
    """The source-language reference objects, by natural key, for the page builders."""

    locale: Locale
    provinces: dict[str, Province] = field(default_factory=dict)
    municipalities: dict[str, Municipality] = field(default_factory=dict)
    agendas: dict[str, Agenda] = field(default_factory=dict)
    sdgs: dict[int, Goal] = field(default_factory=dict)
    millennium_goals: dict[int, Goal] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    contacts: dict[str, ContactPerson] = field(default_factory=dict)
    created: int = 0

    def keep(self, pair) -> object:
        """Count a `get_or_create` result and return the object."""
        instance, created = pair
        self.created += int(created)
        return instance


def load_reference(locale: Locale) -> Reference:
    ref = Reference(locale=locale)
    _load_places(ref)
    _load_agendas(ref)
    _load_countries_and_people(ref)
    return ref


def _load_places(ref: Reference) -> None:
    for row in read_csv("provinces.csv"):
        ref.provinces[row["cbs_code"]] = ref.keep(
            Province.objects.get_or_create(
                cbs_code=row["cbs_code"],
                defaults={"iso_code": row["iso_code"], "name": row["name"]},
            )
        )
    for row in read_csv("municipalities_sample.csv"):
        code = row["gm_code"]
        ref.municipalities[code] = ref.keep(
            Municipality.objects.get_or_create(
                cbs_code=code,
                defaults={
                    "name": row["name"],
                    "province": ref.provinces[row["province_cbs_code"]],
                    "valid_from": data.MUNICIPALITY_VALID_FROM.get(code),
                },
            )
        )
    for merged in data.MERGED_MUNICIPALITIES:
        ref.municipalities[merged["cbs_code"]] = ref.keep(
            Municipality.objects.get_or_create(
                cbs_code=merged["cbs_code"],
                defaults={
                    "name": merged["name"],
                    "province": ref.provinces[merged["province"]],
                    "valid_to": merged["valid_to"],
                    "successor": ref.municipalities[merged["successor"]],
                },
            )
        )


def _load_agendas(ref: Reference) -> None:
    for spec in agendas.AGENDAS:
        text = spec["text"]["nl"]
        ref.agendas[spec["code"]] = ref.keep(
            Agenda.objects.get_or_create(
                code=spec["code"],
                locale=ref.locale,
                defaults={
                    "name": text["name"],
                    "short_name": text["short_name"],
                    "description": text["description"],
                    "adopted_on": spec["adopted_on"],
                    "reference": spec["reference"],
                    "is_historical": spec["is_historical"],
                    "sort_order": spec["sort_order"],
                },
            )
        )
    for row in read_csv("sdgs.csv"):
        number = int(row["number"])
        ref.sdgs[number] = ref.keep(
            Goal.objects.get_or_create(
                agenda=ref.agendas["sdg"],
                number=number,
                locale=ref.locale,
                defaults={"name": row["nl"], "colour": row["colour"]},
            )
        )
    for number, colour, names in agendas.MILLENNIUM_GOALS:
        ref.millennium_goals[number] = ref.keep(
            Goal.objects.get_or_create(
                agenda=ref.agendas["mdg"],
                number=number,
                locale=ref.locale,
                defaults={"name": names["nl"], "colour": colour},
            )
        )


def _load_countries_and_people(ref: Reference) -> None:
    for iso_code, names in data.COUNTRIES.items():
        ref.countries[iso_code] = ref.keep(
            Country.objects.get_or_create(
                iso_code=iso_code, locale=ref.locale, defaults={"name": names["nl"]}
            )
        )
    for key, (name, acronym, url, country) in data.ORGANISATIONS.items():
        ref.organisations[key] = ref.keep(
            Organisation.objects.get_or_create(
                name=name,
                defaults={"acronym": acronym, "url": url, "country": ref.countries.get(country)},
            )
        )
    # A municipality funds its own practice: it is the funder of the municipal examples.
    for practice in MUNICIPAL_PRACTICES:
        code = practice["municipalities"][0]
        ref.organisations[code] = ref.keep(
            Organisation.objects.get_or_create(
                name=f"Gemeente {ref.municipalities[code].name}",
                defaults={"country": ref.countries["NL"]},
            )
        )
    for key, person in data.CONTACT_PERSONS.items():
        ref.contacts[key] = ref.keep(
            ContactPerson.objects.get_or_create(
                email=person["email"],
                locale=ref.locale,
                defaults={
                    "name": person["name"],
                    "role": person["role"]["nl"],
                    "organisation": ref.organisations[person["organisation"]],
                    "phone": person["phone"],
                },
            )
        )
