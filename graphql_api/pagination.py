"""Paginated lists: `totalCount` and `results`, offset pagination with a default and a maximum
page size from `settings.VNG_GRAPHQL_LIMITS` (via strawberry-django's pagination settings).

`Paginated[T]` is strawberry-django's `OffsetPaginated` with two changes: the total comes from
a window function in the same query as the results (one query instead of two), and fetched
objects are registered for batched relation loading (`locales.remember_batch`).
"""

from typing import Generic

import strawberry
from django.db.models import Count, QuerySet, Window
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
    """One query: the requested page of `queryset` and, when `count`, the total number of rows
    (None otherwise: counting every matching row is the costly part of a long list).

    An empty page past the end costs a second query (COUNT) to still report the total.
    """
    pagination = pagination or OffsetPaginationInput()
    counted = queryset.annotate(_api_total=Window(Count("*"))) if count else queryset
    page = apply(pagination, counted)
    rows = list(page.specific() if specific else page)
    if not count:
        return rows, None
    if rows:
        return rows, rows[0]._api_total
    return rows, (0 if not pagination.offset else queryset.count())


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
