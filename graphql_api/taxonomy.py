"""Reference data: agendas and goals, countries, Dutch provinces and municipalities,
organisations and contact persons.

Translatable snippets (agendas, goals, countries, contact persons) follow the language rules
of `graphql_api.locales`; provinces, municipalities and organisation names are proper names
and the same in every language.
"""

import datetime

import strawberry
import strawberry_django
from django.db.models import F, Q, QuerySet
from strawberry import auto
from strawberry.types import Info

from graphql_api.delivery.tags import record_list
from graphql_api.locales import (
    asked_fallback,
    asked_locale,
    localize,
    localize_relation,
    mark,
    remember_batch,
    requested_locale,
)
from graphql_api.pagination import Paginated
from home.serving.languages import code_of
from themes import models as m


@strawberry.interface(name="Translated", description="Something that has language versions.")
class TranslatedInterface:
    @strawberry.field(description="The language this version is in (the one served).")
    def locale(self, root: strawberry.Parent[object]) -> str:
        return code_of(root)

    @strawberry.field(description="The language that was asked for.")
    def requested_locale(self, root: strawberry.Parent[object]) -> str:
        return asked_locale(root)

    @strawberry.field(description="True when served in a fallback language, not the one asked.")
    def is_fallback(self, root: strawberry.Parent[object]) -> bool:
        return asked_locale(root) != code_of(root)


@strawberry_django.type(m.Agenda, name="Agenda")
class AgendaType(TranslatedInterface):
    id: auto
    code: auto
    name: auto
    short_name: auto
    description: auto
    adopted_on: auto
    reference: auto
    is_historical: auto

    @strawberry.field(description="The goals of this agenda, in the language asked for.")
    def goals(self, root: strawberry.Parent[m.Agenda], info: Info) -> list["GoalType"]:
        # Batched for every agenda the request fetched: one query, whatever the number.
        code, fallback = asked_locale(root), asked_fallback(root)
        loaded = info.context.memo(("agenda goals", code, fallback), dict)
        if root.translation_key not in loaded:
            agendas = info.context.memo(("batch", m.Agenda), list)
            keys = {agenda.translation_key for agenda in agendas} | {root.translation_key}
            keys -= set(loaded)
            for key in keys:
                loaded[key] = []
            goals = m.Goal.objects.filter(agenda__translation_key__in=keys).annotate(
                _agenda_key=F("agenda__translation_key")
            )
            for goal in remember_batch(
                info.context, localize(goals, code, fallback).order_by("number")
            ):
                loaded[goal._agenda_key].append(goal)
        return loaded[root.translation_key]


@strawberry_django.type(m.Goal, name="Goal")
class GoalType(TranslatedInterface):
    id: auto
    number: auto
    name: auto
    colour: auto
    description: auto

    @strawberry.field(description="The agenda the goal belongs to, in the language asked for.")
    def agenda(self, root: strawberry.Parent[m.Goal], info: Info) -> AgendaType | None:
        return next(iter(localize_relation(info, root, "agenda")), None)


@strawberry_django.type(m.Country, name="Country")
class CountryType(TranslatedInterface):
    id: auto
    iso_code: auto
    name: auto


@strawberry_django.type(m.Province, name="Province")
class ProvinceType:
    id: auto
    cbs_code: auto
    iso_code: auto
    name: auto


@strawberry_django.type(m.Municipality, name="Municipality")
class MunicipalityType:
    id: auto
    cbs_code: auto
    name: auto
    valid_from: auto
    valid_to: auto

    @strawberry.field(description="The province the municipality lies in.")
    def province(self, root: strawberry.Parent[m.Municipality], info: Info) -> ProvinceType:
        return next(iter(localize_relation(info, root, "province")))

    @strawberry.field(description="The municipality it merged into.")
    def successor(
        self, root: strawberry.Parent[m.Municipality], info: Info
    ) -> "MunicipalityType | None":
        return next(iter(localize_relation(info, root, "successor")), None)


