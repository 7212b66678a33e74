"""The cost budget: what documented queries cost, and what is refused before any SQL runs."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from themes.export import queries
from themes.export.source import PAGE_SIZE as EXPORT_PAGE_SIZE

pytestmark = pytest.mark.django_db

DOCS = Path(__file__).resolve().parents[2] / "docs" / "partners.md"
EXAMPLES = re.findall(r"```graphql\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
DOC_VARIABLES = {"path": "/en/", "token": "not-a-token", "locale": "en"}
EXPORT_VARIABLES = {"locale": "en", "limit": EXPORT_PAGE_SIZE, "offset": 0, "year": 2016}


def post(client, query: str, variables: dict | None = None):
    payload = json.dumps({"query": query, "variables": variables or {}})
    return client.post("/graphql/", data=payload, content_type="application/json")


def cost(client, query: str, variables: dict | None = None) -> int:
    extensions = post(client, query, variables).json()["extensions"]
    assert extensions["cost"]["limit"] == settings.VNG_GRAPHQL_LIMITS["MAX_COST"] == 5000
    return extensions["cost"]["requested"]


# The cost of every query in docs/partners.md, in the order they appear there.
DOCUMENTED = [519, 51, 11, 12, 9, 39, 238, 33, 24, 603, 7, 92, 3, 3, 7, 7, 7, 7, 7, 1404, 145, 54]
# EXAMPLES asks for translations { url } (partner-website addresses) and translationStatus
EXPORTED = {"LOCALES": 5, "EXAMPLES": 3953, "ABOUT": 9, "THEMES": 3, "COUNT": 2}


def test_every_documented_query_has_its_cost(client):
    assert len(EXAMPLES) == len(DOCUMENTED)
    assert [cost(client, example, DOC_VARIABLES) for example in EXAMPLES] == DOCUMENTED


def test_every_export_query_fits_the_budget(client):
    costs = {name: cost(client, getattr(queries, name), EXPORT_VARIABLES) for name in EXPORTED}
    assert costs == EXPORTED


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("{ locales { code } }", 2),
        # a paginated list multiplies its results by the page size: default 20 …
        ("{ bestPractices { totalCount results { id title } } }", 1 + 1 + 1 + 20 * (1 + 2)),
        # … or the limit asked for, cut to the maximum of 100
        ("{ bestPractices(pagination: {limit: 5}) { results { id } } }", 1 + 1 + 5 * 2),
        ("{ bestPractices(pagination: {limit: 500}) { results { id } } }", 1 + 1 + 100 * 2),
        # nested paginated lists multiply
        (
            "{ pages(pagination: {limit: 10}) { results { children(pagination: {limit: 10}) "
            "{ results { id } } } } }",
            1 + 1 + 10 * (1 + 1 + 1 + 10 * 2),
        ),
        # fragments are expanded; of different types the most expensive one counts
        (
            "{ page(id: 1) { ...on HomePage { intro } ...on BestPracticePage { summary region } "
            "...common } } fragment common on Page { id title }",
            1 + 2 + 2,
        ),
        # each image size counts RENDITION_COST (10)
        (
            "{ bestPractices(pagination: {limit: 2}) { results { heroImage { "
            'rendition(spec: "width-800") { url } srcset(widths: [320, 640]) } } } }',
            1 + 1 + 2 * (1 + 1 + (10 + 1) + 20),
        ),
    ],
    ids=["field", "default-page", "limit", "limit-cut", "nested", "fragments", "renditions"],
)
def test_cost_rules(client, query, expected):
    assert cost(client, query) == expected


def test_a_limit_from_variables_counts(client):
    query = "query($n: Int) { bestPractices(pagination: {limit: $n}) { results { id } } }"
    assert cost(client, query, {"n": 7}) == 1 + 1 + 7 * 2


def refused(client, django_assert_num_queries, query: str) -> dict:
    with django_assert_num_queries(0):
        response = post(client, query)
    assert response.status_code == 400
    body = response.json()
    assert body["data"] is None
    assert len(body["errors"]) == 1
    assert body["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    return body


# 15 aliases of the largest page of pages with translationStatus and parent: 6,506 SQL queries
# and 25.6 s before the budget existed.
FLOOD_6506 = (
    "{\n"
    + "".join(
        f"  a{i}: pages(pagination: {{limit: 100}}) "
        "{ results { id translationStatus { state } parent { id } } }\n"
        for i in range(15)
    )
    + "}\n"
)


def test_the_6506_query_document_is_refused_by_its_cost(client, django_assert_num_queries):
    body = refused(client, django_assert_num_queries, FLOOD_6506)
    assert body["errors"][0]["message"] == (
        "The query costs 9030; the limit is 5000. Ask for fewer items (a smaller pagination "
        "limit), fewer fields or fewer aliases, or split the query."
    )
    assert body["extensions"]["cost"] == {"requested": 9030, "limit": 5000}


def test_an_alias_flood_of_large_pages_is_refused(client, django_assert_num_queries):
    flood = "{ " + " ".join(
        f"p{i}: pages(pagination: {{limit: 100}}) {{ results {{ id title urlPath }} }}"
        for i in range(15)
    )
    body = refused(client, django_assert_num_queries, flood + " }")
    assert body["errors"][0]["message"].startswith("The query costs 6030; the limit is 5000.")


def fragment_bomb(levels: int) -> str:
    """Each fragment spreads the one below twice: 2**levels selections from ~10 tokens a level."""
    fragments = ["fragment f0 on Locale { code }"] + [
        f"fragment f{level} on Locale {{ ...f{level - 1} ...f{level - 1} }}"
        for level in range(1, levels + 1)
    ]
    return f"{{ locales {{ ...f{levels} }} }} " + " ".join(fragments)


def test_a_40_level_fragment_bomb_is_refused_before_validation(client, django_assert_num_queries):
    body = refused(client, django_assert_num_queries, fragment_bomb(40))
    assert body["errors"][0]["message"] == (
        "The document expands to more than 1000 field selections once its fragments are "
        "spread; spread fewer fragments or split the query."
    )


def test_a_small_fragment_tree_is_fine(client):
    response = post(client, fragment_bomb(5))
    assert response.status_code == 200
    assert response.json()["data"]["locales"][0] == {"code": "nl"}


def test_fragment_cycles_are_refused(client, django_assert_num_queries):
    query = "{ locales { ...a } } fragment a on Locale { code ...b } fragment b on Locale { ...a }"
    with django_assert_num_queries(0):
        response = post(client, query)
    assert response.status_code == 400
    assert [error["message"] for error in response.json()["errors"]] == [
        "The fragment “a” includes itself (a → b → a); a fragment cannot spread itself, "
        "directly or through others."
    ]


def test_50_repeated_directives_are_refused(client, django_assert_num_queries):
    query = "{ locales { code" + " @include(if: true)" * 50 + " } }"
    body = refused(client, django_assert_num_queries, query)
    assert body["errors"][0]["message"] == (
        "The directive @include is repeated on one location; use each directive at most once "
        "per field or fragment."
    )


def test_too_many_image_sizes_are_refused(client, django_assert_num_queries):
    renditions = " ".join(
        f'r{i}: rendition(spec: "width-{width}", format: {image_format}) {{ url }}'
        for i, (width, image_format) in enumerate(
            (width, image_format)
            for width in (400, 800, 1200)
            for image_format in ("WEBP", "AVIF", "JPEG")
        )
    )
    query = "{ bestPractices(pagination: {limit: 1}) { results { heroImage { %s } } } }"
    body = refused(client, django_assert_num_queries, query % renditions)
    assert body["errors"][0]["message"] == (
        "The query asks for 9 different image sizes; ask for at most 8 per request (count each "
        "srcset width and each format)."
    )


@override_settings(VNG_GRAPHQL_LIMITS={**settings.VNG_GRAPHQL_LIMITS, "OPERATION_SECONDS": 0})
def test_an_operation_past_its_time_budget_is_a_json_503(client):
    response = post(client, "{ bestPractices { totalCount } }")
    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/json")
    assert response["Cache-Control"] == "private, no-store"
    assert [error["message"] for error in response.json()["errors"]] == [
        "The query took longer than the service allows and was stopped; ask for fewer items or "
        "fields, or try again later."
    ]
    assert response.json()["errors"][0]["extensions"]["code"] == "TIMEOUT"
