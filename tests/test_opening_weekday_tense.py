"""A weekday that opens its clause is placed by the verb after it: "On Monday the board closed 12 piers".

Why: a weekday's side of the published date is read from the words of its
clause before it; one that opens its clause has none, so the -3..+3 rule
sent a Monday gone by, told on the Saturday after, to the coming Monday,
where it met another outlet's unrelated coming Monday as a rival date.
A reporting verb first is the saying ("On Monday the company said it would
..."), which is past, not what was said.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse

SATURDAY = "2026-05-16"


def days(body: str) -> list[str]:
    article = Article.from_text("Storm closes the coast road\n\n" + body, id="s0", published=SATURDAY)
    return [str(m.value.start) for m in analyse(article).mentions if m.kind.value == "date"]


@pytest.mark.parametrize("body", [
    "On Monday the harbour board closed 12 piers, and 300 sailings were cancelled.",
    "On Monday, the harbour board closed 12 piers.",
    "Monday the council voted to shut the pier.",
    "On Monday the company said it would close the plant.",
    "Late on Tuesday the sea wall gave way.",
])
def test_a_past_verb_after_an_opening_weekday_looks_back(body: str) -> None:
    assert days(body)[0] in ("2026-05-11", "2026-05-12")


@pytest.mark.parametrize("body", [
    "On Monday the pier reopens to walkers.",
    "On Monday the board will vote on the plan.",
    "The pier will reopen on Monday.",
    "The pier reopens on Monday, the board said.",
    "The gates reopen at 7 a.m. on Monday, the union told reporters.",
])
def test_a_coming_weekday_stays_ahead(body: str) -> None:
    assert days(body)[0] == "2026-05-18"
