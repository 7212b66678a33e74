"""`schema.graphql` is the committed contract: it must match the code exactly."""

from pathlib import Path

from strawberry.printer import print_schema

from graphql_api.schema import schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_committed_schema_matches_the_code():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == print_schema(schema), (
        "schema.graphql differs from the code; run `make schema` and commit the file."
    )


def test_contract_root_fields_exist():
    query = schema.get_type_by_name("Query")
    names = {field.name for field in query.fields}
    assert {
        "locales",
        "page",
        "pages",
        "search",
        "programmes",
        "themes",
        "pillars",
        "activities",
        "bestPractices",
        "campaigns",
        "newsletterIssues",
        "goals",
        "agendas",
        "municipalities",
        "provinces",
    } <= {schema.config.name_converter.apply_naming_config(name) for name in names}
