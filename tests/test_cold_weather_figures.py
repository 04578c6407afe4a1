"""Cold-weather figures as wire, trade and local papers write them (coldsnap story's misses, issue #11).

Invented sentences: a scale letter set apart ("minus 12.4 C (minus 9.7 F)")
or named without "degrees" ("minus 9.7 Fahrenheit"); a wind chill written
with a sign and no scale ("minus 38", "−38"); the year a previous record was
"set in"; and a count whose noun stands before "among the" ("9 clinics were
among the 120 shut"). With the near-misses each rule leaves alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sourcediff import Article, compare

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_diverge_record_years import _pairs, _record
from test_extract_numbers import found


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Overnight the low hit minus 12.4 C at the harbour.", "minus 12.4 C", "-12.4 degree celsius"),
    ("The low was minus 12.4 C (minus 9.7 F) on Sunday.", "minus 9.7 F", "-9.7 degree fahrenheit"),
    ("Lakeside fell to minus 9.7 Fahrenheit before dawn.", "minus 9.7 Fahrenheit", "-9.7 degree fahrenheit"),
    ("A daytime high of 31 C is forecast for the coast.", "31 C", "31 degree celsius"),
    ("Water boils at 212 Fahrenheit.", "212 Fahrenheit", "212 degree fahrenheit"),
])
def test_a_scale_set_apart_or_named_alone_is_degrees(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical, canonical and f"number:{canonical.split(' ', 1)[1]}") in found(text)


@pytest.mark.parametrize("text", [
    "Buyers snapped up the flats in Block 7 C within a week.",
    "The file was lodged under Form 12 F at the registry.",
])
def test_a_letter_after_a_label_stays_a_label(text: str) -> None:
    assert not any("degree" in canonical for _, canonical, _ in found(text))


@pytest.mark.parametrize(("text", "raw"), [
    ("The wind chill reached minus 38 on the ridge overnight.", "minus 38"),
    ("Forecasters said the wind chill index bottomed out at −38.", "−38"),
    ("The thermometer at the pumping station showed −27 at dawn.", "−27"),
])
def test_a_signed_figure_about_the_weather_is_degrees(text: str, raw: str) -> None:
    assert any(r == raw and c.endswith(" degree") and c.startswith("-") for r, c, _ in found(text))


@pytest.mark.parametrize("text", [
    "The home side finished the round at minus 4 after a poor start.",
    "Margins were -3 last quarter, the chain said.",
])
def test_a_signed_figure_elsewhere_is_no_temperature(text: str) -> None:
    assert not any("degree" in canonical for _, canonical, _ in found(text))


def test_a_wind_chill_without_a_scale_agrees_with_its_fahrenheit_reading() -> None:
    report = compare([
        Article.from_text("In Ostrava Falls the wind chill reached minus 38 on Monday, the forecaster said.",
                          id="wire", published="2027-02-02"),
        Article.from_text("The wind chill in Ostrava Falls was −38 on Monday, according to the forecaster.",
                          id="trade", published="2027-02-02"),
        Article.from_text("It felt like minus 36F in Ostrava Falls on Monday, the forecaster said.",
                          id="tabloid", published="2027-02-02"),
    ])
    chill = [f for f in report.facts if any(m.raw == "minus 36F" for m in f.mentions)]
    assert len(chill) == 1 and {m.source for m in chill[0].mentions} == {"wire", "trade", "tabloid"}
    assert chill[0].status.value == "agree"


@pytest.mark.parametrize("text", [
    "It beat the previous record of minus 12.4 C set in January 1985, the office said.",
    "That broke the station's previous low of −12.4 °C recorded in 1985.",
    "The old mark of 2 hours 4 minutes was set in 1985 in Rotterdam.",
    # a comma after the record, who set it and where between the verb and "in", a record that "stood since"
    "The previous record, a marrow of 54kg grown by Ada Finch, landed at Tollbridge in 1985.",
    "The old record was set by Ada Finch in 1985.",
    "The previous best, a pike of 46lb caught at Fenmoor Reach in 1985, was beaten by two pounds.",
    "The old record of 54kg had stood since 1985.",
])
def test_the_year_a_previous_record_was_set_is_a_records_year(text: str) -> None:
    assert _record(text) == [("previous record", 1985)]


def test_a_year_with_no_previous_record_is_no_records_year() -> None:
    assert _record("The bridge was set in place in 1985 after two years of work.") == []


def test_a_lone_year_for_the_previous_record_diverges() -> None:
    pairs = _pairs(
        "The reading beat the previous record of minus 12.4 C set in January 1985.",
        "It broke the old mark of −12.4C set in 1985, forecasters said.",
        "The station's previous low of −12.4 °C was recorded in 1987.",
    )
    assert [(a.split(":")[0], b.split(":")[1]) for a, b in pairs] == [("s2", "January 1985")]


def test_a_lone_year_a_previous_record_stood_since_diverges() -> None:
    pairs = _pairs(
        "The previous record, a pike of 46lb caught at Fenmoor Reach in 1985, was beaten by two pounds.",
        "It smashes the old record of 46lb, set in 1985.",
        "The old record of 46lb had stood since 1981, when it was caught at Fenmoor Reach.",
    )
    assert [(a.split(":")[0], b.split(":")[1]) for a, b in pairs] == [("s2", "1985")]


@pytest.mark.parametrize(("text", "raw"), [
    ("All 9 village clinics were among the 120 shut across the region on Friday.", "120"),
    ("The two wards are among the 40 affected by the leak.", "40"),
])
def test_a_count_among_the_nouns_before_it_is_read(text: str, raw: str) -> None:
    assert (raw, raw, "number:count") in found(text)
