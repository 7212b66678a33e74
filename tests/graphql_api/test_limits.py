"""What the endpoint refuses, and that a refused request runs no resolver and no SQL."""

import json

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def post(client, query: str, **extra):
    payload = json.dumps({"query": query})
    return client.post("/graphql/", data=payload, content_type="application/json", **extra)


def tokens(count: int) -> str:
    """A valid document of exactly `count` tokens (`{ locales { code … } }`: 5 + codes)."""
    return "{ locales { " + "code " * (count - 5) + "} }"


def nested(levels: int) -> str:
    """A document `levels` deep: page → parent → … → id."""
    return "{ page(id: 1) { " + "parent { " * (levels - 1) + "id" + " }" * (levels - 1) + " } }"


def aliases(count: int) -> str:
    return "{ " + " ".join(f"a{i}: locales {{ code }}" for i in range(count)) + " }"


def directives(count: int) -> str:
    fields = " ".join(f"c{i}: code @include(if: true)" for i in range(count))
    return "{ locales { " + fields + " } }"


def errors(response) -> list[str]:
    return [error["message"] for error in response.json().get("errors", [])]


@pytest.mark.parametrize(
    ("build", "at_limit", "message"),
    [
        (
            tokens,
            500,
            "The document has more than 500 tokens; ask for fewer fields or split the query.",
        ),
        (
            nested,
            10,
            "The query is nested deeper than 10 levels; split it into smaller queries.",
        ),
        (aliases, 15, "The document uses more than 15 aliases; use at most 15."),
        (directives, 10, "The document uses more than 10 directives; use at most 10."),
    ],
    ids=["tokens", "depth", "aliases", "directives"],
)
def test_limit_accepts_at_and_refuses_above_without_sql(
    client, django_assert_num_queries, build, at_limit, message
):
    accepted = post(client, build(at_limit))
    assert accepted.status_code == 200
    assert errors(accepted) == []
    with django_assert_num_queries(0):
        refused = post(client, build(at_limit + 1))
    assert errors(refused) == [message]
    assert refused.json()["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    assert refused["Cache-Control"] == "private, no-store"


def test_body_size_limit(client, django_assert_num_queries):
    query = "{ locales { code } }"
    envelope = len(json.dumps({"query": query}))
    at_limit = json.dumps({"query": query + " " * (16 * 1024 - envelope)})
    assert len(at_limit.encode()) == 16 * 1024
    response = client.post("/graphql/", data=at_limit, content_type="application/json")
    assert response.status_code == 200
    assert errors(response) == []
    with django_assert_num_queries(0):
        response = client.post("/graphql/", data=at_limit + " ", content_type="application/json")
    assert response.status_code == 413
    assert errors(response) == [
        "The request is 16385 bytes; the limit is 16384 bytes. "
        "Send a shorter query, e.g. with fewer fields or use variables."
    ]


def test_batches_are_refused(client, django_assert_num_queries):
    batch = json.dumps([{"query": "{ locales { code } }"}, {"query": "{ locales { name } }"}])
    with django_assert_num_queries(0):
        response = client.post("/graphql/", data=batch, content_type="application/json")
    assert response.status_code == 400
    assert errors(response) == [
        "Batched requests are not accepted; send one operation per request."
    ]


def test_introspection_is_off_outside_debug(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = post(client, "{ __schema { queryType { name } } }")
    assert errors(response)[0] == (
        "GraphQL introspection has been disabled, but the requested query contained the field "
        "'__schema'."
    )


def test_no_suggestions_outside_debug(client):
    response = post(client, "{ localez { code } bestPractices(order: NEWES) { totalCount } }")
    assert errors(response) == [
        "Cannot query field 'localez' on type 'Query'.",
        "Value 'NEWES' does not exist in 'BestPracticeOrder' enum.",
    ]


@override_settings(DEBUG=True)
def test_suggestions_help_in_debug(client):
    response = post(client, "{ localez { code } }")
    assert errors(response) == [
        "Cannot query field 'localez' on type 'Query'. Did you mean 'locales'?"
    ]


def test_get_queries_are_cacheable(client):
    response = client.get("/graphql/", {"query": "{ locales { code } }"})
    assert response.status_code == 200
    assert response.json()["data"]["locales"][0] == {"code": "nl"}
    assert response["Cache-Control"] == "public, max-age=300, stale-while-revalidate=60"
    assert "Accept" in response["Vary"]
    assert response["ETag"].startswith('"')


def test_error_responses_are_not_cached(client):
    response = post(client, '{ bestPractices(locale: "xx") { totalCount } }')
    assert errors(response) == ["Unknown language “xx”; use one of: nl, en, fr, es, ar."]
    assert response["Cache-Control"] == "private, no-store"


def test_get_cannot_mutate(client):
    response = client.get("/graphql/", {"query": "mutation { x }"})
    assert response.status_code in (400, 405)
    assert response.status_code != 200


def test_graphiql_is_off_in_these_settings(client):
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 400
    assert b"graphiql.min.js" not in response.content
    assert "setting GRAPHIQL" in response.json()["errors"][0]["message"]
