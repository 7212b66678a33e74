"""Reference data editors maintain in the admin: agendas and goals, places, organisations, people.

Names a reader sees in several languages (agendas, goals, countries, roles) are translatable;
codes, numbers and colours are synchronised across translations. Dutch provinces and
municipalities and organisation names are proper names: one row serves every language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from themes.localization.relations import SameLanguageRelationsMixin
from themes.validators import (
    validate_cbs_municipality_code,
    validate_cbs_province_code,
    validate_goal_number,
    validate_hex_colour,
    validate_iso_country_code,
    validate_period,
)


def reject_duplicate_in_language(instance, field, message, **lookup):
    """Raise `message` on `field` when another row in the instance's language has `lookup`.

    The per-language unique constraints include `locale`, which the admin sets itself rather
    than through a form field, so Django's form validation skips them; without this check a
    duplicate would reach the database and fail there instead of getting a form error.
    """
    if instance.locale_id is None:
        return
    others = type(instance)._default_manager.filter(locale_id=instance.locale_id, **lookup)
    if others.exclude(pk=instance.pk).exists():
        raise ValidationError({field: message})


class Agenda(TranslatableMixin, index.Indexed, models.Model):
    """An international agenda municipalities work on, such as the Global Goals."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("A short stable identifier used by partner sites, e.g. sdg or sendai."),
    )
    name = models.CharField(
        _("name"), max_length=255, help_text=_("The full name, e.g. Sustainable Development Goals.")
    )
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("E.g. SDGs or Sendai.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One paragraph: what the agenda asks of cities.")
    )
    adopted_on = models.DateField(
        _("adopted on"), null=True, blank=True, help_text=_("The date the agenda was adopted.")
    )
    reference = models.CharField(
        _("reference"),
        max_length=120,
        blank=True,
        help_text=_("The official document, e.g. UN resolution A/RES/70/1."),
    )
    is_historical = models.BooleanField(
        _("historical"),
        default=False,
        help_text=_("Tick for an agenda that has ended, such as the Millennium goals."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first in lists.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("adopted_on"),
        FieldPanel("reference"),
        FieldPanel("is_historical"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("short_name"),
        index.AutocompleteField("code"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        TranslatableField("description"),
        SynchronizedField("code"),
        SynchronizedField("adopted_on"),
        SynchronizedField("reference"),
        SynchronizedField("is_historical"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_agenda_code_per_locale")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        reject_duplicate_in_language(
            self,
            "code",
            _(
                "There is already an agenda with the code “%(code)s” in this language; "
                "choose another code or edit that agenda."
            )
            % {"code": self.code},
            code=self.code,
        )


class Goal(SameLanguageRelationsMixin, TranslatableMixin, index.Indexed, models.Model):
    """One goal of an agenda, e.g. Global Goal 11, with its official colour."""

    agenda = models.ForeignKey(
        "themes.Agenda",
        on_delete=models.PROTECT,
        related_name="goals",
        help_text=_("The agenda this goal belongs to."),
    )
    number = models.PositiveSmallIntegerField(
        _("number"),
        validators=[validate_goal_number],
        help_text=_("The official number of the goal, 1 to 17."),
    )
    name = models.CharField(
        _("name"), max_length=255, help_text=_("The official short name, e.g. Zero Hunger.")
    )
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[validate_hex_colour],
        help_text=_("The official colour as #RRGGBB, e.g. #E5243B."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the goal means for a municipality.")
    )

    panels = [
        FieldPanel("agenda"),
        FieldPanel("number"),
        FieldPanel("name"),
        FieldPanel("colour"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("agenda"),
        index.FilterField("number"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("agenda"),
        SynchronizedField("number"),
        SynchronizedField("colour"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["agenda__sort_order", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["agenda", "number", "locale"], name="unique_goal_number_per_agenda"
            )
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"

    def clean(self):
        super().clean()
        if self.agenda_id and self.number is not None:
            reject_duplicate_in_language(
                self,
                "number",
                _(
                    "%(agenda)s already has a goal %(number)s in this language; "
                    "choose another number or edit that goal."
                )
                % {"agenda": self.agenda, "number": self.number},
                agenda_id=self.agenda_id,
                number=self.number,
            )


class Province(index.Indexed, models.Model):
    """A Dutch province, with its CBS and ISO codes."""

    cbs_code = models.CharField(
        _("CBS code"),
        max_length=4,
        unique=True,
        validators=[validate_cbs_province_code],
        help_text=_("PV followed by two digits, e.g. PV27."),
    )
    iso_code = models.CharField(
        _("ISO code"), max_length=5, unique=True, help_text=_("ISO 3166-2 code, e.g. NL-NH.")
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("E.g. Noord-Holland."))

    panels = [FieldPanel("name"), FieldPanel("cbs_code"), FieldPanel("iso_code")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("cbs_code"),
        index.AutocompleteField("iso_code"),
    ]

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Municipality(index.Indexed, models.Model):
    """A Dutch municipality. Municipalities merge, so each has a period of validity."""

    cbs_code = models.CharField(
        _("CBS code"),
        max_length=6,
        unique=True,
        validators=[validate_cbs_municipality_code],
        help_text=_("GM followed by four digits, e.g. GM0363 for Amsterdam."),
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("The official name."))
    province = models.ForeignKey(
        "themes.Province",
        on_delete=models.PROTECT,
        related_name="municipalities",
        help_text=_("The province the municipality lies in."),
    )
    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, help_text=_("When the municipality came to be.")
    )
    valid_to = models.DateField(
        _("valid to"),
        null=True,
        blank=True,
        help_text=_("The last day before a merger; leave empty while it exists."),
    )
    successor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="predecessors",
        help_text=_("The municipality it merged into."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("cbs_code"),
        FieldPanel("province"),
        FieldPanel("valid_from"),
        FieldPanel("valid_to"),
        FieldPanel("successor"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("cbs_code"),
        index.FilterField("cbs_code"),
        index.FilterField("province"),
        index.FilterField("valid_to"),
    ]

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    # --- the searchable chooser on pages (themes.choosers) ---

    def autocomplete_label(self):
        """E.g. "Rotterdam — Zuid-Holland, GM0599"; a merged municipality says so."""
        label = f"{self.name} — {self.province.name}, {self.cbs_code}"
        if self.valid_to:
            merged = _("merged %(year)s") % {"year": self.valid_to.year}
            if self.successor_id:
                merged = _("merged %(year)s into %(successor)s") % {
                    "year": self.valid_to.year,
                    "successor": self.successor.name,
                }
            label = f"{label} ({merged})"
        return label

    @classmethod
    def autocomplete_custom_queryset_filter(cls, search_query, request=None):
        query = search_query.strip()
        return (
            cls.objects.filter(Q(name__icontains=query) | Q(cbs_code__istartswith=query))
            .select_related("province", "successor")
            .order_by(models.F("valid_to").desc(nulls_first=True), "name")
        )

    def clean(self):
        super().clean()
        validate_period(
            self.valid_from, self.valid_to, start_field="valid_from", end_field="valid_to"
        )
        if self.successor_id and self.successor_id == self.pk:
            raise ValidationError(
                {"successor": _("A municipality cannot succeed itself; choose another one.")}
            )


class Country(TranslatableMixin, index.Indexed, models.Model):
    """A country by its ISO 3166-1 code, with its name in each language."""

    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        validators=[validate_iso_country_code],
        help_text=_("The two-letter ISO 3166-1 code, e.g. NL."),
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("The country's common name."))

    panels = [FieldPanel("name"), FieldPanel("iso_code")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("iso_code"),
    ]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("iso_code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["iso_code", "locale"], name="unique_country_per_locale")
        ]

    def __str__(self):
        return self.name

    def autocomplete_label(self):
        return f"{self.name} ({self.iso_code})"

    @classmethod
    def autocomplete_custom_queryset_filter(cls, search_query, request=None):
        """Countries in the source language: translations follow through synchronisation."""
        query = search_query.strip()
        return cls.objects.filter(
            Q(name__icontains=query) | Q(iso_code__iexact=query), locale=Locale.get_default()
        )

    def clean(self):
        super().clean()
        reject_duplicate_in_language(
            self,
            "iso_code",
            _(
                "There is already a country with the ISO code %(code)s in this language; "
                "edit that country instead."
            )
            % {"code": self.iso_code},
            iso_code=self.iso_code,
        )


class Organisation(index.Indexed, models.Model):
    """A partner or funder: a network, ministry, municipality's partner or fund."""

    name = models.CharField(_("name"), max_length=255, help_text=_("The official name."))
    acronym = models.CharField(_("acronym"), max_length=30, blank=True, help_text=_("E.g. UCLG."))
    url = models.URLField(_("website"), blank=True, help_text=_("The organisation's website."))
    country = models.ForeignKey(
        "themes.Country",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Where the organisation is based."),
    )

    panels = [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("url"), FieldPanel("country")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("acronym"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def autocomplete_label(self):
        return str(self)

    @classmethod
    def autocomplete_custom_queryset_filter(cls, search_query, request=None):
        query = search_query.strip()
        return cls.objects.filter(Q(name__icontains=query) | Q(acronym__iexact=query))

    @classmethod
    def autocomplete_create(cls, value):
        """ "Create new" in the chooser: an organisation by its name; details follow later."""
        organisation = cls(name=value.strip())
        organisation.full_clean()
        organisation.save()
        return organisation


class ContactPerson(TranslatableMixin, index.Indexed, models.Model):
    """Someone readers can contact about an example or activity."""

    name = models.CharField(_("name"), max_length=255, help_text=_("Full name."))
    role = models.CharField(
        _("role"), max_length=255, blank=True, help_text=_("E.g. programme manager.")
    )
    organisation = models.ForeignKey(
        "themes.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Where the person works."),
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("A work address."))
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("With +31."))

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("role"),
    ]
    override_translatable_fields = [
        TranslatableField("role"),
        SynchronizedField("name"),
        SynchronizedField("organisation"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["name"]

    def __str__(self):
        return self.name
