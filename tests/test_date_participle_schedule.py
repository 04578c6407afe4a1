"""A schedule's participle looks ahead: "three friendlies, starting in Corvin on Sunday" (invented text).

A sports report dated Tuesday ends with the next fixtures: "starting in
Corvin on Sunday" names the coming Sunday. With no tense cue the weekday
went to the Sunday before, and met that weekend's match day instead of the
other outlets' "March 8". The participle of a schedule verb reads as its
present does ("starts on Sunday"); as a noun after a determiner ("at the
beginning on Sunday" is no schedule) it is no cue.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "day"), [
    ("The two clubs now meet in three friendlies, starting in Corvin on Sunday.", "2026-03-08"),
    ("Ticket sales open for the summer festival, beginning on Sunday, the organisers said.", "2026-03-08"),
])
def test_a_schedule_participle_puts_the_weekday_ahead(text: str, day: str) -> None:
    assert _days(text, "2026-03-03")["Sunday"] == day


def test_a_past_clause_still_looks_back() -> None:
    days = _days("Rovers won the opening friendly on Sunday in Corvin.", "2026-03-03")
    assert days["Sunday"] == "2026-03-01"
