"""The tree around a page — parent, ancestors, children — batched for a whole list.

Each loader serves every page of the request at once: the first `parent` asked for loads the
parents of every page the request has fetched so far (`remember_batch`) in a fixed number of
queries (the tree rows, their versions in the asked language, one per page type for the specific
pages); later calls are answered from memory. So a list of 10 or 200 pages with `parent`,
`ancestors` and `children` costs the same number of queries.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, Count, ExpressionWrapper, OuterRef, Q, Subquery
from django.db.models.functions import Length, Right, Substr
from strawberry_django.pagination import OffsetPaginationInput, apply_window_pagination
from wagtail.models import Page

from graphql_api.delivery.tags import children_tag, record_tag
from graphql_api.locales import localize, remember_batch
from home.serving.languages import fallback_chain, locale_id_of
from home.serving.paths import STEPLEN, with_paths
from home.serving.versions import asked_fallback, asked_locale, mark, pick_best
from home.serving.visibility import visibility_q, visible_pages


def _asked(page) -> tuple[str, bool]:
    return asked_locale(page), asked_fallback(page)


def _batch(context, root, loaded: dict) -> list:
    """The pages of the request not yet loaded for `root`'s language, `root` included."""
    asked = _asked(root)
    pages = [
        page
        for page in context.memo(("batch", Page), list)
        if id(page) not in loaded and _asked(page) == asked
    ]
    return pages if any(page is root for page in pages) else [*pages, root]


def specific_pages(context, pages: list) -> list:
    """The specific pages of generic ones, order and language marks kept, registered for
    batching. One query per page type (the generic rows say which)."""
    if not pages:
        return []
    by_type = defaultdict(set)
    for page in pages:
        by_type[page.content_type_id].add(page.pk)
    by_pk = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue  # a page type whose code is gone: nothing to serve
        by_pk.update((page.pk, page) for page in with_paths(model.objects.filter(pk__in=pks)))
    result = []
    for page in pages:
        specific = by_pk.get(page.pk)
        if specific is not None:
            specific._asked_locale, specific._asked_fallback = _asked(page)
            result.append(specific)
    return remember_batch(context, result)


def _served_by_path(context, paths: set[str], code: str, fallback: bool) -> dict[str, object]:
    """Tree path → the specific page to serve for the page at that path, in the asked language."""
    if not paths:
        return {}
    # One query for the pages at the paths and their versions in the chain, each knowing
    # whether it may be served; the best version per page is chosen in memory.
    chain = fallback_chain(code, fallback)
    keys = Page.objects.filter(path__in=paths).values("translation_key")
    rows = list(
        Page.objects.filter(
            Q(path__in=paths) | Q(translation_key__in=keys, locale_id__in=_chain_ids(chain))
        ).annotate(_servable=ExpressionWrapper(visibility_q(), output_field=BooleanField()))
    )
    best = pick_best([row for row in rows if row._servable], chain)
    served = specific_pages(context, mark(list(best.values()), code, fallback))
    by_key = {page.translation_key: page for page in served}
    return {row.path: by_key.get(row.translation_key) for row in rows if row.path in paths}


def _chain_ids(chain: list[str]) -> list[int]:
    return [pk for pk in (locale_id_of(code) for code in chain) if pk is not None]


def _served_at(context, paths: set[str], code: str, fallback: bool) -> dict[str, object]:
    """`_served_by_path`, remembered for the request: parents and ancestors share the pages at
    the paths they have in common, and only paths not seen yet are loaded."""
    served = context.memo(("served at path", code, fallback), dict)
    missing = paths - set(served)
    if missing:
        found = _served_by_path(context, missing, code, fallback)
        served.update((path, found.get(path)) for path in missing)
    return served


def parent_of(context, root, *, with_ancestors: bool = False):
    """The page above `root` in the language asked for `root`; None at the top. With
    `with_ancestors` (the document asks for `ancestors` too), the pages above the parents load
    in the same queries."""
    code, fallback = _asked(root)
    loaded = context.memo(("parent", code, fallback), dict)
    if id(root) not in loaded:
        batch = _batch(context, root, loaded)
        paths = {page.path[:-STEPLEN] for page in batch if page.depth > 2}
        if with_ancestors:
            paths |= {path for page in batch for path in _ancestor_paths(page)}
        served = _served_at(context, paths, code, fallback)
        for page in batch:
            loaded[id(page)] = served.get(page.path[:-STEPLEN]) if page.depth > 2 else None
    return loaded[id(root)]


