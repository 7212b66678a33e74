"""Best-practice examples: the `bestPractices` list with its filters and orders, and the page
types of the examples and their index."""

from datetime import datetime
from decimal import Decimal
from enum import Enum

import strawberry
import strawberry_django
from django.db.models import Exists, OuterRef, Q, QuerySet
from strawberry import auto
from strawberry.types import Info

from graphql_api.choices import AwardCategory, Origin, Region, as_enum
from graphql_api.delivery.tags import record_list
from graphql_api.images import ImageType, prefetch_requested_renditions
from graphql_api.limits import check_year
from graphql_api.locales import (
    child_rows,
    localize,
    localize_relation,
    remember_batch,
    requested_locale,
)
from graphql_api.numbers import plain_decimal
from graphql_api.page_queries import search_ids
from graphql_api.pages import PageInterface, page_id
from graphql_api.pagination import Paginated
from graphql_api.programme import PillarPageType, ThemePageType
from graphql_api.streamfield import stream_field
from graphql_api.taxonomy import (
    AgendaType,
    ContactPersonType,
    CountryType,
    GoalType,
    MunicipalityType,
    OrganisationType,
)
from home.serving.paths import with_paths
from home.serving.versions import servable, served_list
from home.serving.visibility import public_through
from themes import models as m
from themes.blocks import BodyBlock


@strawberry_django.type(m.BestPracticeIndexPage, name="BestPracticeIndexPage")
class BestPracticeIndexPageType(PageInterface):
    intro: auto


@strawberry_django.type(m.KeyFigure, name="KeyFigure")
class KeyFigureType:
    @strawberry.field(description="The number, e.g. 40 or 12.5 (no trailing zeros).")
    def value(self, root: strawberry.Parent[m.KeyFigure]) -> Decimal:
        # Stored as the editor typed it ("40", "3.5"); written without trailing zeros.
        return plain_decimal(root.value)

    unit: auto
    label: auto


@strawberry_django.type(m.ExternalLink, name="ExternalLink")
class ExternalLinkType:
    title: auto
    url: auto


