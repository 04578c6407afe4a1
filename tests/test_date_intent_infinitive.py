"""A day after "ready to", "poised to", "vows to" and a verb is one still to come (invented text).

A headline announces a coming action with a word of readiness or intent
and an infinitive ("Ferry crews ready to walk out on Friday"); with no
other cue, written on a Monday, the Friday went to the one before, three
days back, and could not meet the other outlets' date of the same walkout.
A clause with a past form keeps it ("The squad was ready to play on
Saturday"), and so does a past intent ("did not want to").
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("Ferry crews ready to walk out on Friday over rosters", "Friday", "2026-03-13"),
    ("Hospital porters poised to strike on Thursday as talks stall", "Thursday", "2026-03-12"),
    ("The mayor vows to reopen the footbridge on Friday, whatever the cost.", "Friday", "2026-03-13"),
])
def test_an_intended_action_looks_ahead(text: str, raw: str, day: str) -> None:
    assert _days(text, "2026-03-09")[raw] == day


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("The squad was ready to play on Saturday, but the pitch was frozen.", "Saturday", "2026-03-07"),
    ("She did not want to testify on Friday, her lawyer said.", "Friday", "2026-03-06"),
])
def test_past_clauses_keep_looking_back(text: str, raw: str, day: str) -> None:
    assert _days(text, "2026-03-09")[raw] == day
