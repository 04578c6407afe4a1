"""An amount's stated basis (with fees, hammer price, before or after tax) makes it its own figure."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.money import parse_money
from sourcediff.pipeline import analyse
from sourcediff.values import Money


def bases(text: str) -> list[tuple[str, str | None]]:
    return [(m.raw, m.value.basis) for m in analyse(Article.from_text(text)).mentions
            if isinstance(m.value, Money)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The vase fetched €2.4m with buyer's premium on Friday.", [("€2.4m", "with-fees")]),
    ("The vase fetched €2.4m (£2.1m) including fees.", [("€2.4m", "with-fees"), ("£2.1m", None)]),
    ("The hammer price was €2m, well above the estimate.", [("€2m", "before-fees")]),
    ("Bidding closed at a hammer price of €2m, or €2.4m with fees.",
     [("€2m", "before-fees"), ("€2.4m", "with-fees")]),
    ("The brewer made €40m before tax and €31m after tax.", [("€40m", "before-tax"), ("€31m", "after-tax")]),
    ("The brewer reported a pre-tax profit of €40m.", [("€40m", "before-tax")]),
    ("The vase fetched €2.4m on Friday.", [("€2.4m", None)]),
])
def test_basis(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert bases(text) == expected


def test_canonical_round_trip() -> None:
    value = Money("EUR", parse_money("EUR 2400000").amount, basis="with-fees")
    assert value.canonical() == "EUR 2400000 with-fees"
    assert parse_money(value.canonical()) == value


def _money_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "money"]


def test_the_price_with_fees_called_the_hammer_price_diverges() -> None:
    facts = _money_facts(
        "A silver ewer by Tomas Brandt sold for €2.4m with buyer's premium at Kessler in Vienna on Friday. "
        "The hammer price was €2m, the auction house said.",
        "A silver ewer by Tomas Brandt sold at Kessler in Vienna on Friday. The hammer came down at €2.4m "
        "after a long contest, the auction house said.",
        "The silver ewer by Tomas Brandt went under the hammer at Kessler in Vienna on Friday. The "
        "hammer price was €2m, or €2.4m with the buyer's premium.")
    assert ("diverge", ["€2.4m", "€2m", "€2m"]) in facts
    assert ("agree", ["€2.4m", "€2.4m"]) in facts
