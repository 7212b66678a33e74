"""Fixtures of the API tests: the multilingual site (`tree`) and a GraphQL client (`gql`)."""

import json

import pytest

from tests.graphql_api.tree import build_tree, rolled_back


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield build_tree()


@pytest.fixture
def gql(client, db):
    """POST a query (with optional variables) to /graphql/ and return the decoded JSON."""

    def run(query: str, variables: dict | None = None, *, expect_errors: bool = False):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
        )
        body = response.json()
        if not expect_errors:
            assert "errors" not in body, body.get("errors")
        return body

    return run
