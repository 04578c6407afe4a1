"""A weight in stone joined to its noun by a hyphen: "a 20-stone man", "the six-stone mastiff" (invented).

The stone was read only before a stop or a function word, to keep "three
stone lions" a count of lions; so the compound adjective a tabloid writes
("the six-stone mastiff") was a count of stones, and it met neither
another outlet's "38kg" nor a rival weight. What is set with stones ("a
three-stone diamond ring") stays a count.
"""

from __future__ import annotations

import datetime as dt

from sourcediff.extract import extract
from sourcediff.model import Article, Kind, Mention
from sourcediff.segment import segment
from sourcediff.values import Quantity


def _numbers(text: str) -> list[Mention]:
    article = Article(id="x", text=text, published=dt.date(2026, 5, 4))
    return [m for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]


def test_a_hyphenated_stone_before_its_noun_is_a_weight() -> None:
    for text, amount in (("The six-stone mastiff escaped from a yard in Thule Street.", 6),
                         ("A 19-stone doorman was cleared by the jury.", 19)):
        (m,) = _numbers(text)
        assert isinstance(m.value, Quantity)
        assert m.slot == "number:stone" and int(m.value.amount) == amount, (text, m)


def test_stones_set_in_a_ring_and_stone_lions_stay_counts() -> None:
    (ring,) = _numbers("The thieves took a three-stone diamond ring from the shop.")
    assert ring.slot == "number:count"
    (lions,) = _numbers("The council restored three stone lions at the gate.")
    assert lions.slot == "number:count"


def test_a_plain_weight_in_stone_is_still_read() -> None:
    (m,) = _numbers("He lost four stone in a year.")
    assert m.slot == "number:stone"
