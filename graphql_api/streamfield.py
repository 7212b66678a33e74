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
  hidden keeps its text with `linkedPage` and `href` null;
- a block that cannot be read (data saved under an older block definition) is left out and
  logged, rather than failing the page.

The types live in `graphql_api.blocks.types`.

Page types use `stream_field("body", BodyBlock)` (or `"faq"`, `"principles"`) as the field; other code can
call `resolve_stream(stream_value, language_code, request)` directly.
"""

import logging

import strawberry
import strawberry_django

from graphql_api.blocks.types import (
    BodyStream,
    CallToActionBlock,
    DocumentBlock,
    EmbedBlock,
    EmbedCache,
    FAQItemBlock,
    FAQStream,
    HeadingBlock,
    ImageBlock,
    KeyFigureBlock,
    KeyFiguresBlock,
    PageLink,
    PageLinkBlock,
    ParagraphBlock,
    PrincipleBlock,
    PrinciplesStream,
    QuoteBlock,
)
from graphql_api.images import ImageType
from graphql_api.numbers import plain_decimal
from graphql_api.richtext import LinkTargets, RichText, absolute_url, link_targets
from home.serving.languages import code_of
from themes import blocks as theme_blocks

logger = logging.getLogger(__name__)

# --- building blocks from raw stream data ---


class _Stream:
    """The references of one stream, shared by its blocks."""

    def __init__(self, targets: LinkTargets, embeds: EmbedCache | None = None):
        self.targets = targets
        self.embeds = embeds if embeds is not None else EmbedCache()

    def page_link(self, page_id) -> PageLink | None:
        page = self.targets.page(page_id)
        if page is None:
            return None
        return PageLink(
            id=strawberry.ID(str(page.pk)),
            title=page.title,
            url_path=self.targets.url_path(page),
            url=self.targets.url(page),
            locale=code_of(page),
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
                value=plain_decimal(value["value"]),
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


def _prepare(stream_value, stream: _Stream) -> tuple[list, dict]:
    """First pass over a stream: its blocks, their rich texts, every reference noted."""
    if not stream_value:
        return [], {}
    raw_blocks = [
        (block["type"], str(block.get("id") or index), block.get("value"))
        for index, block in enumerate(stream_value.raw_data)
    ]
    rich = {}
    for kind, block_id, value in raw_blocks:
        _collect(kind, value, stream)
        if kind in _RICH_TEXT_OF:
            rich[block_id] = RichText(_RICH_TEXT_OF[kind](value) or "", stream.targets)
    return raw_blocks, rich


def _build_all(raw_blocks: list, rich: dict, stream: _Stream) -> list:
    built = []
    for kind, block_id, value in raw_blocks:
        try:
            block = _build(kind, block_id, value, stream, rich)
        except (KeyError, TypeError, ValueError, ArithmeticError):
            # Data saved under an older block definition: leave the one block out, not the page.
            logger.warning("Skipped unreadable %s block %s", kind, block_id, exc_info=True)
            continue
        if block is not None:
            built.append(block)
    return built


def resolve_stream(stream_value, language_code: str, request=None) -> list:
    """The GraphQL objects for the blocks of `stream_value`, for the served `language_code`.

    Works on raw stream data, so it neither triggers Wagtail's per-block chooser queries nor
    depends on whether the value came from the database, a revision or an edit form.
    """
    stream = _Stream(LinkTargets(language_code, request))
    return _build_all(*_prepare(stream_value, stream), stream)


def _batched_stream(info: strawberry.Info, root, field_name: str) -> list:
    """The blocks of `root`'s stream, its references loaded together with those of every other
    object of its type the request fetched, in whatever language each is served (one query per
    kind of reference for all of them)."""
    context = info.context
    prepared = context.memo(("stream prepared", type(root), field_name), dict)
    # Keyed by the object itself, not its id: a preview's page and the live one share an id.
    if id(root) not in prepared:
        embeds = context.memo("embeds", EmbedCache)
        for obj in [*context.memo(("batch", type(root)), list), root]:
            if id(obj) not in prepared:
                code = code_of(obj)
                stream = context.memo(
                    ("stream", code), lambda code=code: _Stream(link_targets(context, code), embeds)
                )
                prepared[id(obj)] = (stream, _prepare(getattr(obj, field_name), stream))
    stream, (raw_blocks, rich) = prepared[id(root)]
    return _build_all(raw_blocks, rich, stream)


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
        return _batched_stream(info, root, field_name)

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
    "ImageBlock",
    "PageLink",
    "PrinciplesStream",
    "resolve_stream",
    "stream_field",
]
