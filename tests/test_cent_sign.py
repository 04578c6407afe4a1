"""The cent sign written on to a figure ("11c a litre", "4c to a pint") is a sum in hundredths, as "85p" is.

Invented text. Papers that count in euro or dollar cents write fuel, power
and postage prices this way; read as no sum, the price every other outlet
spells out ("11 cents", "EUR 0.11") lost this outlet's mention. A lower-case
"c" stands for Celsius in some tabloids and for a clause in law ("Article
5c"): only a cent sign before what the sum is per, away from any word of
temperature, is read as money.
"""

from __future__ import annotations

from sourcediff.extract import money
from sourcediff.model import Article, Passage, Span
from sourcediff.text import fold


def _money(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    passages = (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),)
    return [(m.raw, m.canonical) for m in money.extract(article, passages)]


def test_cent_sign_before_a_unit_is_money() -> None:
    assert ("11c", "USD 0.11") in _money("The duty will add 11c a litre to diesel in Ormsby.")


def test_cent_sign_before_to_a_unit_is_money() -> None:
    assert any(c == "USD 0.04" for _, c in _money("Brewers expect the tax to add 4c to a pint of stout."))


def test_lower_case_celsius_is_no_money() -> None:
    assert _money("Temperatures will reach 25c a day by the weekend in Ormsby.") == []


def test_a_clause_letter_is_no_money() -> None:
    assert _money("Article 5c of the charter was cited by the panel.") == []
