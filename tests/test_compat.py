"""The compatibility rules: when two sources' values state the same thing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff.compat import comparable, compatible, same_quotation, slot_family, speakers_agree
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import (
    APPROX,
    BELOW,
    CEILING,
    ClockTime,
    DateValue,
    Elapsed,
    Money,
    PartOfDay,
    Quantity,
    QuoteValue,
    Value,
)


def mention(kind: Kind, value: Value, slot: str, source: str = "a") -> Mention:
    return Mention(kind=kind, source=source, passage=0, span=Span(0, 1), raw="x", value=value, slot=slot)


def money(amount: str, qualifier: str | None = None, currency: str = "USD") -> Mention:
    return mention(Kind.MONEY, Money(currency, Decimal(amount), qualifier=qualifier), "money")


def clock(h: int, m: int, zone: str | None = None, utc: int | None = None) -> Mention:
    return mention(Kind.TIME, ClockTime(h, m, zone, utc), "clock")


def local_cet(h: int, m: int) -> Mention:
    """A clock of an article that says "All times local (CET)" (February: UTC+1)."""
    return mention(Kind.TIME, ClockTime(h, m, "Europe/Berlin", (h - 1) * 60 + m, local=True), "clock")


def part(name: str, lo: int, hi: int, day: dt.date | None) -> Mention:
    return mention(Kind.TIME, PartOfDay(name, lo, hi, day), "part")


def date(start: str | None, end: str | None = None, relative: str | None = None) -> Mention:
    s = dt.date.fromisoformat(start) if start else None
    e = dt.date.fromisoformat(end) if end else s
    return mention(Kind.DATE, DateValue(s, e, relative=relative), "date")


FRI = dt.date(2026, 2, 27)


@pytest.mark.parametrize(("a", "b", "ok"), [
    (money("200000000"), money("200000000", CEILING), True),  # a ceiling agrees on the amount
    (money("200000000"), money("300000000"), False),
    (money("1200000000"), money("1199000000"), True),  # rounding within 1%
    (money("300000000", APPROX), money("297000000"), True),  # "nearly 300" against 297
    (money("200000000"), money("200000000", currency="EUR"), False),  # other currency: not comparable
    (clock(17, 1, "America/New_York", 22 * 60 + 1), clock(22, 1, "UTC", 22 * 60 + 1), True),
    (clock(17, 1), clock(17, 1, "America/New_York", 22 * 60 + 1), True),  # floating time
    (clock(18, 1, "America/New_York", 23 * 60 + 1), clock(17, 1, "America/New_York", 22 * 60 + 1), False),
    # A bare 1pm may be a foreign desk's GMT for 14:00 CET, unless the CET clock's article calls its
    # times the story's local time: then the bare clock is local too, an hour off.
    (clock(13, 0), clock(14, 0, "Europe/Berlin", 13 * 60), True),
    (clock(13, 0), local_cet(14, 0), False),
    (clock(14, 0), local_cet(14, 0), True),
    (part("evening", 17, 21, FRI), part("afternoon", 12, 17, FRI), False),
    (part("afternoon", 12, 17, FRI), part("afternoon", 12, 17, FRI), True),
    (part("night", 21, 29, FRI), part("evening", 17, 21, FRI + dt.timedelta(days=1)), False),
    (date("2025-07-01", "2025-07-31"), date("2025-06-01", "2025-08-31"), True),  # July within last summer
    (date("2026-02-24"), date("2026-02-23", "2026-02-27"), True),  # Tuesday within earlier this week
    (date("2026-02-26"), date("2026-02-27"), False),
    (date(None, relative="thursday"), date("2026-02-26"), True),  # an unresolved weekday
    (date(None, relative="friday"), date("2026-02-26"), False),
])
def test_compatible(a: Mention, b: Mention, ok: bool) -> None:
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


@pytest.mark.parametrize(("a", "b", "ok"), [
    (money("0.22", currency="GBP"), money("0.23", currency="GBP"), False),  # "22p" against "£0.23"
    (money("0.05", currency="GBP"), money("0.06", currency="GBP"), False),  # a 5p and a 6p bag charge
    (money("0.22", currency="GBP"), money("0.22", currency="GBP"), True),  # "22p" and "£0.22"
    (money("0.20", APPROX, currency="GBP"), money("0.21", currency="GBP"), True),  # "about 20p" holds 21p
    (money("1.99", currency="GBP"), money("2.00", currency="GBP"), True),  # a pound figure keeps its 1%
])
def test_sums_in_pence_one_penny_apart_are_two_figures(a: Mention, b: Mention, ok: bool) -> None:
    """A sum written in pence or cents is exact to the penny: the tolerance's floor is no penny wide."""
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


