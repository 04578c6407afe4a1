"""A percentage states a change whether the move is written before it or after it (invented text).

"Sales were 8 per cent up on last year" and "rents are 1.2% lower" state a
change as plainly as "sales rose 8 per cent"; so do "-ing" forms ("with
exports sliding 4%"). Read as levels, they met no rival change and a
contradiction between two outlets' figures went unseen. A direction word
that is part of a noun ("a 10% down payment", "higher education") is no move.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _changes(text: str) -> list[tuple[str, bool]]:
    article = Article.from_text(text, published="2026-09-14")
    return [(m.raw, CHANGE in m.cues) for m in analyse(article).mentions if m.kind is Kind.PERCENT]


@pytest.mark.parametrize(("text", "raw"), [
    ("Ticket sales at the Orvel theatre were 8 per cent up on last year.", "8 per cent"),
    ("Rents in the old quarter are now 1.2% lower, the agency said.", "1.2%"),
    ("Harvest volumes came in 6 percent down from the spring estimate.", "6 percent"),
    ("Grain exports were 3.5% higher than in May.", "3.5%"),
    ("Timber prices held steady, with exports sliding 4% over the summer.", "4%"),
    ("The port's traffic is shrinking 2.5 percent a year.", "2.5 percent"),
])
def test_a_move_written_around_a_percentage_marks_a_change(text: str, raw: str) -> None:
    assert (raw, True) in _changes(text)


@pytest.mark.parametrize(("text", "raw"), [
    ("Buyers must put a 10% down payment on the flat.", "10%"),
    ("The plan adds 5 per cent higher education funding next year.", "5 per cent"),
    ("Turnout reached 61 percent in the district.", "61 percent"),
])
def test_a_level_stays_a_level(text: str, raw: str) -> None:
    assert (raw, False) in _changes(text)
