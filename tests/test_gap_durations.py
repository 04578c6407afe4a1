"""A gap between two events and a plain duration of its length are one fact (gapdurations).

Invented story: a ferry's crew were rescued; a wire writes that lifeboats
reached them "within 25 minutes", a harbour bulletin "within 25 minutes of
the mayday"; a local paper writes that the crew "drifted for six hours", a
radio site "were found six hours after the ferry sank". The guards: a span
that fits no duration, two duration facts fitting it, a divergent duration
fact, one source telling both, a gap told in another unit than the
duration and a range of a gap ("months before") leave the facts apart.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import cast

from sourcediff.gapdurations import join_gap_durations
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import APPROX, Interval, Quantity

ORDER = {"wire": 0, "bulletin": 1, "paper": 2, "radio": 3}


def _length(source: str, raw: str, amount: str, unit: str, *, start: int = 10,
            hedged: bool = False) -> Mention:
    value = Quantity(Decimal(amount), unit, APPROX if hedged else None)
    return Mention(Kind.NUMBER, source, 1, Span(start, start + len(raw)), raw, value, f"number:{unit}")


def _gap(source: str, raw: str, amount: str, unit: str, anchor: str, *, within: bool = False,
         hedged: bool = False, start: int = 40) -> Mention:
    span = (Quantity(Decimal(0), unit, high=Decimal(amount)) if within
            else Quantity(Decimal(amount), unit, APPROX if hedged else None))
    value = Interval(span, "after", anchor)
    return Mention(Kind.NUMBER, source, 2, Span(start, start + len(raw)), raw, value, "interval:after")


def _sources(facts: list[Judged]) -> list[tuple[list[str], Verdict]]:
    return [(sorted(m.source for m in group), verdict) for group, verdict, _c, _r in facts]


def test_a_within_gap_joins_the_duration_of_its_length() -> None:
    facts: list[Judged] = [
        ([_length("wire", "within 25 minutes", "25", "minute")], Verdict.UNIQUE, "c1", None),
        ([_gap("bulletin", "within 25 minutes of", "25", "minute", "mayday", within=True)],
         Verdict.UNIQUE, None, None)]
    assert _sources(join_gap_durations(facts, ORDER)) == [(["bulletin", "wire"], Verdict.AGREE)]


def test_agreed_gaps_join_the_agreed_duration() -> None:
    facts: list[Judged] = [
        ([_length("paper", "six hours", "6", "hour"), _length("wire", "about six hours", "6", "hour",
                                                              hedged=True)], Verdict.AGREE, "c2", None),
        ([_gap("radio", "six hours after", "6", "hour", "ferry sank"),
          _gap("bulletin", "six hours after", "6", "hour", "sinking")], Verdict.AGREE, "c3", None)]
    joined = join_gap_durations(facts, ORDER)
    assert _sources(joined) == [(["bulletin", "paper", "radio", "wire"], Verdict.AGREE)]
    assert [m.source for m in joined[0][0]] == ["wire", "bulletin", "paper", "radio"]


def test_a_gap_fitting_no_duration_stays_apart() -> None:
    facts: list[Judged] = [
        ([_length("paper", "six hours", "6", "hour")], Verdict.UNIQUE, "c2", None),
        ([_gap("radio", "two hours after", "2", "hour", "ferry sank")], Verdict.UNIQUE, None, None)]
    assert _sources(join_gap_durations(facts, ORDER)) == _sources(facts)


def test_a_gap_fitting_two_durations_stays_apart() -> None:
    """A story that states six hours of two things leaves the gap to neither."""
    facts: list[Judged] = [
        ([_length("paper", "six hours", "6", "hour"), _length("wire", "six hours", "6", "hour")],
         Verdict.AGREE, "c2", None),
        ([_length("bulletin", "six hours", "6", "hour", start=90)], Verdict.UNIQUE, "c5", None),
        ([_gap("radio", "six hours after", "6", "hour", "ferry sank")], Verdict.UNIQUE, None, None)]
    assert _sources(join_gap_durations(facts, ORDER)) == _sources(facts)


def test_a_divergent_duration_is_never_joined() -> None:
    """A hedged gap may fit both sides of a divergence: joining it would take a side."""
    facts: list[Judged] = [
        ([_length("paper", "six hours", "6", "hour"), _length("wire", "six and a half hours", "6.5", "hour")],
         Verdict.DIVERGE, "c2", None),
        ([_gap("radio", "about six hours after", "6", "hour", "ferry sank", hedged=True)],
         Verdict.UNIQUE, None, None)]
    assert _sources(join_gap_durations(facts, ORDER)) == _sources(facts)


def test_one_source_telling_both_is_not_agreement() -> None:
    facts: list[Judged] = [
        ([_length("radio", "six hours", "6", "hour")], Verdict.UNIQUE, "c2", None),
        ([_gap("radio", "six hours after", "6", "hour", "ferry sank")], Verdict.UNIQUE, None, None)]
    assert _sources(join_gap_durations(facts, ORDER)) == _sources(facts)


def test_a_gap_told_in_another_unit_stays_apart() -> None:
    """A deadline "within 48 hours" and crew who came "two days before the ferry sailed": two periods."""
    gap = _gap("radio", "two days before", "2", "day", "ferry sailed")
    gap = replace(gap, value=replace(cast(Interval, gap.value), relation="before"), slot="interval:before")
    facts: list[Judged] = [
        ([_length("wire", "within 48 hours", "48", "hour")], Verdict.UNIQUE, "c2", None),
        ([gap], Verdict.UNIQUE, None, None)]
    assert _sources(join_gap_durations(facts, ORDER)) == _sources(facts)


def test_a_range_of_a_gap_is_no_figure() -> None:
    """ "Months before" the sinking fits "two months" as a range, not as one figure told twice."""
    months = Mention(Kind.NUMBER, "radio", 2, Span(40, 53), "months before",
                     Interval(Quantity(Decimal(2), "month", high=Decimal(11)), "before", "sinking"),
                     "interval:before")
    facts: list[Judged] = [
        ([_length("wire", "two months", "2", "month")], Verdict.UNIQUE, "c2", None),
        ([months], Verdict.UNIQUE, None, None)]
    assert _sources(join_gap_durations(facts, ORDER)) == _sources(facts)
