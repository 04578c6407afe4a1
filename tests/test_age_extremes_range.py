"""The youngest's and the oldest's ages in one sentence read as one range of ages (invented text).

"The youngest was 9 and the oldest 74" states the range another outlet
writes "aged between 9 and 74": read as one range, the sentence shares that
figure with the other's (the aligner pairs passages by shared figures), where
two lone ages shared none.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity

DAY = dt.date(2027, 6, 14)


def ages(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in analyse(Article.from_text(text, published=DAY)).mentions
            if m.kind is Kind.NUMBER and m.slot == "number:age"]


def first_age(text: str) -> Quantity:
    m = next(m for m in analyse(Article.from_text(text, published=DAY)).mentions if m.slot == "number:age")
    assert isinstance(m.value, Quantity)
    return m.value


def test_youngest_and_oldest_make_one_range() -> None:
    found = ages("Nine passengers were treated for smoke. The youngest was 9 and the oldest 74.")
    assert [raw for raw, _ in found] == ["9 and the oldest 74"]
    value = first_age("The youngest was 9 and the oldest 74.")
    assert (value.amount, value.high) == (9, 74)


def test_oldest_first_gives_the_same_range() -> None:
    value = first_age("The oldest was 74 and the youngest 9.")
    assert (value.amount, value.high) == (9, 74)


def test_two_ages_of_named_people_stay_apart() -> None:
    found = ages("The driver, 52, and his son, 19, were unhurt.")
    assert len(found) == 2


def test_youngest_and_oldest_in_two_sentences_stay_apart() -> None:
    found = ages("The youngest was 9. Later the oldest, 74, was flown to hospital in Tarrowby.")
    assert len(found) == 2


def test_range_reads_as_the_other_outlet_s_range() -> None:
    other = ages("Passengers hurt in the ferry fire were aged between 9 and 74, the coastguard said.")
    assert [c for _, c in ages("The youngest was 9 and the oldest 74.")] == [c for _, c in other]


def test_youngest_and_oldest_after_a_comma_make_one_range() -> None:
    value = first_age("Eleven guests were treated; the youngest was 9, the oldest 74.")
    assert (value.amount, value.high) == (9, 74)
