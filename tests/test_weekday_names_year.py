"""A yearless day written with its weekday takes the year the weekday names (invented text).

"Arrested at 10pm on Saturday 9 May", in a paper dated in December: read
by nearness alone, 9 May is next year's, which is no Saturday, so the
weekday and the day were split into two rival dates and the day sat a year
away from the other outlets' "May 9" and "9 May 2026". The weekday says
which May the writer means, as a written year would, and a yearless "May 9"
elsewhere in the story then takes that year too.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.extract.dates import find
from sourcediff.model import Kind, Verdict

DECEMBER = dt.date(2026, 12, 10)


def _days(text: str, published: dt.date = DECEMBER) -> list[tuple[str, dt.date | None]]:
    return [(text[f.start:f.end], f.value.start) for f in find(text, published)]


def test_the_weekday_picks_the_year_its_day_falls_on() -> None:
    # 9 May 2026 is a Saturday; 9 May 2027, the nearer, is a Sunday.
    # The clause has no tense cue near the day, so nearness alone would take 2027.
    assert _days("He faces a second charge over the arrest on Saturday 9 May.") == [
        ("Saturday 9 May", dt.date(2026, 5, 9))]


def test_us_order_with_a_comma_too() -> None:
    assert _days("He faces a second charge over the arrest on Saturday, May 9.") == [
        ("Saturday, May 9", dt.date(2026, 5, 9))]


def test_a_weekday_that_fits_the_nearer_year_keeps_it() -> None:
    # 9 May 2027 is a Sunday: the nearer year already fits.
    assert _days("The fair opens on Sunday 9 May.") == [("Sunday 9 May", dt.date(2027, 5, 9))]


def test_a_weekday_no_year_in_reach_fits_stays_a_mismatch() -> None:
    # 9 May is a Tuesday in neither 2026 nor 2027: the writer erred, both words stay.
    days = _days("The fair opened on Tuesday 9 May.")
    assert len(days) == 2 and days[0][0] == "Tuesday"


def test_a_day_without_weekday_is_read_as_before() -> None:
    assert _days("The fair opens on 9 May.") == [("9 May", dt.date(2027, 5, 9))]


WIRE = ("Police officer Dana Ruskell was arrested over the assault at about 10pm on May 9, the force said on "
        "Thursday. She will appear in court on Monday.")
PAPER = ("A police officer arrested over an assault at 10pm on Saturday 9 May will appear in court on "
         "Monday, the force said.")
TRADE = ("Incident date: 9 May 2026. Officer Dana Ruskell was arrested over the assault and will appear "
         "in court.")


def _date_facts() -> list[tuple[Verdict, list[tuple[str, str]]]]:
    report = compare([Article.from_text(WIRE, id="a", published="2026-12-10"),
                      Article.from_text(PAPER, id="b", published="2026-12-11"),
                      Article.from_text(TRADE, id="c", published="2026-12-11")])
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if f.kind is Kind.DATE]


def test_the_story_day_agrees_across_outlets_and_raises_no_alarm() -> None:
    facts = _date_facts()
    agreeing = [ms for status, ms in facts if status is Verdict.AGREE]
    assert any(("b", "Saturday 9 May") in ms and ("a", "May 9") in ms for ms in agreeing)
    assert not any(status is Verdict.DIVERGE for status, _ in facts)


def test_a_day_this_month_with_a_wrong_weekday_is_no_day_of_last_year() -> None:
    # Written on 11 September 2026: 17 September 2026 is a Thursday. The Wednesday 17 September
    # was in 2025, a year back, which no reader would take for "the fire broke out on": the
    # weekday or the day is wrong, and both halves stay in the report as a mismatch.
    found = find("The fire broke out on Wednesday, September 17, the coastguard said.", dt.date(2026, 9, 11))
    assert [(f.mismatch, f.value.start) for f in found] == [
        (True, dt.date(2026, 9, 16)), (True, dt.date(2026, 9, 17))]
