"""How energy trade copy writes a plant's figures, and a clock named as an event's time (invented text).

A solar outlet gives capacity as the panels' peak rating ("30 MWp", "30 megawatts peak"), the
megawatts a general paper writes "30MW"; a yearly output is "33 GWh/yr" in a specification list,
"33 million kilowatt-hours a year" in a local paper and "33 gigawatt-hours of power a year" in a wire,
one figure in three units. "Net zero" is a target, not the count 0. An article that keeps the 24-hour
clock sets "the 10:45 start" as it sets "at 09:45".
"""

from __future__ import annotations

import datetime as dt

import pytest

from pairverdict import pair_verdict
from sourcediff import Article
from sourcediff.extract import times
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def _numbers(text: str) -> list[tuple[str, str]]:
    info = analyse(Article.from_text(text, published="2026-06-03"))
    return [(m.raw, m.canonical) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The array is rated at 30 MWp and sits beside the bypass.", "30 MWp", "30 megawatt"),
    ("A rooftop scheme of 450 kWp went live on the depot.", "450 kWp", "450 kilowatt"),
    ("The park totals 1.2 GWp across three counties.", "1.2 GWp", "1.2 gigawatt"),
    ("Its 30 megawatts peak make it the largest in the valley.", "30 megawatts peak", "30 megawatt"),
])
def test_a_peak_rating_is_a_power(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in _numbers(text)


def test_a_slash_year_is_a_yearly_rate() -> None:
    assert ("33 GWh/yr", "33 gigawatt hour per year") in _numbers("Forecast yield: 33 GWh/yr at the site.")


def test_a_peak_rating_agrees_with_the_plain_megawatts() -> None:
    verdict = pair_verdict("The council approved the {} solar park near Tillby on Monday.",
                           "30 MWp", "30MW", "2026-06-03", lambda f: f.kind is Kind.NUMBER)
    assert verdict is Verdict.AGREE


@pytest.mark.parametrize("other", ["33 gigawatt-hours", "33 GWh/yr", "33,000 megawatt-hours a year"])
def test_a_yearly_output_in_kilowatt_hours_meets_the_same_in_gigawatt_hours(other: str) -> None:
    verdict = pair_verdict("The wind farm will generate {} of electricity, enough for the town.",
                           "33 million kilowatt-hours a year", other, "2026-06-03",
                           lambda f: f.kind is Kind.NUMBER)
    assert verdict is Verdict.AGREE


def test_a_different_yearly_output_still_diverges() -> None:
    verdict = pair_verdict("The wind farm will generate {} of electricity, enough for the town.",
                           "33 million kilowatt-hours a year", "38 GWh", "2026-06-03",
                           lambda f: f.kind is Kind.NUMBER)
    assert verdict is Verdict.DIVERGE


def test_a_daily_energy_is_not_a_yearly_one() -> None:
    from sourcediff.compat import unit_info
    assert unit_info("kilowatt hour per year") == unit_info("kilowatt hour")
    assert unit_info("kilowatt hour per day") is None


@pytest.mark.parametrize("text", [
    "The county aims to reach net zero by 2045.",
    "Its net-zero pledge was restated on Friday.",
])
def test_net_zero_is_no_count(text: str) -> None:
    assert all(canonical != "0" for _, canonical in _numbers(text))


def test_a_plain_zero_is_still_read() -> None:
    assert ("zero", "0") in _numbers("The firm reported zero injuries on site last year.")


def _clocks(text: str, h24: bool) -> list[tuple[int, int]]:
    return [(f.value.hour, f.value.minute) for f in times.find(text, dt.date(2026, 6, 3), h24, False)
            if hasattr(f.value, "minute")]


@pytest.mark.parametrize("text", [
    "Supporters queued long before the 10:45 start.",
    "Commuters missed the 8:12 train after the points failed.",
    "Fans were still outside at the 11:30 kick-off.",
])
def test_an_event_clock_is_read_in_a_24_hour_article(text: str) -> None:
    assert len(_clocks(text, h24=True)) == 1


def test_an_event_clock_without_the_24_hour_habit_stays_unread() -> None:
    assert _clocks("Supporters queued long before the 10:45 start.", h24=False) == []


def test_a_clock_before_another_noun_stays_unread() -> None:
    assert _clocks("The 10:45 figure was a misprint.", h24=True) == []
