"""A length, area or mass per period meets the same rate in other units: "4 km a year" is "2.5 miles a year".

Only volumes per period were converted (a utility's gallons a day against
litres a day); a rift's growth, a coast's retreat, farmland lost or a mine's
output written per year or per day in another unit stayed a fact of its own,
so an outlet's converted rate never agreed with, or contradicted, the
others'. Invented text.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.compat import compatible, unit_info
from sourcediff.model import Mention
from sourcediff.pipeline import analyse


def figure(text: str) -> Mention:
    return next(m for m in analyse(Article.from_text(text)).mentions if m.kind.value == "number")


@pytest.mark.parametrize(("a", "b"), [
    ("The crack grew by about 4 kilometres a year.", "The crack grew around two and a half miles a year."),
    ("The cliff retreats about 2 metres a year.", "The cliff retreats about 6.5 feet a year."),
    ("The estate loses 40 hectares a year.", "The estate loses nearly 100 acres a year."),
    ("The quarry ships 500 tonnes a day.", "The quarry ships 500,000 kilograms a day."),
])
def test_one_rate_in_two_units_agrees(a: str, b: str) -> None:
    assert compatible(figure(a), figure(b)) and compatible(figure(b), figure(a))


@pytest.mark.parametrize(("a", "b"), [
    ("The crack grew by about 4 kilometres a year.", "The crack grew around six miles a year."),  # 9.7 km
    ("The cliff retreats about 2 metres a year.", "The cliff retreats about 2 metres a month."),  # period
    ("The crack grew by about 4 kilometres a year.", "The crack has grown 4 kilometres."),  # not a rate
])
def test_a_different_rate_or_a_plain_length_does_not_agree(a: str, b: str) -> None:
    assert not compatible(figure(a), figure(b))


def test_families_keep_their_period() -> None:
    assert unit_info("mile per year") == ("distance per year", unit_info("mile")[1])  # type: ignore[index]
    assert unit_info("hectare per day") == ("area per day", unit_info("hectare")[1])  # type: ignore[index]
    assert unit_info("decade per year") is None  # a duration per period is no rate of a measure
