"""The municipal campaigns (Gemeenten4GlobalGoals and its predecessor): `campaigns` and the
campaign page type with its events, social accounts and member municipalities."""

import strawberry
import strawberry_django
from strawberry import auto
from strawberry.types import Info

from graphql_api.choices import DecisionType, EventKind
from graphql_api.delivery.tags import record_list
from graphql_api.locales import (
    child_rows,
    localize_relation,
    remember_batch,
    requested_locale,
)
from graphql_api.pages import PageInterface
from graphql_api.richtext import batched_rich_text
from graphql_api.streamfield import stream_field
from graphql_api.taxonomy import AgendaType, MunicipalityType
from home.serving.versions import served_list
from themes import models as m
from themes.blocks import BodyBlock, FAQBlock, PrinciplesBlock


@strawberry_django.type(m.CampaignEvent, name="CampaignEvent")
class CampaignEventType:
    kind: EventKind
    title: auto
    date: auto
    place: auto
    description: auto


@strawberry_django.type(m.SocialAccount, name="SocialAccount")
class SocialAccountType:
    network: auto
    handle: auto
    url: auto


@strawberry_django.type(m.CampaignMembership, name="CampaignMembership")
class CampaignMembershipType:
    joined_on: auto
    decision_type: DecisionType

    @strawberry.field(description="The member municipality.")
    def municipality(
        self, root: strawberry.Parent[m.CampaignMembership], info: Info
    ) -> MunicipalityType:
        return next(iter(localize_relation(info, root, "municipality")))


@strawberry_django.type(m.CampaignPage, name="CampaignPage")
class CampaignPageType(PageInterface):
    short_name: auto
    intro: auto
    started_on: auto
    ended_on: auto
    join_url: auto
    principles = stream_field("principles", PrinciplesBlock)
    body = stream_field("body", BodyBlock)
    faq = stream_field("faq", FAQBlock)

    @strawberry.field(description="Events of the campaign, in date order.")
    def events(
        self, root: strawberry.Parent[m.CampaignPage], info: Info
    ) -> list[CampaignEventType]:
        return child_rows(info.context, root, "events")

    @strawberry.field(description="The campaign's accounts on social networks.")
    def social_accounts(
        self, root: strawberry.Parent[m.CampaignPage], info: Info
    ) -> list[SocialAccountType]:
        return child_rows(info.context, root, "social_accounts")

    @strawberry.field(description="The municipalities that joined, with the date.")
    def memberships(
        self, root: strawberry.Parent[m.CampaignPage], info: Info
    ) -> list[CampaignMembershipType]:
        return child_rows(info.context, root, "memberships")

    @strawberry.field(description="The steps a municipality takes to join, as sanitised HTML.")
    def how_to_join(self, root: strawberry.Parent[m.CampaignPage], info: Info) -> str:
        return batched_rich_text(info.context, root, "how_to_join")

    @strawberry.field(description="What the campaign wants, as sanitised HTML.")
    def vision(self, root: strawberry.Parent[m.CampaignPage], info: Info) -> str:
        return batched_rich_text(info.context, root, "vision")

    @strawberry.field(description="The agenda the campaign is about, in the language asked for.")
    def agenda(self, root: strawberry.Parent[m.CampaignPage], info: Info) -> AgendaType | None:
        return next(iter(localize_relation(info, root, "agenda")), None)

    @strawberry.field(description="The campaign this one continues, if it is visible.")
    def predecessor(
        self, root: strawberry.Parent[m.CampaignPage], info: Info
    ) -> "CampaignPageType | None":
        return next(iter(localize_relation(info, root, "predecessor")), None)


@strawberry.type
class Query:
    @strawberry.field(description="The campaigns, the running one first.")
    def campaigns(
        self, info: Info, locale: str | None = None, fallback: bool = True
    ) -> list[CampaignPageType]:
        code = requested_locale(locale)
        record_list(info.context, m.CampaignPage, code)
        rows = served_list(m.CampaignPage, code, fallback).order_by("-started_on", "pk")
        return remember_batch(info.context, rows)
