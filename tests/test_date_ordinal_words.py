"""A day of a month spelled as an ordinal word: "the first of April" (invented text).

DATE_DMY takes digit days only, so "the first of April" was read as the bare
month and never met another outlet's "1 April" (patterns.DATE_DMY_WORDS).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _dates(text: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published="2027-02-10"))
    return {m.raw: f"{m.value.start}..{m.value.end}" for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize(("text", "raw", "day"), [
    ("The new fares apply from the first of April.", "the first of April", "2027-04-01"),
    ("The bridge reopens on the twenty-first of June, the council said.", "the twenty-first of June",
     "2027-06-21"),
    ("Voting closes on the thirtieth of March 2028.", "the thirtieth of March 2028", "2028-03-30"),
])
def test_a_spelled_ordinal_day_is_one_day(text: str, raw: str, day: str) -> None:
    assert _dates(text).get(raw) == f"{day}..{day}"


@pytest.mark.parametrize("text", [
    "It was the first of three hearings planned for May.",
    "The first of May's two concerts sold out.",
])
def test_an_ordinal_that_is_no_day_stays_out(text: str) -> None:
    assert not any(raw.lower().startswith("the first of") for raw in _dates(text))
