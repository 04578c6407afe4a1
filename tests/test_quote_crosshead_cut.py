"""A crosshead's cut of a quote, credited to nobody, agrees with the quote (invented text).

A tabloid prints 'Keep every fire door shut' as a crosshead over the
inspector's "Please keep every fire door in the block shut at night". Words
left out, in order, are an abridgement, not a misquote; dropping "not"
turns the statement round, and an attributed quote with words cut still
differs.
"""

from __future__ import annotations

import pytest

from sourcediff.quotevariants import abridged
from sourcediff.values import QuoteValue


def q(text: str) -> QuoteValue:
    return QuoteValue(text, text.casefold())


WHOLE = q("Please keep every fire door in the block shut at night")


@pytest.mark.parametrize("part", [
    "Keep every fire door shut at night",
    "keep every fire door in the block shut",
])
def test_a_cut_in_order_is_an_abridgement(part: str) -> None:
    assert abridged(WHOLE, q(part))


@pytest.mark.parametrize(("whole", "part"), [
    ("We will not close the ward this winter", "We will close the ward this winter"),
    ("Please keep every fire door in the block shut at night", "Shut every fire door at night"),  # reordered
    ("Please keep every fire door in the block shut at night", "Keep doors shut"),  # too little kept
    ("Please keep every fire door in the block shut at night", "Keep every fire door open at night"),
])
def test_no_abridgement(whole: str, part: str) -> None:
    assert not abridged(q(whole), q(part))
