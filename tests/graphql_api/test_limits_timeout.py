"""PostgreSQL's statement timeout is set on every connection, and a cancelled statement becomes
the API's public TIMEOUT error (the view answers 503), not "Unexpected error."."""

import pytest
from django.db import OperationalError, connection, transaction
from graphql import GraphQLError

from graphql_api.limits import is_timeout, tidy_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: run with DATABASE_URL=postgres://…")


def test_connections_carry_the_statement_timeout(postgresql, settings):
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        shown = cursor.fetchone()[0]
    assert settings.DATABASE_STATEMENT_TIMEOUT == 10_000
    assert shown == "10s"


def test_a_cancelled_statement_is_a_public_timeout(postgresql):
    with (
        pytest.raises(OperationalError) as cancelled,
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SET LOCAL statement_timeout = 1")
        cursor.execute("SELECT pg_sleep(1)")
    error = GraphQLError("canceling statement", original_error=cancelled.value)
    tidy_error(error)
    assert is_timeout(error)
    assert error.message == (
        "The query took longer than the service allows and was stopped; ask for fewer items or "
        "fields, or try again later."
    )
    assert isinstance(error.original_error, GraphQLError)  # so PublicErrors does not mask it
