"""Every fixed vocabulary of the content as a GraphQL enum, the same on output and in filters
(`region: NETHERLANDS` in, `"region": "NETHERLANDS"` out), and `choices(field, locale)` for
the labels editors see, in the language asked for.

The enums are made from the models' `TextChoices` (`themes.models.choices`): member names are
the GraphQL values, the stored values stay internal.
"""

from enum import Enum

import strawberry
from django.utils import translation

from graphql_api.locales import requested_locale
from themes.models import choices as vocabularies


def _enum(choices, description: str):
    return strawberry.enum(
        Enum(choices.__name__, {choice.name: choice.value for choice in choices}),
        description=description,
    )


Region = _enum(vocabularies.Region, "Where an example or a programme takes place.")
Origin = _enum(
    vocabularies.Origin, "A Dutch municipality's own practice, or an international project."
)
Track = _enum(vocabularies.Track, "Policy and governance (advocacy), or products and services.")
ActivityKind = _enum(vocabularies.ActivityKind, "What sort of work an activity is.")
AwardCategory = _enum(vocabularies.AwardCategory, "The category of an award.")
DecisionType = _enum(vocabularies.DecisionType, "Who decided that a municipality joined.")
EventKind = _enum(vocabularies.EventKind, "What sort of campaign event.")

VOCABULARIES = {
    "REGION": vocabularies.Region,
    "ORIGIN": vocabularies.Origin,
    "TRACK": vocabularies.Track,
    "ACTIVITY_KIND": vocabularies.ActivityKind,
    "AWARD_CATEGORY": vocabularies.AwardCategory,
    "DECISION_TYPE": vocabularies.DecisionType,
    "EVENT_KIND": vocabularies.EventKind,
}

ChoiceField = strawberry.enum(
    Enum("ChoiceField", {name: name.lower() for name in VOCABULARIES}),
    description="A field with a fixed list of values.",
)


def as_enum(enum, value: str | None):
    """The enum member of a stored value; None for an empty one."""
    return enum(value) if value else None


@strawberry.type(description="One value of a fixed list and its label.")
class Choice:
    value: str = strawberry.field(
        description="The value as the API gives and takes it, e.g. WORLD_WIDE."
    )
    label: str = strawberry.field(description="What editors and readers see, translated.")


@strawberry.type
class Query:
    @strawberry.field(
        description="The values of a fixed list with their labels in the language asked for "
        "(the default language's where a label is not translated)."
    )
    def choices(self, field: ChoiceField, locale: str | None = None) -> list[Choice]:
        code = requested_locale(locale)
        with translation.override(code):
            return [
                Choice(value=choice.name, label=str(choice.label))
                for choice in VOCABULARIES[field.name]
            ]
