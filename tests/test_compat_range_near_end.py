"""A figure outside a range is measured against the range's near end, not its far one (compat._figures_agree).

An age band ("patients aged 6-59 months") has a far end of almost five
years; with the hedge's ten percent taken from that end, "about six weeks"
(a span of stock) agreed with it although it lies four months below the
band's start. The tolerance is taken from the two ends that face each
other. Invented values throughout.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.compat import compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import APPROX, Quantity


def quantity(amount: str, unit: str | None, slot: str, *, high: str | None = None,
             qualifier: str | None = None, source: str = "a") -> Mention:
    value = Quantity(Decimal(amount), unit, qualifier, Decimal(high) if high else None)
    return Mention(Kind.NUMBER, source, 0, Span(0, 1), "x", value, slot)


BAND = quantity("6", "month", "number:month", high="59", source="b")


def test_a_hedged_span_far_below_a_bands_start_does_not_fit_it() -> None:
    assert not compatible(quantity("6", "week", "number:week", qualifier=APPROX), BAND)


def test_a_span_inside_the_band_fits_it() -> None:
    assert compatible(quantity("2", "year", "number:year", qualifier=APPROX), BAND)


@pytest.mark.parametrize(("amount", "fits"), [
    ("24", True),  # about 24 weeks: within the hedge of the band's start (about 26 weeks)
    ("12", False),
])
def test_near_the_start_the_hedge_is_the_starts(amount: str, fits: bool) -> None:
    assert compatible(quantity(amount, "week", "number:week", qualifier=APPROX), BAND) is fits


def test_counts_outside_a_wide_range_stay_apart() -> None:
    """"about 800 homes" is not "1,000 to 5,000 homes": 5,000's ten percent no longer bridges the gap."""
    wide = quantity("1000", None, "number:count", high="5000", source="b")
    assert not compatible(quantity("800", None, "number:count", qualifier=APPROX), wide)
    assert compatible(quantity("900", None, "number:count", qualifier=APPROX), wide)


def test_points_keep_their_tolerance() -> None:
    assert compatible(quantity("400000", None, "number:count", qualifier=APPROX),
                      quantity("410000", None, "number:count", source="b"))
