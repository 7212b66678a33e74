"""What an operation costs, computed from its document before anything runs.

The rules partners read in docs/partners.md ("Cost"):

- every field costs 1 (`__typename` too);
- a paginated list (a field with a `pagination` argument) multiplies the cost of one of its
  `results` — 1 for the item plus its fields — by its page size: `pagination: {limit}` (a
  literal or a variable), else the default page size, and never more than the maximum; nested
  paginated lists multiply;
- lists without pagination (a page's themes, goals, blocks, translations) are short and count
  once;
- fragments and inline fragments are expanded; where they select different types (the blocks of
  a body, the types of a page) an item is one type, so the most expensive type counts;
- an image rendition costs `RENDITION_COST` per size it makes (`srcset` one per width): a
  rendition that does not exist yet is an image to resize. One operation may ask for at most
  `MAX_RENDITION_SPECS` different sizes (spec × format).

An operation over `MAX_COST` is refused with `LIMIT_EXCEEDED`; every executed operation reports
`extensions.cost = {requested, limit}`. Negative offsets and limits are refused here as well
(`BAD_USER_INPUT`): they are the one pagination mistake the list resolvers cannot answer.
Nothing here runs SQL.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    get_nullable_type,
    value_from_ast_untyped,
)
from graphql.utilities import get_operation_ast

from graphql_api.limits import LIMIT_ERROR_CODE, InputError, limit

RENDITION_FIELDS = {"rendition", "srcset"}


@dataclass
class Estimate:
    """The cost of one operation, the image sizes it asks for and its bad pagination values."""

    cost: int = 0
    renditions: set[tuple[str, str | None]] = field(default_factory=set)
    input_errors: list[GraphQLError] = field(default_factory=list)


class _Walk:
    def __init__(self, schema: GraphQLSchema, document: DocumentNode, variables: dict) -> None:
        self.schema = schema
        self.variables = variables
        self.fragments = {
            definition.name.value: definition
            for definition in document.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        self.estimate = Estimate()

    def argument(self, node: FieldNode, name: str):
        for argument in node.arguments or ():
            if argument.name.value == name:
                return value_from_ast_untyped(argument.value, self.variables)
        return None

    def page_size(self, node: FieldNode) -> int:
        pagination = self.argument(node, "pagination")
        if not isinstance(pagination, dict):
            return limit("PAGE_SIZE")
        for key in ("offset", "limit"):
            value = pagination.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value < 0:
                self.estimate.input_errors.append(
                    InputError(
                        _(
                            "The pagination %(key)s of “%(field)s” is %(value)s; give a number "
                            "of 0 or more."
                        )
                        % {"key": key, "field": node.name.value, "value": value}
                    )
                )
        size = pagination.get("limit")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            return limit("PAGE_SIZE")
        return min(size, limit("MAX_PAGE_SIZE"))

    def renditions(self, node: FieldNode) -> int:
        image_format = self.argument(node, "format")
        if node.name.value == "rendition":
            specs = [str(self.argument(node, "spec"))]
        else:
            widths = self.argument(node, "widths")
            widths = widths if isinstance(widths, list) else [widths]
            specs = [f"width-{width}" for width in dict.fromkeys(widths)]
        for spec in specs:
            self.estimate.renditions.add((spec, image_format))
        return limit("RENDITION_COST") * max(len(specs), 1)

    def field(self, node: FieldNode, parent: GraphQLNamedType, page_size: int | None) -> int:
        definition = None
        if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            definition = parent.fields.get(node.name.value)
        if definition is None:  # __typename, or introspection (refused elsewhere)
            return 1
        if node.name.value in RENDITION_FIELDS and get_named_type(definition.type).name in (
            "Rendition",
            "String",
        ):
            own = self.renditions(node)
        else:
            own = 1
        if node.selection_set is None:
            return own
        returns = get_nullable_type(definition.type)
        inner = self.selections(
            node.selection_set,
            get_named_type(definition.type),
            self.page_size(node) if "pagination" in definition.args else None,
        )
        if isinstance(returns, GraphQLList) and page_size is not None:
            inner = page_size * (1 + inner)  # the `results` of a paginated list: item + fields
        return own + inner

    def selections(
        self, selection_set: SelectionSetNode, parent: GraphQLNamedType, page_size: int | None
    ) -> int:
        shared = 0
        by_type: dict[str, int] = {}
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                shared += self.field(selection, parent, page_size)
                continue
            if isinstance(selection, InlineFragmentNode):
                condition, inner = selection.type_condition, selection.selection_set
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is None:
                    continue
                condition, inner = fragment.type_condition, fragment.selection_set
            else:  # pragma: no cover - graphql-core has no other selection kinds
                continue
            target = self.schema.get_type(condition.name.value) if condition else parent
            cost = self.selections(inner, target or parent, page_size)
            if target is None or target is parent:
                shared += cost
            else:
                by_type[target.name] = by_type.get(target.name, 0) + cost
        return shared + max(by_type.values(), default=0)


def estimate(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: dict | None,
) -> Estimate | None:
    """The estimate of the operation that would run; None when no single one is named."""
    operation: OperationDefinitionNode | None = get_operation_ast(document, operation_name)
    if operation is None:
        return None
    root = schema.get_root_type(operation.operation)
    if root is None:
        return None
    walk = _Walk(schema, document, variables or {})
    walk.estimate.cost = walk.selections(operation.selection_set, root, None)
    return walk.estimate


def budget_errors(found: Estimate) -> list[GraphQLError]:
    """Input errors first; else the cost and rendition limits, as `LIMIT_EXCEEDED`."""
    if found.input_errors:
        return found.input_errors
    max_cost = limit("MAX_COST")
    if found.cost > max_cost:
        return [
            GraphQLError(
                _(
                    "The query costs %(cost)s; the limit is %(max)s. Ask for fewer items "
                    "(a smaller pagination limit), fewer fields or fewer aliases, or split "
                    "the query."
                )
                % {"cost": found.cost, "max": max_cost},
                extensions={"code": LIMIT_ERROR_CODE, "cost": found.cost, "limit": max_cost},
            )
        ]
    max_specs = limit("MAX_RENDITION_SPECS")
    if len(found.renditions) > max_specs:
        return [
            GraphQLError(
                _(
                    "The query asks for %(count)s different image sizes; ask for at most "
                    "%(max)s per request (count each srcset width and each format)."
                )
                % {"count": len(found.renditions), "max": max_specs},
                extensions={"code": LIMIT_ERROR_CODE},
            )
        ]
    return []
