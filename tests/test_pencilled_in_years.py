"""A year a plan is "pencilled in for" is the date it is scheduled for, as "pencilled for 2031" is.

"pencilled in for" is the usual British form of the scheduling phrase; the
year rule took "for" after "pencilled" only, so the "in" between left the
year no date at all and another source's "due for replacement in 2031"
stood alone.
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.model import Article


def _dates(text: str) -> list[str]:
    r = compare([Article.from_text(text, id="a", published="2025-03-04")])
    return [m.raw for f in r.facts if f.kind.value == "date" for m in f.mentions]


@pytest.mark.parametrize("text", [
    "Resurfacing of Kelby Lane is pencilled in for 2031, the council said.",
    "The new footbridge was penciled in for 2030.",
])
def test_a_year_pencilled_in_is_a_date(text: str) -> None:
    assert [d[-4:] for d in _dates(text)] == [text.split(" for ")[1][:4]]


def test_a_count_after_in_for_stays_a_count() -> None:
    # "in for" after another verb is not scheduling: "came in for 2000 tickets" is a count
    assert _dates("Fans came in for 2000 tickets at the Kelby box office.") == []


def test_the_pencilled_year_agrees_with_the_same_year_elsewhere() -> None:
    arts = [Article.from_text("Work on the Kelby reservoir is pencilled in for 2031.", id="a",
                              published="2025-03-04"),
            Article.from_text("The Kelby reservoir was due for repair in 2031, engineers said.", id="b",
                              published="2025-03-05")]
    facts = [f for f in compare(arts).facts if f.kind.value == "date"]
    assert [(f.status.value, sorted(m.source for m in f.mentions)) for f in facts] == [("agree", ["a", "b"])]
