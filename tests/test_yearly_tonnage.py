"""A tonnage per year meets the same tonnage whose period is worded apart (invented text).

A trade's yearly tonnage is written "12,500 tonnes a year" by one outlet and
"12,500 tonnes of flour are shipped every year" or "12,500 t of product a
year" by others, where the period is not read into the unit: the first was a
mass per year and the others a plain mass, two families, so the one figure
never met itself (the pesticide-ban story's tonnes sold a year). A mass per
year is now a mass, as an energy per year already was; a mass per day stays
a rate of its own.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.compat import compatible, slot_family, unit_info
from sourcediff.model import Mention
from sourcediff.pipeline import analyse


def figure(text: str) -> Mention:
    return next(m for m in analyse(Article.from_text(text)).mentions if m.kind.value == "number")


YEARLY = "The mill exports about 12,500 tonnes a year, its owners said."


@pytest.mark.parametrize("other", [
    "Some 12,500 tonnes of flour are shipped abroad every year.",
    "Exports run at around 12,500 t of flour a year.",
    "The mill exported 12.5 million kilograms of flour last season.",
])
def test_a_yearly_tonnage_meets_the_same_tonnage_worded_apart(other: str) -> None:
    a, b = figure(YEARLY), figure(other)
    assert slot_family(a) == slot_family(b)
    assert compatible(a, b) and compatible(b, a)


def test_a_different_tonnage_does_not_agree() -> None:
    other = figure("Some 21,500 tonnes of flour are shipped abroad every year.")
    assert not compatible(figure(YEARLY), other)


def test_a_daily_tonnage_stays_a_rate() -> None:
    assert unit_info("tonne per day") == ("mass per day", unit_info("tonne")[1])  # type: ignore[index]
    daily = figure("The quarry ships 500 tonnes a day.")
    assert slot_family(daily) != slot_family(figure("The quarry shipped 500 tonnes last week."))
