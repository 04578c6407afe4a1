"""A weekday dating a reporting verb looks back: "said in a statement on Thursday" (invented text).

"Said" and "told" are no tense cue of their own, since the day after them
is often what was said ("said the vote will be held on Friday"). But a day
in the phrase right after the verb dates the saying, which a report tells
as past: an article dated Monday writing "the company said in a statement
on Thursday" had its Thursday sent to the coming one by the -3..+3 rule,
and a story's other sources then dated the same statement a week apart.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.datetense import _day_of_saying
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("text", [
    "The ferry operator said in a statement on Thursday that crossings would resume.",
    "The harbour master said on Thursday that the quay would reopen within a month.",
    "Councillor Brandt told reporters on Thursday that the levy will fund two ferries.",
    "The club announced late on Thursday that its stand would be rebuilt.",
    "The ferry operator said in a statement on Thursday.",
])
def test_the_day_of_a_saying_is_the_one_gone_by(text: str) -> None:
    assert _days(text, "2026-04-13")["Thursday"] == "2026-04-09"


@pytest.mark.parametrize("text", [
    "The ministry said the ferry council meets on Thursday.",
    "The minister said on Monday the quay will close on Thursday.",
    "The minister said talks on Thursday would decide the matter.",
    "She said she would fly out on Thursday.",
])
def test_a_day_inside_what_was_said_keeps_its_own_reading(text: str) -> None:
    assert _days(text, "2026-04-13")["Thursday"] == "2026-04-16"


def test_a_day_inside_what_was_written_is_not_the_saying() -> None:
    # "wrote on X that ... until ... on Friday": the Friday is the deadline the post reports, still to come
    assert _day_of_saying("spokesman jane roe wrote on x that the firm has until 6:01 pm et".split()) is False
    assert _day_of_saying("the company said in a statement".split()) is True
