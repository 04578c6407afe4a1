"""A day named after a verb that calls an event dates the event, not the calling (invented text).

"The drivers' union has called a strike for 19 March", written on 13 March,
names a strike still to come; the regular past form "called" read as the
clause's tense sent the day to the March of the year before, where it could
meet no other outlet's date of the same strike. A verb that convenes an
event ("called", "convened", "organised", "arranged", "booked") says
nothing of its object's date: the nearer occurrence is taken. A past
clause still has its auxiliary or irregular form ("were called on Monday").
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
    ("The drivers' union has called a strike for 19 March, its leader said.", "19 March", "2026-03-19"),
    ("Teachers have called two stoppages on 20 March and 27 March.", "27 March", "2026-03-27"),
    ("The nurses' walkout called for March 20 will go ahead.", "March 20", "2026-03-20"),
    ("The federation has organised a rally on 21 March in the capital.", "21 March", "2026-03-21"),
])
def test_a_called_event_keeps_its_coming_day(text: str, raw: str, day: str) -> None:
    assert _days(text, "2026-03-13")[raw] == day


@pytest.mark.parametrize(("text", "raw", "day"), [
    # An auxiliary or irregular past still dates the clause.
    ("Firefighters were called on 10 March to the warehouse.", "10 March", "2026-03-10"),
    ("The board met on 11 March and called an inquiry.", "11 March", "2026-03-11"),
    # Another regular past form near the day keeps the past reading.
    ("The union picketed the depot on 20 March.", "20 March", "2025-03-20"),
])
def test_past_clauses_keep_looking_back(text: str, raw: str, day: str) -> None:
    assert _days(text, "2026-03-13")[raw] == day
