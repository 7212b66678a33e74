"""Rich text as partners receive it: links resolved for the served language, output sanitised.

Wagtail stores rich text with references (`<a linktype="page" id="3">`, `<a linktype="document"
id="7">`, `<embed embedtype="image" id="5" …/>`). `render_rich_text(html, locale)` turns them into
plain HTML:

- a page link points at the `urlPath` of the linked page in the served language: the linked
  page's translation in `locale` if that is visible, else in the first fallback language of
  `locale` (`settings.VNG_LOCALE_FALLBACKS`) that is visible, else the linked page itself if it is
  visible. When none is visible (draft, private, expired, deleted) the link is dropped and its
  text kept, so nothing about a hidden page leaks;
- a document link points at the document's download address; documents in a collection with
  a view restriction are treated like hidden pages (link dropped, text kept);
- an embedded image becomes an `<img>` of an allowlisted rendition (`width-800`) with its alt text;
- an embedded video or post becomes a link to its address (partners embed it themselves);
- the result is sanitised with nh3 against the explicit allowlist below: no scripts, no event
  handler attributes, no styles, only http(s), mailto and tel links.

Every lookup is batched: `LinkTargets` collects the ids of all rich texts and chooser blocks of a
StreamField first and loads each kind (pages, documents, images) in one query when first needed.
"""

from __future__ import annotations

from collections.abc import Iterable

import nh3
from bs4 import BeautifulSoup
from django.conf import settings
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page

from graphql_api.images import images_with_renditions
from graphql_api.visibility import visibility_q

ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "strong",
    "sub",
    "sup",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
RICH_TEXT_IMAGE_SPEC = "width-800"


