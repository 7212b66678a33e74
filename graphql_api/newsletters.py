"""The monthly newsletter: `newsletterIssues` and the page types of the archive and an issue."""

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import auto
from strawberry.types import Info

from graphql_api.delivery.tags import record_list
from graphql_api.locales import requested_locale
from graphql_api.pages import PageInterface
from graphql_api.pagination import Paginated
from graphql_api.streamfield import stream_field
from home.serving.versions import served_list
from themes import models as m
from themes.blocks import BodyBlock


@strawberry_django.type(m.NewsletterIndexPage, name="NewsletterIndexPage")
class NewsletterIndexPageType(PageInterface):
    intro: auto


@strawberry_django.type(m.NewsletterIssuePage, name="NewsletterIssuePage")
class NewsletterIssuePageType(PageInterface):
    number: auto
    issue_date: auto
    intro: auto
    body = stream_field("body", BodyBlock)


@strawberry.type
class Query:
    @strawberry_django.offset_paginated(
        Paginated[NewsletterIssuePageType], description="Newsletter issues, newest first."
    )
    def newsletter_issues(
        self, info: Info, locale: str | None = None, fallback: bool = True
    ) -> QuerySet[m.NewsletterIssuePage]:
        code = requested_locale(locale)
        record_list(info.context, m.NewsletterIssuePage, code)
        return served_list(m.NewsletterIssuePage, code, fallback).order_by("-issue_date", "pk")
