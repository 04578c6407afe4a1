"""A local currency given by its ISO code beside the dollars is money (invented text).

Trade copy writes "US$9,500 (BDT 1.1 million)" where a wire writes "about 1.1
million Bangladeshi taka"; the code must be read, before or after the figure,
and the two then meet. Lower-case look-alikes are words, not codes.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Money


def money(text: str) -> list[tuple[str, Decimal]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [(m.value.currency, m.value.amount) for m in ms
            if m.kind is Kind.MONEY and isinstance(m.value, Money)]


@pytest.mark.parametrize(("text", "want"), [
    ("Each licence costs NPR 2.5 million.", [("NPR", Decimal("2500000"))]),
    ("The fee is US$9,500 (PKR 2.6 million) per team.",
     [("USD", Decimal("9500")), ("PKR", Decimal("2600000"))]),
    ("The club was fined 4 million KES on Monday.", [("KES", Decimal("4000000"))]),
    ("Rents rose to AED 120,000 a year.", [("AED", Decimal("120000"))]),
])
def test_a_currency_code_is_read(text: str, want: list[tuple[str, Decimal]]) -> None:
    assert money(text) == want


def test_lower_case_look_alikes_are_no_codes() -> None:
    assert money("The ars 3 students and kes 5 teachers met.") == []


def test_a_code_meets_the_same_amount_in_words() -> None:
    a = Article.from_text("Each licence costs $19,000, or about 2.5 million Nepalese rupees, the office said",
                          id="a", published="2026-06-09")
    b = Article.from_text("Licences cost US$19,000 (NPR 2.5 million) each, the office said.",
                          id="b", published="2026-06-09")
    facts = [f for f in compare([a, b]).facts if f.kind is Kind.MONEY
             and any(isinstance(m.value, Money) and m.value.currency == "NPR" for m in f.mentions)]
    assert facts
    npr = [m for f in facts for m in f.mentions if isinstance(m.value, Money) and m.value.currency == "NPR"]
    assert {m.source for m in npr} == {"a", "b"}
    assert all(f.status.value == "agree" for f in facts)
