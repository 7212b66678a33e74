"""StreamFields through the API: one typed block per Wagtail block, unions per field."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.embeds.models import Embed
from wagtail.models import Page

from graphql_api.schema import schema
from tests.graphql_api.content_data import body_blocks, content_site_fixture, graphql

content_site = content_site_fixture()
pytestmark = pytest.mark.django_db

# Every field of every block, without aliases: same-named fields have the same type in all
# blocks, so partners can select them side by side.
BODY = """
query ($path: String!) {
  page(urlPath: $path) {
    ... on BestPracticePage {
      body {
        __typename
        ... on ParagraphBlock { id html }
        ... on HeadingBlock { id text level }
        ... on ImageBlock { id alt caption credit image { id alt credit width height } }
        ... on QuoteBlock { id text attribution }
        ... on KeyFiguresBlock { id figures { id value unit label } }
        ... on CallToActionBlock {
          id title description linkedPage { id title urlPath locale } externalUrl label href
        }
        ... on FAQItemBlock { id question answerHtml }
        ... on EmbedBlock { id url providerHtml providerTitle }
        ... on DocumentBlock { id title url fileSize extension }
        ... on PageLinkBlock { id label page { id title urlPath locale } }
      }
    }
  }
}
"""


def expected_body(site: dict, *, served: str) -> list:
    target = site["target_en"] if served == "en" else site["target"]
    target_path = {
        "en": "/en/examples/separating-waste/",
        "nl": "/nl/voorbeelden/afval-scheiden/",
    }[served]
    target_url = "http://testserver" + target_path
    link = {"id": str(target.pk), "title": target.title, "urlPath": target_path, "locale": served}
    document_url = f"http://testserver/documents/{site['document'].pk}/content-verslag.pdf"
    return [
        {"__typename": "HeadingBlock", "id": "b-heading", "text": "Wat we deden", "level": 2},
        {
            "__typename": "ParagraphBlock",
            "id": "b-paragraph",
            "html": f'<p>Lees <a href="{target_url}">het voorbeeld</a>, het concept en de '
            f'besloten pagina.</p><p>Het <a href="{document_url}">verslag</a> en '
            '<a href="https://www.vng.nl/">VNG</a>.</p>',
        },
        {
            "__typename": "ImageBlock",
            "id": "b-image",
            "alt": "Zonnepanelen op het gemeentehuis",
            "caption": "Het dak in 2016",
            "credit": "Foto: Gemeente Zon",
            "image": {
                "id": str(site["image"].pk),
                "alt": "Zonnepanelen op het gemeentehuis",
                "credit": "Foto: Gemeente Zon",
                "width": 1000,
                "height": 500,
            },
        },
        {
            "__typename": "QuoteBlock",
            "id": "b-quote",
            "text": "Samen gaat het sneller.",
            "attribution": "De wethouder",
        },
        {
            "__typename": "KeyFiguresBlock",
            "id": "b-figures",
            "figures": [
                {"id": "f-1", "value": "40", "unit": "%", "label": "minder energie"},
                {"id": "f-2", "value": "1250.5", "unit": None, "label": "huishoudens"},
            ],
        },
        {
            "__typename": "CallToActionBlock",
            "id": "b-cta-page",
            "title": "Doe mee",
            "description": "Meld uw gemeente aan.",
            "linkedPage": link,
            "externalUrl": None,
            "label": "Lees meer",
            "href": target_url,
        },
        {  # its page is a draft: the text stays, the link goes
            "__typename": "CallToActionBlock",
            "id": "b-cta-hidden",
            "title": "Verborgen",
            "description": None,
            "linkedPage": None,
            "externalUrl": None,
            "label": "Niet zichtbaar",
            "href": None,
        },
        {
            "__typename": "CallToActionBlock",
            "id": "b-cta-url",
            "title": "Elders",
            "description": None,
            "linkedPage": None,
            "externalUrl": "https://www.example.org/join",
            "label": "Aanmelden",
            "href": "https://www.example.org/join",
        },
        {
            "__typename": "FAQItemBlock",
            "id": "b-faq",
            "question": "Wat kost het?",
            "answerHtml": f'<p>Niets, zie <a href="{target_url}">dit</a>.</p>',
        },
        {
            "__typename": "EmbedBlock",
            "id": "b-embed",
            "url": "https://www.youtube.com/watch?v=abc123",
            "providerHtml": None,
            "providerTitle": None,
        },
        {
            "__typename": "DocumentBlock",
            "id": "b-document",
            "title": "Jaarverslag 2016",
            "url": document_url,
            "fileSize": 13,
            "extension": "pdf",
        },
        {"__typename": "PageLinkBlock", "id": "b-link", "label": target.title, "page": link},
        # "b-link-private" links to a private page: the whole block is left out.
    ]


def test_every_body_block_in_the_served_language(client, content_site):
    answer, _ = graphql(client, BODY, path="/en/examples/sharing-power/")
    assert answer == {"data": {"page": {"body": expected_body(content_site, served="en")}}}


def test_links_in_the_dutch_version_point_at_dutch_pages(client, content_site):
    answer, _ = graphql(client, BODY, path="/nl/voorbeelden/stroom-delen/")
    assert answer == {"data": {"page": {"body": expected_body(content_site, served="nl")}}}


def test_campaign_faq_and_principles_streams(client, content_site):
    query = """
    { page(urlPath: "/nl/campagne/") { ... on CampaignPage {
        faq { __typename ... on FAQItemBlock { id question answerHtml } }
        principles { __typename ... on PrincipleBlock { id title text } }
        body { __typename }
    } } }
    """
    answer, _ = graphql(client, query)
    assert answer == {
        "data": {
            "page": {
                "faq": [
                    {
                        "__typename": "FAQItemBlock",
                        "id": "q-1",
                        "question": "Kost meedoen geld?",
                        "answerHtml": "<p>Nee.</p>",
                    }
                ],
                "principles": [
                    {
                        "__typename": "PrincipleBlock",
                        "id": "p-1",
                        "title": "Lokaal begint het",
                        "text": "Gemeenten maken het verschil.",
                    }
                ],
                "body": [],
            }
        }
    }


def test_each_stream_has_a_union_of_only_its_own_blocks():
    unions = {
        name: sorted(member.name for member in schema._schema.type_map[name].types)
        for name in ("BodyStream", "FAQStream", "PrinciplesStream")
    }
    assert unions == {
        "BodyStream": [
            "CallToActionBlock",
            "DocumentBlock",
            "EmbedBlock",
            "FAQItemBlock",
            "HeadingBlock",
            "ImageBlock",
            "KeyFiguresBlock",
            "PageLinkBlock",
            "ParagraphBlock",
            "QuoteBlock",
        ],
        "FAQStream": ["FAQItemBlock"],
        "PrinciplesStream": ["PrincipleBlock"],
    }


def test_required_fields_are_non_null():
    def shape(type_name, field_name):
        return str(schema._schema.type_map[type_name].fields[field_name].type)

    assert [
        shape("HeadingBlock", "text"),
        shape("HeadingBlock", "level"),
        shape("ImageBlock", "image"),
        shape("ImageBlock", "caption"),
        shape("CallToActionBlock", "linkedPage"),
        shape("PageLinkBlock", "page"),
        shape("KeyFiguresBlock", "figures"),
        shape("ParagraphBlock", "id"),
    ] == [
        "String!",
        "Int!",
        "Image!",
        "String",
        "PageLink",
        "PageLink!",
        "[KeyFigureBlock!]!",
        "ID!",
    ]


def test_references_cost_the_same_queries_for_one_block_as_for_many(
    client, content_site, django_assert_num_queries
):
    """Chooser blocks and rich-text links are loaded per kind, not per block (no N+1)."""
    article = Page.objects.get(pk=content_site["article"].pk).specific
    one = body_blocks(_ids(content_site))
    article.body = one
    article.save_revision().publish()
    graphql(client, BODY, path="/nl/voorbeelden/stroom-delen/")  # make the renditions once
    with CaptureQueriesContext(connection) as few:
        graphql(client, BODY, path="/nl/voorbeelden/stroom-delen/")
    assert len(few) <= 10

    many = [dict(block, id=f"{block['id']}-{n}") for n in range(5) for block in one]
    article.body = many
    article.save_revision().publish()
    with django_assert_num_queries(len(few)):
        answer, _ = graphql(client, BODY, path="/nl/voorbeelden/stroom-delen/")
    assert len(answer["data"]["page"]["body"]) == 5 * 12


def _ids(site: dict) -> dict:
    return {name: site[name].pk for name in ("target", "draft", "private", "document", "image")}


def test_an_unreadable_block_is_left_out_not_the_page(client, content_site):
    article = Page.objects.get(pk=content_site["article"].pk).specific
    article.body = [
        {"type": "heading", "id": "old", "value": {"text": "Zonder niveau"}},  # older definition
        {"type": "quote", "id": "ok", "value": {"text": "Nog steeds leesbaar.", "attribution": ""}},
    ]
    article.save(clean=False)

    answer, _ = graphql(client, BODY, path="/nl/voorbeelden/stroom-delen/")

    assert answer == {
        "data": {
            "page": {
                "body": [
                    {
                        "__typename": "QuoteBlock",
                        "id": "ok",
                        "text": "Nog steeds leesbaar.",
                        "attribution": None,
                    }
                ]
            }
        }
    }


def test_an_embed_the_service_fetched_gives_the_providers_html_sanitised(client, content_site):
    Embed.objects.create(
        url="https://www.youtube.com/watch?v=abc123",
        max_width=None,
        hash="test-embed-abc123",
        type="video",
        title="Zonnepanelen in beeld",
        html='<iframe src="https://www.youtube.com/embed/abc123" width="480" height="270" '
        'onload="steal()" allowfullscreen></iframe><script>steal()</script>',
    )
    query = """{ page(urlPath: "/nl/voorbeelden/stroom-delen/") { ... on BestPracticePage {
        body { ... on EmbedBlock { providerHtml providerTitle } } } } }"""

    answer, _ = graphql(client, query)

    embeds = [block for block in answer["data"]["page"]["body"] if block]
    assert embeds == [
        {
            "providerHtml": '<iframe src="https://www.youtube.com/embed/abc123" width="480" '
            'height="270" allowfullscreen=""></iframe>',
            "providerTitle": "Zonnepanelen in beeld",
        }
    ]
