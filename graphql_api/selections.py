"""What a document selects below the field being resolved, for resolvers that load only what
is asked for (the total of a list, the renditions of an image)."""

from collections.abc import Iterable, Iterator

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