def _ancestor_paths(page) -> list[str]:
    """Paths of the pages above `page`, from its language home (depth 2) down."""
    return [page.path[: depth * STEPLEN] for depth in range(2, page.depth)]


def ancestors_of(context, root) -> list:
    """The pages above `root`, from the language's home page down, in the asked language."""
    code, fallback = _asked(root)
    loaded = context.memo(("ancestors", code, fallback), dict)
    if id(root) not in loaded:
        batch = _batch(context, root, loaded)
        paths = {path for page in batch for path in _ancestor_paths(page)}
        served = _served_at(context, paths, code, fallback)
        for page in batch:
            found = [served.get(path) for path in _ancestor_paths(page)]
            loaded[id(page)] = [ancestor for ancestor in found if ancestor is not None]
    return loaded[id(root)]


def below(pages, *, children_only: bool) -> Q:
    """Pages below any language version of `pages` (directly below when `children_only`).
    One query for the versions' paths."""
    keys = {page.translation_key for page in pages}
    parents = Page.objects.filter(translation_key__in=keys).values_list("path", "depth")
    condition = Q(pk__in=[])
    for path, depth in parents:
        if children_only:
            condition |= Q(path__startswith=path, depth=depth + 1)
        else:
            condition |= Q(path__startswith=path, depth__gt=depth)
    return condition


def _parent_key():
    """The translation key of a page's parent, as a subquery on its path."""
    return Subquery(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - STEPLEN)
        ).values("translation_key")[:1]
    )


def children_of(context, root, pagination: OffsetPaginationInput | None) -> tuple[list, int]:
    """One page of the visible children of any language version of `root`, in the asked
    language, in tree order; and how many there are. Batched over the request's pages with a
    window per parent: a fixed number of queries for any number of parents."""
    code, fallback = _asked(root)
    pagination = pagination or OffsetPaginationInput()
    window = (pagination.offset, pagination.limit)
    loaded = context.memo(("children", code, fallback, window), dict)
    if root.translation_key not in loaded:
        # Pages of root's type only: the children of a list's items load together, and the
        # pages fetched around them (their parents, ancestors) load with their own kind.
        batch = [
            page
            for page in _batch(context, root, {})
            if page.translation_key not in loaded and type(page) is type(root)
        ]
        for page in batch:
            record_tag(context, children_tag(page.pk))
        queryset = with_paths(visible_pages(Page.objects.filter(below(batch, children_only=True))))
        queryset = (
            localize(queryset, code, fallback)
            .annotate(_parent_key=_parent_key())
            .order_by(Right("path", STEPLEN), "pk")
        )
        rows = list(
            apply_window_pagination(
                queryset,
                related_field_id="_parent_key",
                offset=pagination.offset,
                limit=pagination.limit,
            )
        )
        for page in batch:
            loaded[page.translation_key] = ([], 0)
        served = {page.pk: page for page in specific_pages(context, rows)}
        for row in rows:
            results, _total = loaded[row._parent_key]
            if row.pk in served:
                results.append(served[row.pk])
            loaded[row._parent_key] = (results, row._strawberry_total_count)
        past_end = [page for page in batch if loaded[page.translation_key] == ([], 0)]
        if past_end and pagination.offset:
            # Past the end of a list no row carries the total: count the children of every
            # such parent at once.
            counts = (
                localize(
                    visible_pages(Page.objects.filter(below(past_end, children_only=True))),
                    code,
                    fallback,
                )
                .annotate(_parent_key=_parent_key())
                .order_by()
                .values("_parent_key")
                .annotate(_count=Count("pk"))
                .values_list("_parent_key", "_count")
            )
            for key, count in counts:
                loaded[key] = ([], count)
    return loaded[root.translation_key]