def test_counts_and_measures_are_not_compared() -> None:
    hours = mention(Kind.NUMBER, Quantity(Decimal(48), "hour"), "number:hour")
    count = mention(Kind.NUMBER, Quantity(Decimal(48)), "number:count")
    assert not compatible(hours, count)


def test_a_move_in_points_is_never_a_rate() -> None:
    """ "up 2 percentage points" and "47%" are two figures of one tax: never one fact's two values."""
    points = mention(Kind.PERCENT, Quantity(Decimal(200), "basis point"), "percent")
    level = mention(Kind.PERCENT, Quantity(Decimal(47), "%"), "percent")
    assert slot_family(points) != slot_family(level)
    assert not compatible(points, level)
    assert compatible(points, mention(Kind.PERCENT, Quantity(Decimal(200), "basis point"), "percent", "b"))


def q(text: str) -> QuoteValue:
    return QuoteValue(text, text.lower())


def test_quotations_recognised_through_trims_and_edits() -> None:
    full = q("Regardless, these threats do not change our position: we cannot accede to their request")
    assert same_quotation(full, q("these threats do not change our position"))
    assert same_quotation(full, q("These threats do not change our stance: we cannot accept their request"))
    assert not same_quotation(full, q("We will not let any company dictate the terms"))
    assert not same_quotation(q("supply chain risk"), q("a supply chain risk label"))  # too short


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Tomorrow we get to work", "Tomorrow we go to work", True),  # one word swapped, no 3-word run
    ("We will rebuild the harbour", "We will rebuild the port", True),
    ("Tomorrow we get to work", "Today the council gets to vote", False),  # shares only function words
    ("The river rose overnight", "The council met overnight", False),
])
def test_a_short_quote_with_one_word_swapped_is_the_same_quotation(a: str, b: str, same: bool) -> None:
    assert same_quotation(q(a), q(b)) is same


@pytest.mark.parametrize(("a", "b", "same"), [
    ("a detour, not a closure", "This is a detour, not a shutdown, for the town", True),  # trimmed, swapped
    ("a detour, not a closure", "This is a detour, not a closure, for the town", True),
    ("the vote was a mistake", "We believe the budget was never a mistake at all", False),  # two swapped
    ("we will open on time", "They said the hall will not open this year", False),
])
def test_a_trimmed_quote_with_one_word_swapped_is_the_same_quotation(a: str, b: str, same: bool) -> None:
    """A fragment of an altered quotation is that quotation: its own words are too few to share two."""
    assert same_quotation(q(a), q(b)) is same


def test_speakers() -> None:
    people = frozenset({"dario amodei", "amodei", "sean parnell", "parnell"})
    assert speakers_agree("Dario Amodei", "Amodei", people=people)
    assert speakers_agree("Pentagon", "Sean Parnell", people=people)  # an org and its spokesman
    assert speakers_agree("Anthropic spokesperson", "Anthropic", people=people)
    assert not speakers_agree("Dario Amodei", "Sean Parnell", people=people)
    assert speakers_agree(None, "Sean Parnell", people=people)


def quantity(amount: str, unit: str | None, qualifier: str | None = None) -> Mention:
    slot = f"number:{unit}" if unit else "number:count"
    return mention(Kind.NUMBER, Quantity(Decimal(amount), unit, qualifier), slot)


