"""The yearly policy assignment with its themes, pillars and activities.

Themes and pillars belong to a year: another year may have a different set, so they are child
pages of the programme year, not a fixed list in code.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.preview import HeadlessPreviewMixin
from home.search_text import LEMMA_FIELD, LemmaSearchMixin
from themes.blocks import BodyBlock
from themes.forms import SameLanguageChoicesPageForm
from themes.localization.relations import SameLanguageRelationsMixin
from themes.models.choices import ActivityKind, Region, Track
from themes.validators import validate_period


class ProgrammeYearPage(HeadlessPreviewMixin, LemmaSearchMixin, SameLanguageRelationsMixin, Page):
    """The policy assignment of one year, with its fact sheet; its children are that year's
    themes, pillars and activities."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.ThemePage", "themes.PillarPage", "themes.ActivityPage"]
    base_form_class = SameLanguageChoicesPageForm

    # --- fact sheet ---
    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year of the policy assignment, e.g. 2016.")
    )
    project_code = models.CharField(
        _("project code"), max_length=20, help_text=_("VNG International's code, e.g. B.")
    )
    country = models.ForeignKey(
        "themes.Country",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The main country of the project, usually the Netherlands."),
    )
    other_countries = ParentalManyToManyField(
        "themes.Country", blank=True, related_name="+", help_text=_("Other countries, if any.")
    )
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        default=Region.WORLD_WIDE,
        help_text=_("Where the work takes place."),
    )
    start_date = models.DateField(_("start"), help_text=_("First day of the assignment."))
    end_date = models.DateField(_("end"), help_text=_("Last day of the assignment."))
    field_of_expertise = models.CharField(
        _("field of expertise"),
        max_length=255,
        help_text=_("E.g. Building More Effective Public Administration."),
    )
    policy_fields = models.CharField(
        _("policy fields"),
        max_length=500,
        blank=True,
        help_text=_("Separate with semicolons, e.g. inter-municipal co-operation; ..."),
    )
    partners = ParentalManyToManyField(
        "themes.Organisation", blank=True, related_name="+", help_text=_("Partner organisations.")
    )
    funding = models.CharField(
        _("funding"), max_length=255, blank=True, help_text=_("Who pays for it, e.g. VNG.")
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences on what the year's assignment is.")
    )
    # --- content ---
    body = StreamField(BodyBlock(), blank=True, help_text=_("The full description."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("year"), FieldPanel("project_code")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("country"),
                FieldPanel("other_countries"),
                FieldPanel("region"),
                FieldPanel("field_of_expertise"),
                FieldPanel("policy_fields"),
                FieldPanel("partners"),
                FieldPanel("funding"),
            ],
            heading=_("Fact sheet"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField(LEMMA_FIELD),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("year"),
    ]

    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("field_of_expertise"),
        TranslatableField("policy_fields"),
        TranslatableField("funding"),
        TranslatableField("body"),
        SynchronizedField("year"),
        SynchronizedField("project_code"),
        SynchronizedField("country"),
        SynchronizedField("other_countries"),
        SynchronizedField("region"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("partners"),
    ]

    class Meta:
        verbose_name = _("programme year")
        verbose_name_plural = _("programme years")

    def clean(self):
        super().clean()
        validate_period(self.start_date, self.end_date)
        if self.start_date and self.year and self.start_date.year != self.year:
            raise ValidationError(
                {
                    "start_date": _("The start date must fall in the programme year %(year)s.")
                    % {"year": self.year}
                }
            )


class _TaxonomyPage(HeadlessPreviewMixin, LemmaSearchMixin, SameLanguageRelationsMixin, Page):
    """Shared fields of a theme and a pillar: a number within the year and a description."""

    parent_page_types = ["themes.ProgrammeYearPage"]
    subpage_types: list[str] = []
    base_form_class = SameLanguageChoicesPageForm

    # --- content ---
    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("The position within the year, e.g. 1 for the first theme.")
    )
    short_description = models.CharField(
        _("short description"),
        max_length=255,
        help_text=_("One line, e.g. “vitalising Dutch local democracy in a global context”."),
    )
    body = StreamField(BodyBlock(), blank=True, help_text=_("The full description."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("short_description"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField(LEMMA_FIELD),
        index.SearchField("short_description"),
        index.SearchField("body"),
    ]

    override_translatable_fields = [
        TranslatableField("short_description"),
        TranslatableField("body"),
        SynchronizedField("number"),
    ]

    class Meta:
        abstract = True


class ThemePage(_TaxonomyPage):
    """A strategic theme of one programme year, e.g. Sustainability – the Global Goals."""

    goals = ParentalManyToManyField(
        "themes.Goal",
        blank=True,
        related_name="+",
        help_text=_("The goals this theme works on most."),
    )

    content_panels = [
        *_TaxonomyPage.content_panels,
        FieldPanel("goals", widget=forms.CheckboxSelectMultiple),
    ]
    override_translatable_fields = [
        *_TaxonomyPage.override_translatable_fields,
        SynchronizedField("goals"),
    ]

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class PillarPage(_TaxonomyPage):
    """A pillar of one programme year: a way of working, e.g. international promotion."""

    class Meta:
        verbose_name = _("pillar")
        verbose_name_plural = _("pillars")


class ActivityPage(HeadlessPreviewMixin, LemmaSearchMixin, SameLanguageRelationsMixin, Page):
    """Something VNG International does within a programme year, in one of two tracks."""

    parent_page_types = ["themes.ProgrammeYearPage"]
    subpage_types: list[str] = []
    base_form_class = SameLanguageChoicesPageForm

    # --- classification ---
    track = models.CharField(
        _("track"),
        max_length=20,
        choices=Track.choices,
        help_text=_("Policy and governance (advocacy) or products and services."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=ActivityKind.choices, help_text=_("What sort of work.")
    )
    themes = ParentalManyToManyField(
        "themes.ThemePage", blank=True, related_name="activities", help_text=_("Themes served.")
    )
    pillars = ParentalManyToManyField(
        "themes.PillarPage", blank=True, related_name="activities", help_text=_("Pillars served.")
    )
    # --- content ---
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences."))
    start_date = models.DateField(
        _("start"), null=True, blank=True, help_text=_("When the activity starts, if known.")
    )
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("When it ends; empty while ongoing.")
    )
    body = StreamField(BodyBlock(), blank=True, help_text=_("The full description."))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("track"), FieldPanel("kind")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("pillars", widget=forms.CheckboxSelectMultiple),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField(LEMMA_FIELD),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("title")]),
        index.FilterField("track"),
    ]

    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("track"),
        SynchronizedField("kind"),
        SynchronizedField("themes"),
        SynchronizedField("pillars"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
    ]

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def clean(self):
        super().clean()
        validate_period(self.start_date, self.end_date)
