"""What the damburst story's first run missed, on invented text of its own (issue #11).

- a wire's four-digit clock without GMT: "at 0340 local time", "at 0115, when";
- a year a schedule is set for: "scheduled for 2027", "programmed for 2028";
- "he told them" after a sentence that names its subject behind a long opening adverbial, and never a
  collective "Police" for a "he";
- a measure written to a tenth ("48.2 metres", "49.0 m") is a reading: 48.2 is not 48.6.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff.compat import compatible, precise_measure
from sourcediff.extract import dates, times
from sourcediff.extract.quotes import extract
from sourcediff.model import Article, Kind, Mention, Span
from sourcediff.segment import segment
from sourcediff.values import ClockTime, Quantity

DAY = dt.date(2026, 3, 10)


def _clocks(text: str) -> list[tuple[int, int]]:
    return [(f.value.hour, f.value.minute) for f in times.find(text, DAY) if isinstance(f.value, ClockTime)]


@pytest.mark.parametrize(("text", "want"), [
    ("The levee failed at 0410 local time, the river board said.", [(4, 10)]),
    ("Crews closed the road at 2215 local time on Monday.", [(22, 15)]),
    ("Sirens sounded at 0245, when the water reached the bridge.", [(2, 45)]),
    ("At 0630 the first boats reached the farm.", [(6, 30)]),
    ("Markets opened at 0800 GMT.", [(8, 0)]),
])
def test_four_digit_clocks_a_wire_writes(text: str, want: list[tuple[int, int]]) -> None:
    assert _clocks(text) == want


@pytest.mark.parametrize("text", [
    "The club was founded in 1964 and has 1200 members.",
    "Turnout stood at 1250 voters in the ward.",  # no leading zero: a count
    "Some 2300 people left at once.",
    "Prices were 0115 lower, traders said.",  # no "at" before it
])
def test_four_digit_numbers_that_are_no_clocks(text: str) -> None:
    assert _clocks(text) == []


def _years(text: str) -> list[int]:
    return [f.value.start.year for f in dates.find(text, DAY) if f.value.precision == "year"]


@pytest.mark.parametrize(("text", "want"), [
    ("The new sluice gates were scheduled for 2027.", [2027]),
    ("Resurfacing is programmed for 2028, the council said.", [2028]),
    ("The second phase is slated for 2029.", [2029]),
    ("A rerun vote is set for 2027.", [2027]),
])
def test_a_year_a_schedule_is_set_for(text: str, want: list[int]) -> None:
    assert _years(text) == want


@pytest.mark.parametrize("text", [
    "The board voted for 2027 new posts.",
    "Funding for 2027 is not settled.",
    "Thanks for 2026 votes, she wrote.",
])
def test_for_and_a_number_is_no_year(text: str) -> None:
    assert _years(text) == []


def speaker_of(text: str, words: str) -> str | None:
    article = Article.from_text(text, id="t")
    hits = [m for m in extract(article, segment(article)) if words in m.raw]
    assert hits, f"no quote containing {words!r}"
    return hits[0].speaker


def test_he_means_the_subject_behind_a_long_opening_adverbial() -> None:
    text = ("Police say the car was found near the ford. Two more families were rescued by boat. "
            "At a crowded meeting in the parish hall on Thursday, Tomas Brevik, the harbour "
            "master, was asked who had opened the gates. \"Nobody will be left without a roof tonight,\" "
            "he told them.")
    assert speaker_of(text, "without a roof") == "Tomas Brevik"


def test_police_is_never_a_he() -> None:
    text = ("Ivo Marsh, a farmer, was first at the scene. Police said the van had left the road at speed. "
            "\"It was a miracle anyone got out,\" he said.")
    assert speaker_of(text, "a miracle") == "Ivo Marsh"


def _m(amount: str, unit: str, source: str = "a") -> Mention:
    return Mention(kind=Kind.NUMBER, source=source, passage=0, span=Span(0, 1), raw="x",
                   value=Quantity(Decimal(amount), unit), slot=f"number:{unit}")


def test_measures_written_to_a_tenth_are_readings() -> None:
    assert precise_measure(Quantity(Decimal("48.2"), "meter"))
    assert precise_measure(Quantity(Decimal("49.0"), "meter"))
    assert not precise_measure(Quantity(Decimal("2.5"), "meter"))  # two figures: may be a rounding
    assert not precise_measure(Quantity(Decimal("14500000.0"), "cubic meter"))  # "14.5 million": a multiplier


def test_two_readings_a_few_tenths_apart_diverge() -> None:
    assert not compatible(_m("48.2", "meter"), _m("48.6", "meter", source="b"))
    assert not compatible(_m("61.8", "meter"), _m("62.0", "meter", source="b"))
    assert compatible(_m("48.2", "meter"), _m("48.20", "meter", source="b"))
    # a rounded figure still agrees with a reading it rounds
    assert compatible(_m("48.2", "meter"), _m("48", "meter", source="b"))
    assert compatible(_m("14500000.0", "cubic meter"), _m("14500000", "cubic meter", source="b"))