@pytest.mark.parametrize(("a", "b", "ok"), [
    (quantity("21", "day"), quantity("3", "week"), True),  # one duration in two units
    (quantity("48", "hour"), quantity("2", "day"), True),
    (quantity("48", "hour"), quantity("3", "day"), False),
    (quantity("190", "km/h"), quantity("118", "mph"), True),  # a conversion printed in brackets
    (quantity("86", "square kilometer"), quantity("8600", "hectare"), True),  # one area, two units
    (quantity("21250", "acre", APPROX), quantity("8600", "hectare"), True),  # 8,600 ha is 21,251 acres
    (quantity("9900", "hectare"), quantity("8600", "hectare"), False),
    (quantity("31", "square mile"), quantity("80", "square kilometer"), True),  # 80.29 km2
    (quantity("40", "square mile"), quantity("80", "square kilometer"), False),
    (quantity("70", "km/h"), quantity("43", "mph"), True),  # 69.2 km/h: a conversion, rounded by the writer
    (quantity("12000", "hectare"), quantity("30000", "acre"), True),  # 12,141 ha
    (quantity("15200", "hectare"), quantity("30600", "acre"), False),  # 12,383 ha: another figure
    (quantity("36", "hour"), quantity("2", "day"), False),
    (quantity("70", "km/h"), quantity("70", "km/h"), True),
    (quantity("70", "km/h"), quantity("72", "km/h"), False),  # one unit: no conversion to round
    (quantity("1.2", "gigawatt"), quantity("1200", "megawatt"), True),
    (quantity("12", "nautical mile"), quantity("22", "kilometer"), True),  # 22.2 km
    (quantity("12", "nautical mile"), quantity("14", "mile"), True),  # 22.2 km is 13.8 statute miles
    (quantity("12", "nautical mile"), quantity("12", "mile"), True),  # at sea, "miles" are often nautical
    (quantity("12", "nautical mile"), quantity("16", "mile"), False),
    (quantity("1.2", "gigawatt"), quantity("1500", "megawatt"), False),
    (quantity("4.5", "terawatt hour"), quantity("4500", "gigawatt hour"), True),
    (quantity("4000", "liter"), quantity("4", "cubic meter"), True),
    (quantity("2.2", "liter", APPROX), quantity("14", "barrel"), False),  # 2,226 litres: another figure
    (quantity("2200000", "liter", APPROX), quantity("14000", "barrel"), True),  # 2.23 million litres
    (quantity("3000000", "liter"), quantity("14000", "barrel"), False),
    (quantity("22", "kilometer", APPROX), quantity("12", "nautical mile"), True),  # 22.2 km
    (quantity("12", "mile"), quantity("12", "nautical mile"), True),  # "nautical" left unsaid at sea
    (quantity("14", "mile"), quantity("12", "nautical mile"), True),  # 22.5 km: a conversion
    (quantity("20", "mile"), quantity("12", "nautical mile"), False),
    (quantity("4", "mile"), quantity("7", "kilometer"), True),  # 4.35 miles rounded to one digit
    (quantity("3", "mile"), quantity("7", "kilometer"), False),  # 4.8 km: another figure
    (quantity("1", "mile"), quantity("2.4", "kilometer"), False),  # 1.5 miles: a writer keeps the half
    (quantity("2", "day"), quantity("45", "hour"), False),  # a period is not converted and rounded
    (quantity("750", "gram"), quantity("0.75", "kilogram"), True),
    (quantity("6", "month"), quantity("26", "week"), True),  # months vary: approximate
    (quantity("4000", None, "above"), quantity("4300", None), True),  # "more than 4,000" holds 4,300
    (quantity("4000", None, "above"), quantity("3800", None), False),
    (quantity("48", "hour", "below"), quantity("36", "hour"), True),  # "less than 48 hours"
    (quantity("48", "hour", "below"), quantity("48", "hour"), True),
    (quantity("300", None, "below"), quantity("200", None, "above"), True),  # 200 < x < 300
    (quantity("300", None, "above"), quantity("200", None, "below"), False),
])
def test_units_and_bounds(a: Mention, b: Mention, ok: bool) -> None:
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


