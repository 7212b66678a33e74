"""The shape of a parsed document, checked before graphql-core validates it.

graphql-core's validation compares every pair of fields that share a response name
(`OverlappingFieldsCanBeMerged`), after expanding fragments: a document of nested fragments that
each spread the one below twice is a few hundred bytes and keeps a worker busy for minutes. So
before validation runs, one linear walk over the document (each fragment measured once) refuses:

- fragments that spread themselves, directly or through others (a cycle);
- documents whose fragments expand to more than `MAX_SELECTIONS` field selections;
- more than `MAX_DIRECTIVES` directives, or one directive repeated on one location;
- number literals too long for Python to convert (`BAD_USER_INPUT`).

Nothing here needs the schema, a resolver or SQL.
"""

from django.utils.translation import gettext as _
from graphql import (
    DocumentNode,
    FieldNode,
    FloatValueNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    Node,
    OperationDefinitionNode,
    SelectionSetNode,
)

from graphql_api.limits import INPUT_ERROR_CODE, LIMIT_ERROR_CODE, limit

INVALID_CODE = "GRAPHQL_VALIDATION_FAILED"


class _Refused(Exception):  # noqa: N818 - internal signal, turned into a GraphQLError
    def __init__(self, error: GraphQLError) -> None:
        super().__init__(error.message)
        self.error = error


def _limit_error(message: str, node: Node | None = None) -> GraphQLError:
    return GraphQLError(message, node, extensions={"code": LIMIT_ERROR_CODE})


class _Expansion:
    """Counts field selections with every fragment spread expanded, each fragment once."""

    def __init__(self, fragments: dict[str, FragmentDefinitionNode], ceiling: int) -> None:
        self.fragments = fragments
        self.ceiling = ceiling
        self.sizes: dict[str, int] = {}
        self.open: list[str] = []  # fragments being measured: a spread of one of them is a cycle

    def selections(self, selection_set: SelectionSetNode | None) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += 1 + self.selections(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                total += self.selections(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection)
            # Stop early: the exact size of a bomb does not matter, only that it is too big.
            total = min(total, self.ceiling + 1)
        return total

    def fragment(self, spread: FragmentSpreadNode) -> int:
        name = spread.name.value
        if name in self.open:
            cycle = [*self.open[self.open.index(name) :], name]
            raise _Refused(
                GraphQLError(
                    _(
                        "The fragment “%(name)s” includes itself (%(cycle)s); "
                        "a fragment cannot spread itself, directly or through others."
                    )
                    % {"name": name, "cycle": " → ".join(cycle)},
                    spread,
                    extensions={"code": INVALID_CODE},
                )
            )
        if name not in self.sizes:
            definition = self.fragments.get(name)
            if definition is None:  # an unknown fragment: validation names it
                return 0
            self.open.append(name)
            self.sizes[name] = self.selections(definition.selection_set)
            self.open.pop()
        return self.sizes[name]


MAX_NUMBER_CHARACTERS = 40  # far beyond any Int (32 bits) or Float a query needs


def _check_nodes(document: DocumentNode, max_directives: int) -> None:
    """Directives (count, repetition) and number literals too long to convert, in one pass."""
    count = 0
    stack: list[Node] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, IntValueNode | FloatValueNode) and (
            len(node.value) > MAX_NUMBER_CHARACTERS
        ):
            raise _Refused(
                GraphQLError(
                    _(
                        "The number %(start)s… has %(length)s characters; numbers in this API "
                        "fit in 32 bits (Int) or a double (Float)."
                    )
                    % {"start": node.value[:12], "length": len(node.value)},
                    node,
                    extensions={"code": INPUT_ERROR_CODE},
                )
            )
        directives = getattr(node, "directives", None) or ()
        names = [directive.name.value for directive in directives]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise _Refused(
                _limit_error(
                    _(
                        "The directive @%(name)s is repeated on one location; use each "
                        "directive at most once per field or fragment."
                    )
                    % {"name": repeated[0]},
                    node,
                )
            )
        count += len(names)
        if count > max_directives:
            raise _Refused(
                _limit_error(
                    _("The document uses more than %(max)s directives; use at most %(max)s.")
                    % {"max": max_directives},
                    node,
                )
            )
        for key in node.keys:
            value = getattr(node, key, None)
            if isinstance(value, Node):
                stack.append(value)
            elif isinstance(value, tuple | list):
                stack.extend(item for item in value if isinstance(item, Node))


def shape_errors(document: DocumentNode) -> list[GraphQLError]:
    """The document's shape problems (at most one), found in time linear in its size."""
    max_selections = limit("MAX_SELECTIONS")
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    expansion = _Expansion(fragments, max_selections)
    try:
        _check_nodes(document, limit("MAX_DIRECTIVES"))
        total = 0
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                total += expansion.selections(definition.selection_set)
            elif isinstance(definition, FragmentDefinitionNode):
                # fragments no operation spreads are measured too, for their cycles
                expansion.fragment(FragmentSpreadNode(name=definition.name, loc=definition.loc))
            if total > max_selections:
                raise _Refused(
                    _limit_error(
                        _(
                            "The document expands to more than %(max)s field selections once "
                            "its fragments are spread; spread fewer fragments or split the query."
                        )
                        % {"max": max_selections}
                    )
                )
    except _Refused as refused:
        return [refused.error]
    return []
