"""Small lengths in two units: a rainfall or a snow depth is "212 mm" in one outlet, "8.3 inches" in another.

A length in millimetres and one in feet far apart in size are two
measures, never one fact's rival values.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.compat import comparable, compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def quantity(amount: str, unit: str) -> Mention:
    return Mention(Kind.NUMBER, "s", 0, Span(0, 1), amount, Quantity(Decimal(amount), unit), f"number:{unit}")


def test_millimetres_inches_and_centimetres_are_one_dimension() -> None:
    assert compatible(quantity("212", "millimeter"), quantity("8.3", "inch"))
    assert compatible(quantity("30", "centimeter"), quantity("12", "inch"))
    assert not compatible(quantity("250", "millimeter"), quantity("8.3", "inch"))
    assert comparable(quantity("250", "millimeter"), quantity("8.3", "inch"))


def test_lengths_an_order_of_magnitude_apart_in_two_units_are_two_measures() -> None:
    assert not comparable(quantity("250", "millimeter"), quantity("22.4", "foot"))
    assert comparable(quantity("7", "meter"), quantity("22.4", "foot"))
    assert comparable(quantity("250", "meter"), quantity("2", "meter"))  # one unit: a rival figure

