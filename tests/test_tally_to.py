"""A verb that brings a tally to a figure: "bring the number of closed farms to 27" (invented text)."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse


def _counts(text: str) -> list[Mention]:
    article = Article.from_text(text, published="2026-11-20")
    return [m for m in analyse(article).mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "cue"), [
    ("The new cases bring the number of infected farms confirmed nationally this winter to 27.", "27",
     "farm"),
    ("Two more closures took the number of shut libraries in the county to 14.", "14", "library"),
    ("The win takes her tally of titles to nine.", "nine", "title"),
    ("Taking the number of closed schools in the district to 16, the council shut two more.", "16", "school"),
])
def test_the_figure_counts_what_the_tally_counts(text: str, raw: str, cue: str) -> None:
    counts = [m for m in _counts(text) if m.raw == raw]
    assert len(counts) == 1 and cue in counts[0].cues and counts[0].slot == "number:count"


def test_a_bare_total_is_a_count() -> None:
    counts = _counts("Two more claims were lodged on Monday, taking the total to 40.")
    assert [m.raw for m in counts if m.raw == "40"] == ["40"]


def test_a_toll_raised_keeps_its_role() -> None:
    counts = _counts("Divers recovered two more bodies on Friday, raising the toll to 12.")
    twelve = next(m for m in counts if m.raw == "12")
    assert "role:dead" in twelve.cues


@pytest.mark.parametrize("text", [
    "She took the number 9 bus to 12.",  # no tally: a bus route, a figure between
    "They will bring the total, and more, to court on 12 May.",  # a clause break before "to"
])
def test_no_tally_no_count(text: str) -> None:
    assert not any(m.raw == "12" and m.slot == "number:count" for m in _counts(text))


def test_two_outlets_tallies_agree() -> None:
    articles = [Article.from_text(t, id=i, published="2026-11-20") for i, t in {
        "a": "Bird flu was confirmed at two farms near Oxley on Thursday, officials said.\n\n"
             "The outbreaks bring the number of infected farms confirmed nationally this season to 27.",
        "b": "Two Oxley farms have bird flu, officials confirmed on Thursday.\n\n"
             "The cases take this season's national tally to 27 infected farms.",
    }.items()]
    facts = [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
             if f.kind is Kind.NUMBER]
    assert ("agree", [("a", "27"), ("b", "27")]) in facts
