"""Numbers as people write them, shared by the admin forms, the API and the export."""

from decimal import Decimal


def plain_number(value: Decimal) -> str:
    """The number without the zeros storage pads it with: 40.00 → "40", 1250.50 → "1250.5",
    1200 → "1200" (never "1.2E+3")."""
    return f"{value.normalize():f}"
