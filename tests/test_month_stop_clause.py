"""An abbreviated month's full stop ("Jan. 16") ends no clause, so a later day keeps the clause's tense."""

from __future__ import annotations

import datetime as dt

from sourcediff.extract.dates import find


def _days(text: str, published: dt.date) -> dict[str, dt.date | None]:
    return {text[f.start:f.end]: f.value.start for f in find(text, published)}


def test_second_day_after_abbreviated_month_looks_ahead() -> None:
    text = ("The trust said the first branch to shut would be Elmford on Feb. 3 and the last Harwick"
            " on May 28.")
    days = _days(text, dt.date(2026, 11, 20))
    assert days["Feb. 3"] == dt.date(2027, 2, 3)
    assert days["May 28"] == dt.date(2027, 5, 28)


def test_second_day_after_abbreviated_month_looks_back() -> None:
    text = "The first storm struck on Sept. 9 and the second on March 30, forecasters said."
    assert _days(text, dt.date(2026, 10, 2))["March 30"] == dt.date(2026, 3, 30)
