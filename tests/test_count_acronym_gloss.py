"""A count whose noun phrase holds a bracketed acronym ("38 ship-to-shore (STS) cranes") counts its noun.

The bracket ended the noun phrase, so the figure counted nothing and was
dropped, while another outlet's plain "38 cranes" was read: the two could
never agree.
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.extract import numbers
from sourcediff.model import Article, Kind, Passage, Span
from sourcediff.text import fold


def counts(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    found = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [(m.raw, m.canonical) for m in found]


@pytest.mark.parametrize("sentence, raw, value", [
    ("The terminal runs 24 ship-to-shore (STS) cranes around the clock.", "24", "24"),
    ("The ward reopened 16 intensive care (ICU) beds on Monday.", "16", "16"),
    ("Operators leased 40 rubber-tyred gantry (RTG) cranes last year.", "40", "40"),
    ("The county has 9 heavy goods (HGVs) depots near the motorway.", "9", "9"),
])
def test_a_bracketed_acronym_inside_the_noun_phrase_is_read_past(sentence: str, raw: str, value: str) -> None:
    assert (raw, value) in counts(sentence)


@pytest.mark.parametrize("sentence", [
    "The club has 40 (pictured) members at the meeting.",  # not capitals: no gloss
    "The 12 (NBA) scored nothing.",  # an acronym right after the figure glosses no modifier
])
def test_other_brackets_still_end_the_phrase(sentence: str) -> None:
    assert counts(sentence) == []


def test_the_glossed_count_agrees_with_a_plain_one() -> None:
    a = Article.from_text("Dock workers at Brennport returned on Monday. The port's 24 ship-to-shore (STS) "
                          "cranes were all working again by noon, the operator said.", id="trade")
    b = Article.from_text("Dock workers at Brennport returned on Monday. All 24 cranes at the port were "
                          "working again by noon, the operator said.", id="wire")
    facts = [f for f in compare([a, b]).facts if f.kind is Kind.NUMBER and f.value == "24"]
    assert facts and set(facts[0].sources) == {"trade", "wire"}
    assert facts[0].status.value == "agree"
