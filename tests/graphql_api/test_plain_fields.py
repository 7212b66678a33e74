"""Which fields skip strawberry's general resolver path (`graphql_api.plain_fields`)."""

from enum import Enum

import strawberry

from graphql_api.plain_fields import GENERAL, LEAVES, LeafExecutor, resolve_directly
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


def test_attributes_of_plain_types_are_read_directly():
    assert {"url", "width", "height"} <= direct("Rendition")


# A small schema run both ways: graphql-core's general steps and `LeafExecutor`'s leaf readers
# must give the same data and the same errors (message and path), null and failure included.


@strawberry.enum
class Colour(Enum):
    RED = "red"


@strawberry.type
class Item:
    name: str
    nickname: str | None
    colour: Colour
    size: int

    @strawberry.field
    def shout(self) -> str:
        return self.name.upper()

    @strawberry.field
    def broken(self) -> str | None:
        raise ValueError("This item cannot say.")

    @strawberry.field
    def size_twice(self, root: strawberry.Parent["Item"]) -> int:
        return root.size * 2


@strawberry.type
class Items:
    @strawberry.field
    def items(self) -> list[Item | None]:
        return [
            Item(name="one", nickname=None, colour=Colour.RED, size=1),
            Item(name=None, nickname="two", colour=Colour.RED, size=2),
            Item(name="three", nickname="3", colour="not a colour", size=3),
            Item(name="four", nickname="4", colour=Colour.RED, size="not a number"),
        ]


ITEMS = "{ items { name nickname colour size shout broken __typename } }"


def _outcome(result):
    errors = sorted((error.message, tuple(error.path)) for error in result.errors or [])
    return result.data, errors


def test_leaf_readers_answer_and_fail_as_graphql_core_does():
    general = strawberry.Schema(query=Items)
    direct_schema = strawberry.Schema(query=Items, execution_context_class=LeafExecutor)
    resolve_directly(direct_schema)
    leaves = direct_schema._schema.type_map["Item"].fields
    assert all(leaves[name].resolve in LEAVES for name in ("name", "nickname", "colour", "shout"))
    assert leaves["broken"].resolve in LEAVES

    data, errors = _outcome(general.execute_sync(ITEMS))
    assert _outcome(direct_schema.execute_sync(ITEMS)) == (data, errors)
    assert data["items"][0] == {
        "name": "one",
        "nickname": None,
        "colour": "RED",
        "size": 1,
        "shout": "ONE",
        "broken": None,
        "__typename": "Item",
    }
    assert data["items"][1:] == [None, None, None]
    assert errors == [
        ("Cannot return null for non-nullable field Item.name.", ("items", 1, "name")),
        ("Enum 'Colour' cannot represent value: 'not a colour'", ("items", 2, "colour")),
        ("Int cannot represent non-integer value: 'not a number'", ("items", 3, "size")),
        ("This item cannot say.", ("items", 0, "broken")),
    ]


def test_a_resolver_asking_for_its_parent_is_a_leaf_too():
    """`root: strawberry.Parent[…]` (how the page fields `locale` and `isFallback` are written)
    is both the parent and strawberry's reserved `root`: read directly all the same."""
    general = strawberry.Schema(query=Items)
    direct_schema = strawberry.Schema(query=Items, execution_context_class=LeafExecutor)
    resolve_directly(direct_schema)
    assert direct_schema._schema.type_map["Item"].fields["sizeTwice"].resolve in LEAVES
    document = "{ items { sizeTwice } }"
    assert _outcome(direct_schema.execute_sync(document)) == _outcome(
        general.execute_sync(document)
    )
    assert _outcome(general.execute_sync(document))[0]["items"][:2] == [
        {"sizeTwice": 2},
        {"sizeTwice": 4},
    ]
