"""humanize.py: values as an editor writes them, exactly the normalized figure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff.checkwords import excerpt, quote_pair
from sourcediff.humanize import human_value
from sourcediff.model import Span
from sourcediff.values import ClockTime, DateValue, Entity, Money, PartOfDay, Quantity, Value


@pytest.mark.parametrize(("value", "text"), [
    (Money("USD", Decimal(250_000_000)), "$250 million"),
    (Money("USD", Decimal(200_000_000), qualifier="ceiling"), "up to $200 million"),
    (Money("USD", Decimal("1.25E9")), "$1.25 billion"),
    (Money("EUR", Decimal(12_500)), "€12,500"),
    (Money("CHF", Decimal(3_000_000)), "3 million CHF"),
    (Money("USD", Decimal(10_000_000), Decimal(12_000_000)), "$10 million to $12 million"),
    (Quantity(Decimal(48), "hour", "below"), "less than 48 hours"),
    (Quantity(Decimal(1), "company"), "1 company"),
    (Quantity(Decimal("12.5"), "%"), "12.5%"),
    (ClockTime(17, 1, "America/New_York", 22 * 60 + 1), "5:01 PM ET / 22:01 GMT"),
    (ClockTime(22, 1, "UTC", 22 * 60 + 1), "22:01 GMT"),
    (ClockTime(0, 5), "12:05 AM"),
    (ClockTime(12, 0, "Asia/Singapore", 4 * 60), "12:00 PM Asia/Singapore / 04:00 GMT"),
    (DateValue(dt.date(2026, 2, 27), dt.date(2026, 2, 27)), "Friday 27 February 2026"),
    (DateValue(dt.date(2026, 2, 26), dt.date(2026, 2, 27)), "26–27 February 2026"),
    (DateValue(dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month"), "January 2026"),
    (PartOfDay("evening", 17, 21, dt.date(2026, 2, 27)), "evening of Friday 27 February 2026"),
    (Entity("Pete Hegseth", "person"), "Pete Hegseth"),
])
def test_values_read_as_written_in_a_newsroom(value: Value, text: str) -> None:
    assert human_value(value) == text


def test_an_unresolved_date_keeps_the_writers_words() -> None:
    assert human_value(DateValue(None, None, relative="next friday"), "next Friday") == "next Friday"


def test_a_quote_change_is_shown_with_three_words_either_side() -> None:
    source = "These threats do not change our position: we cannot in good conscience accede to their request"
    draft = source.replace("accede to", "accept")
    assert quote_pair(draft, source) == ("…in good conscience accept their request",
                                         "…in good conscience accede to their request")


def test_far_apart_changes_are_two_excerpts() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve"
    assert excerpt(text, [Span(0, 3), Span(59, 65)], words=1) == "one two… …eleven twelve"


def test_one_instant_written_three_ways_is_one_value_in_a_finding() -> None:
    from sourcediff.check import Evidence
    from sourcediff.checkwords import said

    evidence = [Evidence("002", "5:01 PM ET", "", human="5:01 PM ET / 22:01 GMT"),
                Evidence("003", "5:01p.m.", "", human="5:01 PM"),
                Evidence("004", "5:01 pm (22:01 GMT)", "", human="22:01 GMT"),
                Evidence("005", "6:30 PM", "", human="6:30 PM")]
    assert said(evidence) == "5:01 PM ET / 22:01 GMT (002; 003; 004); 6:30 PM (005)"
