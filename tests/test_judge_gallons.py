"""Gallons meet litres: "38 million gallons a day" is "144 million litres a day" (boilwater story)."""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.compat import comparable, compatible
from sourcediff.model import Mention
from sourcediff.pipeline import analyse


def _measure(text: str) -> Mention:
    [m] = [m for m in analyse(Article.from_text(text, id="s0")).mentions if m.slot.startswith("number:")
           and m.slot != "number:count"]
    return m


@pytest.mark.parametrize(("gallons", "litres"), [
    ("Orley supplies about 38 million gallons a day.", "The plant treats some 144 million litres a day."),
    ("The tanker spilled 10,000 gallons of diesel.", "The tanker spilled about 37,900 litres of diesel."),
    # an imperial gallon is a fifth larger: a British outlet's gallons meet litres too
    ("The tanker spilled 10,000 gallons of diesel.", "The tanker spilled about 45,500 litres of diesel."),
    ("The pumps move 2 million gallons a week.", "The pumps move 7.6 million litres a week."),
])
def test_gallons_and_litres_of_one_figure_agree(gallons: str, litres: str) -> None:
    assert compatible(_measure(gallons), _measure(litres))


@pytest.mark.parametrize(("gallons", "litres"), [
    # fits neither gallon: a different figure
    ("The tanker spilled 10,000 gallons of diesel.", "The tanker spilled about 60,000 litres of diesel."),
    ("Orley supplies about 38 million gallons a day.", "The plant treats some 200 million litres a day."),
])
def test_gallons_and_litres_that_fit_neither_gallon_differ(gallons: str, litres: str) -> None:
    a, b = _measure(gallons), _measure(litres)
    assert comparable(a, b) and not compatible(a, b)


@pytest.mark.parametrize(("first", "second"), [
    # a rate and a volume, or rates per different periods, are never one slot
    ("Orley supplies about 38 million gallons a day.", "The reservoir holds 38 million gallons."),
    ("The plant treats some 144 million litres a day.", "The plant treats some 144 million litres a year."),
    ("The plant treats some 144 million litres a day.", "The road is 144 kilometres long."),
])
def test_a_rate_of_volume_is_its_own_slot(first: str, second: str) -> None:
    assert not comparable(_measure(first), _measure(second))