@strawberry_django.type(m.BestPracticePage, name="BestPracticePage")
class BestPracticePageType(PageInterface):
    summary: auto
    origin: Origin
    region: Region
    partner_cities: auto
    project_code: auto
    start_date: auto
    end_date: auto
    award_year: auto

    @strawberry.field(description="The award's category; null without an award.")
    def award_category(self, root: strawberry.Parent[m.BestPracticePage]) -> AwardCategory | None:
        return as_enum(AwardCategory, root.award_category)

    promote_internationally: auto
    body = stream_field("body", BodyBlock)

    @strawberry.field(description="The Dutch municipalities behind the example.")
    def municipalities(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> list[MunicipalityType]:
        return localize_relation(info, root, "municipalities")

    @strawberry.field(description="Partner organisations.")
    def partners(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> list[OrganisationType]:
        return localize_relation(info, root, "partners")

    @strawberry.field(description="Who funds it.")
    def funder(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> OrganisationType | None:
        return next(iter(localize_relation(info, root, "funder")), None)

    @strawberry.field(description="Results in figures.")
    def key_figures(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> list[KeyFigureType]:
        return child_rows(info.context, root, "key_figures")

    @strawberry.field(description="Links to read more elsewhere.")
    def links(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> list[ExternalLinkType]:
        return child_rows(info.context, root, "links")

    @strawberry_django.field(
        description="The main image, with the page's alt text and credit.",
        select_related=["hero_image"],
        annotate={"_hero_public": public_through("hero_image")},
    )
    def hero_image(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> ImageType | None:
        # An image in a restricted collection is never shown, not even its alt text. In a
        # list the image and that check come with the page row; elsewhere they are loaded for
        # every example of the request at once. Renditions: only those asked for.
        if hasattr(root, "_hero_public") and "hero_image" in root._state.fields_cache:
            image = root.hero_image if root._hero_public else None
            _remember_hero_images(info.context, type(root))
        else:
            image = next(iter(localize_relation(info, root, "hero_image")), None)
        if image is None:
            return None
        prefetch_requested_renditions(info.context, info, image)
        return ImageType.from_model(image, alt=root.hero_alt, credit=root.hero_credit)

    @strawberry.field(description="Themes, in the language asked for.")
    def themes(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> list[ThemePageType]:
        return localize_relation(info, root, "themes")

    @strawberry.field(description="Pillars, in the language asked for.")
    def pillars(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> list[PillarPageType]:
        return localize_relation(info, root, "pillars")

    @strawberry.field(description="The Global Goals it contributes to, in the language asked for.")
    def goals(self, root: strawberry.Parent[m.BestPracticePage], info: Info) -> list[GoalType]:
        return localize_relation(info, root, "goals")

    @strawberry.field(description="The goal it contributes to most.")
    def primary_goal(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> GoalType | None:
        return next(iter(localize_relation(info, root, "primary_goal")), None)

    @strawberry.field(description="Other agendas it serves, in the language asked for.")
    def agendas(self, root: strawberry.Parent[m.BestPracticePage], info: Info) -> list[AgendaType]:
        return localize_relation(info, root, "agendas")

    @strawberry.field(description="Countries of the partners, in the language asked for.")
    def partner_countries(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> list[CountryType]:
        return localize_relation(info, root, "partner_countries")

    @strawberry.field(description="Who readers can ask about it.")
    def contact_person(
        self, root: strawberry.Parent[m.BestPracticePage], info: Info
    ) -> ContactPersonType | None:
        return next(iter(localize_relation(info, root, "contact_person")), None)


def _remember_hero_images(context, model) -> None:
    """Register the public hero images that came with the request's examples, so their
    renditions load together."""
    done = context.memo(("hero images", model), set)
    pages = [page for page in context.memo(("batch", model), list) if id(page) not in done]
    images = [
        page.hero_image
        for page in pages
        if getattr(page, "_hero_public", False)
        and "hero_image" in page._state.fields_cache
        and page.hero_image is not None
    ]
    done.update(id(page) for page in pages)
    remember_batch(context, images)


@strawberry.input(description="Narrow the examples; all given conditions must hold.")
class BestPracticeFilter:
    theme: strawberry.ID | None = strawberry.field(
        default=None, description="Id of a theme page (any language version)."
    )
    pillar: strawberry.ID | None = strawberry.field(
        default=None, description="Id of a pillar page (any language version)."
    )
    goal: int | None = strawberry.field(default=None, description="Global Goal number, 1 to 17.")
    municipality: str | None = strawberry.field(
        default=None, description="CBS code of a municipality, e.g. GM0363."
    )
    country: str | None = strawberry.field(
        default=None, description="ISO 3166-1 code of a partner country, e.g. BF."
    )
    region: Region | None = None
    origin: Origin | None = None
    year: int | None = strawberry.field(
        default=None, description="Only examples running in this year."
    )
    promoted: bool | None = strawberry.field(
        default=None, description="Only examples promoted internationally (true) or not (false)."
    )
    search: str | None = strawberry.field(
        default=None,
        description="Words found by the search (as `search`), in any order and inflection.",
    )
    changed_since: datetime | None = strawberry.field(
        default=None,
        description=(
            "Only examples published after this time. Deletions, unpublishes and changed "
            "reference data come from the `changes` feed."
        ),
    )


@strawberry.enum(description="The order of a list of examples.")
class BestPracticeOrder(Enum):
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"


ORDERINGS = {
    BestPracticeOrder.NEWEST: ("-start_date", "title", "pk"),
    BestPracticeOrder.OLDEST: ("start_date", "title", "pk"),
    BestPracticeOrder.TITLE: ("title", "pk"),
}


def _through(field_name: str, **lookups) -> Exists:
    """An example linked through M2M `field_name` to a target matching `lookups`."""
    field = m.BestPracticePage._meta.get_field(field_name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    return Exists(
        through.objects.filter(
            **{source: OuterRef("pk")}, **{f"{target}__{k}": v for k, v in lookups.items()}
        )
    )


def _page_translation_key(model, value):
    return model.objects.filter(pk=page_id(value)).values("translation_key")[:1]


def filter_best_practices(queryset: QuerySet, filters: BestPracticeFilter) -> QuerySet:
    """Explicit lookups only; relations match any language version of the chosen item."""
    if filters.theme is not None:
        keys = _page_translation_key(m.ThemePage, filters.theme)
        queryset = queryset.filter(_through("themes", translation_key__in=keys))
    if filters.pillar is not None:
        keys = _page_translation_key(m.PillarPage, filters.pillar)
        queryset = queryset.filter(_through("pillars", translation_key__in=keys))
    if filters.goal is not None:
        queryset = queryset.filter(_through("goals", number=filters.goal))
    if filters.municipality is not None:
        queryset = queryset.filter(_through("municipalities", cbs_code=filters.municipality))
    if filters.country is not None:
        queryset = queryset.filter(_through("partner_countries", iso_code=filters.country.upper()))
    if filters.region is not None:
        queryset = queryset.filter(region=filters.region.value)
    if filters.origin is not None:
        queryset = queryset.filter(origin=filters.origin.value)
    if filters.year is not None:
        check_year(filters.year)
        queryset = queryset.filter(
            Q(start_date__year__lte=filters.year),
            Q(end_date__isnull=True) | Q(end_date__year__gte=filters.year),
        )
    if filters.changed_since is not None:
        queryset = queryset.filter(last_published_at__gt=filters.changed_since)
    if filters.promoted is not None:
        queryset = queryset.filter(promote_internationally=filters.promoted)
    return queryset


def search_examples(queryset: QuerySet, filters, code: str, fallback: bool) -> QuerySet:
    """The examples of `queryset` the search finds for `filters.search` (as `search`)."""
    if filters is None or filters.search is None:
        return queryset
    return queryset.filter(pk__in=search_ids(queryset, filters.search, code, fallback))


@strawberry.type
class Query:
    @strawberry_django.offset_paginated(
        Paginated[BestPracticePageType],
        description="Best-practice examples in the language asked for (each example once).",
    )
    def best_practices(
        self,
        info: Info,
        locale: str | None = None,
        fallback: bool = True,
        filters: BestPracticeFilter | None = None,
        order: BestPracticeOrder = BestPracticeOrder.NEWEST,
    ) -> QuerySet[m.BestPracticePage]:
        code = requested_locale(locale)
        record_list(info.context, m.BestPracticePage, code)
        if filters is None:
            queryset = served_list(m.BestPracticePage, code, fallback)
        else:
            queryset = servable(m.BestPracticePage)
            queryset = search_examples(filter_best_practices(queryset, filters), filters, code,
                                       fallback)  # fmt: skip
            queryset = localize(with_paths(queryset), code, fallback)
        return queryset.order_by(*ORDERINGS[order])
