"""Build a GraphQL selection of every field reachable from a type, by walking the schema.

The flatness test selects everything this finds, so a field added to the API later is covered
without anyone listing it. Interfaces and unions get an inline fragment per possible type
(every StreamField block type), fields with required arguments get a sample value from
`ARGUMENTS`, and a field the walker cannot call (a required argument without a sample) fails
the test that uses it, naming the field.
"""

from graphql import (
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    get_named_type,
)
from graphql.pyutils import Undefined

from graphql_api.schema import schema

# Required arguments: (type name, field name) → the argument text to send.
ARGUMENTS = {
    ("Image", "rendition"): 'spec: "fill-400x300"',
    ("Image", "srcset"): "widths: [320, 640]",
}


class UnknownArgument(LookupError):
    pass


def _required_arguments(type_name: str, field_name: str, field) -> str:
    required = [
        name
        for name, argument in field.args.items()
        if isinstance(argument.type, GraphQLNonNull) and argument.default_value is Undefined
    ]
    if not required:
        return ""
    try:
        return f"({ARGUMENTS[(type_name, field_name)]})"
    except KeyError as error:
        raise UnknownArgument(
            f"{type_name}.{field_name} needs {required}: add a sample to ARGUMENTS"
        ) from error


def selection(type_name: str, depth: int, graphql_schema: GraphQLSchema | None = None) -> str:
    """Every field of `type_name`, nested object fields down to `depth` more levels."""
    graphql_schema = graphql_schema or schema._schema
    named = graphql_schema.get_type(type_name)
    if isinstance(named, GraphQLUnionType | GraphQLInterfaceType):
        parts = ["__typename"]
        shared = set()
        if isinstance(named, GraphQLInterfaceType):
            parts.append(_fields(named, depth, graphql_schema))
            shared = set(named.fields)
        for possible in graphql_schema.get_possible_types(named):
            # Each type's own fields under an alias named for the type: same-named fields of
            # different types may have different types, which one selection could not hold.
            own = _fields(possible, depth, graphql_schema, skip=shared, prefix=possible.name)
            parts.append(f"... on {possible.name} {{ {own} }}")
        return " ".join(parts)
    return _fields(named, depth, graphql_schema)


def _fields(named, depth: int, graphql_schema, *, skip=frozenset(), prefix="") -> str:
    parts = []
    for field_name, field in named.fields.items():
        if field_name in skip:
            continue
        alias = f"{prefix}_{field_name}: " if prefix else ""
        target = get_named_type(field.type)
        arguments = _required_arguments(named.name, field_name, field)
        if isinstance(target, GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType):
            if depth <= 0:
                continue
            inner = selection(target.name, depth - 1, graphql_schema)
            parts.append(f"{alias}{field_name}{arguments} {{ {inner} }}")
        else:
            parts.append(f"{alias}{field_name}{arguments}")
    return " ".join(parts) or "__typename"


def is_list(field) -> bool:
    field_type = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    return isinstance(field_type, GraphQLList)
