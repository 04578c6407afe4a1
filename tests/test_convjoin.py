"""A writer's own conversion joins the euro fact and the dollar fact it bridges (convjoin.py)."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind


def _sum_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.MONEY)


DOLLARS = "The port authority will spend $6.6 million on the new pier, its chairman said."
EUROS = "The new pier will cost the port authority around €6.1 million, its chairman said."
BOTH = ("The port authority will spend €6.1 million (about $6.6 million at 1.08 dollars to the euro) "
        "on the new pier, its chairman said.")


def test_a_conversion_joins_the_two_currencies_facts() -> None:
    """Dollars in one outlet, euros in another, both in a third: one sum, one agreeing fact."""
    facts = _sum_facts(DOLLARS, EUROS, BOTH)
    assert facts == [("agree", ["$6.6 million", "about $6.6 million", "around €6.1 million", "€6.1 million"])]


def test_a_diverging_side_stays_apart() -> None:
    """A divergence in one currency keeps its fact: joining would hide which figures differ."""
    other = "The new pier will cost the port authority €6.1 million, the chairman said on Monday."
    facts = _sum_facts(DOLLARS, EUROS, BOTH, other.replace("€6.1 million", "€7.9 million"))
    assert facts == [("agree", ["$6.6 million", "about $6.6 million"]),
                     ("diverge", ["around €6.1 million", "€6.1 million", "€7.9 million"])], facts


def test_no_conversion_no_join() -> None:
    """Two sums in two currencies that no writer equates stay two facts."""
    facts = _sum_facts(DOLLARS, EUROS, EUROS.replace("its chairman", "the chairman"),
                       DOLLARS.replace("its chairman", "the chairman"))
    assert len(facts) == 2, facts
