"""The generic root fields `page`, `pages` and `search`: pages of any type, by id, path or
words, through the visibility and language rules of `home.serving`."""

from datetime import datetime
from enum import Enum

import strawberry
from django.conf import settings
from django.db.models import (
    BooleanField,
    CharField,
    ExpressionWrapper,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Concat
from django.utils.translation import gettext as _
from strawberry.types import Info
from strawberry_django.pagination import OffsetPaginationInput
from wagtail.models import Page, Site

from graphql_api.delivery.tags import object_tag, record, record_list, record_tag
from graphql_api.limits import InputError
from graphql_api.locales import localize, mark, remember_batch, requested_locale
from graphql_api.page_tree import below, specific_pages
from graphql_api.pages import PageInterface, PageList, page_id
from graphql_api.pagination import page_of_pages
from home.serving.languages import code_of
from home.serving.paths import with_paths
from home.serving.search import SearchWordsError, matching_ids
from home.serving.versions import localize_objects
from home.serving.visibility import visibility_q, visible_pages


@strawberry.enum(description="The page types.")
class PageType(Enum):
    HOME_PAGE = "home.HomePage"
    PROGRAMME_YEAR_PAGE = "themes.ProgrammeYearPage"
    THEME_PAGE = "themes.ThemePage"
    PILLAR_PAGE = "themes.PillarPage"
    ACTIVITY_PAGE = "themes.ActivityPage"
    BEST_PRACTICE_INDEX_PAGE = "themes.BestPracticeIndexPage"
    BEST_PRACTICE_PAGE = "themes.BestPracticePage"
    CAMPAIGN_PAGE = "themes.CampaignPage"
    NEWSLETTER_INDEX_PAGE = "themes.NewsletterIndexPage"
    NEWSLETTER_ISSUE_PAGE = "themes.NewsletterIssuePage"


@strawberry.input(description="Narrow a list of pages; all given conditions must hold.")
class PageFilter:
    type: PageType | None = None
    child_of: strawberry.ID | None = strawberry.field(
        default=None, description="Only pages directly below this page (any language version)."
    )
    descendant_of: strawberry.ID | None = strawberry.field(
        default=None, description="Only pages anywhere below this page (any language version)."
    )
    search: str | None = strawberry.field(
        default=None,
        description="Words found by the search (as `search`), in any order and inflection.",
    )
    changed_since: datetime | None = strawberry.field(
        default=None,
        description=(
            "Only pages published after this time. Deletions, unpublishes and changed reference "
            "data come from the `changes` feed."
        ),
    )


def page_types_q(types: list[PageType]) -> Q:
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    models = [apps.get_model(page_type.value) for page_type in types]
    content_types = ContentType.objects.get_for_models(*models).values()
    return Q(content_type__in=list(content_types))


def search_ids(queryset, words: str, code: str, fallback: bool) -> list[int]:
    """The ids of the pages of `queryset` the search finds for the words (`search`)."""
    try:
        return matching_ids(queryset, words, code, fallback)
    except SearchWordsError as error:
        raise InputError(str(error)) from error


def find_page(id, url_path: str | None) -> Page | None:
    """The page (in any state) with that id or routed path (e.g. /fr/exemples/x/), annotated
    with whether it is visible. One query."""
    pages = Page.objects.filter(pk=page_id(id)) if id is not None else _by_url_path(url_path)
    visible = ExpressionWrapper(visibility_q(), output_field=BooleanField())
    return with_paths(pages).annotate(_api_visible=visible).first()


def _path_language(url_path: str | None) -> str:
    """The language of a routed path (its first part), the default one otherwise."""
    first = next((part for part in (url_path or "").split("/") if part), "")
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return first if first in codes else settings.LANGUAGE_CODE


def _by_url_path(url_path: str) -> QuerySet:
    parts = [part for part in url_path.split("/") if part]
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if not parts or parts[0] not in codes:
        raise InputError(
            _("The path “%(path)s” has no language prefix; start it with one of: %(codes)s.")
            % {"path": url_path, "codes": ", ".join(f"/{code}/" for code in codes)}
        )
    code, rest = parts[0], "".join(f"{part}/" for part in parts[1:])
    root_key = Site.objects.filter(is_default_site=True).values("root_page__translation_key")[:1]
    home_path = Page.objects.filter(
        translation_key=Subquery(root_key), locale__language_code=code
    ).values("url_path")[:1]
    target = Concat(Subquery(home_path), Value(rest), output_field=CharField())
    return Page.objects.filter(locale__language_code=code, url_path=target)


@strawberry.type
class Query:
    @strawberry.field(
        description=(
            "One page by id or by urlPath (e.g. /fr/exemples/x/). Without `locale` the page is "
            "served in the language of the path or id; with it, in that language (or its "
            "fallback)."
        )
    )
    def page(
        self,
        info: Info,
        id: strawberry.ID | None = None,
        url_path: str | None = None,
        locale: str | None = None,
        fallback: bool = True,
    ) -> PageInterface | None:
        if (id is None) == (url_path is None):
            raise InputError(_("Give either `id` or `urlPath`, not both and not neither."))
        found = find_page(id, url_path)
        if found is None:
            # A page published later may answer this: by id its own tag, by path any new page.
            if id is not None:
                record_tag(info.context, object_tag(Page, page_id(id)))
            record_list(info.context, Page, _path_language(url_path))
            return None
        record(info.context, [found])  # also when it is not served: publishing it changes this
        code = requested_locale(locale) if locale else code_of(found)
        if found._api_visible and code_of(found) == code:
            # The common case: the page asked for is visible in the language asked for.
            page = found.specific
            page._home_path = found._home_path
            return remember_batch(info.context, mark([page], code, fallback))[0]
        served = localize_objects([found], code, fallback)
        return next(iter(specific_pages(info.context, served)), None)

    @strawberry.field(description="Pages of any type, newest first within the tree order.")
    def pages(
        self,
        info: Info,
        locale: str | None = None,
        fallback: bool = True,
        filters: PageFilter | None = None,
        pagination: OffsetPaginationInput | None = None,
    ) -> PageList:
        code = requested_locale(locale)
        record_list(info.context, Page, code)
        queryset = Page.objects.filter(depth__gte=2)
        if filters is not None:
            if filters.type is not None:
                queryset = queryset.filter(page_types_q([filters.type]))
            for value, children_only in ((filters.child_of, True), (filters.descendant_of, False)):
                if value is not None:
                    anchor = visible_pages(Page.objects.filter(pk=page_id(value)))
                    queryset = queryset.filter(below(list(anchor), children_only=children_only))
            if filters.search is not None:
                queryset = queryset.filter(
                    pk__in=search_ids(queryset, filters.search, code, fallback)
                )
            if filters.changed_since is not None:
                queryset = queryset.filter(last_published_at__gt=filters.changed_since)
        queryset = localize(with_paths(visible_pages(queryset)), code, fallback).order_by("path")
        results, total = page_of_pages(info, queryset, pagination, code, fallback)
        return PageList(total_count=total, results=results)
