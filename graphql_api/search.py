"""The root fields `search` and `autocomplete`: pages found through Wagtail's search backend
(`home.serving.search`), ranked, with a highlighted snippet, the language each matched in and
facet counts (themes, goals, regions, types) for the same query; the same visibility and
language rules as every list."""

import strawberry
from django.db.models import Count
from django.utils.translation import gettext as _
from strawberry.types import Info
from strawberry_django.pagination import OffsetPaginationInput
from wagtail.models import Page

from graphql_api.choices import Region
from graphql_api.delivery.tags import record_list
from graphql_api.limits import InputError, limit
from graphql_api.limits import limit as settings_limit  # `autocomplete` has a `limit` argument
from graphql_api.locales import mark, requested_locale
from graphql_api.page_queries import PageType, page_types_q
from graphql_api.page_tree import specific_pages
from graphql_api.pages import PageInterface, page_id
from home.serving.paths import with_paths
from home.serving.search import SearchWordsError, add_snippets, autocomplete_titles, search_pages
from home.serving.versions import localize_objects
from themes import models as m
from themes.models import choices as vocabularies


@strawberry.type(description="One page found, with why it was found.")
class SearchHit:
    page: PageInterface
    score: float = strawberry.field(description="The rank: higher is a better match.")
    snippet: str = strawberry.field(
        description="An extract of its text with the words found in <mark>…</mark> "
        "(HTML-escaped otherwise); may be empty."
    )
    matched_locale: str = strawberry.field(description="The language the words matched in.")


@strawberry.type(description="How many results have one value.")
class FacetCount:
    value: str = strawberry.field(
        description="A theme id, a goal number, a Region or a PageType value."
    )
    label: str = strawberry.field(description="Its name in the language asked for.")
    count: int


@strawberry.type(description="Counts of the results per theme, goal, region and page type.")
class SearchFacets:
    themes: list[FacetCount]
    goals: list[FacetCount]
    regions: list[FacetCount]
    types: list[FacetCount]


@strawberry.type(description="Search results, best first.")
class SearchResults:
    total_count: int = strawberry.field(description="How many pages were found in all.")
    results: list[PageInterface] = strawberry.field(description="The pages of this page.")
    hits: list[SearchHit] = strawberry.field(description="The same pages, with their rank.")
    facets: SearchFacets = strawberry.field(description="Counts over all results.")


def _facets(ids: list[int], code: str) -> SearchFacets:
    types, page_types = [], {t.value.lower(): t for t in PageType}
    rows = Page.objects.filter(pk__in=ids).values("content_type__app_label", "content_type__model")
    for row in rows.annotate(count=Count("pk")).order_by("-count"):
        key = f"{row['content_type__app_label']}.{row['content_type__model']}"
        if key in page_types:
            name = page_types[key].name
            types.append(FacetCount(value=name, label=name, count=row["count"]))
    examples = m.BestPracticePage.objects.filter(pk__in=ids)
    regions = [
        FacetCount(value=Region(row["region"]).name, label=str(vocabularies.Region(row["region"]).label),
                   count=row["count"])
        for row in examples.values("region").annotate(count=Count("pk")).order_by("-count")
    ]  # fmt: skip
    theme_rows = m.BestPracticePage.themes.through.objects.filter(bestpracticepage_id__in=ids)
    theme_counts = dict(
        theme_rows.values_list("themepage_id").annotate(count=Count("bestpracticepage_id"))
    )
    themes = localize_objects(list(m.ThemePage.objects.filter(pk__in=theme_counts)), code, True)
    by_key = {t.translation_key: t for t in themes}
    theme_facets = []
    for theme in m.ThemePage.objects.filter(pk__in=theme_counts):
        served = by_key.get(theme.translation_key)
        if served is not None:
            theme_facets.append(
                FacetCount(value=str(served.pk), label=served.title, count=theme_counts[theme.pk])
            )
    goal_rows = m.BestPracticePage.goals.through.objects.filter(bestpracticepage_id__in=ids)
    goal_counts = dict(
        goal_rows.values_list("goal_id").annotate(count=Count("bestpracticepage_id"))
    )
    goals = {
        g.translation_key: g
        for g in localize_objects(list(m.Goal.objects.filter(pk__in=goal_counts)), code, True)
    }
    goal_facets = []
    for goal in m.Goal.objects.filter(pk__in=goal_counts).order_by("number"):
        served = goals.get(goal.translation_key, goal)
        goal_facets.append(
            FacetCount(value=str(goal.number), label=served.name, count=goal_counts[goal.pk])
        )
    return SearchFacets(themes=theme_facets, goals=goal_facets, regions=regions, types=types)


