"""A figure in "pounds" before what a price is per ("almost 25 pounds a tonne") is a sum of money.

"pounds" after a figure with no multiplier is read as a weight
(amounts._currency_after), and money.unify_pounds reads it back as sterling
only when another source states the very same sum in pounds. A wire's
rounded "almost 25 pounds a tonne", against another outlet's exact "£24.60 a
tonne", met no "£25" and stayed a weight of 25 pounds, so the rise per tonne
the two state was never one fact. No weight is stated per tonne, per kilo, per
litre, per barrel or per share: what follows says the figure is a price.
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.model import Article


def _money(text: str) -> list[str]:
    art = Article.from_text(text, id="s0", published="2027-03-09")
    return sorted(m.canonical for f in compare([art]).facts if f.kind.value == "money" for m in f.mentions)


@pytest.mark.parametrize(("text", "want"), [
    ("The levy will rise by almost 25 pounds a tonne from April, the ministry said.", ["approx GBP 25"]),
    ("Growers said buyers were now paying 6 pounds per kilo for the early crop.", ["GBP 6"]),
    ("The brewer raised its duty pass-through to 3 pounds a litre on Monday.", ["GBP 3"]),
    ("Dealers quoted the blend at 62 pounds a barrel in late trading.", ["GBP 62"]),
    ("The bidder offered 14 pounds per share in cash for the chain.", ["GBP 14"]),
])
def test_pounds_before_what_a_price_is_per_are_money(text: str, want: list[str]) -> None:
    assert _money(text) == want


@pytest.mark.parametrize("text", [
    "The farm spread 120 pounds per acre of nitrogen on its wheat last spring.",
    "The tyres were pumped to 32 pounds per square inch before the race.",
    "The toddler weighed 25 pounds at her last check-up.",
    "Each crate held 40 pounds of apples, the packer said.",
])
def test_other_pounds_stay_a_weight_or_a_pressure(text: str) -> None:
    assert _money(text) == []
