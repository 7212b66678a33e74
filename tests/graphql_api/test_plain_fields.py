"""Which fields skip strawberry's general resolver path (`graphql_api.plain_fields`)."""

from graphql_api.plain_fields import GENERAL
from graphql_api.schema import schema


def direct(type_name: str) -> set[str]:
    fields = schema._schema.type_map[type_name].fields
    return {name for name, field in fields.items() if GENERAL in field.extensions}


def test_plain_columns_and_resolvers_without_arguments_are_read_directly():
    assert {"number", "name", "colour"} <= direct("Goal")
    assert {"title", "urlPath", "locale", "isFallback", "translations"} <= direct(
        "BestPracticePage"
    )
    assert {"alt", "credit"} <= direct("Image")


def test_fields_with_arguments_or_relations_keep_the_general_path():
    assert "rendition" not in direct("Image")  # arguments
    assert "children" not in direct("BestPracticePage")  # arguments (pagination)
    assert "heroImage" not in direct("BestPracticePage")  # a strawberry-django relation
