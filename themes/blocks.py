"""StreamField blocks for page bodies. Leaf blocks first, then the composed StreamBlocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 keeps the outline of the page in order."""

    text = blocks.CharBlock(max_length=200, help_text=_("The heading text."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        help_text=_("Level 2 for a section, level 3 for a subsection."),
    )

    class Meta:
        icon = "title"
        description = _("A section heading")


class ImageBlock(blocks.StructBlock):
    """An image with the alt text, caption and credit a reader needs."""

    image = ImageChooserBlock(help_text=_("Choose or upload the image."))
    alt = blocks.CharBlock(
        max_length=255,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=255, help_text=_("Shown below."))
    credit = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_("Who made the image; leave empty to use the credit stored with the image."),
    )

    class Meta:
        icon = "image"
        description = _("An image with alt text, caption and credit")


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person it comes from."""

    text = blocks.TextBlock(help_text=_("The quoted words, without quotation marks."))
    attribution = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Who said it, e.g. “Mayor of Utrecht”.")
    )

    class Meta:
        icon = "openquote"
        description = _("A quotation")


class KeyFigureBlock(blocks.StructBlock):
    """One number that tells the result, e.g. 40 % less energy."""

    value = blocks.DecimalBlock(help_text=_("The number, e.g. 40."))
    unit = blocks.CharBlock(required=False, max_length=30, help_text=_("E.g. %, tonnes, km."))
    label = blocks.CharBlock(max_length=120, help_text=_("What the number measures."))

    class Meta:
        icon = "table"
        description = _("A key figure")


class KeyFiguresBlock(blocks.StructBlock):
    """A row of key figures."""

    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        description = _("A row of one to six key figures")


class CallToActionBlock(blocks.StructBlock):
    """A short invitation to act, with one link to a page or an address."""

    title = blocks.CharBlock(max_length=120, help_text=_("E.g. “Join the campaign”."))
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences."))
    page = blocks.PageChooserBlock(required=False, help_text=_("Link to a page here …"))
    url = blocks.URLBlock(required=False, help_text=_("… or to an address elsewhere."))
    label = blocks.CharBlock(max_length=60, help_text=_("The button text."))

    class Meta:
        icon = "pick"
        description = _("A call to action")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        cleaned = super().clean(value)
        if bool(cleaned.get("page")) == bool(cleaned.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose either a page or an address, not both."))
                }
            )
        return cleaned


class FAQItemBlock(blocks.StructBlock):
    """A question with its answer."""

    question = blocks.CharBlock(max_length=255, help_text=_("The question, as a reader asks it."))
    answer = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul", "ol"], help_text=_("The answer.")
    )

    class Meta:
        icon = "help"
        description = _("A question and its answer")


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document in the library."""

    document = DocumentChooserBlock(help_text=_("Choose or upload the document."))
    title = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Leave empty to use the document title.")
    )

    class Meta:
        icon = "doc-full"
        description = _("A link to a document")


class PageLinkBlock(blocks.StructBlock):
    """A link to another page on the site."""

    page = blocks.PageChooserBlock(help_text=_("The page to link to."))
    label = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Leave empty to use the page title.")
    )

    class Meta:
        icon = "link"
        description = _("A link to a page")


class PrincipleBlock(blocks.StructBlock):
    """One guiding principle of a campaign: a title and a short explanation."""

    title = blocks.CharBlock(max_length=120, help_text=_("The principle in a few words."))
    text = blocks.TextBlock(help_text=_("What it means in practice."))

    class Meta:
        icon = "tick"
        description = _("A guiding principle")


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow")
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    faq_item = FAQItemBlock()
    embed = EmbedBlock(help_text=_("A video or post address, e.g. a YouTube link."), icon="media")
    document = DocumentLinkBlock()
    page_link = PageLinkBlock()


class FAQBlock(blocks.StreamBlock):
    faq_item = FAQItemBlock()


class PrinciplesBlock(blocks.StreamBlock):
    principle = PrincipleBlock()
