"""'a decade' is ten years: "a decade-long search" and "ten years" state one duration (shipwreck story)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def durations(text: str) -> list[tuple[str, Quantity]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.value) for m in s.mentions
            if isinstance(m.value, Quantity) and m.value.unit == "decade"]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The archive crowns a decade of work by volunteers in Marrow Bay.", None),
    ("Volunteers ended a decade-long hunt for the lost trawler on Friday.", None),
    ("The fund has paid out for nearly a decade, its trustees said.", "approx"),
    ("The firm has run the ferry route for more than a decade.", "above"),
])
def test_a_decade_is_one_decade(text: str, qualifier: str | None) -> None:
    [(_, value)] = durations(text)
    assert (value.amount, value.qualifier) == (Decimal(1), qualifier)


@pytest.mark.parametrize("text", [
    "The past decade has been the warmest on record in Marrow Bay.",
    "The party was a decadent affair, guests said.",
    "Each decade brings a new generation of boat builders.",
    "She scored a century in the second innings.",
])
def test_no_figure_without_a_decade(text: str) -> None:
    assert durations(text) == []


def _duration_facts(*texts: str) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if any(isinstance(m.value, Quantity) and m.value.unit in {"decade", "year"} for m in f.mentions)]


WIRE = "Volunteers in Marrow Bay found the lost trawler Elsbeth on Friday, ending {} search, the club said."
PAPER = "The Marrow Bay diving club found the trawler Elsbeth on Friday after {} of searching, it said."


def test_a_decade_and_ten_years_agree() -> None:
    assert _duration_facts(WIRE.format("a 10-year"), PAPER.format("a decade")) == [
        ("agree", frozenset({"s0", "s1"}))]


def test_two_decades_and_twenty_years_agree() -> None:
    assert _duration_facts(WIRE.format("a 20-year"), PAPER.format("two decades")) == [
        ("agree", frozenset({"s0", "s1"}))]
