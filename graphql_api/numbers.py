"""Numbers keep their meaning in the API: a year is an `Int`, an amount a `Decimal` written the
same way everywhere — without trailing zeros or an exponent (`40`, `12.5`, `2016`), whether it
was stored with two decimals (a key figure of an example) or as typed (a key-figure block)."""

from decimal import Decimal


def plain_decimal(value) -> Decimal | None:
    """`Decimal("40.00")` → `Decimal("40")`, `Decimal("12.50")` → `Decimal("12.5")`."""
    if value is None:
        return None
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()
