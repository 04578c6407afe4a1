"""A gallon may be the imperial one, so the fact index must not keep it from litres it equals (invented).

A British tabloid's "11,000-gallon tank" is the wire's "50,000-litre tank"
in imperial gallons; `compat` reads a gallon both ways and links the two,
but `factlinks.fit_place` placed the gallon as the US one (41,640 litres),
too far for `may_fit`, so the mention index never proposed the pair the
link rule makes (tests/test_mentionindex.py's invariant).
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.factlinks import fit_place, may_fit
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def _m(source: str, amount: str, unit: str) -> Mention:
    return Mention(kind=Kind.NUMBER, source=source, passage=0, span=Span(0, 5), raw=f"{amount} {unit}",
                   value=Quantity(Decimal(amount), unit=unit), slot="number:volume")


def test_imperial_gallons_may_fit_the_litres_they_equal() -> None:
    litres, gallons = _m("a", "50000", "litre"), _m("b", "11000", "gallon")
    assert may_fit(fit_place(litres.value), fit_place(gallons.value))


def test_litres_far_apart_still_do_not_fit() -> None:
    assert not may_fit(fit_place(Quantity(Decimal(50000), unit="litre")),
                       fit_place(Quantity(Decimal(90000), unit="litre")))
