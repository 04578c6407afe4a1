"""A metric named in words with its initials in brackets, then its figure: "a body mass index (BMI) of 31.2".

A bare decimal counts no noun, so such a figure was dropped, and an outlet
that alone gave a plant's efficiency rating or a patient's index stated
nothing. Read as a figure in the ratio slot with the initials as its cue, one
metric's figures meet and two metrics' never do. The initials must be those
of the name's last words, and the figure must end its clause. Invented text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.extract import statratios


@pytest.mark.parametrize(("text", "value", "cue"), [
    ("The Orlan campus will run at a power usage effectiveness (PUE) of 1.25, its owner said.",
     Decimal("1.25"), "pue"),
    ("The patient had a body mass index (BMI) of 31.2 on admission in May.", Decimal("31.2"), "bmi"),
    ("On Monday the city's air quality index (AQI) reached 182.", Decimal("182"), "aqi"),
])
def test_a_named_index_is_a_figure(text: str, value: Decimal, cue: str) -> None:
    assert [(v.amount, c) for _, _, v, c in statratios.find(text)] == [(value, cue)]


@pytest.mark.parametrize("text", [
    "Its gross domestic product (GDP) of 2.1 trillion dollars grew last year.",  # a sum, not an index
    "The county's gross domestic product (GDP) of 2.1% growth surprised.",
    "The board of trade (BOE) of 12 members met.",  # initials that are not the name's
    "The Tarlow Energy Company (TEC) of 14 Mill Lane closed.",  # a name in capitals, an address
])
def test_other_bracketed_initials_are_no_index(text: str) -> None:
    assert statratios.find(text) == ()
