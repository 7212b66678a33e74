"""StreamFields as typed GraphQL unions: one type per block, one union per kind of stream.

Each StreamBlock of `themes/blocks.py` gets its own union, holding only the blocks it can
contain, so a partner's code generator knows exactly which blocks to render:

- `BodyStream` (every `body` field, `BodyBlock`): ParagraphBlock, HeadingBlock, ImageBlock,
  QuoteBlock, KeyFiguresBlock, CallToActionBlock, FAQItemBlock, EmbedBlock, DocumentBlock,
  PageLinkBlock;
- `FAQStream` (`CampaignPage.faq`, `FAQBlock`): FAQItemBlock;
- `PrinciplesStream` (`CampaignPage.principles`, `PrinciplesBlock`): PrincipleBlock.

Every block has the `id` Wagtail gave it. References go through the visibility rule and are
loaded in one query per kind for the whole stream (`richtext.LinkTargets`):

- a page chosen in a block is a `PageLink` (id, title, urlPath, locale) in the served language,
  chosen like a rich-text link. `PageLink` is a small type owned here rather than the `Page`
  interface: it needs no query per block, cannot cycle back into the page types, and a partner
  who needs more asks `page(urlPath: …)`;
- a block whose required image, document or page is gone or hidden (`ImageBlock`,
  `DocumentBlock`, `PageLinkBlock`) is left out of the list; a `CallToActionBlock` whose page is
  hidden keeps its text with `page` and `href` null.

Page types use `stream_field("body")` (or `"faq"`, `"principles"`) as the field; other code can
call `resolve_stream(stream_value, language_code, request)` directly.
"""

from decimal import Decimal
from typing import Annotated, Union

import nh3
import strawberry
import strawberry_django
from wagtail.embeds.models import Embed

from graphql_api.images import ImageType
from graphql_api.richtext import LinkTargets, RichText, absolute_url
from themes import blocks as theme_blocks

# --- embeds ---

EMBED_TAGS = {"div", "iframe", "blockquote", "p", "a"}
EMBED_ATTRIBUTES = {
    "iframe": {"src", "width", "height", "title", "allow", "allowfullscreen", "frameborder"},
    "a": {"href"},
}


def sanitise_embed_html(html: str) -> str:
    return nh3.clean(
        html, tags=EMBED_TAGS, attributes=EMBED_ATTRIBUTES, url_schemes={"https"}, link_rel=None
    )


class EmbedCache:
    """The embeds Wagtail already fetched for a stream's addresses, in one query when asked."""

    def __init__(self):
        self.urls: set[str] = set()
        self._found = None

    def get(self, url: str) -> Embed | None:
        if self._found is None:
            found = Embed.objects.filter(url__in=self.urls).order_by("max_width")
            self._found = {}
            for embed in found:
                self._found.setdefault(embed.url, embed)
        return self._found.get(url)


# --- types ---


@strawberry.type(description="A link to a visible page, in the served language where it exists.")
class PageLink:
    id: strawberry.ID
    title: str
    url_path: str = strawberry.field(description="The page's path, with its language prefix.")
    locale: str = strawberry.field(description="The language of the linked page.")


@strawberry.type(description="A paragraph of rich text.")
class ParagraphBlock:
    id: strawberry.ID
    _text: strawberry.Private[RichText]

    @strawberry.field(description="Sanitised HTML; links point at the pages' urlPath.")
    def html(self) -> str:
        return self._text.render()


@strawberry.type(description="A section heading.")
class HeadingBlock:
    id: strawberry.ID
    text: str
    level: int = strawberry.field(description="2 for a section, 3 for a subsection.")


@strawberry.type(description="An image with alt text, caption and credit.")
class ImageBlock:
    id: strawberry.ID
    image: ImageType
    alt: str
    caption: str | None
    credit: str | None = strawberry.field(
        description="The block's credit, else the credit stored with the image."
    )


@strawberry.type(description="A quotation.")
class QuoteBlock:
    id: strawberry.ID
    text: str
    attribution: str | None


@strawberry.type(description="One number that tells a result, e.g. 40 % less energy.")
class KeyFigureBlock:
    id: strawberry.ID
    value: Decimal
    unit: str | None
    label: str


@strawberry.type(description="A row of one to six key figures.")
class KeyFiguresBlock:
    id: strawberry.ID
    figures: list[KeyFigureBlock]


