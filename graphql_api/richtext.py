"""Rich text as partners receive it: links resolved for the served language, output sanitised.

Wagtail stores rich text with references (`<a linktype="page" id="3">`, `<a linktype="document"
id="7">`, `<embed embedtype="image" id="5" …/>`). `render_rich_text(html, locale)` turns them into
plain HTML:

- a page link points at the partner website's address (`home.routing`) of the linked page in
  the served language: the linked
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

from collections import defaultdict

import nh3
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Page

from graphql_api.delivery.tags import record
from graphql_api.images import load_renditions, rendition_of
from graphql_api.locales import remember_batch
from home import routing
from home.serving.languages import code_of
from home.serving.paths import url_path, with_paths
from home.serving.versions import versions_by_id_per_language
from home.serving.visibility import public_documents, public_images

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


def absolute_url(url: str) -> str:
    """Files (documents, renditions) are served by this service: give partners a full address."""
    return settings.WAGTAILADMIN_BASE_URL + url if url.startswith("/") else url


class Lookups:
    """The pages, documents and images content refers to, for every language served: each kind
    is loaded in one query when first asked for — pages in every language that has links
    waiting, documents and images whatever the language — and again only for ids added after
    that. Shared by the `LinkTargets` of every language of a request, so a list mixing served
    and fallback versions costs no more queries than a list in one language."""

    def __init__(self, request=None, context=None):
        self.request = request
        self.context = context  # the API request's: images join its batch for renditions
        self._wanted = defaultdict(set)  # "document", "image" or ("page", code) → ids
        self._loaded = defaultdict(set)
        self._found = defaultdict(dict)

    def add(self, kind, pk: int) -> None:
        self._wanted[kind].add(pk)

    def get(self, kind, pk: int):
        self._wanted[kind].add(pk)
        if self._wanted[kind] - self._loaded[kind]:
            if isinstance(kind, tuple):  # pages: every language with links waiting at once
                pending = {
                    key: ids - self._loaded[key]
                    for key, ids in self._wanted.items()
                    if isinstance(key, tuple) and ids - self._loaded[key]
                }
                by_code = versions_by_id_per_language(
                    Page,
                    {code: ids for (_page, code), ids in pending.items()},
                    queryset=with_paths(Page.objects.all()),
                )
                for key, ids in pending.items():
                    self._store(key, ids, by_code.get(key[1], {}))
            else:
                pending = self._wanted[kind] - self._loaded[kind]
                self._store(kind, pending, self._load(kind, pending))
        return self._found[kind].get(pk)

    def _store(self, kind, ids: set[int], found: dict) -> None:
        record(self.request, found.values())  # the answer's cache tags
        self._found[kind].update(found)
        self._loaded[kind] |= ids

    def _load(self, kind: str, ids: set[int]) -> dict:
        if kind == "document":
            return {document.pk: document for document in public_documents().filter(pk__in=ids)}
        images = list(public_images().filter(pk__in=ids))
        if self.context is not None:
            remember_batch(self.context, images)
        return {image.pk: image for image in images}


class LinkTargets:
    """The references of content served in one language (`Lookups`, shared with the other
    languages of the request): add every id first, then ask; content with many links, or many
    items sharing the lookups, costs no query per link."""

    def __init__(self, language_code: str, request=None, context=None, lookups=None):
        self.language_code = language_code
        self.request = request
        self.context = context
        self.lookups = lookups if lookups is not None else Lookups(request, context)
        self._frontend = None

    def _kind(self, kind: str):
        return ("page", self.language_code) if kind == "page" else kind

    def add(self, *, page=None, document=None, image=None) -> None:
        for kind, value in (("page", page), ("document", document), ("image", image)):
            if value not in (None, ""):
                self.lookups.add(self._kind(kind), int(value))

    def _get(self, kind: str, reference):
        pk = _as_int(reference)
        if pk is None:
            return None
        return self.lookups.get(self._kind(kind), pk)

    def page(self, page_id) -> Page | None:
        return self._get("page", page_id)

    def url_path(self, page: Page) -> str:
        return url_path(page)

    def url(self, page: Page) -> str:
        """The page's address on the partner website (the editors' addresses read once)."""
        if self._frontend is None:
            self._frontend = routing.for_request(self.request)
        return self._frontend.url(url_path(page))

    def document(self, document_id):
        return self._get("document", document_id)

    def image(self, image_id):
        return self._get("image", image_id)


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
            href = self.targets.url(page)
        elif kind == "document" and (document := self.targets.document(reference)):
            href = absolute_url(document.url)
        if href is None:
            link.unwrap()  # keep the text, drop the link to what the public may not see
            return
        link.attrs = {"href": href}

    def _rewrite_embed(self, embed) -> None:
        kind = embed.get("embedtype")
        if kind == "image" and (image := self.targets.image(embed.get("id"))):
            if self.targets.context is not None:
                load_renditions(self.targets.context, image, [RICH_TEXT_IMAGE_SPEC])
            rendition = rendition_of(image, RICH_TEXT_IMAGE_SPEC)
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


def link_targets(context, language_code: str) -> LinkTargets:
    """The request's one `LinkTargets` for a language: every rich text and stream of the
    request shares its lookups, whatever language it is served in."""
    lookups = context.memo("link lookups", lambda: Lookups(context.request, context))
    return context.memo(
        ("link targets", language_code),
        lambda: LinkTargets(language_code, context.request, context, lookups),
    )


def batched_rich_text(context, root, field_name: str) -> str:
    """`root`'s rich text field rendered for its language, its links looked up together with
    those of every other object of its type the request fetched, whatever their language."""
    prepared = context.memo(("rich text", type(root), field_name), dict)
    # Keyed by the object itself, not its id: a preview's page and the live one share an id.
    if id(root) not in prepared:
        for obj in [*context.memo(("batch", type(root)), list), root]:
            if id(obj) not in prepared:
                targets = link_targets(context, code_of(obj))
                prepared[id(obj)] = RichText(getattr(obj, field_name) or "", targets)
    return prepared[id(root)].render()
