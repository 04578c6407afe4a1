""""such" between a figure and its noun is a determiner: "41 such operations" counts operations (invented).

Read as a function word, "such" ended the figure's noun phrase, so "only
forty-one such operations" counted nothing and the figure was dropped, while
the other outlets' "41 double-hand transplants" was read.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.extract import numbers
from sourcediff.segment import segment


def counts(text: str) -> list[str]:
    article = Article.from_text(text, id="t", published="2026-05-15")
    return [m.raw for m in numbers.extract(article, segment(article)) if m.slot == "number:count"]


def test_a_figure_before_such_and_a_plural_is_a_count() -> None:
    assert counts("Only twenty-three such clinics operate in the Ostmark region.") == ["twenty-three"]
    assert counts("Inspectors found 14 such unlicensed kennels near Velby last year.") == ["14"]


def test_such_without_a_noun_or_before_as_counts_nothing() -> None:
    assert counts("Only 14 such were found near Velby.") == []
    assert counts("The 14 such as these were sold at the Velby fair.") == []
