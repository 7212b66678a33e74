"""Every request the endpoint cannot answer is a JSON 400 that says what to send instead:
never an HTML 500, never "Unexpected error."."""

import gzip
import json

import pytest

pytestmark = pytest.mark.django_db

QUERY = "{ locales { code } }"
DEEP = "[" * 5000 + "]" * 5000
DIGITS = "1" * 5000


def _body(**fields) -> str:
    return json.dumps({"query": QUERY, **fields})


RAW_BODIES = {
    "byte-ff": b"\xff",
    "latin-1": '{"query": "{ locales { name } }", "note": "café"}'.encode("latin-1"),
    "utf-16": _body().encode("utf-16"),
    "gzip": gzip.compress(_body().encode()),
    "bare-string": b'"{ locales { code } }"',
    "bare-number": b"42",
    "null": b"null",
    "true": b"true",
    "variables-5000-deep": _body(variables="@").replace('"@"', '{"a": ' + DEEP + "}").encode(),
    "extensions-5000-deep": _body(extensions="@").replace('"@"', '{"a": ' + DEEP + "}").encode(),
    "variables-25-deep": _body(variables={"a": json.loads("[" * 24 + "]" * 24)}).encode(),
    "5000-digit-variable": json.dumps(
        {
            "query": "query($n: Int) { bestPractices(pagination: {limit: $n}) { totalCount } }",
            "variables": {"n": "@"},
        }
    )
    .replace('"@"', DIGITS)
    .encode(),
    "not-json": b"{query: locales}",
}


def _decoded(response) -> dict:
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    message = body["errors"][0]["message"]
    assert message
    assert message != "Unexpected error."
    return body


@pytest.mark.parametrize("raw", RAW_BODIES.values(), ids=RAW_BODIES.keys())
def test_unreadable_bodies_are_json_400(client, raw, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.post("/graphql/", data=raw, content_type="application/json")
    assert _decoded(response)["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_messages_say_what_to_send(client):
    def message(raw):
        response = client.post("/graphql/", data=raw, content_type="application/json")
        return _decoded(response)["errors"][0]["message"]

    assert message(b"\xff") == (
        "The request body is not UTF-8 (byte 0). Send JSON encoded as UTF-8, uncompressed."
    )
    assert message(b"null") == (
        'The request body must be a JSON object such as {"query": "{ locales { code } }"}, '
        "not null."
    )
    assert message(b"42") == (
        'The request body must be a JSON object such as {"query": "{ locales { code } }"}, not int.'
    )
    assert message(RAW_BODIES["variables-5000-deep"]) == (
        "The JSON of the request nests deeper than 20 levels; send flatter variables and "
        "extensions."
    )
    assert message(RAW_BODIES["5000-digit-variable"]).startswith(
        "The request is not valid JSON (Exceeds the limit (4300 digits) for integer string "
        "conversion"
    )


def test_other_content_types_are_json_400(client):
    response = client.post("/graphql/", data=QUERY, content_type="text/plain")
    assert _decoded(response)["errors"][0]["message"] == (
        "Send the request as JSON with the header Content-Type: application/json, or as a GET "
        "with ?query=…."
    )


def test_get_with_broken_variables_is_json_400(client):
    response = client.get("/graphql/", {"query": QUERY, "variables": "{not json"})
    assert _decoded(response)["errors"][0]["message"].startswith("The request is not valid JSON")
    response = client.get("/graphql/", {"query": QUERY, "variables": "[" * 30 + "]" * 30})
    assert _decoded(response)["errors"][0]["message"].startswith("The JSON of the request nests")


def post(client, query: str, variables: dict | None = None, **fields):
    payload = {"query": query, "variables": variables or {}, **fields}
    return client.post("/graphql/", data=json.dumps(payload), content_type="application/json")


def test_two_operations_need_an_operation_name(client, django_assert_num_queries):
    document = "query A { locales { code } } query B { locales { name } }"
    with django_assert_num_queries(0):
        response = post(client, document)
    assert _decoded(response)["errors"][0]["message"] == (
        "The document has several operations (or none); name the one to run in “operationName”."
    )
    response = post(client, document, operationName="C")
    assert _decoded(response)["errors"][0]["message"] == (
        "The document has no operation named “C”; send the name of one of its operations in "
        "“operationName”."
    )
    response = post(client, document, operationName="B")
    assert response.status_code == 200
    assert response.json()["data"]["locales"][0] == {"name": "Nederlands"}


@pytest.mark.parametrize(
    ("query", "variables", "message"),
    [
        (
            '{ search(query: "water", pagination: {offset: -173}) { totalCount } }',
            {},
            "The pagination offset of “search” is -173; give a number of 0 or more.",
        ),
        (
            "query($p: OffsetPaginationInput) { pages(pagination: $p) { totalCount } }",
            {"p": {"offset": -1, "limit": 5}},
            "The pagination offset of “pages” is -1; give a number of 0 or more.",
        ),
        (
            "{ bestPractices(pagination: {offset: 0, limit: -5}) { totalCount } }",
            {},
            "The pagination limit of “bestPractices” is -5; give a number of 0 or more.",
        ),
        (
            "{ bestPractices(filters: {year: 2147483647}) { totalCount } }",
            {},
            "The year 2147483647 is out of range; give a year from 1 to 9999.",
        ),
    ],
    ids=["negative-offset-literal", "negative-offset-variable", "negative-limit", "huge-year"],
)
def test_bad_arguments_are_input_errors(client, query, variables, message):
    response = post(client, query, variables)
    body = response.json()
    assert [error["message"] for error in body["errors"]] == [message]
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert response.status_code in (200, 400)


@pytest.mark.parametrize(
    ("query", "variables", "message"),
    [
        (
            "{ bestPractices(pagination: {limit: " + DIGITS + "}) { totalCount } }",
            {},
            "The number 111111111111… has 5000 characters; numbers in this API fit in 32 bits "
            "(Int) or a double (Float).",
        ),
        (
            "query($n: Int) { bestPractices(pagination: {limit: $n}) { totalCount } }",
            {"n": "ten"},
            "Variable '$n' has invalid value: Int cannot represent non-integer value: 'ten'",
        ),
        (
            "query($l: String!) { bestPractices(locale: $l) { totalCount } }",
            {"l": {"code": "en"}},
            "Variable '$l' has invalid value: String cannot represent a non string value: "
            "{'code': 'en'}",
        ),
    ],
    ids=["huge-int-literal", "string-for-int", "object-for-string"],
)
def test_wrong_types_are_json_400(client, query, variables, message, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = post(client, query, variables)
    assert [error["message"] for error in _decoded(response)["errors"]] == [message]
