"""Periods of whole months as reports write them: one mention, one value (invented text).

"from April to June" was read as two month mentions, so a report's quarter
made two facts and its ends were compared one by one with another source's
"Q2 2027" or "the three months to June". Read as one period, the three forms
of a quarter resolve to the same span (and agree), and two different periods
diverge.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.compat import compatible
from sourcediff.extract import dateperiods, dates
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse

_PUB = dt.date(2027, 7, 20)


def _spans(text: str, published: dt.date | None = _PUB) -> list[tuple[str, str, str]]:
    return [(text[f.start:f.end], str(f.value.start), str(f.value.end)) for f in dates.find(text, published)]


@pytest.mark.parametrize(("text", "raw", "start", "end"), [
    ("Delays rose from April to June 2027, the regulator said.", "April to June 2027",
     "2027-04-01", "2027-06-30"),
    ("Between October and December 2026 the share of late parcels fell.",
     "October and December 2026", "2026-10-01", "2026-12-31"),
    ("The April-June 2027 figures were the weakest since the strike.", "April-June 2027", "2027-04-01",
     "2027-06-30"),
    ("It was the January to March 2028 quarter that worried the board.",
     "January to March 2028", "2028-01-01", "2028-03-31"),
    ("Prices were frozen from October 2026 to March 2027.", "October 2026 to March 2027",
     "2026-10-01", "2027-03-31"),
    ("Waiting times grew between April and June this year.", "April and June this year",
     "2027-04-01", "2027-06-30"),
    ("Sales fell from December to February 2027, the chain said.", "December to February 2027",
     "2026-12-01", "2027-02-28"),
    ("In the three months to June, 83.7% of letters arrived on time.", "the three months to June",
     "2027-04-01", "2027-06-30"),
    ("Borrowing in the 12 months to March 2027 was higher than forecast.", "the 12 months to March 2027",
     "2026-04-01", "2027-03-31"),
    ("Output in the six months ending December 2026 rose.", "the six months ending December 2026",
     "2026-07-01", "2026-12-31"),
])
def test_a_run_of_months_is_one_period(text: str, raw: str, start: str, end: str) -> None:
    assert _spans(text) == [(raw, start, end)]


@pytest.mark.parametrize("text", [
    "The inspectors visited in April and June.",  # "and" without "between": two months
    "The consultation runs from April to June 30.",  # the end is a day, left to the day patterns
    "The library closes from 1 June until September.",  # so is a start with its day
    "Volunteers took 64 samples between July and September.",  # a run without its year (below)
])
def test_two_months_that_are_no_run_stay_apart(text: str) -> None:
    """A run without its year stays two months for now: the article's year of a yearless month is read
    from its other months, one by one (dates._tense_years), and a run read whole lent none (facts72.md)."""
    found = _spans(text)
    assert len(found) == 2 and all(start[:7] == end[:7] or start == end for _, start, end in found)


def test_the_forms_of_one_quarter_resolve_alike_and_another_quarter_differs() -> None:
    forms = ["Figures for Q2 2027 showed a rise.", "Figures from April to June 2027 showed a rise.",
             "Figures for the three months to June 2027 showed a rise.",
             "The second quarter of 2027 was weak."]
    values = {_spans(t)[0][1:] for t in forms}
    assert values == {("2027-04-01", "2027-06-30")}
    assert _spans("Figures from July to September 2027 showed a rise.")[0][1:] == ("2027-07-01", "2027-09-30")


def _date(text: str, source: str) -> Mention:
    info = analyse(Article.from_text(text, id=source, published="2027-07-20"))
    return next(m for m in info.mentions if m.kind is Kind.DATE)


def test_a_range_agrees_with_its_quarter_and_not_with_the_next() -> None:
    quarter = _date("The regulator's figures for Q2 2027 showed 83.7% of letters on time.", "a")
    same = _date("From April to June 2027, 83.7% of letters arrived on time, the regulator said.", "b")
    later = _date("From July to September 2027, 81.2% of letters arrived on time, the regulator said.", "c")
    assert compatible(quarter, same)
    assert not compatible(quarter, later)
    assert not compatible(same, later)


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_the_calendar_edges_do_not_crash(published: dt.date) -> None:
    for text in ("Delays rose from October to February.", "In the three months to June, fewer arrived.",
                 "between November and January this year", "from December to January next year"):
        for start, end, _value in ((f.start, f.end, f.value) for f in dates.find(text, published)):
            assert 0 <= start < end <= len(text)


def test_without_a_published_date_the_range_stays_one_unresolved_period() -> None:
    found = dates.find("Delays rose between April and June this year, the regulator said.", None)
    assert len(found) == 1 and found[0].value.start is None


def test_a_run_keys_the_aligner_by_its_end_months_as_before() -> None:
    """The pair model was trained on "April" and "June" as two keys: a run read whole keys them still."""
    run = _date("Delays rose from April to June 2027, the regulator said.", "a")
    assert dateperiods.month_parts(run.raw, run.value) == ("2027-04-01..2027-04-30", "2027-06-01..2027-06-30")
    by_end = _date("In the three months to June 2027, 83.7% of letters arrived on time.", "b")
    assert dateperiods.month_parts(by_end.raw, by_end.value) == ("2027-06-01..2027-06-30",)
    one = _date("Delays rose in April 2027, the regulator said.", "c")
    assert dateperiods.month_parts(one.raw, one.value) is None
    quarter = _date("Delays rose in Q2 2027, the regulator said.", "d")
    assert dateperiods.month_parts(quarter.raw, quarter.value) is None



@pytest.mark.parametrize(("text", "published", "raw", "start", "end"), [
    # A period named by its end has ENDED by publication: the year just gone, not the one begun this month
    # (facts72 took the latest that had BEGUN by a month after publication: July 2027 - June 2028).
    ("Only 71.2% of trains ran on time in the 12 months to the end of June.", dt.date(2027, 7, 13),
     "the 12 months to the end of June", "2026-07-01", "2027-06-30"),
    ("In the six months to December, 412 complaints were upheld.", dt.date(2027, 1, 9),
     "the six months to December", "2026-07-01", "2026-12-31"),
    # Published before the named month is over: the last occurrence that is.
    ("In the three months to September, fewer buses ran late.", dt.date(2027, 9, 20),
     "the three months to September", "2026-07-01", "2026-09-30"),
    # A noun names its months too: a year, a financial year, a quarter, a half-year.
    ("The chain made a loss of 14m in the year to March, its third in a row.", dt.date(2027, 7, 13),
     "the year to March", "2026-04-01", "2027-03-31"),
    ("Turnover rose 6% in the financial year to March.", dt.date(2027, 5, 2),
     "the financial year to March", "2026-04-01", "2027-03-31"),
    ("Profits fell in the quarter to September, the lender said.", dt.date(2027, 10, 28),
     "the quarter to September", "2027-07-01", "2027-09-30"),
    ("Sales in the half-year to June were the weakest in a decade.", dt.date(2027, 7, 30),
     "the half-year to June", "2027-01-01", "2027-06-30"),
])
def test_a_period_named_by_its_end_is_the_latest_ended(
        text: str, published: dt.date, raw: str, start: str, end: str) -> None:
    assert _spans(text, published) == [(raw, start, end)]


def test_a_clause_looking_ahead_keeps_a_month_of_slack() -> None:
    """Only a forward clause lets the period end after publication, and only within a month of it."""
    ahead = "Profits are expected to rise in the quarter to September, the lender said."
    assert _spans(ahead, dt.date(2027, 9, 20)) == [("the quarter to September", "2027-07-01", "2027-09-30")]
    plain = "Profits rose in the quarter to September, the lender said."
    assert _spans(plain, dt.date(2027, 9, 20)) == [("the quarter to September", "2026-07-01", "2026-09-30")]
    far = "Profits are expected to rise in the quarter to December, the lender said."
    assert _spans(far, dt.date(2027, 9, 20)) == [("the quarter to December", "2026-10-01", "2026-12-31")]


@pytest.mark.parametrize("text", [
    "The vote was moved from next year to March.",  # a noun without its "the" names no period
    "In the year to March 31, 80% of parcels arrived on time.",  # a day ends it: left to the day patterns
])
def test_what_names_no_period_by_its_end(text: str) -> None:
    found = _spans(text, dt.date(2027, 7, 13))
    assert found and not any("year to" in raw for raw, _, _ in found)
