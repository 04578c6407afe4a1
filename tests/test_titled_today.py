"""A title that ends in "Today" is no date: "Harbour Today will host a webinar" names an outlet.

Trade sites sign off with their own name ("Quarry Today will host ...") and
stories cite others ("told Riverside Today the plan was sound"); the word
was read as the day of writing, a date no other source states. A capitalized
"Today" after a capitalized word, with the sentence going on in lower case,
is a title's last word. A sentence-initial "Today" and a title-case headline
keep their day. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import dates
from sourcediff.model import Article
from sourcediff.segment import segment


def days(text: str) -> list[str]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [m.raw for m in dates.extract(article, segment(article))]


@pytest.mark.parametrize("text", [
    "Quarry Today will host a webinar on the new rules.",
    "The minister told Riverside Today the plan was sound.",
    "Quarry Today, the trade weekly, will host a webinar.",
])
def test_a_title_ending_in_today_is_no_date(text: str) -> None:
    assert days(text) == []


@pytest.mark.parametrize("text", [
    "Today the council meets to vote.",
    "The council meets today to vote.",
    "Council Vote Due Today",
    "Council Vote Due Today On Bridge",
])
def test_the_day_of_writing_is_still_read(text: str) -> None:
    assert [d.lower() for d in days(text)] == ["today"]