def _candidates(types, theme, goal, region):
    queryset = Page.objects.filter(depth__gte=2)
    if types:
        queryset = queryset.filter(page_types_q(types))
    if theme is not None or goal is not None or region is not None:
        examples = m.BestPracticePage.objects.all()
        if theme is not None:
            keys = m.ThemePage.objects.filter(pk=page_id(theme)).values("translation_key")
            examples = examples.filter(themes__translation_key__in=keys)
        if goal is not None:
            examples = examples.filter(goals__number=goal)
        if region is not None:
            examples = examples.filter(region=region.value)
        queryset = queryset.filter(pk__in=examples.values("pk"))
    return queryset


@strawberry.type
class Query:
    @strawberry.field(
        description="Pages holding all the words (in any order and inflection, e.g. “steden” "
        "finds “stad”) in their title, summary, body or the names of their themes and goals, "
        "best first; title matches rank above body matches. `theme`, `goal` and `region` "
        "narrow to examples."
    )
    def search(
        self,
        info: Info,
        query: str,
        types: list[PageType] | None = None,
        theme: strawberry.ID | None = None,
        goal: int | None = None,
        region: Region | None = None,
        locale: str | None = None,
        fallback: bool = True,
        pagination: OffsetPaginationInput | None = None,
    ) -> SearchResults:
        code = requested_locale(locale)
        record_list(info.context, Page, code)  # a newly published page may match
        try:
            hits = search_pages(_candidates(types, theme, goal, region), query, code, fallback)
        except SearchWordsError as error:
            raise InputError(str(error)) from error
        offset = max(pagination.offset if pagination else 0, 0)
        size = pagination.limit if pagination and pagination.limit is not None else None
        size = min(size if size and size > 0 else limit("PAGE_SIZE"), limit("MAX_PAGE_SIZE"))
        shown = hits[offset : offset + size]
        add_snippets(shown, query)
        rows = {p.pk: p for p in with_paths(Page.objects.filter(pk__in=[h.page_id for h in shown]))}
        generic = mark([rows[h.page_id] for h in shown if h.page_id in rows], code, fallback)
        pages = {page.pk: page for page in specific_pages(info.context, generic)}
        found = [
            SearchHit(page=pages[h.page_id], score=h.score, snippet=h.snippet,
                      matched_locale=h.language)
            for h in shown
            if h.page_id in pages
        ]  # fmt: skip
        return SearchResults(
            total_count=len(hits),
            results=[hit.page for hit in found],
            hits=found,
            facets=_facets([hit.page_id for hit in hits], code),
        )

    @strawberry.field(
        description="Pages whose title starts with the words, for suggestions while typing."
    )
    def autocomplete(
        self,
        info: Info,
        query: str,
        locale: str | None = None,
        fallback: bool = True,
        limit: int = 10,
    ) -> list[PageInterface]:
        most = settings_limit("MAX_AUTOCOMPLETE")
        if not 1 <= limit <= most:
            raise InputError(_("Give a limit from 1 to %(most)s.") % {"most": most})
        code = requested_locale(locale)
        record_list(info.context, Page, code)
        try:
            pages = autocomplete_titles(Page.objects.all(), query, code, fallback, limit)
        except SearchWordsError as error:
            raise InputError(str(error)) from error
        found = with_paths(Page.objects.filter(pk__in=[page.pk for page in pages]))
        order = {page.pk: index for index, page in enumerate(pages)}
        generic = mark(sorted(found, key=lambda page: order[page.pk]), code, fallback)
        return specific_pages(info.context, generic)
