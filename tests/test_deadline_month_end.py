"""A deadline at a month's end is that month's last day: "by the end of July" against "by 30 June".

"The end of" stays out of the month's mention, and a month deadline meets
only a month (divergeslots._month_deadline: "by December" against "by May 9"
may be two steps of one plan), so a local paper's "reports by the end of
July" was never set against a wire's "report by 30 June". Read as the
month's last day (divergeslots._month_end_deadline), it is a day deadline's
rival; the end of the month a day falls in is not. All text here is invented.
"""

from __future__ import annotations

import pytest

from pairverdict import pair_verdict
from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

TEMPLATE = "The council said the independent review of the bridge repairs will report {}."


def _deadline_verdict(a: str, b: str) -> Verdict:
    return pair_verdict(TEMPLATE, a, b, "2027-04-14", lambda f: f.kind is Kind.DATE)


@pytest.mark.parametrize(("a", "b"), [
    ("by 30 June", "by the end of July"),
    ("by June 30", "before the end of August"),
    ("by the end of June", "by the end of September"),
])
def test_a_month_end_deadline_contradicts_another_day(a: str, b: str) -> None:
    assert _deadline_verdict(a, b) is Verdict.DIVERGE


@pytest.mark.parametrize(("a", "b"), [
    # the month's own last day
    ("by 30 June", "by the end of June"),
    # a month with no "end of" still meets only a month
    ("by 30 June", "by July"),
])
def test_the_same_day_or_a_plain_month_is_no_rival(a: str, b: str) -> None:
    assert _deadline_verdict(a, b) is not Verdict.DIVERGE


def _date_verdicts(a: str, b: str) -> list[Verdict]:
    report = compare([Article.from_text(a, id="a", published="2027-04-14"),
                      Article.from_text(b, id="b", published="2027-04-14")])
    return [f.status for f in report.facts if f.kind is Kind.DATE]


def test_worded_apart_the_month_end_still_meets_the_day() -> None:
    verdicts = _date_verdicts(
        "Storm damage closed the town bridge in March. The independent review of the bridge repairs is due "
        "to report to the council by 30 June, a spokesman said.",
        "The town bridge has been shut since the March storm. Residents were told the independent review "
        "of the bridge repairs will report to the council by the end of July.")
    assert Verdict.DIVERGE in verdicts


@pytest.mark.parametrize(("a", "b"), [
    # two deadlines of two things, sharing only a verb: no claim holds both
    ("Storm Enna is expected to blow itself out by tomorrow, forecasters said.",
     "The harbour trust expects a decision on its insurance claim before the end of January."),
])
def test_a_month_end_needs_one_claim(a: str, b: str) -> None:
    assert Verdict.DIVERGE not in _date_verdicts(a, b)
