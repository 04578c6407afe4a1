"""A currency's move "against the US dollar" is a move against the dollar, as "against the dollar" is.

Why: a percentage is marked as a move of one currency against another
("move:QUOTE/BASE") only when the words after it name a currency; in
"slipped 0.6% against the US dollar" the word after "the" is the country,
no currency, so the move went unmarked and was never set against another
source's move of the pair.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.rates import move_family
from sourcediff.pipeline import analyse


def moves(body: str) -> list[str | None]:
    article = Article.from_text("Krona slides\n\n" + body, id="s0", published="2026-03-03")
    return [move_family(m) for m in analyse(article).mentions if m.kind.value == "percent"]


@pytest.mark.parametrize(("body", "family"), [
    ("The Swedish krona slipped 0.6% against the US dollar by 3 p.m.", "move:SEK/USD"),
    ("The Swedish krona slipped 0.6% against the U.S. dollar by 3 p.m.", "move:SEK/USD"),
    ("The Swedish krona slipped 0.6% against the dollar by 3 p.m.", "move:SEK/USD"),
    ("The Swedish krona slipped 0.6% against the Swiss franc by 3 p.m.", "move:SEK/CHF"),
])
def test_move_against_a_country_currency_is_marked(body: str, family: str) -> None:
    assert moves(body) == [family]


def test_a_percentage_against_no_currency_is_no_move() -> None:
    assert moves("Exports slipped 0.6% against the Easter peak by March.") == [None]
