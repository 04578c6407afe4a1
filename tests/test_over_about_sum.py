"""'Arrested over 6.8 million pound raid': after a word of blame or dispute, "over" before a sum is "about".

Crime and court copy (headlines above all) name the sum a case is about
right after "over"; read as "more than", the sum became a floor that never
agreed with the exact figure other outlets state. Counts keep the floor.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import money, numbers
from sourcediff.model import Passage, Span
from sourcediff.text import fold


def _one(text: str) -> tuple[Article, tuple[Passage, ...]]:
    return Article.from_text(text, id="t"), (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),)


def _money(text: str) -> list[tuple[str, str]]:
    article, passages = _one(text)
    return [(m.raw, m.canonical) for m in money.extract(article, passages)]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Three arrested over 4.2 million pound bullion theft", "4.2 million pound", "GBP 4200000"),
    ("Trader charged over £5m fraud at Dunmore bank", "£5m", "GBP 5000000"),
    ("Councillors in row over $2bn bypass contract", "$2bn", "USD 2000000000"),
    ("The manager was sacked over €300,000 in missing funds.", "€300,000", "EUR 300000"),
])
def test_over_after_blame_or_dispute_is_about_the_sum(text: str, raw: str, canonical: str) -> None:
    assert _money(text) == [(raw, canonical)]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The thieves took over £5m in cash.", "over £5m", "above GBP 5000000"),
    ("The insurer paid over $12 million to the families.", "over $12 million", "above USD 12000000"),
    ("Protests grew as costs rose to just over €40m.", "just over €40m", "above EUR 40000000"),
])
def test_over_elsewhere_stays_more_than(text: str, raw: str, canonical: str) -> None:
    assert _money(text) == [(raw, canonical)]


def test_a_count_after_arrested_over_keeps_its_floor() -> None:
    article, passages = _one("Police arrested over 300 people after the match.")
    [m] = [m for m in numbers.extract(article, passages) if "300" in m.raw]
    assert m.raw.startswith("over") and getattr(m.value, "qualifier", None) is not None


def test_the_headline_sum_agrees_with_the_exact_sum_of_another_outlet() -> None:
    wire = Article.from_text("Two arrested over 3.4 million pound jewellery raid\n\n"
                             "Police in Haldon arrested two men on Monday over a raid on a jeweller's shop "
                             "in which thieves took gems worth 3.4 million pounds.", id="wire")
    paper = Article.from_text("Two men held after jeweller's raid\n\n"
                              "Two men were arrested on Monday after thieves took gems worth £3.4m in a raid "
                              "on a Haldon jeweller's shop, police said.", id="paper")
    facts = [f for f in compare([wire, paper]).facts if f.kind.value == "money"]
    assert facts and all(f.status.value == "agree" for f in facts), [(f.status, [m.raw for m in f.mentions])
                                                                     for f in facts]
