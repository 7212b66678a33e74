"""The root of each language tree, and the image model every app uses."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.preview import HeadlessPreviewMixin


class CreditedImage(AbstractImage):
    """An image with the credit line every published use must show."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who made the image, shown next to it, e.g. “Photo: VNG International”."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        # Wagtail's image chooser asks for "choose_<model>" on a custom image model.
        permissions = [("choose_creditedimage", "Can choose image")]


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(HeadlessPreviewMixin, Page):
    """The start page of one language version of the site; everything else lives below it."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "themes.ProgrammeYearPage",
        "themes.BestPracticeIndexPage",
        "themes.CampaignPage",
        "themes.NewsletterIndexPage",
    ]

    # --- content ---
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome shown at the top of the home page."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    override_translatable_fields = [TranslatableField("intro")]

    class Meta:
        verbose_name = _("home page")