@strawberry.type(description="An invitation to act with one link: to a page or an address.")
class CallToActionBlock:
    id: strawberry.ID
    title: str
    description: str | None = strawberry.field(description="One or two sentences.")
    linked_page: PageLink | None = strawberry.field(
        description="The page the button leads to; null when it leads elsewhere or the page "
        "is not public."
    )
    external_url: str | None = strawberry.field(description="An address elsewhere, if any.")
    label: str = strawberry.field(description="The button text.")

    @strawberry.field(
        description="Where the button goes: the page's urlPath or the address; null when "
        "neither is available (render the text without a button)."
    )
    def href(self) -> str | None:
        return self.linked_page.url_path if self.linked_page else self.external_url


@strawberry.type(description="A question with its answer.")
class FAQItemBlock:
    id: strawberry.ID
    question: str
    _answer: strawberry.Private[RichText]

    @strawberry.field(description="Sanitised HTML of the answer.")
    def answer_html(self) -> str:
        return self._answer.render()


@strawberry.type(description="A video or post from another site, by its address.")
class EmbedBlock:
    id: strawberry.ID
    url: str
    _targets: strawberry.Private[EmbedCache]

    @strawberry.field(
        description="The provider's player HTML (sanitised), once the service has fetched it; "
        "null until then: embed `url` yourself."
    )
    def provider_html(self) -> str | None:
        embed = self._targets.get(self.url)
        return sanitise_embed_html(embed.html) if embed and embed.html else None

    @strawberry.field(description="The title the provider gives, when known.")
    def provider_title(self) -> str | None:
        embed = self._targets.get(self.url)
        return (embed.title or None) if embed else None


@strawberry.type(description="A link to a document to download.")
class DocumentBlock:
    id: strawberry.ID
    title: str = strawberry.field(description="The block's title, else the document's.")
    url: str = strawberry.field(description="The download address.")
    file_size: int | None = strawberry.field(description="In bytes, when known.")
    extension: str = strawberry.field(description="The file extension, e.g. pdf.")


@strawberry.type(description="A link to another page.")
class PageLinkBlock:
    id: strawberry.ID
    page: PageLink
    label: str = strawberry.field(description="The block's label, else the page title.")


@strawberry.type(description="A guiding principle of a campaign.")
class PrincipleBlock:
    id: strawberry.ID
    title: str
    text: str


BodyStream = Annotated[
    Union[  # noqa: UP007 (strawberry needs typing.Union for named unions)
        ParagraphBlock,
        HeadingBlock,
        ImageBlock,
        QuoteBlock,
        KeyFiguresBlock,
        CallToActionBlock,
        FAQItemBlock,
        EmbedBlock,
        DocumentBlock,
        PageLinkBlock,
    ],
    strawberry.union("BodyStream", description="A block of a page body."),
]
FAQStream = Annotated[
    Union[FAQItemBlock],  # noqa: UP007
    strawberry.union("FAQStream", description="A block of a list of questions."),
]
PrinciplesStream = Annotated[
    Union[PrincipleBlock],  # noqa: UP007
    strawberry.union("PrinciplesStream", description="A block of a list of principles."),
]


# --- building blocks from raw stream data ---


class _Stream:
    """The references of one stream, shared by its blocks."""

    def __init__(self, targets: LinkTargets):
        self.targets = targets
        self.embeds = EmbedCache()

    def page_link(self, page_id) -> PageLink | None:
        page = self.targets.page(page_id)
        if page is None:
            return None
        return PageLink(
            id=strawberry.ID(str(page.pk)),
            title=page.title,
            url_path=self.targets.url_path(page),
            locale=page.locale.language_code,
        )


def _text(value) -> str | None:
    return value or None


def _collect(kind: str, value: dict, stream: _Stream) -> None:
    """First pass: note every reference so each kind is loaded in one query."""
    if kind == "image":
        stream.targets.add(image=value.get("image"))
    elif kind in ("call_to_action", "page_link"):
        stream.targets.add(page=value.get("page"))
    elif kind == "document":
        stream.targets.add(document=value.get("document"))
    elif kind == "embed" and value:
        stream.embeds.urls.add(value)


def _figures(items: list, parent_id: str) -> list[KeyFigureBlock]:
    figures = []
    for index, item in enumerate(items):
        # ListBlock items are {"type": "item", "value": …, "id": …}; older data has bare values.
        value = item["value"] if isinstance(item, dict) and "value" in item else item
        item_id = item.get("id") if isinstance(item, dict) and "value" in item else None
        figures.append(
            KeyFigureBlock(
                id=strawberry.ID(item_id or f"{parent_id}-{index}"),
                value=Decimal(str(value["value"])),
                unit=_text(value.get("unit")),
                label=value["label"],
            )
        )
    return figures


