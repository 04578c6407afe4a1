"""A currency's move to a price in another is an exchange rate (extract/rates.py; invented sentences).

"The pound fell 0.7% to $1.2714" prices the pound in dollars as surely as
"GBP/USD 1.2714" does; a move in per cent on the way is no rate ("GBP/USD
dropped 0.7 per cent to 1.2714" is 1.2714), and "$1.27 against the dollar"
prices the currency the sentence is about, in dollars.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract import extract
from sourcediff.segment import segment
from sourcediff.values import Rate


def _rates(text: str) -> list[tuple[str, Decimal, str]]:
    article = Article.from_text(text, id="t")
    return [(m.raw, m.value.amount, m.slot) for m in extract(article, segment(article))
            if isinstance(m.value, Rate)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The pound fell 0.7% to $1.2714 in late London trade.",
     [("$1.2714", "1.2714", "number:rate:USD/GBP")]),
    ("Sterling slipped to $1.2714 after the data.", [("$1.2714", "1.2714", "number:rate:USD/GBP")]),
    ("In Tokyo the dollar climbed 0.6 per cent to 151.20 yen.",
     [("151.20 yen", "151.20", "number:rate:JPY/USD")]),
    ("The pound fell 0.7% to $1.2714 and eased to 1.1702 euros.",
     [("$1.2714", "1.2714", "number:rate:USD/GBP"), ("1.1702 euros", "1.1702", "number:rate:EUR/GBP")]),
    ("GBP/USD dropped 0.7 per cent to 1.2714 by noon.",
     [("GBP/USD dropped 0.7 per cent to 1.2714", "1.2714", "number:rate:USD/GBP")]),
    ("The pound took a beating, sinking to $1.27 against the dollar.",
     [("$1.27 against the dollar", "1.27", "number:rate:USD/GBP")]),
])
def test_a_currencys_move_to_a_price_is_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _rates(text) == [(raw, Decimal(value), slot) for raw, value, slot in expected]


@pytest.mark.parametrize("text", [
    "Its shares fell 38% to 4.12 pounds, their lowest since 2011.",   # the subject is no currency
    "The index fell 2.1% to 7,412.6 points.",                          # no currency at all
    "The pound fund rose to $4.2 billion in assets.",                 # a sum, not a price
    "Shares priced in dollars fell to €4.12.",                        # "dollars" is no subject there
    "The pound fell to 1.17 pounds.",                                 # one currency on both sides
    "GBP/USD fell 0.7 per cent.",                                     # a move, no level
])
def test_no_rate_where_no_currency_moves_to_a_price(text: str) -> None:
    assert _rates(text) == []


def test_four_ways_of_one_rate_agree_and_a_rounding_too() -> None:
    texts = ["Sterling fell 0.7% to $1.2714 on Thursday after the budget.",
             "GBP/USD dropped 0.7 per cent to 1.2714 on Thursday after the budget.",
             "The pound took a beating on Thursday, sinking to $1.27 against the dollar.",
             "The pound fell to $1.2714 on Thursday, making holidays in Florida dearer."]
    articles = [Article.from_text(t, id=f"s{n}", published="2026-10-15") for n, t in enumerate(texts)]
    rates = [f for f in compare(articles).facts
             if f.kind is Kind.NUMBER and any(isinstance(m.value, Rate) for m in f.mentions)]
    assert [(f.status, len({m.source for m in f.mentions})) for f in rates] == [(Verdict.AGREE, 4)]
