"""The `Page` interface every page type implements, and the generic root fields `page`,
`pages` and `search`.

Every edge that leads to a page — parent, ancestors, children, translations, lists, search —
goes through the visibility rule (`graphql_api.visibility`) and the language rules
(`graphql_api.locales`).
"""

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from functools import partial
from uuid import UUID

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import (
    Exists,
    OuterRef,
)
from django.utils.translation import gettext as _
from strawberry.types import Info
from strawberry_django.pagination import OffsetPaginationInput
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from graphql_api.limits import InputError
from graphql_api.locales import asked_locale
from graphql_api.page_tree import ancestors_of, children_of, parent_of
from graphql_api.richtext import batched_rich_text
from graphql_api.selections import selects, sibling_fields
from graphql_api.seo import Seo, seo_of
from home import routing
from home.models import HomePage
from home.routing import Frontend
from home.serving.languages import code_of
from home.serving.paths import home_paths, url_path
from home.serving.versions import servable
from themes.localization.status import translation_statuses

# --- paths and languages of a page ---


def url_path_of(info: Info, page) -> str:
    """The path Wagtail routes for the page, with its language prefix, e.g. /fr/exemples/x/."""
    homes = None
    if getattr(page, "_home_path", None) is None:
        homes = info.context.memo("home_paths", home_paths)
    return url_path(page, homes=homes)


def frontend_of(context) -> Frontend:
    """The request's one view of the partner frontend's addresses (`home.routing`)."""
    return routing.for_request(getattr(context, "request", None))


def page_url(info: Info, page) -> str:
    """The page's address on the partner frontend."""
    return frontend_of(info.context).url(url_path_of(info, page))


# --- translations and their status ---


@strawberry.type(description="One language version of a page that readers can open.")
class PageTranslation:
    locale: str = strawberry.field(description="Language code of this version.")
    title: str
    url_path: str = strawberry.field(description="Its path, with the language prefix.")
    _url: strawberry.Private[Callable[[], str]]
    machine_translated: bool = strawberry.field(
        description="True when some of its text is machine-made and not yet checked by a person."
    )

    @strawberry.field(description="Its address on the partner website.")
    def url(self) -> str:
        return self._url()


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
    """Some text of the live version is machine-made: a machine translation of one of its
    strings saved before it was last published. Strings imported into a draft afterwards
    describe the draft, not what readers see, until someone publishes it."""
    return Exists(
        StringTranslation.objects.filter(
            context__object_id=OuterRef("translation_key"),
            locale_id=OuterRef("locale_id"),
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            updated_at__lte=OuterRef("last_published_at"),
        )
    )


@dataclass(frozen=True, slots=True)
class LanguageVersion:
    """One language version of a page as `translations` and `seo` show it, read as a row: the
    versions are the most numerous objects of a list's request, and a page model per row cost
    five times as much to build."""

    pk: int
    translation_key: UUID
    locale_id: int
    title: str
    url_path: str
    path: str
    _home_path: str | None
    _api_machine: bool = False


VERSION_COLUMNS = [field.name for field in fields(LanguageVersion)]


def _translations_of(info: Info, root, *, machine: bool) -> list:
    """Every visible language version of `root` (itself included), batched per request; with
    `machine`, each knows whether it is machine-translated (a subquery only then)."""
    model = type(root)
    if not machine:
        # Loaded with the machine flag already (`translations` before `seo`): the same rows.
        with_flag = info.context.memo(("translations", model, True), dict)
        if root.translation_key in with_flag:
            machine = True
    loaded = info.context.memo(("translations", model, machine), dict)
    if root.translation_key not in loaded:
        batch = info.context.memo(("batch", model), list)
        keys = {obj.translation_key for obj in batch} | {root.translation_key}
        keys -= set(loaded)
        rows = servable(Page, paths=True).filter(translation_key__in=keys)
        if machine:
            rows = rows.annotate(_api_machine=_machine_made())
        columns = VERSION_COLUMNS if machine else VERSION_COLUMNS[:-1]
        for key in keys:
            loaded[key] = []
        for row in rows.values_list(*columns):
            version = LanguageVersion(*row)
            loaded[version.translation_key].append(version)
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return sorted(loaded[root.translation_key], key=lambda p: order.index(code_of(p)))


