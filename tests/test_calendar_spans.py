"""Spans in two calendar units are compared by length: "a year before" is not "11 months before".

A month runs 28 to 31 days, so two units of the calendar ("a month", "four
weeks"; "18 months", "540 days") may state one span a few days apart. That
used to widen every such pair by news rounding (10%), so "11 months"
agreed with "a year". Now only a hedge ("about", "nearly") widens a span.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.compat import compatible
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import APPROX, Interval, Quantity


def _before(amount: str, unit: str, qualifier: str | None = None) -> Mention:
    span = Quantity(Decimal(amount), unit, qualifier)
    value = Interval(span, "before", "inspection")
    return Mention(Kind.NUMBER, "s", 0, Span(0, 5), f"{amount} {unit}", value, "interval:before")


@pytest.mark.parametrize(("a", "b", "agree"), [
    (("1", "year"), ("11", "month"), False),
    (("1", "year"), ("12", "month"), True),
    (("1", "month"), ("4", "week"), True),
    (("18", "month"), ("540", "day"), True),
    (("2", "year"), ("23", "month"), False),
    (("6", "month"), ("26", "week"), True),
    (("3", "month"), ("100", "day"), False),
])
def test_calendar_spans_agree_only_within_the_calendar_s_own_variation(
        a: tuple[str, str], b: tuple[str, str], agree: bool) -> None:
    assert compatible(_before(*a), _before(*b)) is agree


def test_a_hedged_span_keeps_news_rounding() -> None:
    assert compatible(_before("1", "year", APPROX), _before("11", "month"))
    assert not compatible(_before("1", "year", APPROX), _before("9", "month"))
