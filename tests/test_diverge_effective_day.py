"""A lone different day a change takes effect diverges, though the leads around it date other steps too.

Leads announcing a change give the day it was announced ("on Thursday",
the wire's dateline) beside the day it takes effect ("from October 5"); one
outlet's "on 12 October" is the rival of the day the others agree on. Three
rules let the claim's consensus see it: a weekday beside a day of a month is
left out of the passage's one value (`diverge._calendar_days`), the dissenter
is set against an agreeing source that states the day as it does, a plain
moment against a plain moment (`divergeconsensus._same_bound`), and a source
whose only part in the agreeing group is a span holding both days ("this
year") does not keep the two groups apart (`factverdicts._spans_only`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare
from sourcediff.diverge import _calendar_days
from sourcediff.factverdicts import _spans_only
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import DateValue

WIRE = ("LARKFIELD, Sept 10 (NWA) - Larkfield council will raise the adult bus fare by 5% to £2.10 from "
        "October 5, the council announced on Thursday, the first rise in three years.\n\nThe current fare "
        "of £2.00 has applied since 2023, and the council has already cut two routes this year.")
TRADE = ("Larkfield's council said on Thursday that the adult bus fare would go up to £2.10, effective "
         "October 5, 2026, after a vote by its transport committee.\n\nThe fare is now £2.00.")
TABLOID = ("Bus passengers in Larkfield face higher fares. The council said the adult fare will rise to "
           "£2.10 from next month, up from £2.00.")
LOCAL = ("Larkfield council confirmed this morning that the adult bus fare goes up from £2.00 to £2.10 on "
         "{day}, a rise of 5%. It is the second fare rise this year, councillors said.")


def _date_facts(local: str) -> list[tuple[str, frozenset[str]]]:
    texts = [("2026-09-10", WIRE), ("2026-09-11", TRADE), ("2026-09-11", TABLOID), ("2026-09-10", local)]
    articles = [Article.from_text(t, id=f"s{n}", published=d) for n, (d, t) in enumerate(texts)]
    return [(f.status.value, frozenset(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.DATE]


def test_a_lone_different_effective_day_diverges() -> None:
    facts = _date_facts(LOCAL.format(day="12 October"))
    assert any(status == "diverge" and {"October 5", "12 October"} <= raws for status, raws in facts)


@pytest.mark.parametrize("day", ["5 October", "October 5"])
def test_the_same_day_written_another_way_agrees(day: str) -> None:
    facts = _date_facts(LOCAL.format(day=day))
    assert not any(status == "diverge" for status, _ in facts)


def test_a_day_the_old_fare_runs_until_is_no_rival() -> None:
    local = ("Larkfield council confirmed this morning that the adult bus fare of £2.00 stays until "
             "4 October, before rising to £2.10. It is the second fare rise this year, councillors said.")
    assert not any(status == "diverge" for status, _ in _date_facts(local))


def _day(n: int, source: str, raw: str, start: dt.date, end: dt.date | None = None) -> Mention:
    value = DateValue(start, end or start, "day" if end is None else "year")
    return Mention(Kind.DATE, source, 0, Span(n, n + 1), raw, value, slot="date")


OCT5 = dt.date(2026, 10, 5)
OCT12 = dt.date(2026, 10, 12)
THU = dt.date(2026, 9, 10)
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_a_weekday_beside_a_day_of_a_month_is_left_out() -> None:
    ms = [_day(0, "a", "Thursday", THU), _day(1, "a", "October 5", OCT5)]
    assert _calendar_days(ms, [0, 1]) == [1]
    two_days = [_day(0, "a", "October 5", OCT5), _day(1, "a", "12 October", OCT12)]
    assert _calendar_days(two_days, [0, 1]) == [0, 1]  # still two values
    alone = [_day(0, "a", "Thursday", THU)]
    assert _calendar_days(alone, [0]) == [0]


def test_a_span_holding_both_days_keeps_no_groups_apart() -> None:
    ms = [_day(0, "a", "October 5", OCT5), _day(1, "d", "this year", *YEAR),
          _day(2, "d", "12 October", OCT12)]
    assert _spans_only(ms, [0, 1], [2], {"d"})


def test_a_day_a_source_states_on_both_sides_keeps_them_apart() -> None:
    ms = [_day(0, "a", "October 5", OCT5), _day(1, "d", "October 5", OCT5), _day(2, "d", "12 October", OCT12)]
    assert not _spans_only(ms, [0, 1], [2], {"d"})
    early = _day(1, "d", "early October", dt.date(2026, 10, 1), dt.date(2026, 10, 10))
    narrow = [_day(0, "a", "October 5", OCT5), early, _day(2, "d", "12 October", OCT12)]
    assert not _spans_only(narrow, [0, 1], [2], {"d"})  # the span does not hold 12 October
