"""A step and the level it climbs to, "in steps of X to Y", is no range, as "by X to Y" is none.

Invented text: a toll that rises in yearly steps to a ceiling names the step
and the ceiling; read as one range "X-Y", the ceiling was lost to every
other outlet that states it alone.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.amounts import scan_amounts


def _amounts(text: str) -> list[tuple[Decimal, Decimal | None]]:
    return [(a.low, a.high) for a in scan_amounts(text)]


def test_steps_of_then_level_are_two_sums() -> None:
    got = _amounts("The toll will rise in yearly steps of $4 to $30 by 2031.")
    assert (Decimal(4), None) in got and (Decimal(30), None) in got


def test_increments_of_then_level_are_two_sums() -> None:
    got = _amounts("Fees go up in increments of €5 to €50 over the decade.")
    assert (Decimal(5), None) in got and (Decimal(50), None) in got


def test_steps_of_a_near_range_stays_a_range() -> None:
    # Ends of one size are a range of steps, as "by 10 to 15 per cent" is.
    got = _amounts("Prices rise in steps of $10 to $15 each quarter.")
    assert (Decimal(10), Decimal(15)) in got


def test_a_plain_range_stays_a_range() -> None:
    got = _amounts("Tickets cost $4 to $30 at the door.")
    assert (Decimal(4), Decimal(30)) in got