def test_ceilings_are_stated_figures_not_bounds() -> None:
    assert not compatible(money("200000000", CEILING), money("150000000"))
    assert compatible(money("200000000", CEILING), money("200000000"))


def test_a_range_holds_the_figures_inside_it() -> None:
    """ "Between 6,000 and 9,000" agrees with 7,400 and "more than 7,000"; a figure outside it does not."""
    span = mention(Kind.NUMBER, Quantity(Decimal(6000), None, None, Decimal(9000)), "number:count")
    assert compatible(span, quantity("7400", None))
    assert compatible(span, quantity("7000", None, "above"))
    assert compatible(span, quantity("9050", None))  # as near as two bare figures may be
    assert not compatible(span, quantity("9600", None))
    assert not compatible(span, quantity("12000", None, "above"))


def test_bounds_stand_for_nearby_figures_only() -> None:
    assert not compatible(quantity("4000", None, "above"), quantity("210000", None))
    assert not compatible(quantity("48", "hour", "below"), quantity("2", "hour"))


def test_clock_fits_part_of_day_with_an_hours_margin() -> None:
    from sourcediff.compat import clock_fits_part

    friday = dt.date(2026, 2, 27)
    assert clock_fits_part(ClockTime(17, 1), PartOfDay("afternoon", 12, 17, friday))  # the boundary
    assert clock_fits_part(ClockTime(17, 1), PartOfDay("evening", 17, 21, friday))
    assert not clock_fits_part(ClockTime(10, 30), PartOfDay("early afternoon", 12, 15, None))
    assert clock_fits_part(ClockTime(1, 0), PartOfDay("night", 21, 29, None))  # past midnight


@pytest.mark.parametrize(("a", "b", "ok"), [
    (quantity("1100000", None), quantity("1120000", None), True),  # "1.1 million" is 1.12 million rounded
    (money("4500000000"), money("4520000000"), True),  # "$4.5 billion" against "$4.52 billion"
    (quantity("2300", None), quantity("2340", None), True),  # "2,300" rounds 2,340
    (quantity("2300", None), quantity("2600", None), False),  # ... but not 2,600
    (quantity("3000000", None), quantity("3500000", None), False),  # one digit is not taken as rounded
    (money("12000000"), money("12500000"), False),  # half a unit is as far up as down: not rounded
    (quantity("300", None), quantity("340", None), False),
    (quantity("87", None), quantity("88", None), False),  # exact integers compare exactly
    (money("1.71"), money("1.74"), False),  # three digits: rounded to the cent
    (quantity("46.2", "degree"), quantity("46.24", "degree"), True),
    # a hedged figure of two digits or more keeps its precision: one unit of its last digit
    (quantity("4.1", "%", APPROX), quantity("3.8", "%"), False),
    (quantity("4.1", "%", APPROX), quantity("4.15", "%"), True),
    (quantity("2300", None, APPROX), quantity("2600", None), False),
    (quantity("2300", None, APPROX), quantity("2380", None), True),
    (quantity("300", None, APPROX), quantity("320", None), True),  # a round hedged figure: 10%
    # ... but the other figure may be rounded itself: "$14bn" is "about $14.2bn" as it is "$14.2bn"
    (money("14200000000", APPROX), money("14000000000"), True),
    (money("14200000000", APPROX), money("13000000000"), False),
    # units finer than their base unit (seconds and minutes in hours, metres in km) keep their own precision
    (quantity("40", "second"), quantity("41", "second"), False),
    (quantity("41", "second"), quantity("41", "second"), True),
    (quantity("40", "minute"), quantity("55", "minute"), False),
    (quantity("350", "meter"), quantity("800", "meter"), False),
    (quantity("90", "second"), quantity("2", "minute"), False),
    (quantity("120", "second"), quantity("2", "minute"), True),
    (quantity("1200", "meter"), quantity("1.2", "kilometer"), True),
    (quantity("40", "minute", APPROX), quantity("42", "minute"), True),
])
def test_a_rounded_figure_holds_the_figures_it_rounds(a: Mention, b: Mention, ok: bool) -> None:
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


