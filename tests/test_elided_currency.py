"""A bare figure in millions set against a sum of money in its sentence is that money (invented text).

"Will cost 486 million pounds, about 74 million more than budgeted": the
writer names the currency once. Read as a count, the 74 million met no
other outlet's "£74m".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, compare
from sourcediff.extract import extract
from sourcediff.segment import segment


def _mentions(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="s0", published="2027-05-10")
    return [(m.kind.value, m.canonical) for m in extract(article, segment(article))
            if m.kind in (Kind.MONEY, Kind.NUMBER) and "year" not in m.canonical]


@pytest.mark.parametrize(("text", "want"), [
    ("The Brenmoor bypass will cost 486 million pounds, about 74 million more than budgeted.",
     [("money", "GBP 486000000"), ("money", "approx GBP 74000000")]),
    ("Revenue at Ostlake Foods was 5 billion euros, up from 4.2 billion a year earlier.",
     [("money", "EUR 5000000000"), ("money", "EUR 4200000000")]),
    ("The Carn Vale budget rose from 412 million to 486 million pounds.",
     [("money", "GBP 412000000"), ("money", "GBP 486000000")]),
])
def test_the_elided_currency_is_read(text: str, want: list[tuple[str, str]]) -> None:
    assert _mentions(text) == want


@pytest.mark.parametrize(("text", "count"), [
    ("The £5m Ostlake scheme will help 2 million customers.", "2000000"),
    ("The £5m Ostlake scheme will help 2 million.", "2000000"),
    ("Ostlake sales hit $3bn, up from 40 million users.", "40000000"),
    ("Ostlake made £3bn. About 40 million more people now use the app.", "approx 40000000"),
])
def test_a_count_stays_a_count(text: str, count: str) -> None:
    assert ("number", count) in _mentions(text)


def test_two_currencies_in_the_sentence_leave_it_bare() -> None:
    text = "Ostlake paid £3bn and $4bn for the two units, 2 billion more than planned."
    assert ("number", "2000000000") in _mentions(text)


def test_the_elided_overspend_meets_another_outlets_sum() -> None:
    wire = ("The Brenmoor bypass will cost 486 million pounds, about 74 million more than budgeted, "
            "the council said.")
    trade = "The council said the £74m uplift on the Brenmoor bypass follows a redesign of its bridges."
    facts = compare([Article.from_text(wire, id="a", published="2027-05-10"),
                     Article.from_text(trade, id="b", published="2027-05-11")]).facts
    joined = [f for f in facts if f.kind is Kind.MONEY and {m.source for m in f.mentions} == {"a", "b"}]
    assert [f.status.value for f in joined] == ["agree"]
