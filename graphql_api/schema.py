"""Composes the per-domain Query classes into the one public schema.

Extensions, in order: request limits (tokens; fragment explosions and directives before
validation; depth, aliases, introspection with a bounded validation cache; the cost budget,
reported in `extensions.cost` — see `graphql_api.budget`), a bounded parser cache, the
strawberry-django optimizer, and the error policy (unexpected errors masked, no schema
suggestions outside DEBUG).
"""

import strawberry
from django.conf import settings
from django.utils import translation
from strawberry.extensions import MaxTokensLimiter, ParserCache, SchemaExtension
from strawberry_django.optimizer import DjangoOptimizerExtension

from graphql_api.budget import RequestLimits
from graphql_api.limits import PublicErrors, limit, tidy_error
from graphql_api.plain_fields import LeafExecutor, resolve_directly

# Types take their descriptions from help texts when they are defined: in English, for partners,
# whatever LANGUAGE_CODE is.
with translation.override("en"):
    from graphql_api import (
        campaigns,
        changes,
        choices,
        engagement,
        examples,
        locales,
        newsletters,
        page_queries,
        pages,
        programme,
        search,
        site,
        sitemap,
        taxonomy,
    )

QUERIES = [
    locales.Query,
    page_queries.Query,
    programme.Query,
    examples.Query,
    campaigns.Query,
    newsletters.Query,
    taxonomy.Query,
    engagement.Query,
    changes.Query,
    sitemap.Query,
    site.Query,
    choices.Query,
    search.Query,
]
MUTATIONS = [engagement.Mutation]

with translation.override("en"):
    from graphql_api import preview

QUERIES.append(preview.Query)


PAGE_TYPES = [
    pages.HomePageType,
    programme.ProgrammeYearPageType,
    programme.ThemePageType,
    programme.PillarPageType,
    programme.ActivityPageType,
    examples.BestPracticeIndexPageType,
    examples.BestPracticePageType,
    campaigns.CampaignPageType,
    newsletters.NewsletterIndexPageType,
    newsletters.NewsletterIssuePageType,
]


@strawberry.type(description="The public content API of VNG International.")
class Query(*reversed(QUERIES)):
    pass


@strawberry.type(description="Sign-ups and requests from partner sites' visitors.")
class Mutation(*reversed(MUTATIONS)):
    pass


class Optimizer(DjangoOptimizerExtension):
    """The optimizer without `only()`: pages are read whole, because Wagtail's own methods
    (URLs, tree, `specific`) read many columns and deferred ones would cost a query per row.

    And without its per-field hook, which ran for every field of every item to look for a
    queryset to optimise: strawberry-django's fields optimise the querysets they resolve
    themselves (the extension is still active for them), and our plain resolvers return lists
    they loaded in batches, never a bare queryset (the schema-walking flatness test would
    show one as a query per item)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("enable_only_optimization", False)
        super().__init__(*args, **kwargs)

    resolve = SchemaExtension.resolve


class TokenLimit(MaxTokensLimiter):
    def __init__(self):
        super().__init__(max_token_count=limit("MAX_TOKENS"))


class BoundedParserCache(ParserCache):
    def __init__(self):
        super().__init__(maxsize=limit("PARSER_CACHE_SIZE"))


class PublicSchema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        for error in errors:
            tidy_error(error)
        super().process_errors(errors, execution_context)


with translation.override("en"):
    schema = PublicSchema(
        query=Query,
        mutation=Mutation,
        types=PAGE_TYPES,
        extensions=[TokenLimit, RequestLimits, BoundedParserCache, Optimizer, PublicErrors],
        execution_context_class=LeafExecutor,
    )
resolve_directly(schema)

__all__ = ["schema", "settings"]
