"""An age set off after "one" or "another" and a noun: a person picked out of a group (invented text).

"One guard, 56, was struck" gives the guard's age as "the guard, 56," does;
the figure was read as a bare count of nothing and another outlet's
"a 56-year-old guard" had no partner. A counted noun after the comma
("one store, 45 staff") is no apposition and no age.
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


@pytest.mark.parametrize(("text", "age"), [
    ("One passenger, 34, was flown to hospital with a broken leg.", 34),
    ("Another climber, 19, was rescued from the ledge on Sunday.", 19),
    ("Two boys were hurt; one boy, 12, needed stitches.", 12),
])
def test_an_age_after_one_of_a_group(text: str, age: int) -> None:
    assert ages(text) == [Decimal(age)]


@pytest.mark.parametrize("text", [
    "The chain closed one store, 45 staff lost their jobs.",
    "One ward had 34 beds, the hospital said.",
])
def test_a_count_is_no_age(text: str) -> None:
    assert ages(text) == []
