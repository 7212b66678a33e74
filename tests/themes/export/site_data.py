"""A small multilingual site for the export tests, built once per test module.

Dutch is the source language. Examples (all below "Voorbeelden"):

    "Zonnestroom delen"   promoted; en by a person ("Sharing solar power"); ar by machine;
                          hero image, goals 7 and 11, theme, partner country Ghana, a body
                          with a link to "Afval scheiden", a heading, a quote and an image
    "Afval scheiden"      promoted; en by a person ("Separating waste"); no ar → ar falls back
                          to en
    "Alleen Nederlands"   promoted; no translation → en and ar fall back to nl
    "Concept"             promoted, never published (draft)               → in no export
    "Besloten"            promoted, live, login required (private)        → in no export
    "Niet gepromoot"      live, not flagged; en "Not promoted" live        → in no export
"""

import datetime
import io
from contextlib import contextmanager

import pytest
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from wagtail.models import PageViewRestriction, Site

from home.models import CreditedImage
from tests import factories as f
from themes.localization.machine import machine_translate
from themes.localization.strings import translate_with_strings

PROMOTED_EN = ["Alleen Nederlands", "Separating waste", "Sharing solar power"]
PROMOTED_AR = ["[MT:ar] Zonnestroom delen", "Alleen Nederlands", "Separating waste"]


def png_file(name, width, height):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 120, 60)).save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def body(ids):
    return [
        {"type": "heading", "id": "h1", "value": {"text": "Hoe het werkt", "level": "h2"}},
        {
            "type": "paragraph",
            "id": "p1",
            "value": f'<p data-block-key="k1">Zie ook <a linktype="page" id="{ids["waste"]}">afval '
            f'scheiden</a> en <a linktype="page" id="{ids["draft"]}">het concept</a>.</p>',
        },
        {
            "type": "quote",
            "id": "q1",
            "value": {"text": "Samen gaat het sneller.", "attribution": "De wethouder"},
        },
        {
            "type": "image",
            "id": "i1",
            "value": {
                "image": ids["image"],
                "alt": "Panelen op een dak",
                "caption": "",
                "credit": "",
            },
        },
    ]


def build_export_site():
    home = Site.objects.get(is_default_site=True).root_page.specific
    translate_with_strings(home, "en", {}, publish=True)
    translate_with_strings(home, "ar", {}, publish=True)
    index = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden", slug="voorbeelden")
    translate_with_strings(index, "en", {"Voorbeelden": "Examples"}, publish=True)
    translate_with_strings(index, "ar", {"Voorbeelden": "أمثلة"}, publish=True)

    agenda = f.AgendaFactory()
    energy = f.GoalFactory(
        agenda=agenda, number=7, name="Betaalbare en duurzame energie", colour="#FCC30B"
    )
    cities = f.GoalFactory(agenda=agenda, number=11, name="Duurzame steden", colour="#FD9D24")
    translate_with_strings(energy, "en", {energy.name: "Affordable and Clean Energy"})
    translate_with_strings(cities, "en", {cities.name: "Sustainable Cities and Communities"})
    translate_with_strings(cities, "ar", {cities.name: "المدن والمجتمعات المستدامة"})
    ghana = f.CountryFactory(iso_code="GH", name="Ghana")
    utrecht = f.MunicipalityFactory(cbs_code="GM0344", name="Utrecht")

    programme = f.ProgrammeYearPageFactory(parent=home, title="Beleidsopdracht 2016", slug="2016")
    theme = f.ThemePageFactory(
        parent=programme, title="Duurzaamheid", slug="duurzaamheid", number=4
    )
    f.CampaignPageFactory(parent=home, slug="g4gg")

    image = CreditedImage.objects.create(
        title="Zonnepanelen",
        file=png_file("export-zon.png", 1600, 900),
        credit="Foto: Gemeente Utrecht",
    )

    def example(title, slug, **extra):
        extra.setdefault("promote_internationally", True)
        return f.BestPracticePageFactory(
            parent=index, title=title, slug=slug, start_date=datetime.date(2016, 3, 1), **extra
        )

    waste = example("Afval scheiden", "afval-scheiden", summary="Inwoners scheiden hun afval.")
    draft = example("Concept", "concept", live=False)
    private = example("Besloten", "besloten")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    unflagged = example("Niet gepromoot", "niet-gepromoot", promote_internationally=False)
    dutch_only = example("Alleen Nederlands", "alleen-nederlands")
    solar = example(
        "Zonnestroom delen",
        "zonnestroom-delen",
        summary="Buren delen de stroom van één dak.",
        end_date=datetime.date(2018, 12, 31),
        partner_cities="Kumasi",
        hero_image=image,
        hero_alt="Zonnepanelen op het stadhuis",
        body=body({"waste": waste.pk, "draft": draft.pk, "image": image.pk}),
    )
    solar.goals.set([energy, cities])
    solar.themes.set([theme])
    solar.partner_countries.set([ghana])
    solar.municipalities.set([utrecht])
    solar.save_revision().publish()

    waste_en = translate_with_strings(
        waste, "en", {"Afval scheiden": "Separating waste", "afval-scheiden": "separating-waste"}
    )
    solar_en = translate_with_strings(
        solar,
        "en",
        {
            "Zonnestroom delen": "Sharing solar power",
            "zonnestroom-delen": "sharing-solar-power",
            "Buren delen de stroom van één dak.": "Neighbours share the power of one roof.",
        },
    )
    solar_ar = machine_translate(solar, "ar", publish=True)
    unflagged_en = translate_with_strings(unflagged, "en", {"Niet gepromoot": "Not promoted"})
    return {
        "home": home,
        "index": index,
        "solar": solar,
        "solar_en": solar_en,
        "solar_ar": solar_ar,
        "waste": waste,
        "waste_en": waste_en,
        "dutch_only": dutch_only,
        "draft": draft,
        "private": private,
        "unflagged": unflagged,
        "unflagged_en": unflagged_en,
        "image": image,
    }


@contextmanager
def rolled_back(django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)
            caches["default"].clear()


@pytest.fixture(scope="module")
def export_site(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield build_export_site()
