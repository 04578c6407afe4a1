"""A month's end told as a deadline and another outlet's last day of it are one date (invented text).

A tabloid writes that a provider "was meant to connect 9,000 homes by the end
of June", a wire that "only 3,100 premises were connected by the June 30
deadline". A month is no distinctive value, so it linked to the day only
through a shared claim, and a tabloid lede stating three facts sat in
another claim than the wire's: the days made one fact, the months another
(factlinks `_month_end_beside_its_last`, proposed by the key
`month_closing`). A month's end without a deadline's word, and any other day
of the month, are still left to the claims.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any, cast

from sourcediff.factlinks import _month_end_beside_its_last, month_closing
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import DateValue

TABLOID = "The contract was meant to connect 9,000 homes by the end of June, but bosses admit it is late."
IN_JUNE = "Engineers began laying the cable in June, the firm said."


def _month(text: str) -> Mention:
    at = text.index("June")
    value = DateValue(dt.date(2027, 6, 1), dt.date(2027, 6, 30), "month")
    return Mention(Kind.DATE, "s1", 0, Span(at, at + 4), "June", value, slot="date")


def _day(start: str, end: str | None = None, precision: str = "day", source: str = "s0") -> Mention:
    value = DateValue(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start), precision)
    return Mention(Kind.DATE, source, 0, Span(0, 0), start, value, slot="date")


def _ctx(text: str) -> Any:
    wire = "Only 3,100 premises were connected by the June 30 deadline."
    return cast(Any, SimpleNamespace(texts={"s1": text, "s0": wire}))


def test_a_month_end_deadline_meets_the_months_last_day() -> None:
    assert _month_end_beside_its_last(_month(TABLOID), _day("2027-06-30"), _ctx(TABLOID))


def test_another_day_of_the_month_does_not() -> None:
    assert not _month_end_beside_its_last(_month(TABLOID), _day("2027-06-20"), _ctx(TABLOID))


def test_a_month_without_a_deadline_at_its_end_does_not() -> None:
    assert not _month_end_beside_its_last(_month(IN_JUNE), _day("2027-06-30"), _ctx(IN_JUNE))


def test_the_key_holds_months_and_last_days_only() -> None:
    assert month_closing(_day("2027-06-01", "2027-06-30", "month")) == month_closing(_day("2027-06-30"))
    assert month_closing(_day("2027-02-28")) == ("closing", dt.date(2027, 2, 28))
    assert month_closing(_day("2027-06-20")) is None
    assert month_closing(_day("2027-01-01", "2027-12-31", "year")) is None


def test_the_last_day_the_calendar_has_is_a_month_end_not_an_overflow() -> None:
    """An article dated ``date 9999-12-31`` (the fuzz tests write one) resolves days to the calendar's end.

    Keyed by "is the next day a first?", that day asked for a date past the calendar and the whole compare
    stopped with an internal error; the month's own length answers without leaving it.
    """
    assert month_closing(_day("9999-12-31")) == ("closing", dt.date(9999, 12, 31))
    assert month_closing(_day("9999-12-01", "9999-12-31", "month")) == ("closing", dt.date(9999, 12, 31))
    assert month_closing(_day("2028-02-29")) == ("closing", dt.date(2028, 2, 29))
    assert month_closing(_day("2028-02-28")) is None
