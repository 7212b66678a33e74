"""Direct resolvers for the fields that need none of strawberry's general path.

Strawberry resolves a field with a resolver, and strawberry-django every field of a Django type,
through a general path: an `Info` object, argument conversion, the field-extension chain and,
for Django fields, a look at the descriptor to see whether the value is cached — some 15–25 µs a
field. A list of 50 best practices resolves about 1,900 fields, most of them plain columns
(`title`, `cbsCode`, `colour`, …) or resolvers without arguments (`urlPath`, `locale`, `alt`):
a third of the worker's time for the request went to that path.

After the schema is built, three kinds of field get a resolver that goes straight to the value:

- a strawberry-django field with no resolver, no arguments and no extensions that returns a
  scalar or an enum and reads a concrete, non-file column of its model: the attribute is read;
- a plain strawberry field without resolver, arguments or extensions (a dataclass attribute
  such as a rendition's `url`): the attribute is read;
- a plain strawberry field whose synchronous resolver takes no arguments and has no
  extensions: the resolver is called with the parent and `Info` it asks for.

They return what the general path would have returned (a test runs every field of every list
both ways and compares the answers: the general resolver is kept in the field's extensions
under `GENERAL`); every other field keeps that path.

Of those, the fields that return one scalar or enum and need no `Info` (the attributes and
resolvers such as `isFallback`) also skip graphql-core's own per-field steps when the schema
runs with `LeafExecutor`: no resolve info, no value-completion chain — the value is read,
checked for null and coerced as graphql-core would, and an error is located as it would be.
"""

from operator import attrgetter

from django.db.models.fields.files import FileDescriptor
from django.db.models.query_utils import DeferredAttribute
from graphql import (
    GraphQLEnumType,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    get_named_type,
    get_nullable_type,
    is_leaf_type,
    is_non_null_type,
)
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField
from strawberry_django.fields.base import StrawberryDjangoFieldBase

GENERAL = "vng-general-resolver"
# direct resolver → its leaf reader (`source → completed value`), for `LeafExecutor`.
LEAVES: dict = {}


class LeafExecutor(StrawberryGraphQLCoreExecutionContext):
    """Runs a field that has a leaf reader without graphql-core's general steps (about a third
    of a 50-item list's fields' cost); every other field as usual."""

    def execute_field(self, parent_type, source, field_details_list, path, position_context):
        field_def = parent_type.fields.get(field_details_list[0].node.name.value)
        leaf = LEAVES.get(field_def.resolve) if field_def is not None else None
        if leaf is None:
            return super().execute_field(
                parent_type, source, field_details_list, path, position_context
            )
        try:
            return leaf(source)
        except Exception as error:
            self.handle_field_error(error, field_def.type, field_details_list, path)
            return None


def resolve_directly(schema) -> int:
    """Give every field of `schema` that qualifies a direct resolver; return how many."""
    count = 0
    for graphql_type in schema._schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for graphql_field in graphql_type.fields.values():
            field = graphql_field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
            if not isinstance(field, StrawberryField) or field.extensions or field.arguments:
                continue
            read = source_reader(field, graphql_field)
            if read is not None:
                resolve = ignoring_info(read)
                if is_leaf_type(get_nullable_type(graphql_field.type)):
                    LEAVES[resolve] = leaf_reader(read, graphql_type, graphql_field)
            else:
                resolve = info_resolver(field, schema.config.info_class)
                if resolve is None:
                    continue
            graphql_field.extensions = {**graphql_field.extensions, GENERAL: graphql_field.resolve}
            graphql_field.resolve = resolve
            count += 1
    return count


def source_reader(field, graphql_field):
    """`source → value` for a field (without arguments or extensions) that needs no `Info`: a
    column of a strawberry-django type, an attribute of a plain type, a synchronous resolver
    that asks only for its parent. None for every other field."""
    if isinstance(field, StrawberryDjangoFieldBase):
        if field.base_resolver is not None or not returns_a_leaf(graphql_field):
            return None
        name = column_read_by(field)
        return None if name is None else attrgetter(name)
    resolver = field.base_resolver
    if resolver is None:
        # Strawberry's own "basic field": `default_resolver(source, name)`, getattr by default.
        return attrgetter(field.python_name) if field.default_resolver is getattr else None
    if field.is_async or resolver.info_parameter is not None:
        return None
    return caller(resolver)


def info_resolver(field, info_class):
    """The resolver of a plain, synchronous strawberry resolver that asks for `Info`, called
    with the parent and a strawberry `Info`; None for the rest (strawberry-django resolvers and
    async ones keep the general path)."""
    django_field = isinstance(field, StrawberryDjangoFieldBase)
    if django_field or field.base_resolver is None or field.is_async:
        return None
    call = caller(field.base_resolver)
    info_name = field.base_resolver.info_parameter.name

    def resolve(source, info):
        return call(source, **{info_name: info_class(_raw_info=info, _field=field)})

    return resolve


def caller(resolver):
    """`(source, **extra) → result`: the resolver's function with the source as `self`, parent
    and root, as it asks."""
    function = resolver.wrapped_func
    takes_self = resolver.self_parameter is not None
    names = [p.name for p in (resolver.parent_parameter, resolver.root_parameter) if p is not None]

    def call(source, **extra):
        arguments = dict.fromkeys(names, source)
        arguments.update(extra)
        return function(source, **arguments) if takes_self else function(**arguments)

    return call


def ignoring_info(read):
    def resolve(source, _info):
        return read(source)

    return resolve


def leaf_reader(read, parent_type, graphql_field):
    """What graphql-core's `complete_value` makes of a leaf: null checked against the type,
    the value coerced by the scalar or enum."""
    non_null = is_non_null_type(graphql_field.type)
    leaf_type = get_nullable_type(graphql_field.type)
    coerce = leaf_type.coerce_output_value
    name = next(key for key, value in parent_type.fields.items() if value is graphql_field)

    def leaf(source):
        value = read(source)
        if value is None or value is Undefined:
            if non_null:
                raise TypeError(f"Cannot return null for non-nullable field {parent_type}.{name}.")
            return None
        coerced = coerce(value)
        if coerced is None or coerced is Undefined:
            raise TypeError(
                f"Expected `{leaf_type}.coerce_output_value({value!r})` to return "
                "non-nullable value"
            )
        return coerced

    return leaf


def returns_a_leaf(graphql_field) -> bool:
    return isinstance(get_named_type(graphql_field.type), (GraphQLScalarType, GraphQLEnumType))


def column_read_by(field) -> str | None:
    """The attribute name when `field` only reads a concrete, non-file column; else None."""
    if field.is_relation or field.origin_django_type is None:
        return None
    name = field.django_name or field.python_name
    descriptor = getattr(field.origin_django_type.model, name, None)
    if not isinstance(descriptor, DeferredAttribute) or isinstance(descriptor, FileDescriptor):
        return None
    return name
