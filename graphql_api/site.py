"""Site-wide settings and navigation for a frontend's header and footer: `siteSettings(locale)`
and `menu(name, locale)`.

- Site settings are a translatable snippet per site and language (`home.models.SiteSettings`),
  served in the language asked for or its fallback, like every translatable item.
- The main menu is the pages directly below the language home with "Show in menus" ticked, in
  the order of the site's tree, each in the language asked for or its fallback, visible only.
- The footer menu is the footer links of the served site settings: a page link goes to the
  linked page's version in the language asked for (or its fallback) and is left out when no
  version may be served; an address elsewhere is kept as given.
"""

from enum import Enum

import strawberry
from django.db.models import Case, CharField, F, IntegerField, OuterRef, Subquery, Value, When
from strawberry.types import Info
from wagtail.models import Page, Site

from graphql_api.delivery.tags import record, record_list
from graphql_api.images import ImageType
from graphql_api.limits import limit
from graphql_api.locales import localize, requested_locale
from graphql_api.page_tree import specific_pages
from graphql_api.pages import PageInterface, frontend_of, url_path_of
from home.models import FooterLink, SiteSettings
from home.serving.paths import with_paths
from home.serving.versions import asked_locale, versions_by_id
from home.serving.visibility import public_images, visible_pages


@strawberry.type(description="An account of the organisation on a social network.")
class SiteSocialAccount:
    network: str = strawberry.field(
        description="linkedin, x, facebook, instagram, youtube or bluesky."
    )
    url: str


@strawberry.type(name="SiteSettings", description="What every page shows around the content.")
class SiteSettingsType:
    _settings: strawberry.Private[SiteSettings]

    @strawberry.field(description="The language of these settings (the one served).")
    def locale(self) -> str:
        return self._settings.locale.language_code

    @strawberry.field(description="True when served in a fallback language, not the one asked.")
    def is_fallback(self) -> bool:
        return asked_locale(self._settings) != self._settings.locale.language_code

    @strawberry.field
    def organisation_name(self) -> str:
        return self._settings.organisation_name

    @strawberry.field
    def contact_email(self) -> str:
        return self._settings.contact_email

    @strawberry.field
    def contact_phone(self) -> str:
        return self._settings.contact_phone

    @strawberry.field(description="The postal address, one line per line.")
    def address(self) -> str:
        return self._settings.address

    @strawberry.field(description="The accounts filled in, in a fixed order.")
    def social_accounts(self) -> list[SiteSocialAccount]:
        return [
            SiteSocialAccount(network=network, url=url)
            for network, url in self._settings.social_accounts()
        ]

    @strawberry.field(description="One or two sentences inviting readers to subscribe.")
    def newsletter_text(self) -> str:
        return self._settings.newsletter_text

    @strawberry.field(description="A short text for every page's footer.")
    def footer_text(self) -> str:
        return self._settings.footer_text

    @strawberry.field(description="For pages without an image of their own when shared.")
    def share_image(self) -> ImageType | None:
        image_id = self._settings.share_image_id
        if image_id is None:
            return None
        image = public_images().filter(pk=image_id).first()
        return ImageType.from_model(image, alt=image.title if image else None)


def served_settings(info: Info, code: str, fallback: bool) -> SiteSettings | None:
    """The default site's settings in `code` or its fallback. One query."""
    rows = SiteSettings.objects.filter(site__is_default_site=True)
    record_list(info.context, SiteSettings, code)  # settings made later in this language
    found = localize(rows, code, fallback).select_related("locale").first()
    record(info.context, [found])
    return found


@strawberry.enum(description="The menus of the site.")
class MenuName(Enum):
    MAIN = "main"
    FOOTER = "footer"


@strawberry.type(description="One link of a menu.")
class MenuItem:
    label: str = strawberry.field(description="The link text.")
    url: str = strawberry.field(
        description="The address: a page on the partner website or elsewhere."
    )
    url_path: str | None = strawberry.field(description="A page's routed path; null elsewhere.")
    page: PageInterface | None = strawberry.field(
        description="The page linked, in the language asked for or its fallback; null for an "
        "address elsewhere."
    )


def _tree_order() -> Subquery:
    """The tree path of the page's version in the site root's language: one menu order for
    every language, whatever order the translations were made in."""
    root_locale = Site.objects.filter(is_default_site=True).values("root_page__locale_id")[:1]
    return Subquery(
        Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=Subquery(root_locale)
        ).values("path")[:1],
        output_field=CharField(),
    )


def main_menu(info: Info, code: str, fallback: bool) -> list[MenuItem]:
    record_list(info.context, Page, code)  # a page newly shown in menus
    pages = Page.objects.filter(depth=3, show_in_menus=True)
    served = (
        localize(with_paths(visible_pages(pages)), code, fallback)
        .annotate(_menu_order=_tree_order())
        .order_by(
            Case(When(_menu_order__isnull=True, then=Value(1)), default=Value(0),
                 output_field=IntegerField()),
            F("_menu_order"),
            "path",
        )[: limit("MAX_PAGE_SIZE")]
    )  # fmt: skip
    frontend = frontend_of(info.context)
    items = []
    for page in specific_pages(info.context, list(served)):
        path = url_path_of(info, page)
        items.append(MenuItem(label=page.title, url=frontend.url(path), url_path=path, page=page))
    return items


def footer_menu(info: Info, code: str, fallback: bool) -> list[MenuItem]:
    settings_row = served_settings(info, code, fallback)
    if settings_row is None:
        return []
    links = list(FooterLink.objects.filter(settings=settings_row).order_by("sort_order"))
    pages = versions_by_id(
        Page,
        [link.page_id for link in links],
        code,
        fallback,
        queryset=with_paths(Page.objects.all()),
    )
    specific = {page.pk: page for page in specific_pages(info.context, list(pages.values()))}
    frontend = frontend_of(info.context)
    items = []
    for link in links:
        if link.page_id is None:
            items.append(MenuItem(label=link.label, url=link.url, url_path=None, page=None))
            continue
        served = pages.get(link.page_id)
        if served is None or served.pk not in specific:
            continue  # the page may not be served: no link to it
        page = specific[served.pk]
        path = url_path_of(info, page)
        items.append(MenuItem(label=link.label, url=frontend.url(path), url_path=path, page=page))
    return items


@strawberry.type
class Query:
    @strawberry.field(
        description="The site-wide settings (organisation, contact, social accounts, "
        "newsletter and footer texts, share image) in the language asked for or its fallback; "
        "null until an editor has made them."
    )
    def site_settings(
        self, info: Info, locale: str | None = None, fallback: bool = True
    ) -> SiteSettingsType | None:
        found = served_settings(info, requested_locale(locale), fallback)
        return SiteSettingsType(_settings=found) if found is not None else None

    @strawberry.field(
        description="A menu in the language asked for: MAIN (the pages below the home page "
        "marked “Show in menus”) or FOOTER (the editors' footer links). Only pages the public "
        "may see are linked."
    )
    def menu(
        self, info: Info, name: MenuName, locale: str | None = None, fallback: bool = True
    ) -> list[MenuItem]:
        code = requested_locale(locale)
        if name is MenuName.MAIN:
            return main_menu(info, code, fallback)
        return footer_menu(info, code, fallback)
