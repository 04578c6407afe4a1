"""Summaries and notes a reader sees for a judged fact."""

from __future__ import annotations

from sourcediff import Article, Fact, Kind, Verdict, compare

A = Article.from_text(
    '"This deal gives us the scale we need in Central Europe," chief executive Anna Berg said.',
    id="a", published="2026-07-14")
B = Article.from_text(
    '"This deal gives us the scale we need in Europe," said Anna Berg, the chief executive.',
    id="b", published="2026-07-14")
C = Article.from_text('Berg said the deal "gives us the scale we need in Central Europe."', id="c",
                      published="2026-07-15")


def quote_fact() -> Fact:
    facts = [f for f in compare([A, B, C]).facts if f.kind is Kind.QUOTE]
    assert len(facts) == 1
    return facts[0]


def test_a_dropped_word_inside_a_quote_is_named() -> None:
    fact = quote_fact()
    assert fact.status is Verdict.DIVERGE
    assert any("\u201cCentral\u201d dropped" in n for n in fact.notes)


def test_trimmed_quotes_and_short_names_raise_no_note() -> None:
    notes = quote_fact().notes
    assert not any("attributed to" in n for n in notes)  # "Berg" is Anna Berg
    assert not any(n.startswith("a vs c") for n in notes)  # c quotes a sub-span of a