def sanitise_html(html: str) -> str:
    """Keep only the allowlisted tags, attributes and link schemes."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def locale_chain(language_code: str) -> list[str]:
    """The served language followed by its fallbacks, e.g. fr → [fr, en, nl]."""
    return [language_code, *settings.VNG_LOCALE_FALLBACKS.get(language_code, [])]


def absolute_url(url: str) -> str:
    """Files (documents, renditions) are served by this service: give partners a full address."""
    return settings.WAGTAILADMIN_BASE_URL + url if url.startswith("/") else url


def page_url_path(page: Page, request=None) -> str:
    """The path Wagtail routes for the page, with its language prefix, e.g. `/en/examples/x/`."""
    parts = page.get_url_parts(request)
    return parts[2] if parts else ""


def resolve_page_targets(ids: Iterable[int], language_code: str) -> dict[int, Page]:
    """Map each linked page id to the visible page to link to in `language_code`, in one query.

    Ids whose page (in every language of the chain, and itself) is hidden are left out.
    """
    ids = {int(page_id) for page_id in ids if page_id is not None}
    if not ids:
        return {}
    chain = locale_chain(language_code)
    keys_of_targets = Page.objects.filter(pk__in=ids).values("translation_key")
    rows = (
        Page.objects.filter(
            Q(pk__in=ids) | Q(translation_key__in=keys_of_targets, locale__language_code__in=chain)
        )
        .annotate(is_visible=ExpressionWrapper(visibility_q(), output_field=BooleanField()))
        .select_related("locale")
        .only("id", "title", "url_path", "translation_key", "locale__language_code", "depth")
    )
    by_key: dict = {}
    targets = {}
    for row in rows:
        if row.pk in ids:
            targets[row.pk] = row
        if row.is_visible:
            by_key.setdefault(row.translation_key, {})[row.locale.language_code] = row
    chosen = {}
    for page_id, target in targets.items():
        visible = by_key.get(target.translation_key, {})
        in_chain = [visible[code] for code in chain if code in visible]
        if in_chain:
            chosen[page_id] = in_chain[0]
        elif target.is_visible:
            chosen[page_id] = target
    return chosen


def public_documents():
    """Documents outside restricted collections (a restriction covers the sub-collections)."""
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
    )
    return get_document_model().objects.exclude(Exists(restricted))


class LinkTargets:
    """Collects the pages, documents and images a piece of content refers to; loads each kind
    in one query when first asked for, so content with many links costs no query per link."""

    def __init__(self, language_code: str, request=None):
        self.language_code = language_code
        self.request = request
        self.page_ids: set[int] = set()
        self.document_ids: set[int] = set()
        self.image_ids: set[int] = set()
        self._pages = self._documents = self._images = None

    def add(self, *, page=None, document=None, image=None) -> None:
        for bucket, value in (
            (self.page_ids, page),
            (self.document_ids, document),
            (self.image_ids, image),
        ):
            if value not in (None, ""):
                bucket.add(int(value))

    def page(self, page_id) -> Page | None:
        if self._pages is None:
            self._pages = resolve_page_targets(self.page_ids, self.language_code)
        return self._pages.get(_as_int(page_id))

    def url_path(self, page: Page) -> str:
        return page_url_path(page, self.request)

    def document(self, document_id):
        if self._documents is None:
            found = public_documents().filter(pk__in=self.document_ids) if self.document_ids else []
            self._documents = {document.pk: document for document in found}
        return self._documents.get(_as_int(document_id))

    def image(self, image_id):
        if self._images is None:
            found = images_with_renditions().filter(pk__in=self.image_ids) if self.image_ids else []
            self._images = {image.pk: image for image in found}
        return self._images.get(_as_int(image_id))


def _as_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class RichText:
    """One rich text value: references are collected on creation, resolved on `render()`."""

    def __init__(self, source_html: str, targets: LinkTargets):
        self.targets = targets
        self.soup = BeautifulSoup(source_html or "", "html.parser")
        for link in self.soup.find_all("a", attrs={"linktype": True}):
            if link["linktype"] == "page":
                targets.add(page=_as_int(link.get("id")))
            elif link["linktype"] == "document":
                targets.add(document=_as_int(link.get("id")))
        for embed in self.soup.find_all("embed", attrs={"embedtype": "image"}):
            targets.add(image=_as_int(embed.get("id")))

    def render(self) -> str:
        soup = self.soup
        for link in soup.find_all("a", attrs={"linktype": True}):
            self._rewrite_link(link)
        for embed in soup.find_all("embed"):
            self._rewrite_embed(embed)
        return sanitise_html(str(soup))

    def _rewrite_link(self, link) -> None:
        kind, reference = link["linktype"], link.get("id")
        href = None
        if kind == "page" and (page := self.targets.page(reference)):
            href = self.targets.url_path(page)
        elif kind == "document" and (document := self.targets.document(reference)):
            href = absolute_url(document.url)
        if href is None:
            link.unwrap()  # keep the text, drop the link to what the public may not see
            return
        link.attrs = {"href": href}

    def _rewrite_embed(self, embed) -> None:
        kind = embed.get("embedtype")
        if kind == "image" and (image := self.targets.image(embed.get("id"))):
            rendition = image.get_rendition(RICH_TEXT_IMAGE_SPEC)
            tag = self.soup.new_tag(
                "img",
                attrs={
                    "src": rendition.full_url,
                    "alt": embed.get("alt") or image.default_alt_text,
                    "width": str(rendition.width),
                    "height": str(rendition.height),
                },
            )
            embed.replace_with(tag)
        elif kind == "media" and embed.get("url"):
            paragraph = self.soup.new_tag("p")
            anchor = self.soup.new_tag("a", attrs={"href": embed["url"]})
            anchor.string = embed["url"]
            paragraph.append(anchor)
            embed.replace_with(paragraph)
        else:
            embed.decompose()


def render_rich_texts(sources: list[str], language_code: str, request=None) -> list[str]:
    """Render several rich texts of one language with one batch of lookups."""
    targets = LinkTargets(language_code, request)
    texts = [RichText(source, targets) for source in sources]
    return [text.render() for text in texts]


def render_rich_text(source_html: str, language_code: str, request=None) -> str:
    """Render one rich text (a `RichTextField` value) for the served language `language_code`."""
    return render_rich_texts([source_html], language_code, request)[0]
