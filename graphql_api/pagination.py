"""Paginated lists: `totalCount` and `results`, offset pagination with a default and a maximum
page size from `settings.VNG_GRAPHQL_LIMITS` (via strawberry-django's pagination settings).

`Paginated[T]` is strawberry-django's `OffsetPaginated` with two changes: the total is counted
only when asked and only when the page does not reach the end of the list (`fetch_page`), and
fetched objects are registered for batched relation loading (`locales.remember_batch`).
"""

from typing import Generic

import strawberry
from django.db.models import QuerySet
from strawberry.types import Info
from strawberry_django.pagination import NodeType, OffsetPaginated, OffsetPaginationInput, apply

from graphql_api.locales import mark, remember_batch
from graphql_api.selections import selects


def fetch_page(
    queryset: QuerySet,
    pagination: OffsetPaginationInput | None,
    *,
    specific: bool = False,
    count: bool = True,
) -> tuple[list, int | None]:
    """The requested page of `queryset` in one query and, when `count`, the total number of
    rows (None otherwise).

    With `count` the page is read with one row more than asked: when the list ends within it,
    the total follows from the offset. Only a longer list (or an offset past the end) costs a
    second query, a plain COUNT: the list's own query still reads just one page in its order,
    where a window count would compute every matching row with all its columns.
    """
    page = apply(pagination or OffsetPaginationInput(), queryset)
    start, stop = page.query.low_mark, page.query.high_mark
    if count and stop is not None:
        page = queryset[start : stop + 1]
    rows = list(page.specific() if specific else page)
    if not count:
        return rows, None
    if stop is None or len(rows) <= stop - start:
        if rows or not start:
            return rows, start + len(rows)
        return rows, queryset.count()
    return rows[: stop - start], queryset.count()


@strawberry.type(description="One page of a list.")
class Paginated(OffsetPaginated[NodeType], Generic[NodeType]):
    @classmethod
    def resolve_paginated(cls, queryset, *, info: Info, pagination=None, **kwargs):
        paginated = super().resolve_paginated(queryset, info=info, pagination=pagination, **kwargs)
        paginated._api_count = selects(info, "totalCount")
        return paginated

    def _fetched(self, info: Info) -> tuple[list, int]:
        if not hasattr(self, "_api_page"):
            count = getattr(self, "_api_count", True)
            rows, total = (
                fetch_page(self.queryset, self.pagination, count=count)
                if self.queryset is not None
                else ([], 0)
            )
            self._api_page = (remember_batch(info.context, rows), total)
        return self._api_page

    @strawberry.field(description="How many items all pages hold together.")
    def total_count(self, info: Info) -> int:
        return self._fetched(info)[1]

    @strawberry.field(description="The items of this page.")
    def results(self, info: Info) -> list[NodeType]:
        return self._fetched(info)[0]


def page_of_pages(info: Info, queryset: QuerySet, pagination, code: str, fallback: bool):
    """A page of a generic `Page` queryset as specific pages, with the total: one query plus
    one per page type on the page."""
    rows, total = fetch_page(queryset, pagination, specific=True, count=selects(info, "totalCount"))
    return remember_batch(info.context, mark(rows, code, fallback)), total or 0
