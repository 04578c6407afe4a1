"""A percent followed by a comparative is a change: "bus fares are 4.5 per cent dearer" (invented text).

"Food is still 6.2 per cent dearer" was read as a level, so beside a
partner's "food prices rose 6.8 per cent" the two were never comparable and
the planted rival stayed apart. "Higher", "lower", "dearer", "cheaper" and
the like after the figure say it measures a difference from another level.
"Above", "below", "up" and "down" stay out: "3.4%, above the target" and
"3.4%, down from 4.1%" are levels.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _cues(text: str) -> dict[str, tuple[str, ...]]:
    info = analyse(Article.from_text(text, published="2027-05-03"))
    return {m.raw: m.cues for m in info.mentions if m.kind is Kind.PERCENT}


@pytest.mark.parametrize(("text", "raw"), [
    ("Bus fares in Tarrow are 4.5 per cent dearer than last spring.", "4.5 per cent"),
    ("Heating oil was 3.2% cheaper than a year ago, the survey found.", "3.2%"),
    ("Rents were 7% higher than a year earlier across the city.", "7%"),
    ("New cars are 2.5 percent more expensive after the levy.", "2.5 percent"),
])
def test_a_comparative_after_a_percent_marks_a_change(text: str, raw: str) -> None:
    assert CHANGE in _cues(text)[raw], _cues(text)


@pytest.mark.parametrize(("text", "raw"), [
    ("Inflation stood at 3.4%, above the bank's target.", "3.4%"),
    ("The jobless rate was 5.1 per cent, down from 5.3 per cent.", "5.1 per cent"),
    ("The party polled 28% in the capital.", "28%"),
])
def test_a_level_stays_a_level(text: str, raw: str) -> None:
    assert CHANGE not in _cues(text)[raw], _cues(text)
