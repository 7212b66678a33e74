"""A resolver that lost its database connection is a 503 even when the database answers again
by the time the view looks: the outage travels with the masked error, not with a second probe."""

import json

from django.db import OperationalError
from django.test import Client

# Through the schema module: it defines the API's types in English; importing a type module
# first would give the schema the descriptions of whatever language is active now.
from graphql_api.schema import page_queries


def _page_query_failing_with(monkeypatch, error):
    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr(page_queries, "find_page", failing)
    client = Client(raise_request_exception=False)  # answer as the server would
    return client.post(
        "/graphql/",
        json.dumps({"query": '{ page(urlPath: "/") { title } }'}),
        content_type="application/json",
    )


def test_resolver_outage_is_a_503_when_the_database_is_back(db, monkeypatch):
    lost = OperationalError("server closed the connection unexpectedly")
    response = _page_query_failing_with(monkeypatch, lost)

    assert response.status_code == 503
    assert response["Retry-After"]
    assert response.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"


def test_other_resolver_errors_stay_masked(db, monkeypatch):
    response = _page_query_failing_with(monkeypatch, ValueError("a bug"))

    assert response.status_code == 200
    assert response.json()["errors"][0]["message"] == "Unexpected error."
