"""A small site for the content tests (StreamField, rich text, images, preview).

`build_content_site()` runs inside a module-scoped fixture (see `content_site_fixture`): the
pages are made once per test module and rolled back after it.

Tree (nl is the source, en its translation where noted):

    home (nl) ── examples "Voorbeelden" ── "Afval scheiden" (live; en "Separating waste" live)
                                        ├─ "Stroom delen" (live, the body with every block; en live)
                                        ├─ "Concept" (draft, never published)
                                        └─ "Besloten" (live, login required)
"""

import datetime
import io
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import CreditedImage
from tests import factories as f

RICH_TEXT = (
    '<p data-block-key="a1">Lees <a linktype="page" id="{target}">het voorbeeld</a>, '
    '<a linktype="page" id="{draft}">het concept</a> en '
    '<a linktype="page" id="{private}">de besloten pagina</a>.</p>'
    '<p data-block-key="a2">Het <a linktype="document" id="{document}">verslag</a> en '
    '<a href="https://www.vng.nl/" onclick="steal()">VNG</a>.</p>'
    "<script>alert(1)</script>"
)


def png_file(name: str, width: int, height: int) -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 60)).save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page: Page, locale: Locale, title: str, slug: str | None = None) -> Page:
    """A published translation with its own title (and slug, when given)."""
    copy = page.copy_for_translation(locale)
    copy.title = title
    copy.slug = slug or copy.slug
    copy.save()
    return publish(copy)


def body_blocks(ids: dict) -> list:
    """Raw stream data with one block of every BodyBlock type, ids fixed for exact output."""
    return [
        {"type": "heading", "id": "b-heading", "value": {"text": "Wat we deden", "level": "h2"}},
        {"type": "paragraph", "id": "b-paragraph", "value": RICH_TEXT.format(**ids)},
        {
            "type": "image",
            "id": "b-image",
            "value": {
                "image": ids["image"],
                "alt": "Zonnepanelen op het gemeentehuis",
                "caption": "Het dak in 2016",
                "credit": "",
            },
        },
        {
            "type": "quote",
            "id": "b-quote",
            "value": {"text": "Samen gaat het sneller.", "attribution": "De wethouder"},
        },
        {
            "type": "key_figures",
            "id": "b-figures",
            "value": {
                "figures": [
                    {
                        "type": "item",
                        "id": "f-1",
                        "value": {"value": "40", "unit": "%", "label": "minder energie"},
                    },
                    {
                        "type": "item",
                        "id": "f-2",
                        "value": {"value": "1250.5", "unit": "", "label": "huishoudens"},
                    },
                ]
            },
        },
        {
            "type": "call_to_action",
            "id": "b-cta-page",
            "value": {
                "title": "Doe mee",
                "text": "Meld uw gemeente aan.",
                "page": ids["target"],
                "url": "",
                "label": "Lees meer",
            },
        },
        {
            "type": "call_to_action",
            "id": "b-cta-hidden",
            "value": {
                "title": "Verborgen",
                "text": "",
                "page": ids["draft"],
                "url": "",
                "label": "Niet zichtbaar",
            },
        },
        {
            "type": "call_to_action",
            "id": "b-cta-url",
            "value": {
                "title": "Elders",
                "text": "",
                "page": None,
                "url": "https://www.example.org/join",
                "label": "Aanmelden",
            },
        },
        {
            "type": "faq_item",
            "id": "b-faq",
            "value": {
                "question": "Wat kost het?",
                "answer": '<p>Niets, zie <a linktype="page" id="{target}">dit</a>.</p>'.format(
                    **ids
                ),
            },
        },
        {"type": "embed", "id": "b-embed", "value": "https://www.youtube.com/watch?v=abc123"},
        {
            "type": "document",
            "id": "b-document",
            "value": {"document": ids["document"], "title": ""},
        },
        {"type": "page_link", "id": "b-link", "value": {"page": ids["target"], "label": ""}},
        {
            "type": "page_link",
            "id": "b-link-private",
            "value": {"page": ids["private"], "label": "x"},
        },
    ]


def build_content_site() -> dict:
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page.specific
    home_en = translate(home, en, "VNG International")
    examples = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden", slug="voorbeelden")
    translate(examples, en, "Examples", "examples")

    image = CreditedImage.objects.create(
        title="Zonnepanelen",
        file=png_file("content-zon.png", 1000, 500),
        credit="Foto: Gemeente Zon",
        focal_point_x=500,
        focal_point_y=250,
        focal_point_width=100,
        focal_point_height=80,
    )
    document = get_document_model().objects.create(
        title="Jaarverslag 2016",
        file=ContentFile(b"%PDF-1.4 test", name="content-verslag.pdf"),
        file_size=13,
    )

    def example(title, slug, **extra):
        return f.BestPracticePageFactory(
            parent=examples, title=title, slug=slug, start_date=datetime.date(2016, 3, 1), **extra
        )

    target = example("Afval scheiden", "afval-scheiden")
    target_en = translate(target, en, "Separating waste", "separating-waste")
    draft = example("Concept", "concept", live=False)
    private = example("Besloten", "besloten")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    ids = {
        "target": target.pk,
        "draft": draft.pk,
        "private": private.pk,
        "document": document.pk,
        "image": image.pk,
    }
    article = example(
        "Stroom delen",
        "stroom-delen",
        body=body_blocks(ids),
        hero_image=image,
        hero_alt="Zonnepanelen op het dak van het gemeentehuis",
    )
    article_en = translate(article, en, "Sharing power", "sharing-power")
    campaign = f.CampaignPageFactory(
        parent=home,
        slug="campagne",
        faq=[
            {
                "type": "faq_item",
                "id": "q-1",
                "value": {"question": "Kost meedoen geld?", "answer": "<p>Nee.</p>"},
            }
        ],
        principles=[
            {
                "type": "principle",
                "id": "p-1",
                "value": {"title": "Lokaal begint het", "text": "Gemeenten maken het verschil."},
            }
        ],
    )
    return {
        "nl": nl,
        "en": en,
        "home": home,
        "home_en": home_en,
        "image": image,
        "document": document,
        "target": target,
        "target_en": target_en,
        "draft": draft,
        "private": private,
        "article": article,
        "article_en": article_en,
        "campaign": campaign,
        "examples": examples,
    }


def delete_files() -> None:
    """Remove the files these tests made (all named `content-…`): rolled-back rows leave their
    files behind, and the next module's files must get the same names and addresses."""
    for path in Path(settings.MEDIA_ROOT).glob("*/content-*"):
        path.unlink()


@contextmanager
def rolled_back(django_db_blocker):
    """Run the block in a transaction that is rolled back, and forget cached renditions."""
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            yield
        finally:
            delete_files()
            transaction.set_rollback(True)
            caches["default"].clear()


def content_site_fixture():
    """A module-scoped fixture with `build_content_site()`'s pages."""

    @pytest.fixture(scope="module")
    def content_site(django_db_setup, django_db_blocker):
        with rolled_back(django_db_blocker):
            yield build_content_site()

    return content_site


def graphql(client, query: str, **variables) -> tuple[dict, object]:
    """POST a query to the public endpoint; returns the JSON answer, without the cost every
    answer reports in `extensions` (tested in test_cost.py), and the response."""
    response = client.post(
        "/graphql/", {"query": query, "variables": variables}, content_type="application/json"
    )
    answer = response.json()
    assert set(answer.pop("extensions", {"cost": None})) == {"cost"}
    return answer, response