def _status_of(info: Info, root):
    """The translation status of `root` as its live version serves it (strings saved only in a
    draft do not count), computed for every page of the request at once."""
    loaded = info.context.memo("translation statuses", dict)
    if id(root) not in loaded:
        batch = [p for p in info.context.memo(("batch", Page), list) if id(p) not in loaded]
        batch = batch if any(p is root for p in batch) else [*batch, root]
        for page, status in zip(batch, translation_statuses(batch, served=True), strict=True):
            loaded[id(page)] = status
    return loaded[id(root)]


# --- the interface ---


@strawberry.interface(name="Page", description="What every page has.")
class PageInterface:
    title: str
    slug: str
    seo_title: str = strawberry.field(description="Title for search engines; may be empty.")
    search_description: str = strawberry.field(description="Description for search engines.")
    show_in_menus: bool = strawberry.field(
        description="True when editors want the page in the main menu (see `menu`)."
    )
    first_published_at: datetime | None
    last_published_at: datetime | None

    @strawberry.field
    def id(self, root: strawberry.Parent[Page]) -> strawberry.ID:
        return strawberry.ID(str(root.pk))

    @strawberry.field(description="The path Wagtail routes, with the language prefix.")
    def url_path(self, root: strawberry.Parent[Page], info: Info) -> str:
        return url_path_of(info, root)

    @strawberry.field(
        description=(
            "The absolute address of the page on the partner website (the frontend address "
            "of its language, see the site settings)."
        )
    )
    def url(self, root: strawberry.Parent[Page], info: Info) -> str:
        return page_url(info, root)

    @strawberry.field(description="The language this version is in (the one served).")
    def locale(self, root: strawberry.Parent[Page]) -> str:
        return code_of(root)

    @strawberry.field(description="The language that was asked for.")
    def requested_locale(self, root: strawberry.Parent[Page]) -> str:
        return asked_locale(root) if hasattr(root, "_asked_locale") else code_of(root)

    @strawberry.field(description="True when served in a fallback language, not the one asked.")
    def is_fallback(self, root: strawberry.Parent[Page]) -> bool:
        return hasattr(root, "_asked_locale") and root._asked_locale != code_of(root)

    @strawberry.field(description="Every language version readers can open, this one included.")
    def translations(self, root: strawberry.Parent[Page], info: Info) -> list[PageTranslation]:
        machine = selects(info, "machineTranslated")
        return [
            PageTranslation(
                locale=code_of(page),
                title=page.title,
                url_path=url_path_of(info, page),
                _url=partial(page_url, info, page),
                machine_translated=machine and page._api_machine,
            )
            for page in _translations_of(info, root, machine=machine)
        ]

    @strawberry.field(description="How complete and current this language version is.")
    def translation_status(
        self, root: strawberry.Parent[Page], info: Info
    ) -> TranslationStatusType:
        status = _status_of(info, root)
        code = code_of(root)
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

    @strawberry.field(
        description="Title, description, canonical address, image and language "
        "versions for the page's <head>."
    )
    def seo(self, root: strawberry.Parent[Page], info: Info) -> Seo:
        return seo_of(
            info,
            root,
            code=code_of(root),
            canonical_url=page_url(info, root),
            alternates=[
                (code_of(version), page_url(info, version))
                for version in _translations_of(info, root, machine=False)
            ],
        )

    @strawberry.field(description="The page above, in the language asked for; null at the top.")
    def parent(self, root: strawberry.Parent[Page], info: Info) -> "PageInterface | None":
        return parent_of(info.context, root, with_ancestors="ancestors" in sibling_fields(info))

    @strawberry.field(description="The pages above, from the language's home page down.")
    def ancestors(self, root: strawberry.Parent[Page], info: Info) -> list["PageInterface"]:
        return ancestors_of(info.context, root)

    @strawberry.field(description="The pages directly below, in the language asked for.")
    def children(
        self,
        root: strawberry.Parent[Page],
        info: Info,
        pagination: OffsetPaginationInput | None = None,
    ) -> "PageList":
        results, total = children_of(info.context, root, pagination)
        return PageList(total_count=total, results=results)


@strawberry.type(description="One page of a list of pages of any type.")
class PageList:
    total_count: int = strawberry.field(description="How many pages all pages hold together.")
    results: list[PageInterface]


def page_id(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise InputError(
            _("“%(value)s” is not a page id; give the id of a page as a number.") % {"value": value}
        ) from error


@strawberry_django.type(HomePage, name="HomePage")
class HomePageType(PageInterface):
    @strawberry.field(description="A short welcome, as sanitised HTML.")
    def intro(self, root: strawberry.Parent[HomePage], info: Info) -> str:
        return batched_rich_text(info.context, root, "intro")
