"""Direct resolvers for the fields that need none of strawberry's general path.

Strawberry resolves a field with a resolver, and strawberry-django every field of a Django type,
through a general path: an `Info` object, argument conversion, the field-extension chain and,
for Django fields, a look at the descriptor to see whether the value is cached — some 15–25 µs a
field. A list of 50 best practices resolves about 1,900 fields, most of them plain columns
(`title`, `cbsCode`, `colour`, …) or resolvers without arguments (`urlPath`, `locale`, `alt`):
a third of the worker's time for the request went to that path.

After the schema is built, two kinds of field get a resolver that goes straight to the value:

- a strawberry-django field with no resolver, no arguments and no extensions that returns a
  scalar or an enum and reads a concrete, non-file column of its model: the attribute is read;
- a plain strawberry field whose synchronous resolver takes no arguments and has no
  extensions: the resolver is called with the parent and `Info` it asks for.

They return what the general path would have returned (a test runs every field of every list
both ways and compares the answers: the general resolver is kept in the field's extensions
under `GENERAL`); every other field keeps that path.
"""

from operator import attrgetter

from django.db.models.fields.files import FileDescriptor
from django.db.models.query_utils import DeferredAttribute
from graphql import GraphQLEnumType, GraphQLObjectType, GraphQLScalarType, get_named_type
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField
from strawberry_django.fields.base import StrawberryDjangoFieldBase

GENERAL = "vng-general-resolver"


def resolve_directly(schema) -> int:
    """Give every field of `schema` that qualifies a direct resolver; return how many."""
    count = 0
    for graphql_type in schema._schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for graphql_field in graphql_type.fields.values():
            field = graphql_field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
            resolve = direct_resolver(field, graphql_field, schema.config.info_class)
            if resolve is not None:
                graphql_field.extensions = {
                    **graphql_field.extensions,
                    GENERAL: graphql_field.resolve,
                }
                graphql_field.resolve = resolve
                count += 1
    return count


def direct_resolver(field, graphql_field, info_class):
    if not isinstance(field, StrawberryField) or field.extensions or field.arguments:
        return None
    if isinstance(field, StrawberryDjangoFieldBase):
        if field.base_resolver is None and returns_a_leaf(graphql_field):
            name = column_read_by(field)
            return None if name is None else column_reader(name)
        return None
    if field.base_resolver is not None and not field.is_async:
        return resolver_caller(field, info_class)
    return None


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


def column_reader(name: str):
    read = attrgetter(name)

    def resolve(source, _info):
        return read(source)

    return resolve


def resolver_caller(field, info_class):
    resolver = field.base_resolver
    function = resolver.wrapped_func
    takes_self = resolver.self_parameter is not None
    source_names = [
        parameter.name
        for parameter in (resolver.parent_parameter, resolver.root_parameter)
        if parameter is not None
    ]
    info_parameter = resolver.info_parameter
    info_name = info_parameter.name if info_parameter is not None else None

    def resolve(source, info):
        arguments = dict.fromkeys(source_names, source)
        if info_name is not None:
            arguments[info_name] = info_class(_raw_info=info, _field=field)
        return function(source, **arguments) if takes_self else function(**arguments)

    return resolve