def _build(kind: str, block_id: str, value, stream: _Stream, rich: dict):
    """Second pass: the GraphQL object for one block, or None to leave the block out."""
    block_id = strawberry.ID(block_id)
    targets = stream.targets
    if kind == "paragraph":
        return ParagraphBlock(id=block_id, _text=rich[block_id])
    if kind == "heading":
        return HeadingBlock(id=block_id, text=value["text"], level=int(value["level"][1:]))
    if kind == "image":
        image = targets.image(value.get("image"))
        if image is None:
            return None
        credit = value.get("credit") or image.credit or None
        return ImageBlock(
            id=block_id,
            image=ImageType.from_model(image, alt=value.get("alt"), credit=credit),
            alt=value.get("alt") or image.default_alt_text,
            caption=_text(value.get("caption")),
            credit=credit,
        )
    if kind == "quote":
        return QuoteBlock(
            id=block_id, text=value["text"], attribution=_text(value.get("attribution"))
        )
    if kind == "key_figures":
        return KeyFiguresBlock(id=block_id, figures=_figures(value.get("figures") or [], block_id))
    if kind == "call_to_action":
        return CallToActionBlock(
            id=block_id,
            title=value["title"],
            description=_text(value.get("text")),
            linked_page=stream.page_link(value.get("page")) if value.get("page") else None,
            external_url=_text(value.get("url")),
            label=value["label"],
        )
    if kind == "faq_item":
        return FAQItemBlock(id=block_id, question=value["question"], _answer=rich[block_id])
    if kind == "embed":
        return EmbedBlock(id=block_id, url=value, _targets=stream.embeds) if value else None
    if kind == "document":
        document = targets.document(value.get("document"))
        if document is None:
            return None
        return DocumentBlock(
            id=block_id,
            title=value.get("title") or document.title,
            url=absolute_url(document.url),
            file_size=document.file_size,
            extension=document.file_extension,
        )
    if kind == "page_link":
        page = stream.page_link(value.get("page"))
        if page is None:
            return None
        return PageLinkBlock(id=block_id, page=page, label=value.get("label") or page.title)
    if kind == "principle":
        return PrincipleBlock(id=block_id, title=value["title"], text=value["text"])
    return None  # a block type the API does not know yet is left out, never guessed


_RICH_TEXT_OF = {"paragraph": lambda value: value, "faq_item": lambda value: value["answer"]}


def resolve_stream(stream_value, language_code: str, request=None) -> list:
    """The GraphQL objects for the blocks of `stream_value`, for the served `language_code`.

    Works on raw stream data, so it neither triggers Wagtail's per-block chooser queries nor
    depends on whether the value came from the database, a revision or an edit form.
    """
    if not stream_value:
        return []
    stream = _Stream(LinkTargets(language_code, request))
    raw_blocks = [
        (block["type"], str(block.get("id") or index), block.get("value"))
        for index, block in enumerate(stream_value.raw_data)
    ]
    rich = {}
    for kind, block_id, value in raw_blocks:
        _collect(kind, value, stream)
        if kind in _RICH_TEXT_OF:
            rich[block_id] = RichText(_RICH_TEXT_OF[kind](value) or "", stream.targets)
    built = (_build(kind, block_id, value, stream, rich) for kind, block_id, value in raw_blocks)
    return [block for block in built if block is not None]


# --- fields for page types ---

STREAMS = {
    theme_blocks.BodyBlock: BodyStream,
    theme_blocks.FAQBlock: FAQStream,
    theme_blocks.PrinciplesBlock: PrinciplesStream,
}


def stream_field(field_name: str, stream_block: type, *, description: str | None = None):
    """A field for a page type exposing the StreamField `field_name` (a `stream_block` stream).

    Example: `body = stream_field("body", BodyBlock)` on the BestPracticePage type.
    """
    union = STREAMS[stream_block]

    def resolve(root, info: strawberry.Info) -> list:
        return resolve_stream(
            getattr(root, field_name), root.locale.language_code, info.context.request
        )

    resolve.__annotations__["return"] = list[union]
    resolve.__name__ = f"resolve_{field_name}"
    return strawberry_django.field(
        resolver=resolve,
        description=description,
        only=[field_name, "locale_id"],
        select_related=["locale"],
    )


__all__ = [
    "BodyStream",
    "FAQStream",
    "PageLink",
    "PrinciplesStream",
    "resolve_stream",
    "stream_field",
]
