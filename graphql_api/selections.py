"""What a document selects below and next to the field being resolved, for resolvers that load
only what is asked for (the total of a list, the renditions of an image) or load it together
with what their siblings ask for (relations)."""

from collections.abc import Iterable, Iterator

from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode
from strawberry.types.nodes import SelectedField


def fields_below(fields: Iterable) -> Iterator[SelectedField]:
    """The fields selected directly below `fields`, through inline fragments and spreads."""
    for field in fields:
        for selection in field.selections:
            if isinstance(selection, SelectedField):
                yield selection
            else:
                yield from fields_below([selection])


def selects(info, name: str) -> bool:
    """Whether the field being resolved has `name` (e.g. "totalCount") among its selections."""
    return any(field.name == name for field in fields_below(info.selected_fields))


def sibling_fields(info) -> frozenset[str]:
    """The names of the fields selected next to the field being resolved, on the same object
    (itself included), through inline fragments and spreads — so a resolver can load what its
    siblings will ask for in the same query. Fragments of other type conditions count too:
    more, never fewer. Computed once per document."""
    raw = info._raw_info
    siblings = info.context.memo(("sibling fields", id(raw.operation)), lambda: _siblings(raw))
    return frozenset().union(*(siblings.get(id(node), ()) for node in raw.field_nodes))


def _siblings(raw) -> dict[int, frozenset[str]]:
    """id(field node) → the names selected next to it, for every field of the document."""
    found: dict[int, frozenset[str]] = {}
    walked: set[int] = set()

    def expand(selection_set, spread: frozenset[str]) -> list[FieldNode]:
        fields = []
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                fields.append(selection)
            elif isinstance(selection, InlineFragmentNode):
                fields += expand(selection.selection_set, spread)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = raw.fragments.get(name)
                if fragment is not None and name not in spread:
                    fields += expand(fragment.selection_set, spread | {name})
        return fields

    def walk(selection_set) -> None:
        walked.add(id(selection_set))
        fields = expand(selection_set, frozenset())
        names = frozenset(field.name.value for field in fields)
        for field in fields:
            found[id(field)] = found.get(id(field), frozenset()) | names
        for field in fields:
            if field.selection_set is not None and id(field.selection_set) not in walked:
                walk(field.selection_set)

    walk(raw.operation.selection_set)
    return found
