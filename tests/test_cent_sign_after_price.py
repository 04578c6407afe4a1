"""The cent sign on a figure a word of price stands before ("selling for 85c") is a sum in hundredths.

Invented text. A price in a running sentence is written "a loaf now selling
for 90c" with nothing after the figure to say what it is per; read as no
sum, the outlet's price was lost while every other outlet's "90 cents" was
kept. A word of price before the figure ("for", "costs", "as little as") is
the cue; a clause letter and a lower-case Celsius stay no money.
"""

from __future__ import annotations

from sourcediff.extract import money
from sourcediff.model import Article, Passage, Span
from sourcediff.text import fold


def _money(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t")
    passages = (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),)
    return [(m.raw, m.canonical) for m in money.extract(article, passages)]


def test_cent_sign_after_selling_for_is_money() -> None:
    assert ("90c", "USD 0.9") in _money("A loaf in Dunmore now selling for 90c will cost more in spring.")


def test_cent_sign_after_costs_is_money() -> None:
    assert ("70c", "USD 0.7") in _money("A stamp costs 70c at the Dunmore post office.")


def test_cent_sign_after_as_little_as_is_money() -> None:
    assert ("35c", "USD 0.35") in _money("Bananas were sold for as little as 35c each week.")


def test_clause_letter_after_for_is_no_money() -> None:
    assert all(raw != "5c" for raw, _ in _money("See the notes to Article 5c for details."))


def test_celsius_after_for_is_no_money() -> None:
    assert _money("Forecasters expect temperatures near 25c for the weekend.") == []