@strawberry_django.type(m.Organisation, name="Organisation")
class OrganisationType:
    id: auto
    name: auto
    acronym: auto
    url: auto

    @strawberry.field(description="Where it is based, in the language asked for.")
    def country(self, root: strawberry.Parent[m.Organisation], info: Info) -> CountryType | None:
        return next(iter(localize_relation(info, root, "country")), None)


@strawberry_django.type(m.ContactPerson, name="ContactPerson")
class ContactPersonType(TranslatedInterface):
    id: auto
    name: auto
    role: auto
    email: auto
    phone: auto

    @strawberry.field(description="Where the person works.")
    def organisation(
        self, root: strawberry.Parent[m.ContactPerson], info: Info
    ) -> OrganisationType | None:
        return next(iter(localize_relation(info, root, "organisation")), None)


@strawberry.input(description="Narrow the list of municipalities; all given conditions hold.")
class MunicipalityFilter:
    province: str | None = strawberry.field(
        default=None, description="CBS code of the province, e.g. PV27."
    )
    active_on: datetime.date | None = strawberry.field(
        default=None, description="Only municipalities that existed on this day."
    )
    name: str | None = strawberry.field(default=None, description="Part of the name.")


def _localized_list(info: Info, queryset: QuerySet, locale: str | None, fallback: bool) -> list:
    code = requested_locale(locale)
    record_list(info.context, queryset.model, code)
    return remember_batch(info.context, localize(queryset, code, fallback))


@strawberry.type
class Query:
    @strawberry.field(description="The goals of an agenda (default: the Global Goals), by number.")
    def goals(
        self,
        info: Info,
        locale: str | None = None,
        fallback: bool = True,
        agenda: str = "sdg",
    ) -> list[GoalType]:
        goals = m.Goal.objects.filter(agenda__code=agenda).order_by("number")
        return _localized_list(info, goals, locale, fallback)

    @strawberry.field(description="The international agendas, in their sort order.")
    def agendas(
        self, info: Info, locale: str | None = None, fallback: bool = True
    ) -> list[AgendaType]:
        agendas = m.Agenda.objects.order_by("sort_order", "code")
        return _localized_list(info, agendas, locale, fallback)

    @strawberry.field(description="Countries by ISO code, names in the language asked for.")
    def countries(
        self, info: Info, locale: str | None = None, fallback: bool = True
    ) -> list[CountryType]:
        return _localized_list(info, m.Country.objects.order_by("iso_code"), locale, fallback)

    @strawberry.field(description="The twelve Dutch provinces, by name.")
    def provinces(self, info: Info, locale: str | None = None) -> list[ProvinceType]:
        requested_locale(locale)
        record_list(info.context, m.Province)
        return list(m.Province.objects.order_by("name"))

    @strawberry.field(description="Partner organisations and funders, by name.")
    def organisations(self, info: Info, locale: str | None = None) -> list[OrganisationType]:
        code = requested_locale(locale)
        record_list(info.context, m.Organisation)
        organisations = mark(list(m.Organisation.objects.order_by("name")), code, True)
        return remember_batch(info.context, organisations)

    @strawberry_django.offset_paginated(
        Paginated[MunicipalityType], description="Dutch municipalities, by name."
    )
    def municipalities(
        self,
        info: Info,
        locale: str | None = None,
        filters: MunicipalityFilter | None = None,
    ) -> QuerySet[m.Municipality]:
        requested_locale(locale)
        record_list(info.context, m.Municipality)
        queryset = m.Municipality.objects.order_by("name", "cbs_code")
        if filters is not None:
            if filters.province is not None:
                queryset = queryset.filter(province__cbs_code=filters.province)
            if filters.active_on is not None:
                day = filters.active_on
                queryset = queryset.filter(
                    Q(valid_from__isnull=True) | Q(valid_from__lte=day),
                    Q(valid_to__isnull=True) | Q(valid_to__gte=day),
                )
            if filters.name is not None:
                queryset = queryset.filter(name__icontains=filters.name)
        return queryset
