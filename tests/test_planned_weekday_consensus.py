"""A weekday or "tomorrow" still ahead of its outlet's dateline counts in a claim's consensus.

"The council will vote on the plan on Thursday" in Tuesday's wire and "the
vote is due tomorrow" in Wednesday's tabloid name one day, the day the step
is planned for. Relative days were kept out of a claim's consensus because
outlets writing on different days name different past days with the same
words; so a third outlet's lone "Friday, June 12" for the planned vote, with
only one calendar day (a trade site's "11 June") beside it, had no consensus
to dissent from and the wrong date went unreported.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.divergeconsensus import _consensus_kind
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import DateValue


def _dates(*texts_dates: tuple[str, str]) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{i}", published=d) for i, (t, d) in enumerate(texts_dates)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind.value == "date"]


WIRE = ("The Pellbridge council will vote on the harbour levy on Thursday at 6 p.m., after which the levy "
        "can take effect.", "2026-06-09")
TABLOID = ("The harbour levy vote is due to be held tomorrow, when councillors will have the last word.",
           "2026-06-10")
TRADE = ("The council's vote on the harbour levy is scheduled for 11 June at 18:00, after which it may take "
         "effect.", "2026-06-10")
LOCAL = ("The harbour levy vote will be held on Friday, June 12, in the council chamber.", "2026-06-10")


def test_a_lone_calendar_day_dissents_from_planned_weekdays_and_a_day() -> None:
    got = _dates(WIRE, TABLOID, TRADE, LOCAL)
    assert any(status == "diverge" and "Friday, June 12" in raws for status, raws in got)


def test_the_same_planned_day_agrees() -> None:
    local = ("The harbour levy vote will be held on Thursday, June 11, in the council chamber.", "2026-06-10")
    got = _dates(WIRE, TABLOID, TRADE, local)
    assert not any(status == "diverge" for status, _ in got)


def _day(raw: str, day: dt.date) -> Mention:
    return Mention(kind=Kind.DATE, source="s0", passage=0, span=Span(0, len(raw)), raw=raw,
                   value=DateValue(day, day), slot="date")


def test_only_relative_days_ahead_of_the_dateline_join_the_consensus() -> None:
    published = {"s0": dt.date(2026, 6, 10)}
    assert _consensus_kind(_day("Thursday", dt.date(2026, 6, 11)), published)
    assert _consensus_kind(_day("tomorrow", dt.date(2026, 6, 11)), published)
    assert not _consensus_kind(_day("yesterday", dt.date(2026, 6, 9)), published)
    assert not _consensus_kind(_day("Wednesday", dt.date(2026, 6, 10)), published)
    assert not _consensus_kind(_day("Thursday", dt.date(2026, 6, 11)), {})
    assert _consensus_kind(_day("9 June", dt.date(2026, 6, 9)), published)
