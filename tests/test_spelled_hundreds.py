"""Spelled-out figures above a hundred are one figure: "a hundred and forty-three votes" is 143, not 43.

Quotes and tabloid copy spell out figures the wire prints in digits ("won by
a hundred and twelve votes" against "won by 112 votes"). The scanner read
only the words after "hundred", so the figure came out as 12 and agreed with
nobody, or with the wrong thing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.extract import extract
from sourcediff.extract.amounts import scan_amounts
from sourcediff.model import Kind
from sourcediff.segment import segment


def _values(text: str) -> list[Decimal]:
    return [a.low for a in scan_amounts(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("She won by a hundred and twelve votes in the end.", "112"),
    ("One hundred and twenty-five ballots were set aside.", "125"),
    ("An hundred and one reasons were given.", "101"),
    ("Nine hundred sixty-one jobs will go by spring.", "961"),
    ("The council hired two hundred and fifty thousand sandbags.", "250000"),
])
def test_a_spelled_figure_over_a_hundred_is_read_whole(text: str, value: str) -> None:
    assert _values(text) == [Decimal(value)]


@pytest.mark.parametrize(("text", "value"), [
    ("About a hundred staff worked through the night.", "100"),
    ("Seven hundred years ago the abbey was built.", "700"),
    ("A hundred people queued, and forty left before noon.", "100"),
])
def test_plain_hundreds_and_later_words_stay_apart(text: str, value: str) -> None:
    assert _values(text)[0] == Decimal(value)


def test_a_quoted_margin_in_words_meets_the_margin_in_digits() -> None:
    text = 'The mayor said: "A hundred and twelve votes is enough for me." She won by 112 votes.'
    article = Article.from_text(text, id="t")
    counts = [m for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]
    assert {m.canonical for m in counts} == {"112"}
