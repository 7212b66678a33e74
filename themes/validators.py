"""Validators for codes and values that come from outside (CBS, UN, ISO)."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

validate_cbs_municipality_code = RegexValidator(
    r"^GM\d{4}\Z",
    _("Enter the CBS municipality code as GM followed by four digits, e.g. GM0363 for Amsterdam."),
    code="invalid_cbs_code",
)
validate_cbs_province_code = RegexValidator(
    r"^PV\d{2}\Z",
    _("Enter the CBS province code as PV followed by two digits, e.g. PV27 for Noord-Holland."),
    code="invalid_cbs_code",
)
validate_hex_colour = RegexValidator(
    r"^#[0-9A-Fa-f]{6}\Z",
    _("Enter the colour as # followed by six hexadecimal digits, e.g. #E5243B."),
    code="invalid_colour",
)
validate_iso_country_code = RegexValidator(
    r"^[A-Z]{2}\Z",
    _("Enter the two-letter ISO 3166-1 code in capitals, e.g. NL or BF."),
    code="invalid_country_code",
)

validate_key_figure_number = RegexValidator(
    r"^-?\d{1,12}(\.\d{1,4})?\Z",
    _(
        "Type the number with digits and, for decimals, a point: e.g. 40, 1250 or 3.5 "
        "(no thousands separators; the unit goes in its own field)."
    ),
    code="invalid_key_figure",
)

GOAL_NUMBER_MIN, GOAL_NUMBER_MAX = 1, 17


def validate_goal_number(value):
    if value is None or not GOAL_NUMBER_MIN <= value <= GOAL_NUMBER_MAX:
        raise ValidationError(
            _("A goal number runs from %(min)d to %(max)d; %(value)s is outside that range."),
            code="invalid_goal_number",
            params={"min": GOAL_NUMBER_MIN, "max": GOAL_NUMBER_MAX, "value": value},
        )


def validate_period(start, end, *, start_field="start_date", end_field="end_date"):
    """Raise a field-bound error when a period ends before it starts."""
    if start and end and end < start:
        raise ValidationError(
            {
                end_field: _(
                    "The end date (%(end)s) lies before the start date (%(start)s). "
                    "Correct one of the two dates."
                )
                % {"end": end.isoformat(), "start": start.isoformat()}
            },
            code="end_before_start",
        )
