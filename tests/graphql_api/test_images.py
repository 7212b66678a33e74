"""Images: contextual alt text and credit, focal point, and renditions only from the allowlist."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import CreditedImage, CreditedRendition
from tests import factories as f
from tests.graphql_api.content_data import content_site_fixture, graphql, png_file

content_site = content_site_fixture()
pytestmark = pytest.mark.django_db

HERO = """
query ($spec: String!, $widths: [Int!]!, $format: ImageFormat) {
  page(urlPath: "/nl/voorbeelden/stroom-delen/") {
    ... on BestPracticePage {
      heroImage {
        id alt credit width height focalPoint { x y width height }
        rendition(spec: $spec) { url width height }
        srcset(widths: $widths, format: $format)
      }
    }
  }
}
"""
MEDIA = "http://testserver/media/images/content-zon"
ALLOWED_SPECS = (
    "fill-1200x630, fill-800x450, fill-400x300, fill-400x400, width-400, width-800, "
    "width-1200, width-1600"
)


def hero(client, spec="fill-1200x630", widths=(320, 800), image_format="WEBP"):
    return graphql(client, HERO, spec=spec, widths=list(widths), format=image_format)


def test_hero_image_with_the_pages_alt_text_and_the_images_credit(client, content_site):
    answer, _ = hero(client)
    assert answer == {
        "data": {
            "page": {
                "heroImage": {
                    "id": str(content_site["image"].pk),
                    "alt": "Zonnepanelen op het dak van het gemeentehuis",
                    "credit": "Foto: Gemeente Zon",
                    "width": 1000,
                    "height": 500,
                    "focalPoint": {"x": 500, "y": 250, "width": 100, "height": 80},
                    "rendition": {
                        # cropped to 1200:630 around the focal point, never enlarged
                        "url": f"{MEDIA}.faa9cc02.fill-1200x630.png",
                        "width": 954,
                        "height": 500,
                    },
                    "srcset": f"{MEDIA}.width-320.format-webp.webp 320w, "
                    f"{MEDIA}.width-800.format-webp.webp 800w",
                }
            }
        }
    }


def test_widths_above_the_original_are_listed_once_at_the_original_size(client, content_site):
    answer, _ = hero(client, widths=(1600, 800, 1200), image_format=None)
    assert answer["data"]["page"]["heroImage"]["srcset"] == (
        f"{MEDIA}.width-800.png 800w, {MEDIA}.width-1200.png 1000w"
    )


def test_the_original_file_is_never_exposed(client, content_site):
    _, response = hero(client)
    assert "original_images" not in response.content.decode()


def assert_refused(client, message, **arguments):
    renditions = CreditedRendition.objects.count()
    answer, response = hero(client, **arguments)
    assert answer["data"] == {"page": {"heroImage": None}}
    assert [(e["message"], e["extensions"]["code"]) for e in answer["errors"]] == [
        (message, "BAD_USER_INPUT")
    ]
    assert CreditedRendition.objects.count() == renditions
    assert response["Cache-Control"] == "private, no-store"


def test_a_spec_outside_the_allowlist_is_refused_and_makes_no_rendition(client, content_site):
    assert_refused(
        client,
        f"The rendition “fill-4000x4000” is not offered. Use one of: {ALLOWED_SPECS}.",
        spec="fill-4000x4000",
    )
    assert_refused(
        client,
        f"The rendition “original” is not offered. Use one of: {ALLOWED_SPECS}.",
        spec="original",
    )


def test_widths_outside_the_allowlist_are_refused(client, content_site):
    assert_refused(
        client,
        "The width(s) 321, 5000 are not offered. "
        "Use some of: 320, 480, 640, 800, 960, 1200, 1600, 2000.",
        widths=(320, 321, 5000),
    )
    assert_refused(client, "Give at least one width for the srcset.", widths=())


def test_formats_can_be_narrowed_in_settings(client, content_site, settings):
    settings.VNG_IMAGE_FORMATS = ["webp", "jpeg"]
    assert_refused(
        client, "The format “avif” is not offered. Use one of: webp, jpeg.", image_format="AVIF"
    )


def test_a_spec_added_to_the_allowlist_works(client, content_site, settings):
    settings.VNG_IMAGE_RENDITIONS = [*settings.VNG_IMAGE_RENDITIONS, "max-100x100"]
    answer, _ = hero(client, spec="max-100x100")
    assert answer["data"]["page"]["heroImage"]["rendition"] == {
        "url": f"{MEDIA}.max-100x100.png",
        "width": 100,
        "height": 50,
    }


def test_the_image_description_is_the_alt_text_where_the_page_gives_none(client, content_site):
    image = CreditedImage.objects.get(pk=content_site["image"].pk)
    image.description = "Zonnepanelen in de zon"
    image.save()
    article = content_site["article"].specific_class.objects.get(pk=content_site["article"].pk)
    article.hero_alt = ""  # pages saved before the alt text became required
    article.hero_credit = "Foto: eigen werk"
    article.save(clean=False)

    answer, _ = graphql(
        client,
        '{ page(urlPath: "/nl/voorbeelden/stroom-delen/") '
        "{ ... on BestPracticePage { heroImage { alt credit } } } }",
    )
    assert answer["data"]["page"]["heroImage"] == {
        "alt": "Zonnepanelen in de zon",
        "credit": "Foto: eigen werk",
    }


LIST = """
query ($limit: Int!) {
  bestPractices(pagination: {limit: $limit}) {
    results { title heroImage { alt rendition(spec: "fill-400x300") { url } srcset(widths: [320]) } }
  }
}
"""


def test_hero_images_of_a_list_take_the_same_queries_for_2_and_for_8_pages(
    client, content_site, django_assert_num_queries
):
    for number in range(8):
        f.BestPracticePageFactory(
            parent=content_site["examples"],
            title=f"Lijst {number}",
            start_date=datetime.date(2017, 1, 1 + number),
            hero_image=CreditedImage.objects.create(
                title=f"Lijst {number}", file=png_file(f"content-list-{number}.png", 800, 600)
            ),
            hero_alt=f"Beeld {number}",
        )
    graphql(client, LIST, limit=20)  # make the renditions once

    with CaptureQueriesContext(connection) as two:
        answer, _ = graphql(client, LIST, limit=2)
    assert len(answer["data"]["bestPractices"]["results"]) == 2
    with django_assert_num_queries(len(two)):
        answer, _ = graphql(client, LIST, limit=8)
    results = answer["data"]["bestPractices"]["results"]
    assert len(results) == 8
    assert results[0]["heroImage"]["rendition"]["url"].endswith(".fill-400x300.png")
