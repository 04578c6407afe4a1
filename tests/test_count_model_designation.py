"""A model designation between a count and its noun: "23 VX-400 escalators" counts escalators.

Transport and defence copy puts the type code before what it counts ("12
A320 jets", "five F-35 fighters"). The noun reader stopped at the code, so
the figure was read with the code itself as its noun ("vx-400") and never
met another outlet's "23 escalators"; after "of the station's" it counted
nothing and was dropped (invented text).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def _counts(text: str) -> dict[Decimal, tuple[str, ...]]:
    ms = analyse(Article.from_text("Fleet checks\n\n" + text, id="x", published="2026-06-09")).mentions
    return {m.value.amount: m.cues for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:count" and isinstance(m.value, Quantity)}


@pytest.mark.parametrize(("text", "amount", "noun"), [
    ("The Dunmere operator has withdrawn all 19 QL-250 escalators for checks.", Decimal(19), "escalator"),
    ("Brellan Air grounded 12 A320 jets on Monday.", Decimal(12), "jet"),
    ("With all four of the depot's TR-9 cranes out of use, work stopped.", Decimal(4), "crane"),
])
def test_the_count_reads_past_the_designation(text: str, amount: Decimal, noun: str) -> None:
    found = _counts(text)
    assert amount in found, found
    assert found[amount][0] == noun



def test_a_code_without_a_noun_after_it_is_unchanged() -> None:
    """ "bought 12 A320s" has no noun after the code: the designation reading needs a lower-case noun."""
    found = _counts("The Dunmere operator has withdrawn all 19 escalators for checks.")
    assert found[Decimal(19)][0] == "escalator"
