"""Best-practice examples: Dutch municipal practices and international projects, some of them
promoted to international audiences."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.preview import HeadlessPreviewMixin
from home.search_text import LEMMA_FIELD, LemmaSearchMixin
from themes.blocks import BodyBlock
from themes.choosers import GoalsByAgenda, ReferenceAutocomplete
from themes.forms import SameLanguageChoicesPageForm
from themes.localization.relations import SameLanguageRelationsMixin
from themes.models.choices import AwardCategory, Origin, Region
from themes.models.reference import Country, Municipality, Organisation
from themes.validators import validate_key_figure_number, validate_period


class BestPracticeIndexPage(HeadlessPreviewMixin, LemmaSearchMixin, Page):
    """The list of all best-practice examples of one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.BestPracticePage"]
    max_count_per_parent = 1

    intro = models.TextField(_("intro"), blank=True, help_text=_("Shown above the list."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [TranslatableField("intro")]

    class Meta:
        verbose_name = _("best-practice index")
        verbose_name_plural = _("best-practice indexes")


class BestPracticePage(HeadlessPreviewMixin, LemmaSearchMixin, SameLanguageRelationsMixin, Page):
    """One example of strong Dutch local governance, to learn from or to promote abroad."""

    parent_page_types = ["themes.BestPracticeIndexPage"]
    subpage_types: list[str] = []
    base_form_class = SameLanguageChoicesPageForm

    # --- where it comes from ---
    origin = models.CharField(
        _("origin"),
        max_length=20,
        choices=Origin.choices,
        help_text=_("A Dutch municipality's own practice, or an international project."),
    )
    municipalities = ParentalManyToManyField(
        "themes.Municipality",
        blank=True,
        related_name="best_practices",
        help_text=_("The Dutch municipalities behind the example."),
    )
    partner_countries = ParentalManyToManyField(
        "themes.Country", blank=True, related_name="+", help_text=_("Countries of the partners.")
    )
    partner_cities = models.CharField(
        _("partner cities"),
        max_length=500,
        blank=True,
        help_text=_("Cities abroad, separated by commas, e.g. Ouagadougou, Kumasi."),
    )
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        default=Region.NETHERLANDS,
        help_text=_("Where the example takes place."),
    )
    project_code = models.CharField(
        _("project code"), max_length=20, blank=True, help_text=_("For international projects.")
    )
    # --- classification ---
    themes = ParentalManyToManyField(
        "themes.ThemePage", blank=True, related_name="best_practices", help_text=_("Themes.")
    )
    pillars = ParentalManyToManyField(
        "themes.PillarPage", blank=True, related_name="best_practices", help_text=_("Pillars.")
    )
    goals = ParentalManyToManyField(
        "themes.Goal",
        blank=True,
        related_name="best_practices",
        help_text=_("The Global Goals the example contributes to."),
    )
    primary_goal = models.ForeignKey(
        "themes.Goal",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The one goal it contributes to most; also tick it under goals."),
    )
    agendas = ParentalManyToManyField(
        "themes.Agenda",
        blank=True,
        related_name="+",
        help_text=_("Other agendas it serves, e.g. the Sendai Framework or the Paris Agreement."),
    )
    # --- period ---
    start_date = models.DateField(_("start"), help_text=_("When the practice started."))
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("When it ended; empty while ongoing.")
    )
    # --- content ---
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences a foreign reader understands at once.")
    )
    # Key figures have one place on an example: the "Key figures" rows (the API's `keyFigures`,
    # the results panel on partner sites). The body offers no key-figures block here
    # (`max_num` 0 hides it from the block menu and refuses it on save).
    body = StreamField(
        BodyBlock(block_counts={"key_figures": {"max_num": 0}}),
        blank=True,
        help_text=_("The full story. Key figures go in the key figures below, not here."),
    )
    hero_image = models.ForeignKey(
        "home.CreditedImage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The main image, landscape, at least 1600 pixels wide."),
    )
    hero_alt = models.CharField(
        _("hero image alt text"),
        max_length=255,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    hero_credit = models.CharField(
        _("hero image credit"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the credit stored with the image."),
    )
    # --- people and money ---
    partners = ParentalManyToManyField(
        "themes.Organisation", blank=True, related_name="+", help_text=_("Partner organisations.")
    )
    funder = models.ForeignKey(
        "themes.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Who funds it."),
    )
    contact_person = models.ForeignKey(
        "themes.ContactPerson",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Who readers can ask about it."),
    )
    # --- recognition ---
    award_year = models.PositiveSmallIntegerField(
        _("award year"), null=True, blank=True, help_text=_("Year of a Global Goals award.")
    )
    award_category = models.CharField(
        _("award category"),
        max_length=20,
        choices=AwardCategory.choices,
        blank=True,
        help_text=_("The category of the award."),
    )
    promote_internationally = models.BooleanField(
        _("promote internationally"),
        default=False,
        help_text=_("Tick to include this example in the international promotion export."),
    )

    # The form in tabs: what the story says first (it fits the first screen), then where it
    # happens, how it is classified, who is involved, promotion and settings.
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("Key figure"), max_num=6),
    ]
    place_panels = [
        FieldPanel("origin"),
        FieldPanel("municipalities", widget=ReferenceAutocomplete(Municipality, is_single=False)),
        FieldPanel("partner_countries", widget=ReferenceAutocomplete(Country, is_single=False)),
        FieldPanel("partner_cities"),
        FieldPanel("region"),
        FieldPanel("project_code"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]
    classification_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("pillars", widget=forms.CheckboxSelectMultiple),
        FieldPanel("goals", widget=GoalsByAgenda),
        FieldPanel("primary_goal"),
        FieldPanel("agendas", widget=forms.CheckboxSelectMultiple),
    ]
    people_panels = [
        FieldPanel(
            "partners",
            widget=ReferenceAutocomplete(Organisation, can_create=True, is_single=False),
        ),
        FieldPanel("funder"),
        FieldPanel("contact_person"),
        FieldRowPanel([FieldPanel("award_year"), FieldPanel("award_category")]),
        InlinePanel("downloads", heading=_("Downloads"), label=_("Download")),
        InlinePanel("links", heading=_("Links"), label=_("Link")),
    ]
    promote_panels = [
        *Page.promote_panels,
        FieldPanel("promote_internationally"),
        # + the promotion export's status panel, added by the export (`themes.apps`): models
        # never import the export.
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(place_panels, heading=_("Where and when")),
            ObjectList(classification_panels, heading=_("Themes and goals")),
            ObjectList(people_panels, heading=_("Partners and links")),
            ObjectList(promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField(LEMMA_FIELD),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("partner_cities"),
        # the names of its themes and goals, so "klimaat" finds examples of the climate goal
        index.RelatedFields("themes", [index.SearchField("title")]),
        index.RelatedFields("goals", [index.SearchField("name")]),
        index.FilterField("origin"),
        index.FilterField("region"),
        index.FilterField("promote_internationally"),
        index.FilterField("start_date"),
    ]

    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("hero_alt"),
        TranslatableField("partner_cities"),
        TranslatableField("key_figures"),
        TranslatableField("links"),
        SynchronizedField("downloads"),
        SynchronizedField("origin"),
        SynchronizedField("municipalities"),
        SynchronizedField("partner_countries"),
        SynchronizedField("region"),
        SynchronizedField("project_code"),
        SynchronizedField("themes"),
        SynchronizedField("pillars"),
        SynchronizedField("goals"),
        SynchronizedField("primary_goal"),
        SynchronizedField("agendas"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_credit"),
        SynchronizedField("partners"),
        SynchronizedField("funder"),
        SynchronizedField("contact_person"),
        SynchronizedField("award_year"),
        SynchronizedField("award_category"),
        SynchronizedField("promote_internationally"),
    ]

    class Meta:
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")

    def clean(self):
        super().clean()
        validate_period(self.start_date, self.end_date)
        if self.hero_image_id and not self.hero_alt:
            raise ValidationError(
                {"hero_alt": _("Describe the hero image in the alt text, or remove the image.")}
            )
        if bool(self.award_year) != bool(self.award_category):
            raise ValidationError(
                {"award_category": _("Give both the award year and its category, or neither.")}
            )


class KeyFigure(TranslatableMixin, Orderable):
    """A result in one number, e.g. 40 % less energy use."""

    page = ParentalKey(BestPracticePage, on_delete=models.CASCADE, related_name="key_figures")
    # Kept as the editor typed it (40, not 40.00); the API still offers it as a Decimal.
    value = models.CharField(
        _("value"),
        max_length=20,
        validators=[validate_key_figure_number],
        help_text=_("The number, e.g. 40."),
    )
    unit = models.CharField(_("unit"), max_length=30, blank=True, help_text=_("E.g. %, tonnes."))
    label = models.CharField(_("label"), max_length=120, help_text=_("What the number measures."))

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label")]
    override_translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("value"),
        SynchronizedField("unit"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]


class Download(Orderable):
    """A document readers can download, e.g. the project report."""

    page = ParentalKey(BestPracticePage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose or upload the document."),
    )

    panels = [FieldPanel("document")]


class ExternalLink(TranslatableMixin, Orderable):
    """A link to more information elsewhere."""

    page = ParentalKey(BestPracticePage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=255, help_text=_("The link text."))
    url = models.URLField(_("address"), help_text=_("The full address, starting with https://."))

    panels = [FieldPanel("title"), FieldPanel("url")]
    override_translatable_fields = [TranslatableField("title"), SynchronizedField("url")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
