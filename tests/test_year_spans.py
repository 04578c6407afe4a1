"""Aligned sentences each giving a span of two bare years: the shared start leaves the ends rivals.

A council says building "starts in 2027 and ends in 2031", a trade title
"the first homes in 2027, with the last handed over in 2030". Years are left
to a claim's consensus, so the differing end stayed unique beside the agreed
start; the shared start shows both speak of one span.
"""

from __future__ import annotations

from sourcediff import Article, Verdict, compare
from sourcediff.model import Fact, Report

DAY = "2026-03-09"


def report(*bodies: str) -> Report:
    return compare([Article.from_text(body, id=f"s{n}", published=DAY) for n, body in enumerate(bodies)])


def fact_of(r: Report, raw: str) -> Fact:
    return next(f for f in r.facts if any(m.raw == raw for m in f.mentions))


INTRO = "Harwick Council approved 640 new homes on the old gasworks site on Monday. "
LAST_IN_2030 = (INTRO + "Building on the Harwick estate starts in 2027, "
                "with the last homes handed over in 2030.")


def test_the_differing_end_of_a_span_of_years_diverges() -> None:
    r = report(INTRO + "Building on the Harwick estate starts in 2027 and ends in 2031.",
               LAST_IN_2030,
               INTRO + "The Harwick estate timetable: building from 2027 through 2031.")
    assert fact_of(r, "2027").status is Verdict.AGREE
    end = fact_of(r, "2030")
    assert end.status is Verdict.DIVERGE
    assert sorted(m.raw for m in end.mentions) == ["2030", "2031", "2031"]


def test_the_same_span_agrees() -> None:
    r = report(INTRO + "Building on the Harwick estate starts in 2027 and ends in 2031.",
               INTRO + "Building on the Harwick estate runs from 2027 to 2031.")
    assert fact_of(r, "2027").status is Verdict.AGREE
    assert fact_of(r, "2031").status is Verdict.AGREE


def test_a_year_of_another_event_elsewhere_is_no_rival() -> None:
    r = report(INTRO + "Building on the Harwick estate starts in 2027 and ends in 2031. "
               "The council last approved new homes on the site in 2019.",
               LAST_IN_2030)
    assert fact_of(r, "2019").status is Verdict.UNIQUE


def test_three_years_in_a_sentence_are_no_span() -> None:
    r = report(INTRO + "Building on the Harwick estate starts in 2027, pauses in 2029 and ends in 2031.",
               LAST_IN_2030)
    assert all(f.status is not Verdict.DIVERGE for f in r.facts if any(m.raw == "2030" for m in f.mentions))


def test_a_year_looking_back_is_no_span_end() -> None:
    r = report(INTRO + "Building on the Harwick estate starts in 2027, a year after the survey of 2026.",
               LAST_IN_2030)
    assert all(f.status is not Verdict.DIVERGE for f in r.facts if any(m.raw == "2026" for m in f.mentions))
