"""Yearless days told in order ("the first on January 18 and the last on June 30"): one series, next year.

Invented text. Said in October, "The first stores shut on January 18 and
the last on June 30" names next January and the June after it. "The last"
was read as "last June" (a past cue), sending both days back a year; and
June 30, the nearer occurrence being the one gone by, went to the past
though the sentence tells its steps in order after a January still to come.
Now "the last" says nothing of tense, a day with no cue of its own is not
placed before the day its sentence names first, and two passages' last days
named alike are rivals, not redirected to another date of the article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract import dates

OCT = dt.date(2026, 10, 14)


def _starts(text: str, published: dt.date = OCT) -> list[str]:
    return [str(f.value.start) for f in dates.find(text, published) if hasattr(f.value, "start")]


@pytest.mark.parametrize(("text", "days"), [
    ("The first stores shut on January 18 and the last on June 30.", ["2027-01-18", "2027-06-30"]),
    ("The first depots will close on January 18, with the last site shutting on June 30.",
     ["2027-01-18", "2027-06-30"]),
    ("Works run from February 2 to July 9.", ["2027-02-02", "2027-07-09"]),
])
def test_a_series_of_days_after_a_coming_day_is_next_year(text: str, days: list[str]) -> None:
    assert _starts(text) == days


@pytest.mark.parametrize(("text", "days"), [
    ("Prices fell on June 30 after a peak on September 2.", ["2026-06-30", "2026-09-02"]),
    ("The shop closed on June 30.", ["2026-06-30"]),
    ("The last time the river flooded was on March 3.", ["2026-03-03"]),
    ("Sales dipped on September 2 and recovered on September 20.", ["2026-09-02", "2026-09-20"]),
])
def test_past_and_lone_days_keep_their_year(text: str, days: list[str]) -> None:
    assert _starts(text) == days


def test_last_day_named_alike_is_no_dateline_rival() -> None:
    # The Courier's June-ish leftover is named like the others' ("the last"): it is never redirected to
    # the Courier's dateline, whose label reaches into the headline ("shuts 60 branches").
    arts = [Article.from_text(t, id=f"s{n}", published=p) for n, (t, p) in enumerate([
        ("Harlow Savings will shut 60 branches between January 18 and June 30 next year, it said on "
         "Tuesday.", "2026-10-13"),
        ("The first branches will close on January 18, with the last branch shutting on June 30.",
         "2026-10-14"),
        ("Closures will run from 18 January 2027 to 30 June 2027, the bank said.", "2026-10-14"),
        ("Kelby to lose its last bank as Harlow shuts 60 branches\n\nThursday, October 15, 2026 · Kelby "
         "Courier\n\nThe first closures come on January 18 and the last on July 30.", "2026-10-15"),
    ])]
    facts = [(f.status, sorted(m.raw for m in f.mentions))
             for f in compare(arts).facts if f.kind is Kind.DATE]
    assert not any(v is Verdict.DIVERGE and any("October" in r for r in raws) for v, raws in facts)
    # The Courier's "the last on July 30" is the last closure the others give as June 30: the one
    # divergence, reported since session 44 (before, July 30 stayed a detail of the Courier alone)
    assert (Verdict.DIVERGE, ["30 June 2027", "July 30", "June 30", "June 30 next year"]) in facts
