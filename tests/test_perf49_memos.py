"""perf49: a figure's place remembered as written.

`factlinks.fit_place` of a figure is remembered by the value and its written
digits (`compat._written`): two equal temperatures written "20" and "20.0" are
one value but round differently, and each keeps its own place.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.factlinks import _figure_place, fit_place
from sourcediff.values import APPROX, Money, Quantity


def test_equal_figures_written_apart_keep_their_own_places() -> None:
    whole, tenth = Quantity(Decimal("20"), "degree celsius"), Quantity(Decimal("20.0"), "degree celsius")
    assert whole == tenth
    first, second = fit_place(whole), fit_place(tenth)
    assert first is not None and second is not None
    assert first.rounding != second.rounding
    assert fit_place(whole) == first and fit_place(tenth) == second


def test_a_remembered_place_is_the_computed_one() -> None:
    computed = _figure_place.__wrapped__
    for v in (Quantity(Decimal("1.2E+3")), Quantity(Decimal("1200")), Quantity(Decimal("62.0"), "metre"),
              Money("USD", Decimal("4.5E+6"), qualifier=APPROX), Quantity(Decimal("3"), "mile"),
              Quantity(Decimal("40"), qualifier="above")):
        assert fit_place(v) == computed(v, None)
        assert fit_place(v) == fit_place(v)

