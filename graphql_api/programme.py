"""The yearly policy assignment: `programmes`, `themes(year)`, `pillars(year)` and
`activities(filters)`, with their page types."""

import strawberry
import strawberry_django
from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Length, Substr
from strawberry import auto
from strawberry.types import Info

from graphql_api.choices import ActivityKind, Region, Track
from graphql_api.delivery.tags import record_list
from graphql_api.locales import localize, localize_relation, remember_batch, requested_locale
from graphql_api.pages import PageInterface, page_id
from graphql_api.streamfield import stream_field
from graphql_api.taxonomy import CountryType, GoalType, OrganisationType
from home.serving.paths import with_paths
from home.serving.visibility import visible_pages
from themes import models as m
from themes.blocks import BodyBlock


@strawberry_django.type(m.ProgrammeYearPage, name="ProgrammeYearPage")
class ProgrammeYearPageType(PageInterface):
    year: auto
    project_code: auto
    region: Region
    start_date: auto
    end_date: auto
    field_of_expertise: auto
    policy_fields: auto
    funding: auto
    summary: auto

    @strawberry.field(description="Partner organisations of the programme year.")
    def partners(
        self, root: strawberry.Parent[m.ProgrammeYearPage], info: Info
    ) -> list[OrganisationType]:
        return localize_relation(info, root, "partners")

    body = stream_field("body", BodyBlock)

    @strawberry.field(description="The main country, in the language asked for.")
    def country(
        self, root: strawberry.Parent[m.ProgrammeYearPage], info: Info
    ) -> CountryType | None:
        return next(iter(localize_relation(info, root, "country")), None)

    @strawberry.field(description="Other countries, in the language asked for.")
    def other_countries(
        self, root: strawberry.Parent[m.ProgrammeYearPage], info: Info
    ) -> list[CountryType]:
        return localize_relation(info, root, "other_countries")


@strawberry_django.type(m.ThemePage, name="ThemePage")
class ThemePageType(PageInterface):
    number: auto
    short_description: auto
    body = stream_field("body", BodyBlock)

    @strawberry.field(description="The goals this theme works on most.")
    def goals(self, root: strawberry.Parent[m.ThemePage], info: Info) -> list[GoalType]:
        return localize_relation(info, root, "goals")


@strawberry_django.type(m.PillarPage, name="PillarPage")
class PillarPageType(PageInterface):
    number: auto
    short_description: auto
    body = stream_field("body", BodyBlock)


@strawberry_django.type(m.ActivityPage, name="ActivityPage")
class ActivityPageType(PageInterface):
    track: Track
    kind: ActivityKind
    summary: auto
    start_date: auto
    end_date: auto
    body = stream_field("body", BodyBlock)

    @strawberry.field(description="Themes served, in the language asked for.")
    def themes(self, root: strawberry.Parent[m.ActivityPage], info: Info) -> list[ThemePageType]:
        return localize_relation(info, root, "themes")

    @strawberry.field(description="Pillars served, in the language asked for.")
    def pillars(self, root: strawberry.Parent[m.ActivityPage], info: Info) -> list[PillarPageType]:
        return localize_relation(info, root, "pillars")


@strawberry.input(description="Narrow the activities; all given conditions must hold.")
class ActivityFilter:
    track: Track | None = None
    theme: strawberry.ID | None = strawberry.field(
        default=None, description="Id of a theme page (any language version)."
    )
    year: int | None = strawberry.field(default=None, description="The programme year.")


def _localized(info: Info, queryset: QuerySet, locale: str | None, fallback: bool) -> list:
    code = requested_locale(locale)
    record_list(info.context, queryset.model, code)
    rows = localize(with_paths(visible_pages(queryset)), code, fallback)
    return remember_batch(info.context, rows)


def _in_year(queryset: QuerySet, year: int | None) -> QuerySet:
    """Pages below a programme year page of `year` (any language version)."""
    if year is None:
        return queryset
    above = m.ProgrammeYearPage.objects.filter(
        year=year, path=Substr(OuterRef("path"), 1, Length("path"))
    )
    return queryset.filter(Exists(above))


@strawberry.type
class Query:
    @strawberry.field(description="The policy assignments, newest year first.")
    def programmes(
        self, info: Info, locale: str | None = None, fallback: bool = True
    ) -> list[ProgrammeYearPageType]:
        queryset = m.ProgrammeYearPage.objects.order_by("-year", "pk")
        return _localized(info, queryset, locale, fallback)

    @strawberry.field(description="The strategic themes, of one year when `year` is given.")
    def themes(
        self, info: Info, year: int | None = None, locale: str | None = None, fallback: bool = True
    ) -> list[ThemePageType]:
        queryset = _in_year(m.ThemePage.objects.all(), year).order_by("number", "pk")
        return _localized(info, queryset, locale, fallback)

    @strawberry.field(description="The pillars, of one year when `year` is given.")
    def pillars(
        self, info: Info, year: int | None = None, locale: str | None = None, fallback: bool = True
    ) -> list[PillarPageType]:
        queryset = _in_year(m.PillarPage.objects.all(), year).order_by("number", "pk")
        return _localized(info, queryset, locale, fallback)

    @strawberry.field(description="The activities, by track and title.")
    def activities(
        self,
        info: Info,
        locale: str | None = None,
        fallback: bool = True,
        filters: ActivityFilter | None = None,
    ) -> list[ActivityPageType]:
        queryset = m.ActivityPage.objects.all()
        if filters is not None:
            if filters.track is not None:
                queryset = queryset.filter(track=filters.track.value)
            if filters.theme is not None:
                through = m.ActivityPage.themes.through
                keys = m.ThemePage.objects.filter(pk=page_id(filters.theme)).values(
                    "translation_key"
                )
                queryset = queryset.filter(
                    Exists(
                        through.objects.filter(
                            activitypage=OuterRef("pk"), themepage__translation_key__in=keys
                        )
                    )
                )
            queryset = _in_year(queryset, filters.year)
        return _localized(info, queryset.order_by("track", "title", "pk"), locale, fallback)
