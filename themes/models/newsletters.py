"""The monthly newsletter."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.preview import HeadlessPreviewMixin
from home.search_text import LEMMA_FIELD, LemmaSearchMixin
from themes.blocks import BodyBlock


class NewsletterIndexPage(HeadlessPreviewMixin, LemmaSearchMixin, Page):
    """The archive of newsletter issues of one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.NewsletterIssuePage"]
    max_count_per_parent = 1

    intro = models.TextField(_("intro"), blank=True, help_text=_("Shown above the archive."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [TranslatableField("intro")]

    class Meta:
        verbose_name = _("newsletter index")
        verbose_name_plural = _("newsletter indexes")


class NewsletterIssuePage(HeadlessPreviewMixin, LemmaSearchMixin, Page):
    """One monthly issue of the newsletter."""

    parent_page_types = ["themes.NewsletterIndexPage"]
    subpage_types: list[str] = []

    number = models.PositiveSmallIntegerField(_("number"), help_text=_("The issue number."))
    issue_date = models.DateField(
        _("issue date"), help_text=_("The day the issue went out; one issue a month.")
    )
    intro = models.TextField(_("intro"), help_text=_("What this issue is about, in two lines."))
    body = StreamField(BodyBlock(), blank=True, help_text=_("The articles of the issue."))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("issue_date")]),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField(LEMMA_FIELD),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("number"),
        SynchronizedField("issue_date"),
    ]

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if not self.issue_date:
            return
        clash = (
            NewsletterIssuePage.objects.filter(
                locale_id=self.locale_id,
                issue_date__year=self.issue_date.year,
                issue_date__month=self.issue_date.month,
            )
            .exclude(translation_key=self.translation_key)
            .exists()
        )
        if clash:
            raise ValidationError(
                {"issue_date": _("There is already an issue for this month; pick another month.")}
            )
