"""A figure that opens its clause after "of which" is the subject of the verb after it.

"a fleet of 90 trams, of which 14 are damaged" names what the second figure
counts only by the verb after it, as "and 14 damaged" does. The clause
openers the subject count rule knew ("and", a comma, "of whom", "of them")
did not include it, so the figure counted nothing and was dropped, and
another outlet's "14 trams were damaged" stood alone.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import numbers
from sourcediff.model import Passage, Span
from sourcediff.text import fold


def counts(text: str) -> list[str]:
    article = Article.from_text(text, id="t")
    found = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return [m.raw for m in found]


@pytest.mark.parametrize("sentence, raw", [
    ("The depot keeps a fleet of 90 trams, of which 14 are damaged.", "14"),
    ("The charity runs 60 shelters, of which 22 were flooded in March.", "22"),
])
def test_the_figure_after_the_opener_is_read(sentence: str, raw: str) -> None:
    assert raw in counts(sentence)


def test_the_part_read_after_of_which_agrees_across_outlets() -> None:
    articles = [
        Article.from_text("Harlow Trams runs a fleet of 90 trams, of which 14 were damaged in the storm.",
                          id="a", published="2026-04-02"),
        Article.from_text("Harlow Trams said 14 trams were damaged in the storm, from a fleet of 90.",
                          id="b", published="2026-04-02"),
    ]
    facts = [f for f in compare(articles).facts if f.kind.value == "number"]
    assert any(f.status.value == "agree" and {m.raw for m in f.mentions} >= {"14"} and len(f.sources) == 2
               for f in facts)


def test_the_figure_after_of_which_is_a_part_of_the_whole_before() -> None:
    # "Nine shells were fired, of which six landed": the six are some of the nine, so they neither agree
    # with another outlet's "six shells were fired" nor set the nine against it
    article = Article.from_text("Nine shells were fired at the ridge, of which six landed in a field.",
                                id="t")
    text = article.text
    found = numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    assert [m.cues for m in found if m.raw == "six"] == [("landed", "part")]


@pytest.mark.parametrize("sentence, raw", [
    # a participle with a hyphened prefix is the verb as well ("re-provided", "co-opted")
    ("The scheme removed 140 parking bays, of which 60 have been re-provided nearby.", "60"),
    ("The board had 14 vacant seats, of which three were co-opted in May.", "three"),
])
def test_a_hyphened_participle_after_the_opener(sentence: str, raw: str) -> None:
    assert raw in counts(sentence)
