"""The root of each language tree, the image model every app uses, and the site-wide settings
(organisation, contact, footer, the partner frontend's address) per site and language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.preview import HeadlessPreviewMixin
from home.search_text import LEMMA_FIELD, LemmaSearchMixin


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


class HomePage(HeadlessPreviewMixin, LemmaSearchMixin, Page):
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

    search_fields = [
        *Page.search_fields,
        index.SearchField(LEMMA_FIELD),
        index.SearchField("intro"),
    ]

    override_translatable_fields = [TranslatableField("intro")]

    class Meta:
        verbose_name = _("home page")


SOCIAL_NETWORKS = ("linkedin", "x", "facebook", "instagram", "youtube", "bluesky")


class SiteSettings(TranslatableMixin, ClusterableModel):
    """What every page of the partner website shows around the content, in one language: the
    organisation, how to reach it, the footer and where the website itself lives."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The site these settings are for."),
    )

    # --- the partner website ---
    frontend_url = models.URLField(
        _("website address"),
        blank=True,
        help_text=_(
            "The address of this language's home page on the partner website, e.g. "
            "https://www.vng-international.nl/fr/. Empty: the FRONTEND_URL setting."
        ),
    )

    # --- organisation and contact ---
    organisation_name = models.CharField(
        _("organisation name"), max_length=255, help_text=_("E.g. “VNG International”.")
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("The general address readers can write to.")
    )
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, help_text=_("E.g. +31 70 373 8401.")
    )
    address = models.TextField(
        _("address"), blank=True, help_text=_("The postal address, one line per line.")
    )

    # --- social accounts ---
    linkedin = models.URLField(_("LinkedIn"), blank=True, help_text=_("The full address."))
    x = models.URLField(_("X"), blank=True, help_text=_("The full address."))
    facebook = models.URLField(_("Facebook"), blank=True, help_text=_("The full address."))
    instagram = models.URLField(_("Instagram"), blank=True, help_text=_("The full address."))
    youtube = models.URLField(_("YouTube"), blank=True, help_text=_("The full address."))
    bluesky = models.URLField(_("Bluesky"), blank=True, help_text=_("The full address."))

    # --- newsletter and footer ---
    newsletter_text = models.TextField(
        _("newsletter sign-up text"),
        blank=True,
        help_text=_("One or two sentences inviting readers to subscribe."),
    )
    footer_text = models.TextField(
        _("footer text"), blank=True, help_text=_("A short text shown in every page's footer.")
    )
    share_image = models.ForeignKey(
        "home.CreditedImage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Shown when a page without its own image is shared on social media."),
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("frontend_url"),
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
            ],
            heading=_("Organisation and contact"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in SOCIAL_NETWORKS], heading=_("Social accounts")
        ),
        FieldPanel("newsletter_text"),
        FieldPanel("footer_text"),
        FieldPanel("share_image"),
        InlinePanel("footer_links", label=_("Footer links")),
    ]

    override_translatable_fields = [
        TranslatableField("organisation_name"),
        TranslatableField("address"),
        TranslatableField("newsletter_text"),
        TranslatableField("footer_text"),
        SynchronizedField("site"),
        SynchronizedField("frontend_url", overridable=True),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        *(SynchronizedField(name, overridable=True) for name in SOCIAL_NETWORKS),
        SynchronizedField("share_image"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        unique_together = [("translation_key", "locale"), ("site", "locale")]

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"

    def social_accounts(self) -> list[tuple[str, str]]:
        """(network, address) of every account filled in, in a fixed order."""
        return [(name, getattr(self, name)) for name in SOCIAL_NETWORKS if getattr(self, name)]


class FooterLink(TranslatableMixin, Orderable):
    """A link in the footer menu: to a page of the site or to an address elsewhere."""

    settings = ParentalKey(
        SiteSettings,
        on_delete=models.CASCADE,
        related_name="footer_links",
        help_text=_("The site settings whose footer shows this link."),
    )
    label = models.CharField(
        _("label"), max_length=100, help_text=_("The link text, e.g. “Privacy”.")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A page of the site; its version in the reader's language is linked."),
    )
    url = models.URLField(
        _("address"), blank=True, help_text=_("Or a full address elsewhere, with https://.")
    )

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]
    override_translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("page"),
        SynchronizedField("url"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(
                {"url": _("Choose a page or give an address, not both and not neither.")}
            )


class PageExposure(models.Model):
    """A page whose place in the tree lets the public see it: no view restriction on it or
    above it, no unpublished or expired page above it, inside the default site. Kept by
    `home.serving.exposure` in the transaction of every change that can alter it, so the
    visibility rule reads one row per page instead of walking every page's ancestors.

    Whether the page itself is live, scheduled, expired or an alias is not stored: the rule
    reads that from the page row. Expiry of the pages above is stored as a time, because it
    happens without a change (`ancestors_expire_at`).
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="+")
    ancestors_expire_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("The earliest expiry time of the pages above this one (empty: none)."),
    )

    class Meta:
        verbose_name = _("page exposure")

    def __str__(self):
        return f"page {self.page_id} exposed"
