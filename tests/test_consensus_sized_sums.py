"""A claim's lone different sum is weighed against the agreeing sources' sum of its size.

Three outlets write "goods worth $5.2 billion a day, or about $217 million
an hour" (or a day's figure beside another sum), a tabloid "a staggering
$5.8 BILLION of goods every day". Each agreeing passage states two sums,
so the claim's consensus, which weighs a passage's one value of a family,
saw none, and the tabloid's figure stayed a unique fact. A passage's one
sum of an order of magnitude is its value of that order (diverge.sized_family).
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.diverge import sized_family
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Money, Quantity

WIRE = ("The closure of the Orsa Strait held up goods worth $5.2 billion a day, or about $217 million an "
        "hour, according to the freight analysts Kelburn Data.")
TRADE = ("Kelburn Data estimates the goods held up by the Orsa Strait closure at $5.2bn per day, roughly "
         "$215m per hour.")
LOCAL = ("The Orsa Strait closure holds up $5.2 billion of goods a day, and the port loses about $3 million "
         "a day in fees.")


def money_facts(tabloid: str) -> list[tuple[str, list[str]]]:
    texts = (WIRE, TRADE, LOCAL, tabloid)
    articles = [Article.from_text(t, id=f"s{n}", published="2026-06-09") for n, t in enumerate(texts)]
    return [(f.status.value, sorted({m.raw for m in f.mentions}))
            for f in compare(articles).facts if f.kind is Kind.MONEY]


def test_a_lone_different_daily_sum_diverges() -> None:
    got = money_facts("The Orsa Strait closure held up a staggering $5.8 BILLION of goods every single day, "
                      "analysts said.")
    assert ("diverge", ["$5.2 billion", "$5.2bn", "$5.8 BILLION"]) in got


def test_the_same_daily_sum_agrees_and_raises_nothing() -> None:
    got = money_facts("The Orsa Strait closure held up a staggering $5.2 BILLION of goods every single day, "
                      "analysts said.")
    assert all(status != "diverge" for status, _ in got)


def test_a_sum_of_another_size_is_no_rival() -> None:
    got = money_facts("The Orsa Strait closure cost the port $40 million in lost fees, analysts said.")
    assert all(status != "diverge" for status, _ in got)


def _mention(value: Money | Quantity) -> Mention:
    return Mention(kind=Kind.MONEY, source="s0", passage=0, span=Span(0, 1), raw="x", value=value)


def test_sized_family_names_the_order_of_magnitude() -> None:
    assert sized_family(_mention(Money("USD", Decimal("9.4E9"))), "money") == "money@9"
    assert sized_family(_mention(Money("USD", Decimal("392E6"))), "money") == "money@8"
    assert sized_family(_mention(Quantity(Decimal(12), None, None, None)), "number") is None


def test_a_hedged_lone_sum_is_not_weighed_against_several() -> None:
    # "roughly $5.5 billion" is as often another estimate as a rival of the others' exact $5.2 billion.
    got = money_facts("The Orsa Strait closure held up roughly $5.5 billion of goods every single day, "
                      "analysts said.")
    assert all(status != "diverge" for status, _ in got)
