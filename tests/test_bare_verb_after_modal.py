"""A past form that is also a bare verb, after a modal: "will hit shelves from April 12" (invented text).

"Hit" is an irregular past (``datetense.BACK_WORDS``), but after "will",
"could" or "to" it is the bare verb: the clause looks ahead, and the yearless
April 12 in an article of 10 March is the coming one, not the year before's.
A past "hit" ("the storm hit the coast on March 2") and "did hit" keep their
past reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse


def first_date(text: str) -> dt.date:
    ms = analyse(Article.from_text(text, id="x", published="2027-03-10")).mentions
    values = [m.value for m in ms if m.kind is Kind.DATE]
    assert values, text
    start = getattr(values[-1], "start", None)
    assert isinstance(start, dt.date)
    return start


@pytest.mark.parametrize(("text", "day"), [
    ("The price rises will hit shelves from April 12, the grocer said.", dt.date(2027, 4, 12)),
    ("The new fares will hit commuters from May 3.", dt.date(2027, 5, 3)),
    ("Analysts said the storm could hit the coast on March 14.", dt.date(2027, 3, 14)),
])
def test_a_bare_verb_after_a_modal_looks_ahead(text: str, day: dt.date) -> None:
    assert first_date(text) == day


@pytest.mark.parametrize(("text", "day"), [
    ("The storm hit the coast on March 2, flooding the harbour.", dt.date(2027, 3, 2)),
    ("The gale hit the pier in November, the harbourmaster said.", dt.date(2026, 11, 1)),
])
def test_a_past_hit_still_looks_back(text: str, day: dt.date) -> None:
    assert first_date(text) == day
