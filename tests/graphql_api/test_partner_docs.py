"""Every GraphQL example in docs/partners.md is valid against the schema."""

import re
from pathlib import Path

import pytest
from graphql import parse, validate

from graphql_api.schema import schema

DOCS = Path(__file__).resolve().parents[2] / "docs" / "partners.md"
EXAMPLES = re.findall(r"```graphql\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)


def test_the_docs_have_examples():
    assert len(EXAMPLES) == 22


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example-{n}" for n in range(len(EXAMPLES))])
def test_example_is_valid(example):
    errors = validate(schema._schema, parse(example))
    assert [error.message for error in errors] == []
