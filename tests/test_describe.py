"""Summaries and notes a reader sees for a judged fact."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Fact, Kind, Verdict, compare
from sourcediff.describe import describe_fact
from sourcediff.extract.updates import LATER
from sourcediff.model import Mention, Span
from sourcediff.updates import mention_key
from sourcediff.values import Money

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


def _pence(source: str, raw: str, pence: int, *cues: str) -> Mention:
    return Mention(Kind.MONEY, source, 0, Span(0, len(raw)), raw, Money("GBP", Decimal(pence) / 100), "money",
                   cues=cues)


def test_a_divergent_fact_reads_as_a_divergence_even_beside_a_stated_rise() -> None:
    # c wrote "rises from £0.18 to £0.23" (its £0.18 agreed in another fact): the others' 22p is its rival
    rise = _pence("c", "£0.23", 23, LATER)
    group = (_pence("a", "22 pence", 22), _pence("b", "22p", 22), rise)
    for paired in (frozenset({mention_key(rise)}), frozenset()):
        fact = describe_fact("f1", group, Verdict.DIVERGE, None, paired=paired)
        assert fact.status is Verdict.DIVERGE and fact.update is None
        assert fact.summary == "22 pence (a, b) vs £0.23 (c)"
        assert fact.value == "GBP 0.22"
