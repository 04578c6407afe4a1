"""A passage stating a unit price and a total: the partner's price is a rival of the price only.

"placed shares at 7.20 crowns each, raising 288 million crowns" states two
sums, so the single-value rule could not say which one another outlet's
"7.35 crowns apiece" contradicts, and the planted rival price stayed a
unique fact. The two sums are of far different sizes, so only the price can
be the partner's rival (divergesizes). Two sums near the partner's still
leave it open. Every name and figure is invented.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.divergesizes import _far, _sized, sized_passage_pairs
from sourcediff.evidence import Evidence, _claims_of
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Span
from sourcediff.values import Money

TEXTS = {"s0": "The shares were priced at 7.20 crowns each, giving proceeds of 288 million crowns.",
         "s1": "Investors bought the shares at 7.35 crowns apiece."}
CLAIM = Claim("c1", 0.9, (ClaimPassage("s0", 0), ClaimPassage("s1", 0)))


def ctx() -> Evidence:
    return Evidence(None, _claims_of((CLAIM,)), frozenset(), TEXTS, {})  # type: ignore[arg-type]


def sum_in(source: str, words: str, amount: str) -> Mention:
    start = TEXTS[source].index(words)
    return Mention(Kind.MONEY, source, 0, Span(start, start + len(words)), words,
                   Money(currency="SEK", amount=Decimal(amount)), slot="money")


def test_the_price_beside_a_total_is_the_partners_rival() -> None:
    ms = [sum_in("s0", "7.20 crowns", "7.20"), sum_in("s0", "288 million crowns", "288000000"),
          sum_in("s1", "7.35 crowns", "7.35")]
    where = {("s0", 0, "money"): [0, 1], ("s1", 0, "money"): [2]}
    assert sized_passage_pairs(ms, [CLAIM], where, ctx()) == [(0, 2)]


def test_a_partner_agreeing_with_one_of_the_sums_has_no_rival() -> None:
    ms = [sum_in("s0", "7.20 crowns", "7.20"), sum_in("s0", "288 million crowns", "288000000"),
          sum_in("s1", "7.35 crowns", "7.20")]
    where = {("s0", 0, "money"): [0, 1], ("s1", 0, "money"): [2]}
    assert sized_passage_pairs(ms, [CLAIM], where, ctx()) == []


def sum_of(amount: str) -> Mention:
    return Mention(Kind.MONEY, "s0", 0, Span(0, 1), amount, Money(currency="SEK", amount=Decimal(amount)),
                   slot="money")


def test_two_sums_near_the_partners_leave_it_open() -> None:
    ms = [sum_of("7.20"), sum_of("7.64"), sum_of("7.35")]
    assert _sized(ms, [0, 1], 2) is None


def test_a_sum_far_from_the_others_is_the_rival() -> None:
    ms = [sum_of("7.20"), sum_of("288000000"), sum_of("7.35")]
    assert _sized(ms, [0, 1], 2) == 0
    assert _far(ms[0], ms[1]) and not _far(ms[0], ms[2])
