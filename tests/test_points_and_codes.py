"""Percentage points said once, bare "points" after a rate, and codes that are not range ends.

Results-day and polling copy says "percentage points" once and then "points"
("a gap of 5.2 percentage points, up from 3.9 points"), or has a rate move by
"points"; read as counts these never met another outlet's "3.9pp". A grade or
road code before "to" ("awarded B2 to 40% of pupils") once lent its digit to a
range, and the percent after it was lost.
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.extract import numbers
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


def found(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in mentions(text)]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The gap between the two counties was 5.2 percentage points, up from 3.9 points in 2024.",
     "3.9 points", "390 basis point"),
    ("Maths pass rates climbed by more than three points this year.", "more than three points",
     "above 300 basis point"),
    ("Turnout fell 4 points to 58% in the second round.", "4 points", "400 basis point"),
    ("The party's vote share dropped by about six points.", "about six points", "approx 600 basis point"),
])
def test_points_read_as_percentage_points_where_the_sentence_says_so(text: str, raw: str,
                                                                      canonical: str) -> None:
    assert (raw, canonical) in found(text)


@pytest.mark.parametrize(("text", "raw"), [
    ("Harlow sit nine points behind the leaders after 20 games.", "nine"),
    ("The index fell 40 points as interest rates rose.", "40"),
    ("The Reds won by 3 points while their passing rate dropped.", "3"),
    ("Dennison scored 27 points and the team's shooting rate rose.", "27"),
])
def test_a_tally_or_an_index_move_stays_a_count(text: str, raw: str) -> None:
    assert all("basis point" not in c for _, c in found(text))
    assert any(r == raw for r, _ in found(text))


def test_points_of_a_scale_never_become_percentage_points() -> None:
    # "points of": a list of items, not a move in a rate, even after an explicit change in points
    text = "Support rose 2 percentage points, and the minister set out 5 points of reform."
    assert all("basis point" not in c for r, c in found(text) if r.startswith("5"))


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Independent schools awarded A1 to 28.4% of entries.", "28.4%", "28.4%"),
    ("Examiners gave B2 to 40% of scripts in the first sitting.", "40%", "40%"),
    ("Traffic on the M4 to 20,000 vehicles a day was forecast.", "20,000 vehicles a day", "20000"),
])
def test_a_code_before_to_is_no_range_end(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in found(text)


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("A ticket costs £10 to £12.", "£10 to £12", "GBP 10-12"),
    ("The tea cost Rs10 to 12 a cup.", "Rs10 to 12", "INR 10-12"),
])
def test_currency_ranges_still_read(text: str, raw: str, canonical: str) -> None:
    report = compare([Article.from_text(text, id="a", published="2026-08-14"),
                      Article.from_text("Nothing else was said.", id="b", published="2026-08-14")])
    assert (raw, canonical) in [(m.raw, m.canonical) for f in report.facts for m in f.mentions]


def test_two_outlets_agree_on_a_gap_said_in_points_and_in_pp() -> None:
    wire = Article.from_text(
        "Pass rates in the south were 90.2% and in the north 85.0%, a gap of 5.2 percentage points, "
        "up from 3.9 points a year before, the exams board said.", id="wire", published="2026-08-14")
    trade = Article.from_text(
        "The north-south spread in pass rates widened to 5.2pp (2025: 3.9pp), with the south on 90.2% "
        "and the north on 85.0%.", id="trade", published="2026-08-14")
    report = compare([wire, trade])
    gap = [f for f in report.facts if any(m.raw == "3.9 points" for m in f.mentions)]
    assert gap and gap[0].status.value == "agree"
    assert {m.source for m in gap[0].mentions} == {"wire", "trade"}
