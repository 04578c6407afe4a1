"""A sum in pounds written as a hyphenated modifier ("a 75,000-pound grant") is money when the story
states it in sterling.

Wire copy writes "a 75,000-pound grant" where a paper writes "a £75,000 grant".
Without a multiplier "pounds" is read as a weight (amounts._currency_after), and
the cross-source step (money.unify_pounds) took "N pounds" with a space only, so
the modifier stayed a weight and the wire's sum never met the other sources'.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article


def _money_facts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2025-03-04") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.canonical for m in f.mentions))
                  for f in compare(arts).facts if f.kind.value == "money")


def test_a_hyphenated_sum_in_pounds_joins_the_sterling_sum() -> None:
    facts = _money_facts(
        "The Kelderby rowing club won a 75,000-pound grant from the county to rebuild its boathouse.",
        "Kelderby rowing club has been awarded £75,000 to rebuild its flooded boathouse.",
    )
    assert facts == [("agree", ["GBP 75000", "GBP 75000"])]


def test_a_hyphenated_weight_stays_a_weight() -> None:
    # no source states the figure as a sum, or a word of weighing stands beside it: still a weight
    assert _money_facts("Rangers tagged a 300-pound black bear near the Ostley campsite.",
                        "The campsite charges £30 a night.") == [("unique", ["GBP 30"])]
    assert _money_facts("The boar weighed a hefty 300-pound load on the scales, the keeper said.",
                        "The keeper was paid £300 for the carcass.") == [("unique", ["GBP 300"])]
