"""A decimal figure of bare "points" in a vote, poll or percent passage is a gap in percentage points.

A local paper writes "Majority: 212 votes, or 0.24 points" where the wire
writes "0.24 percentage points" and a trade title "0.24 pp"; read as a count
of points the three never met. Sport and contest tallies are whole numbers
and market indexes move in points, so those stay counts.
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
    ("Majority: 212 votes, or 0.24 points.", "0.24 points", "24 basis point"),
    ("The Greens lead the latest poll by 1.2 pts over the Liberals.", "1.2 pts", "120 basis point"),
    ("Turnout was 61.4%, and the winner's margin just 0.8 points.", "0.8 points", "80 basis point"),
    ("Her vote share of 38.5% put her 2.5 points clear of the runner-up.", "2.5 points", "250 basis point"),
])
def test_a_decimal_gap_in_a_share_passage_is_percentage_points(text: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in found(text)


@pytest.mark.parametrize(("text", "raw"), [
    ("The gymnast won the vault by 0.3 points from her team-mate.", "0.3"),
    ("Voters saw the home side win by 6 points in front of 41,000 fans.", "6"),
    ("The jury vote gave the duo 12 points and the public 10 more.", "12"),
    ("The share index fell 0.4%, or 31.5 points, by the close.", "31.5"),
])
def test_a_score_a_whole_tally_or_an_index_move_stays_a_count(text: str, raw: str) -> None:
    assert all("basis point" not in c for r, c in found(text) if r.startswith(raw))
    assert any(r == raw for r, _ in found(text))


def test_three_outlets_agree_on_a_margin_in_points_pp_and_percentage_points() -> None:
    day = "2026-05-08"
    wire = Article.from_text(
        "The count gave Okafor 30,114 votes and Lindqvist 29,902, a margin of 0.24 percentage points.",
        id="wire", published=day)
    trade = Article.from_text("Okafor won by 212 votes (0.24 pp) on a turnout of 47%.", id="trade",
                              published=day)
    local = Article.from_text("Majority: 212 votes, or 0.24 points.", id="local", published=day)
    report = compare([wire, trade, local])
    gap = [f for f in report.facts if any(m.raw == "0.24 points" for m in f.mentions)]
    assert gap and gap[0].status.value == "agree"
    assert {m.source for m in gap[0].mentions} == {"wire", "trade", "local"}
