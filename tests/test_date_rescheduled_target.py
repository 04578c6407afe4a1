"""A date a fixture or hearing was moved to: "has been rescheduled for 9 December" (invented text).

A perfect or past clause ("has been postponed until", "was rearranged for",
"have moved the final to") dates the decision, not the new day: read as a
past clause, a coming 9 December said in late November went to the
December eleven months back, so one outlet's "rescheduled for 9 December"
never met another's "will now be played on 9 December". The new day is
read with no tense (the nearer occurrence), as a plan's start date is.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return [(m.raw, str(m.value.start)) for m in info.mentions if m.kind is Kind.DATE]


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("The derby has been rescheduled for 9 December, the league said.", "9 December", "2026-12-09"),
    ("The Tarrow cup tie was rearranged for December 10 after the floods.", "December 10", "2026-12-10"),
    ("The inquest has been adjourned until 14 December.", "14 December", "2026-12-14"),
    ("Organisers have postponed the Lindqvist Regatta to 12 December.", "12 December", "2026-12-12"),
    ("The board has pushed the vote back to December 15.", "December 15", "2026-12-15"),
    ("The ceremony was moved to 11 December because of the strike.", "11 December", "2026-12-11"),
])
def test_a_rescheduled_day_is_the_coming_one(text: str, raw: str, day: str) -> None:
    assert (raw, day) in _dates(text, "2026-11-27")


@pytest.mark.parametrize(("text", "raw", "day"), [
    # No moving verb: the past clause keeps the past reading.
    ("The Orsk mill was sold on 9 December, the owners said.", "9 December", "2025-12-09"),
    ("The derby was played on 9 December in heavy rain.", "9 December", "2025-12-09"),
    # The preposition is not right before the day: the day is the decision's.
    ("The match was postponed on 9 December after a waterlogged pitch.", "9 December", "2025-12-09"),
])
def test_a_past_clause_without_a_move_keeps_its_past_reading(text: str, raw: str, day: str) -> None:
    assert (raw, day) in _dates(text, "2026-11-27")
