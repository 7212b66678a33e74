"""The `Page` interface every page type implements, and the generic root fields `page`,
`pages` and `search`.

Every edge that leads to a page — parent, ancestors, children, translations, lists, search —
goes through the visibility rule (`graphql_api.visibility`) and the language rules
(`graphql_api.locales`).
"""

from datetime import datetime
from enum import Enum

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import (
    BooleanField,
    CharField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Concat, Right
from django.utils.translation import gettext as _
from strawberry.types import Info
from strawberry_django.pagination import OffsetPaginationInput
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation

from graphql_api.limits import InputError
from graphql_api.locales import (
    STEPLEN,
    asked_fallback,
    asked_locale,
    localize,
    localize_objects,
    mark,
    remember_batch,
    requested_locale,
    with_paths,
)
from graphql_api.pagination import page_of_pages
from graphql_api.richtext import render_rich_text
from graphql_api.visibility import visibility_q, visible_pages
from home.models import HomePage
from themes.localization.status import translation_status

# --- paths and languages of a page ---


def locale_code(info: Info, page) -> str:
    """The language of an object, without a query when `locale` was loaded with it."""
    if "locale" in page._state.fields_cache:
        return page.locale.language_code
    codes = info.context.memo(
        "locale_codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
    return codes[page.locale_id]


def url_path_of(info: Info, page) -> str:
    """The path Wagtail routes for the page, with its language prefix, e.g. /fr/exemples/x/."""
    home_path = getattr(page, "_api_home_path", None)
    if home_path is None:
        homes = info.context.memo(
            "home_paths",
            lambda: dict(
                Page.objects.filter(depth=2).values_list("path", "url_path"),
            ),
        )
        home_path = homes.get(page.path[: 2 * STEPLEN], "")
    rest = page.url_path[len(home_path) :] if page.url_path.startswith(home_path) else ""
    return f"/{locale_code(info, page)}/{rest}"


# --- translations and their status ---


@strawberry.type(description="One language version of a page that readers can open.")
class PageTranslation:
    locale: str = strawberry.field(description="Language code of this version.")
    title: str
    url_path: str = strawberry.field(description="Its path, with the language prefix.")
    machine_translated: bool = strawberry.field(
        description="True when some of its text is machine-made and not yet checked by a person."
    )


@strawberry.enum(description="How far a translation is.")
class TranslationState(Enum):
    SOURCE = "source"
    COMPLETE = "complete"
    PARTIAL = "partial"


@strawberry.type(description="How complete and how current the served language version is.")
class TranslationStatusType:
    source_locale: str = strawberry.field(description="The language it was written in.")
    state: TranslationState
    percent_complete: int
    machine_share: float = strawberry.field(
        description="Share of the translated strings that are machine-made (0 to 1)."
    )
    out_of_date: bool = strawberry.field(
        description="True when the source changed after this translation was last synced."
    )


def _machine_made():
    return Exists(
        StringTranslation.objects.filter(
            context__object_id=OuterRef("translation_key"),
            locale_id=OuterRef("locale_id"),
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        )
    )


def _translations_of(info: Info, root) -> list:
    """Every visible language version of `root` (itself included), batched per request."""
    model = type(root)
    loaded = info.context.memo(("translations", model), dict)
    if root.translation_key not in loaded:
        batch = info.context.memo(("batch", model), list)
        keys = {obj.translation_key for obj in batch} | {root.translation_key}
        keys -= set(loaded)
        rows = with_paths(
            visible_pages(Page.objects.filter(translation_key__in=keys)).annotate(
                _api_machine=_machine_made()
            )
        )
        for key in keys:
            loaded[key] = []
        for row in rows:
            loaded[row.translation_key].append(row)
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return sorted(loaded[root.translation_key], key=lambda p: order.index(p.locale.language_code))


# --- the interface ---


@strawberry.interface(name="Page", description="What every page has.")
class PageInterface:
    title: str
    slug: str
    seo_title: str = strawberry.field(description="Title for search engines; may be empty.")
    search_description: str = strawberry.field(description="Description for search engines.")
    first_published_at: datetime | None
    last_published_at: datetime | None

    @strawberry.field
    def id(self, root: strawberry.Parent[Page]) -> strawberry.ID:
        return strawberry.ID(str(root.pk))

    @strawberry.field(description="The path Wagtail routes, with the language prefix.")
    def url_path(self, root: strawberry.Parent[Page], info: Info) -> str:
        return url_path_of(info, root)

    @strawberry.field(description="The absolute address of the page on this service.")
    def url(self, root: strawberry.Parent[Page], info: Info) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url_path_of(info, root)

    @strawberry.field(description="The language this version is in (the one served).")
    def locale(self, root: strawberry.Parent[Page], info: Info) -> str:
        return locale_code(info, root)

    @strawberry.field(description="The language that was asked for.")
    def requested_locale(self, root: strawberry.Parent[Page], info: Info) -> str:
        return asked_locale(root) if hasattr(root, "_api_locale") else locale_code(info, root)

    @strawberry.field(description="True when served in a fallback language, not the one asked.")
    def is_fallback(self, root: strawberry.Parent[Page], info: Info) -> bool:
        return hasattr(root, "_api_locale") and root._api_locale != locale_code(info, root)

    @strawberry.field(description="Every language version readers can open, this one included.")
    def translations(self, root: strawberry.Parent[Page], info: Info) -> list[PageTranslation]:
        return [
            PageTranslation(
                locale=page.locale.language_code,
                title=page.title,
                url_path=url_path_of(info, page),
                machine_translated=page._api_machine,
            )
            for page in _translations_of(info, root)
        ]

    @strawberry.field(description="How complete and current this language version is.")
    def translation_status(
        self, root: strawberry.Parent[Page], info: Info
    ) -> TranslationStatusType:
        status = translation_status(root)
        code = locale_code(info, root)
        mine = status.for_locale(code)
        if code == status.source_locale or mine is None:
            return TranslationStatusType(
                source_locale=status.source_locale,
                state=TranslationState.SOURCE,
                percent_complete=100,
                machine_share=0.0,
                out_of_date=False,
            )
        return TranslationStatusType(
            source_locale=status.source_locale,
            state=TranslationState.COMPLETE if mine.complete else TranslationState.PARTIAL,
            percent_complete=mine.percent_complete,
            machine_share=mine.machine_share,
            out_of_date=mine.out_of_date,
        )

    @strawberry.field(description="The page above, in the language asked for; null at the top.")
    def parent(self, root: strawberry.Parent[Page], info: Info) -> "PageInterface | None":
        if root.depth <= 2:
            return None
        parents = Page.objects.filter(path=root.path[:-STEPLEN])
        return next(iter(_specific(info, localize_objects(parents, *_asked(root)))), None)

    @strawberry.field(description="The pages above, from the language's home page down.")
    def ancestors(self, root: strawberry.Parent[Page], info: Info) -> list["PageInterface"]:
        above = Page.objects.ancestor_of(root).filter(depth__gte=2).order_by("depth")
        return _specific(info, localize_objects(above, *_asked(root)))

    @strawberry.field(description="The pages directly below, in the language asked for.")
    def children(
        self,
        root: strawberry.Parent[Page],
        info: Info,
        pagination: OffsetPaginationInput | None = None,
    ) -> "PageList":
        code, fallback = _asked(root)
        queryset = with_paths(visible_pages(below([root], children_only=True)))
        queryset = localize(queryset, code, fallback).order_by(Right("path", STEPLEN), "pk")
        results, total = page_of_pages(info, queryset, pagination, code, fallback)
        return PageList(total_count=total, results=results)


def _asked(root) -> tuple[str, bool]:
    return asked_locale(root), asked_fallback(root)


def _specific(info: Info, pages: list) -> list:
    """The specific pages of generic ones, order and language marks kept."""
    if not pages:
        return []
    by_pk = {
        page.pk: page
        for page in with_paths(Page.objects.filter(pk__in=[p.pk for p in pages])).specific()
    }
    result = []
    for page in pages:
        specific = by_pk.get(page.pk)
        if specific is not None:
            specific._api_locale, specific._api_fallback = page._api_locale, page._api_fallback
            if "locale" in page._state.fields_cache:
                specific.locale = page.locale
            result.append(specific)
    return remember_batch(info.context, result)


def below(pages, *, children_only: bool) -> QuerySet:
    """Pages below any language version of `pages` (directly below when `children_only`)."""
    keys = {page.translation_key for page in pages}
    parents = Page.objects.filter(translation_key__in=keys).values_list("path", "depth")
    condition = Q(pk__in=[])
    for path, depth in parents:
        if children_only:
            condition |= Q(path__startswith=path, depth=depth + 1)
        else:
            condition |= Q(path__startswith=path, depth__gt=depth)
    return Page.objects.filter(condition)


@strawberry.type(description="One page of a list of pages of any type.")
class PageList:
    total_count: int = strawberry.field(description="How many pages all pages hold together.")
    results: list[PageInterface]


# --- root fields ---


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
        default=None, description="Words in the title or search description."
    )


def page_types_q(types: list[PageType]) -> Q:
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    models = [apps.get_model(page_type.value) for page_type in types]
    content_types = ContentType.objects.get_for_models(*models).values()
    return Q(content_type__in=list(content_types))


def page_id(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise InputError(
            _("“%(value)s” is not a page id; give the id of a page as a number.") % {"value": value}
        ) from error


def text_q(words: str) -> Q:
    """Explicit lookups only: title, SEO title, search description and the summaries/intros."""
    words = words.strip()
    if not words:
        raise InputError(_("The search text is empty; give one or more words."))
    return (
        Q(title__icontains=words)
        | Q(seo_title__icontains=words)
        | Q(search_description__icontains=words)
        | Q(bestpracticepage__summary__icontains=words)
        | Q(activitypage__summary__icontains=words)
        | Q(programmeyearpage__summary__icontains=words)
        | Q(campaignpage__intro__icontains=words)
        | Q(newsletterissuepage__intro__icontains=words)
    )


def find_page(id, url_path: str | None) -> Page | None:
    """The page (in any state) with that id or routed path (e.g. /fr/exemples/x/), annotated
    with whether it is visible. One query."""
    pages = Page.objects.filter(pk=page_id(id)) if id is not None else _by_url_path(url_path)
    visible = ExpressionWrapper(visibility_q(), output_field=BooleanField())
    return with_paths(pages).annotate(_api_visible=visible).first()


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
            return None
        code = requested_locale(locale) if locale else found.locale.language_code
        info.context.locale = code
        if found._api_visible and found.locale.language_code == code:
            # The common case: the page asked for is visible in the language asked for.
            page = found.specific
            page.locale = found.locale
            page._api_home_path = found._api_home_path
            return remember_batch(info.context, mark([page], code, fallback))[0]
        return next(iter(_specific(info, localize_objects([found], code, fallback))), None)

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
        info.context.locale = code
        queryset = Page.objects.filter(depth__gte=2)
        if filters is not None:
            if filters.type is not None:
                queryset = queryset.filter(page_types_q([filters.type]))
            for value, children_only in ((filters.child_of, True), (filters.descendant_of, False)):
                if value is not None:
                    anchor = visible_pages(Page.objects.filter(pk=page_id(value)))
                    queryset = queryset.filter(
                        pk__in=below(list(anchor), children_only=children_only).values("pk")
                    )
            if filters.search is not None:
                queryset = queryset.filter(text_q(filters.search))
        queryset = localize(with_paths(visible_pages(queryset)), code, fallback).order_by("path")
        results, total = page_of_pages(info, queryset, pagination, code, fallback)
        return PageList(total_count=total, results=results)

    @strawberry.field(description="Pages whose title, summary or description contain the words.")
    def search(
        self,
        info: Info,
        query: str,
        types: list[PageType] | None = None,
        locale: str | None = None,
        fallback: bool = True,
        pagination: OffsetPaginationInput | None = None,
    ) -> PageList:
        code = requested_locale(locale)
        info.context.locale = code
        queryset = Page.objects.filter(text_q(query))
        if types:
            queryset = queryset.filter(page_types_q(types))
        queryset = localize(with_paths(visible_pages(queryset)), code, fallback).order_by(
            "-first_published_at", "pk"
        )
        results, total = page_of_pages(info, queryset, pagination, code, fallback)
        return PageList(total_count=total, results=results)


@strawberry_django.type(HomePage, name="HomePage")
class HomePageType(PageInterface):
    @strawberry.field(description="A short welcome, as sanitised HTML.")
    def intro(self, root: strawberry.Parent[HomePage], info: Info) -> str:
        return render_rich_text(root.intro, locale_code(info, root), info.context.request)
