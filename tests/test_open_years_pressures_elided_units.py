"""Three figures a rail-engineering story wrote that the extractors read wrong (the tunnel story).

- A year after "from" that opens a span with no end ("passenger service from
  2029", "the rule applies from 2027, the ministry said") is that year; a
  count after "from" ("from 2000 people", a change's "up from 2000.") stays
  no year.
- A pressure is a measure: "9 bar", "32 psi", "968 hPa", "350 kPa", "700
  MPa", "968 millibars"; pubs ("12 bars") and a "12-bar blues" are not.
- A figure given as the one replaced, "45 minutes instead of 80", "10 weeks
  rather than 12", measures what the figure before it measures.

Every sentence is invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import compare
from sourcediff.compat import unit_info
from sourcediff.extract import dates, numbers
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def mentions(text: str) -> list[tuple[str, str, str]]:
    article = Article.from_text(text, id="t", published="2026-11-24")
    ps = segment(article)
    found = [*dates.extract(article, ps), *numbers.extract(article, ps)]
    return [(m.kind.value, m.raw, m.value.canonical()) for m in found]


def years(text: str) -> list[str]:
    return [raw for kind, raw, _ in mentions(text) if kind == Kind.DATE.value]


@pytest.mark.parametrize(("text", "year"), [
    ("The new ferry route will carry passengers from 2029.", "2029"),
    ("Track laying ends in May 2027, with trains running from 2028.", "2028"),
    ("The levy applies from 2027, the finance ministry said.", "2027"),
    ("The depot will be staffed from 2030 onwards.", "2030"),
    ("The old rules apply from 2026 and lapse later.", "2026"),
])
def test_a_year_opening_a_span_is_read(text: str, year: str) -> None:
    assert year in years(text)


@pytest.mark.parametrize("text", [
    "Membership rose to 2100 from 2000 people.",
    "The count was 2140, up from 2000.",
    "Orders fell to 1700, down from 1850, the firm said.",
    "Membership climbed from 1900 and kept rising.",
])
def test_a_count_after_from_is_no_year(text: str) -> None:
    assert years(text) == []


def test_a_closed_span_still_gives_both_years() -> None:
    assert years("Fares were frozen from 2019 to 2023.") == ["2019", "2023"]


@pytest.mark.parametrize(("text", "raw", "unit"), [
    ("Face pressures of up to 9 bar were logged at the cutterhead.", "9 bar", "bar"),
    ("The tyres are inflated to 32 psi before each run.", "32 psi", "psi"),
    ("The storm deepened to 968 hPa overnight.", "968 hPa", "hectopascal"),
    ("The low bottomed out at 968 millibars.", "968 millibars", "millibar"),
    ("Grout was injected at 350 kPa behind the rings.", "350 kPa", "kilopascal"),
    ("The works runs a 700 MPa forging press.", "700 MPa", "megapascal"),
])
def test_a_pressure_is_a_measure(text: str, raw: str, unit: str) -> None:
    found = [(r, canon) for kind, r, canon in mentions(text) if raw in r]
    assert found, mentions(text)
    assert found[0][1].endswith(unit)


@pytest.mark.parametrize("text", [
    "The harbour has 12 bars and two churches.",
    "The band closed with a 12-bar blues.",
])
def test_bars_and_blues_are_no_pressure(text: str) -> None:
    assert all("bar" not in canon for _, _, canon in mentions(text))


def test_pressure_units_convert() -> None:
    bar, psi, kpa = unit_info("bar"), unit_info("psi"), unit_info("kilopascal")
    assert bar is not None and psi is not None and kpa is not None
    assert bar[0] == psi[0] == kpa[0] == "pressure"
    assert abs(Decimal(130) * psi[1] - Decimal(9)) < Decimal("0.05")  # 130 psi is about 9 bar
    assert Decimal(900) * kpa[1] == Decimal(9)


def test_the_same_pressure_in_two_units_agrees() -> None:
    a = Article.from_text("Crews at the Harlow shaft logged face pressures of 9 bar on Monday, the "
                          "contractor said in its weekly report.", id="a", published="2026-11-24")
    b = Article.from_text("Crews at the Harlow shaft logged face pressures of 130 psi on Monday, the "
                          "contractor said in its weekly report.", id="b", published="2026-11-24")
    facts = [f for f in compare([a, b]).to_dict()["facts"]
             if any("9 bar" in m["text"] or "130 psi" in m["text"] for m in f["mentions"])]
    assert len(facts) == 1 and facts[0]["status"] == "agree", facts


@pytest.mark.parametrize(("text", "raw", "canon"), [
    ("The trip to the coast will take 45 minutes instead of 80.", "80", "80 minute"),
    ("The course now lasts 10 weeks rather than 12.", "12", "12 week"),
    ("The new ferry crosses in 25 minutes instead of 40 on the old boat.", "40", "40 minute"),
])
def test_the_replaced_figure_takes_the_unit_before_it(text: str, raw: str, canon: str) -> None:
    assert ("number", raw, canon) in mentions(text)
