"""A spelled figure with a multiplier before a currency name is a sum: "four and a half billion crowns".

Currency names outside the common table ("crowns", "pesos", "kronor") were
read only after digits, so that "three crowns" (titles) stays a count. A
multiplier ("million", "billion") settles it: nobody counts billions of
trophies, and a broadcaster's "two and a half million pesos" met no wire's
"2.5 million pesos". Every sentence is invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract.amounts import scan_amounts
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


@pytest.mark.parametrize(("text", "low"), [
    ("The council set aside two and a half million pesos for the bridge.", Decimal("2500000")),
    ("A fund of three billion kronor was approved on Monday.", Decimal("3000000000")),
])
def test_a_spelled_sum_with_a_multiplier_names_its_currency(text: str, low: Decimal) -> None:
    found = [a for a in scan_amounts(text) if a.currency is not None]
    assert len(found) == 1
    assert found[0].low == low


def test_a_spelled_count_of_crowns_is_no_sum() -> None:
    text = "The club has won three crowns in five seasons."
    assert [a for a in scan_amounts(text) if a.currency is not None] == []
    article = Article.from_text(text, published="2026-10-02")
    assert not [m for m in analyse(article).mentions if m.kind is Kind.MONEY]


def test_the_spelled_sum_agrees_with_the_digits() -> None:
    lead = "The regional assembly on Monday approved a harbour upgrade for the town of Vessby."
    a = Article.from_text(f"{lead}\n\nThe upgrade will cost 2.5 million pesos, officials said.",
                          id="a", published="2026-10-05")
    b = Article.from_text(f"{lead}\n\nThe work will cost two and a half million pesos, the mayor said.",
                          id="b", published="2026-10-06")
    facts = compare([a, b]).to_dict()["facts"]
    money = [f for f in facts if f["kind"] == "money"]
    assert len(money) == 1, money
    assert money[0]["status"] == "agree"
    assert {m["source"] for m in money[0]["mentions"]} == {"a", "b"}
