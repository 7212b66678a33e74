"""Fixed vocabularies used by several page types."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    WORLD_WIDE = "world", _("World wide")
    EUROPE = "europe", _("Europe")
    AFRICA = "africa", _("Africa")
    MIDDLE_EAST_NORTH_AFRICA = "mena", _("Middle East and North Africa")
    ASIA = "asia", _("Asia")
    LATIN_AMERICA = "latin-america", _("Latin America and the Caribbean")
    NETHERLANDS = "netherlands", _("The Netherlands")


class Track(models.TextChoices):
    POLICY = "policy", _("Policy and governance")
    SERVICES = "services", _("Products and services")


class ActivityKind(models.TextChoices):
    ADVOCACY = "advocacy", _("Advocacy")
    CAMPAIGN = "campaign", _("Campaign")
    NEWSLETTER = "newsletter", _("Newsletter")
    ADVISORY = "advisory", _("Advisory services")
    NETWORK = "network", _("Network and knowledge exchange")


class Origin(models.TextChoices):
    MUNICIPAL = "municipal", _("Dutch municipality practice")
    INTERNATIONAL = "international", _("International project")


class AwardCategory(models.TextChoices):
    CONNECTOR = "connector", _("Connector")
    VISIONARY = "visionary", _("Visionary")
    PIONEER = "pioneer", _("Pioneer")


class DecisionType(models.TextChoices):
    EXECUTIVE = "executive", _("Decision of the executive (college)")
    COUNCIL = "council", _("Council decision")
    MAYOR = "mayor", _("Decision of the mayor")
    UNKNOWN = "unknown", _("Not recorded")


class EventKind(models.TextChoices):
    MEETUP = "meetup", _("Regional meet-up")
    FLAG_DAY = "flag-day", _("Flag day")
    AWARD = "award", _("Award ceremony")
    OTHER = "other", _("Other event")
