"""An age closing its sentence after a person described, not named (invented text).

"... and a Danish woman, 47." lists the last of several victims the way
"... and a Danish woman, 47, also died." does; the full stop made the
figure a bare count of nothing, and another outlet's "a 47-year-old Danish
woman" had no partner. Only after a word for a person: a team or a noun
before a final figure ("won by the visitors, 27.") gives no age.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def ages(text: str) -> list[Decimal]:
    ms = analyse(Article.from_text(text, id="x", published="2026-06-09")).mentions
    return [m.value.amount for m in ms
            if m.kind is Kind.NUMBER and m.slot == "number:age" and isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "want"), [
    ("The victims were a retired farmer, 70, and a Danish woman, 47.", [70, 47]),
    ("Police later arrested a local man, 33.", [33]),
    ("Among those hurt was one boy, 9.", [9]),
    ("The crash killed the driver's mother, 81.", [81]),
])
def test_an_age_after_a_person_described_at_sentence_end(text: str, want: list[int]) -> None:
    assert ages(text) == [Decimal(n) for n in want]


@pytest.mark.parametrize("text", [
    "The cup final was won by the visitors, 27.",
    "The council approved the new plan, 12.",
    "The club signed a new striker and kept the squad at the same size, 25.",
])
def test_no_age_after_a_noun_for_no_person(text: str) -> None:
    assert ages(text) == []
