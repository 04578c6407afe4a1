"""A phrasal "set" is no forward cue: "panic set in on Friday" looks back (invented text).

"Set" looks ahead as "set to" or "set for" ("the vote is set for Friday"),
but "set in", "set off" and "set up" are phrasal verbs whose past is the
same word. A tabloid dated Monday writing "Panic set in on Friday when the
shares plunged" sent the weekday to the Friday still to come, and its day
no longer met the other outlets' "13 November".
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("text", [
    "Alarm set in on Friday when the lender's shares tumbled in early trade.",
    "The convoy set off on Friday from the northern depot, police said.",
    "Residents set up a relief fund on Friday for the flooded street.",
])
def test_a_phrasal_set_lets_the_weekday_look_back(text: str) -> None:
    assert _days(text, "2026-04-13")["Friday"] == "2026-04-10"


@pytest.mark.parametrize("text", [
    "The council vote is set for Friday, the mayor's office said.",
    "The ferry is set to sail on Friday if the wind drops.",
])
def test_set_for_and_set_to_still_look_ahead(text: str) -> None:
    assert _days(text, "2026-04-13")["Friday"] == "2026-04-17"
