"""The municipal Global Goals campaign (Gemeenten4GlobalGoals) and its predecessor, the
Millennium campaign, with member municipalities and events."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.preview import HeadlessPreviewMixin
from home.search_text import LEMMA_FIELD, LemmaSearchMixin
from themes.blocks import BodyBlock, FAQBlock, PrinciplesBlock
from themes.forms import SameLanguageChoicesPageForm
from themes.localization.relations import SameLanguageRelationsMixin
from themes.models.choices import DecisionType, EventKind
from themes.validators import validate_period

RICH_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class MembershipFormSet(BaseChildFormSet):
    """The member rows of one campaign, checked together in the admin: each municipality once,
    and nobody joins before the campaign started. Errors land on the offending row."""

    def clean(self):
        started_on = self.instance.started_on
        seen = set()
        for form in self.forms:
            if self._should_delete_form(form) or not form.is_valid():
                continue
            municipality = form.cleaned_data["municipality"]
            joined_on = form.cleaned_data["joined_on"]
            if municipality.pk in seen:
                form.add_error(
                    "municipality",
                    _("%(municipality)s is listed twice as a member; remove one of the two rows.")
                    % {"municipality": municipality},
                )
            seen.add(municipality.pk)
            if started_on and joined_on < started_on:
                form.add_error("joined_on", joined_before_start_message(started_on))
        # modelcluster's own unique check now skips the rows flagged above.
        super().clean()


class MembershipsPanel(InlinePanel):
    """The member municipalities, validated together by `MembershipFormSet`."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = MembershipFormSet
        return options


def joined_before_start_message(started_on):
    return _(
        "A municipality cannot join before the campaign started (%(started_on)s); "
        "correct the join date."
    ) % {"started_on": started_on.isoformat()}


class CampaignPage(HeadlessPreviewMixin, LemmaSearchMixin, SameLanguageRelationsMixin, Page):
    """A campaign municipalities join, e.g. Gemeenten4GlobalGoals."""

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    base_form_class = SameLanguageChoicesPageForm

    # --- about ---
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("E.g. G4GG.")
    )
    intro = models.TextField(_("what it is"), help_text=_("Two or three sentences."))
    started_on = models.DateField(_("started on"), help_text=_("When the campaign started."))
    ended_on = models.DateField(
        _("ended on"), null=True, blank=True, help_text=_("When it ended; empty while running.")
    )
    predecessor = models.ForeignKey(
        "themes.CampaignPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The campaign this one continues, e.g. the Millennium campaign."),
    )
    agenda = models.ForeignKey(
        "themes.Agenda",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The agenda the campaign is about."),
    )
    # --- joining ---
    how_to_join = RichTextField(
        _("how to join"), features=RICH_FEATURES, help_text=_("The steps a municipality takes.")
    )
    join_url = models.URLField(
        _("join form"), blank=True, help_text=_("The address of the online registration form.")
    )
    # --- vision ---
    vision = RichTextField(
        _("vision"), blank=True, features=RICH_FEATURES, help_text=_("What the campaign wants.")
    )
    principles = StreamField(
        PrinciplesBlock(),
        blank=True,
        help_text=_("The guiding principles, one heading each."),
    )
    body = StreamField(BodyBlock(), blank=True, help_text=_("More about the campaign."))
    faq = StreamField(FAQBlock(), blank=True, help_text=_("Frequently asked questions."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("short_name"),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("started_on"), FieldPanel("ended_on")]),
        FieldPanel("predecessor"),
        FieldPanel("agenda"),
        MultiFieldPanel([FieldPanel("how_to_join"), FieldPanel("join_url")], heading=_("Join")),
        FieldPanel("vision"),
        FieldPanel("principles"),
        FieldPanel("body"),
        FieldPanel("faq"),
        InlinePanel("events", label=_("Events")),
        InlinePanel("social_accounts", label=_("Social accounts")),
        MembershipsPanel("memberships", label=_("Member municipalities")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField(LEMMA_FIELD),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("faq"),
    ]

    override_translatable_fields = [
        TranslatableField("short_name"),
        TranslatableField("intro"),
        TranslatableField("how_to_join"),
        TranslatableField("vision"),
        TranslatableField("principles"),
        TranslatableField("body"),
        TranslatableField("faq"),
        TranslatableField("events"),
        SynchronizedField("join_url"),
        SynchronizedField("started_on"),
        SynchronizedField("ended_on"),
        SynchronizedField("predecessor"),
        SynchronizedField("agenda"),
        SynchronizedField("social_accounts"),
        SynchronizedField("memberships"),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        validate_period(
            self.started_on, self.ended_on, start_field="started_on", end_field="ended_on"
        )


class CampaignEvent(TranslatableMixin, Orderable):
    """A meet-up, the flag day or the award ceremony."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, help_text=_("What sort of event.")
    )
    title = models.CharField(_("title"), max_length=255, help_text=_("The event's name."))
    date = models.DateField(_("date"), help_text=_("The day it takes place."))
    place = models.CharField(_("place"), max_length=120, blank=True, help_text=_("Town or venue."))
    description = models.TextField(_("description"), blank=True, help_text=_("What happens."))

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("title"),
        FieldPanel("place"),
        FieldPanel("description"),
    ]
    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("date"),
        SynchronizedField("place"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]


class SocialAccount(Orderable):
    """An account or hashtag of the campaign on a social network."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="social_accounts")
    network = models.CharField(_("network"), max_length=40, help_text=_("E.g. X, LinkedIn."))
    handle = models.CharField(
        _("handle"), max_length=80, help_text=_("E.g. @G4GlobalGoals or #Gemeenten4GlobalGoals.")
    )
    url = models.URLField(_("address"), blank=True, help_text=_("Link to the account."))

    panels = [FieldRowPanel([FieldPanel("network"), FieldPanel("handle")]), FieldPanel("url")]


class CampaignMembership(Orderable):
    """A municipality that joined the campaign, when and by which decision."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="memberships")
    municipality = models.ForeignKey(
        "themes.Municipality",
        on_delete=models.PROTECT,
        related_name="campaign_memberships",
        help_text=_("The member municipality."),
    )
    joined_on = models.DateField(_("joined on"), help_text=_("The day it joined."))
    decision_type = models.CharField(
        _("decision"),
        max_length=20,
        choices=DecisionType.choices,
        default=DecisionType.EXECUTIVE,
        help_text=_("Who decided to join."),
    )

    panels = [
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("joined_on"), FieldPanel("decision_type")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "municipality"], name="unique_membership_per_campaign"
            )
        ]

    def clean(self):
        super().clean()
        page = getattr(self, "page", None)  # unset while the admin form builds a new row
        if (
            page is not None
            and page.started_on
            and self.joined_on
            and self.joined_on < page.started_on
        ):
            raise ValidationError({"joined_on": joined_before_start_message(page.started_on)})

    def unique_error_message(self, model_class, unique_check):
        if tuple(unique_check) == ("page", "municipality"):
            return ValidationError(
                _(
                    "%(municipality)s is already a member of this campaign; "
                    "edit its membership instead of adding it again."
                ),
                code="duplicate_membership",
                params={"municipality": self.municipality},
            )
        return super().unique_error_message(model_class, unique_check)
