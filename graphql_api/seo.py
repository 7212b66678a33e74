"""`seo` on every page: what a frontend puts in the page's `<head>` for search engines and
sharing — title, description, canonical address, `og:image`, `hreflang` alternates, and
`noindex` when the page is a fallback (served in another language than the one asked; its
canonical address is its own language's). The root fields `sitemap` and `redirect` are in
`graphql_api.sitemap`.
"""

import strawberry
from strawberry.types import Info
from wagtail.models import Page

from graphql_api.images import ImageType
from graphql_api.locales import remember_batch
from home.models import SiteSettings
from home.serving.languages import code_of
from home.serving.visibility import public_images, public_through


@strawberry.type(description="Another language version of the page, for `hreflang` links.")
class Alternate:
    locale: str = strawberry.field(description="The language code, the `hreflang` value.")
    url: str = strawberry.field(description="Its address on the partner website.")


@strawberry.type(description="What goes in the page's <head> for search engines and sharing.")
class Seo:
    title: str = strawberry.field(description="The SEO title, else the page title.")
    description: str = strawberry.field(
        description="The search description, else the page's summary or intro; may be empty."
    )
    canonical_url: str = strawberry.field(
        description="The address search engines should index: the served version's own."
    )
    noindex: bool = strawberry.field(
        description="True for a fallback (shown in another language than asked): add "
        '`<meta name="robots" content="noindex">`.'
    )
    alternates: list[Alternate] = strawberry.field(
        description="Every visible language version, this one included."
    )
    og_image: ImageType | None = strawberry.field(
        description="The image for `og:image`: the page's hero image, else the site's default "
        'share image; ask e.g. `rendition(spec: "fill-1200x630")`.'
    )


def _description(page) -> str:
    if page.search_description:
        return page.search_description
    for name in ("summary", "intro"):
        value = getattr(page, name, None)
        if isinstance(value, str) and value and "<" not in value:
            return value
    return ""


def _share_images(info: Info) -> dict:
    """Image id → public image for the hero images of every page of the request and the sites'
    share images. The hero images a list loaded with its pages (checked public there) are
    reused; others load in one query. Newly loaded images join the request's batch, so their
    renditions load together (`graphql_api.images.load_renditions`)."""

    def load():
        images, missing = {}, set()
        for page in info.context.memo(("batch", Page), list):
            hero_id = getattr(page, "hero_image_id", None)
            if hero_id is None:
                continue
            if hasattr(page, "_hero_public") and "hero_image" in page._state.fields_cache:
                if page._hero_public:
                    images[hero_id] = page.hero_image
            else:
                missing.add(hero_id)
        shared = [image for image in _share_image_of(info).values() if image is not None]
        missing -= set(images)
        loaded = list(public_images().filter(pk__in=missing)) if missing else []
        remember_batch(info.context, [*shared, *loaded])
        images.update((image.pk, image) for image in [*loaded, *shared])
        return images

    return info.context.memo("share images", load)


def _share_image_of(info: Info) -> dict:
    """Language code → the default site's share image, if public: one query for the request."""

    def load():
        rows = (
            SiteSettings.objects.filter(site__is_default_site=True)
            .select_related("share_image")
            .annotate(_share_public=public_through("share_image"))
        )
        return {code_of(row): row.share_image if row._share_public else None for row in rows}

    return info.context.memo("share image of", load)


def seo_of(info: Info, page, *, code: str, canonical_url: str, alternates: list) -> Seo:
    """The SEO of `page` served in `code`; `alternates` are (language code, address)."""
    asked = getattr(page, "_asked_locale", code)
    images = _share_images(info)
    image, alt = None, ""
    hero_id = getattr(page, "hero_image_id", None)
    if hero_id in images:
        image, alt = images[hero_id], getattr(page, "hero_alt", "") or ""
    else:
        share = _share_image_of(info).get(code)
        if share is not None:
            image, alt = images[share.pk], share.title
    return Seo(
        title=page.seo_title or page.title,
        description=_description(page),
        canonical_url=canonical_url,
        noindex=asked != code,
        alternates=[Alternate(locale=language, url=url) for language, url in alternates],
        og_image=ImageType(_image=image, _alt=alt) if image is not None else None,
    )