@pytest.mark.parametrize(("a", "b", "ok"), [
    (quantity("9", "degree celsius"), quantity("48", "degree fahrenheit", APPROX), True),  # 48.2 F printed 48
    (quantity("0", "degree celsius"), quantity("32", "degree fahrenheit"), True),
    (quantity("38", "degree celsius"), quantity("100", "degree fahrenheit"), True),  # 100 F is 37.8 C
    (quantity("40", "degree celsius"), quantity("100", "degree fahrenheit"), False),
    (quantity("30", "degree celsius"), quantity("88", "degree fahrenheit"), False),  # 86 F is 30 C
    (quantity("12", "degree celsius"), quantity("12", "degree fahrenheit"), False),
    (quantity("48", "degree fahrenheit"), quantity("50", "degree fahrenheit"), False),
])
def test_celsius_and_fahrenheit_are_one_scale_shifted(a: Mention, b: Mention, ok: bool) -> None:
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


def test_a_temperature_without_its_scale_meets_one_with_it() -> None:
    assert compatible(quantity("46.2", "degree"), quantity("46.2", "degree celsius"))
    assert not compatible(quantity("46.2", "degree"), quantity("44.9", "degree celsius"))
    assert compatible(quantity("8", "kilogram"), quantity("8", "kg"))


def timed(seconds: int) -> Mention:
    return mention(Kind.NUMBER, Elapsed(Decimal(seconds), "second"), "number:second")


def duration(amount: str, unit: str, qualifier: str | None = None) -> Mention:
    return mention(Kind.NUMBER, Quantity(Decimal(amount), unit, qualifier), "number:duration")


@pytest.mark.parametrize(("a", "b", "ok"), [
    (timed(11520), duration("192", "minute"), True),  # "3hr 12min" and "192 minutes"
    (timed(11520), duration("194", "minute"), False),  # two minutes: no rounding, a time is measured
    (timed(11520), duration("3.2", "hour"), True),  # to the tenth of an hour (six minutes)
    (timed(6240), duration("104", "minute"), True),  # "one hour and 44 minutes", "a 104-minute outage"
    (timed(521), duration("9", "minute"), True),  # 8:41 rounded to the minute
    (timed(521), duration("8", "minute"), True),  # ... or cut to it
    (timed(521), duration("10", "minute"), False),
    (timed(521), duration("9", "minute", BELOW), True),  # "less than nine minutes" is a bound it meets
    (timed(521), duration("8", "minute", BELOW), False),
    (timed(521), duration("521", "second"), True),
    (timed(521), duration("523", "second"), False),  # stated to the second: judged to it
])
def test_a_timed_figure_against_a_plain_duration(a: Mention, b: Mention, ok: bool) -> None:
    assert slot_family(a) == slot_family(b)
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok


def test_a_margin_in_seconds_is_no_race_time() -> None:
    """A race time and "41 seconds" share a unit but measure two things: never compared."""
    assert not comparable(timed(7635), duration("41", "second"))


@pytest.mark.parametrize(("a", "b", "ok"), [
    # Two stated maxima are two figures: "up to 15 years in prison" is not "up to 20 years".
    (quantity("15", "year", CEILING), quantity("20", "year", CEILING), False),
    (quantity("90", "day", CEILING), quantity("120", "day", CEILING), False),
    (quantity("15", "year", CEILING), quantity("15", "year", CEILING), True),
    (quantity("5000", None, CEILING), quantity("5000", None, CEILING), True),
    # ... but a ceiling still bounds a plain figure or a "more than" below it.
    (quantity("15", "year", CEILING), quantity("12", "year"), True),
    (quantity("20", "year", CEILING), quantity("10", "year", "above"), True),
    # Two floors stay bounds of one unknown figure ("at least 70 dead", "at least 80 dead").
    (quantity("70", None, "floor"), quantity("80", None, "floor"), True),
])
def test_two_ceilings_are_two_figures(a: Mention, b: Mention, ok: bool) -> None:
    assert compatible(a, b) is ok
    assert compatible(b, a) is ok
