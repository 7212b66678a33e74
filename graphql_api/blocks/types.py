"""The GraphQL types of StreamField blocks and the unions of each kind of stream.

Built by `graphql_api.streamfield` from raw stream data; see that module for the rules.
Same-named fields have the same type in every block (GraphQL refuses to merge `url: String`
with `url: String!` in one selection), so partners select them side by side without aliases.
"""

from decimal import Decimal
from typing import Annotated, Union

import nh3
import strawberry
from wagtail.embeds.models import Embed

from graphql_api.images import ImageType
from graphql_api.richtext import RichText

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
    """The embeds Wagtail already fetched for the streams' addresses: one query when first
    asked, and again only for addresses added after that."""

    def __init__(self):
        self.urls: set[str] = set()
        self._loaded: set[str] = set()
        self._found: dict[str, Embed] = {}

    def get(self, url: str) -> Embed | None:
        self.urls.add(url)
        pending = self.urls - self._loaded
        if pending:
            for embed in Embed.objects.filter(url__in=pending).order_by("max_width"):
                self._found.setdefault(embed.url, embed)
            self._loaded |= pending
        return self._found.get(url)


# --- types ---


@strawberry.type(description="A link to a visible page, in the served language where it exists.")
class PageLink:
    id: strawberry.ID
    title: str
    url_path: str = strawberry.field(description="The page's path, with its language prefix.")
    url: str = strawberry.field(description="The page's address on the partner website.")
    locale: str = strawberry.field(description="The language of the linked page.")


@strawberry.type(description="A paragraph of rich text.")
class ParagraphBlock:
    id: strawberry.ID
    _text: strawberry.Private[RichText]

    @strawberry.field(description="Sanitised HTML; page links point at the pages' url.")
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
        description="Where the button goes: the page's address on the partner website or the "
        "address elsewhere; null when neither is available (render the text without a button)."
    )
    def href(self) -> str | None:
        return self.linked_page.url if self.linked_page else self.external_url


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
