"""perf49: a figure's place remembered as written, and the multiples scan read through `answers`.

`factlinks.fit_place` of a figure is remembered by the value and its written
digits (`compat.written_form`): two equal temperatures written "20" and "20.0" are
one value but round differently, and each keeps its own place. `multiples.find`
is a `shared_text` scan, so `shared.answers` reads its memory and runs it once
a text. Invented text throughout.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract import multiples, shared
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


def test_multiples_scan_is_read_through_its_memory() -> None:
    said = "Ozone over Varnley hit twice the legal limit, or four times the national average."
    texts = [said, "Nothing was doubled.", said]
    assert multiples.find in shared._TEXT_SCANS
    with shared.scope():
        found = shared.answers(multiples.find, texts)
        assert found == [multiples.find(t) for t in texts]
    assert found[0] and found[0] == found[2] and not found[1]
