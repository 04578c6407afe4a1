"""The "a" of a length after a word of degree is the figure one: "nearly a mile", "more than a foot of rain".

Invented sentences. A metric paper's "1.5 km" is a tabloid's "nearly a
mile", and "more than a foot of rain" is a figure as "more than 30 cm" is.
A bare "a mile" is left unread: idioms ("a foot soldier", "go the extra
mile", "a mile-long queue") use it as often as measures do.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import ABOVE, APPROX, BELOW, Quantity


def lengths(text: str) -> list[tuple[str, Quantity]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-11-16")).mentions
    return [(m.raw, m.value) for m in ms if m.kind is Kind.NUMBER and isinstance(m.value, Quantity)
            and m.value.unit is not None]


@pytest.mark.parametrize(("text", "unit", "qualifier"), [
    ("The mud tore nearly a mile down the valley.", "mile", APPROX),
    ("Almost a mile of the coast road has been washed away.", "mile", APPROX),
    ("More than a foot of rain fell on the hills in two days.", "foot", ABOVE),
    ("The flow ran about a kilometre before it stopped.", "kilometer", APPROX),
    ("Less than a metre of snow lay on the pass.", "meter", BELOW),
    ("The queue stretched over a mile along the seafront.", "mile", ABOVE),
    ("Just under an inch of rain fell overnight.", "inch", BELOW),
    # A weight too: a wire's "1,140 kg" is a tabloid's "more than a tonne".
    ("Officers found more than a tonne of ivory in the hold.", "tonne", ABOVE),
    ("Nearly a tonne of cannabis resin was found under the floor.", "tonne", APPROX),
    ("The crane lifted almost a metric ton of scrap.", "tonne", APPROX),
    ("Police recovered about a kilo of heroin from the car.", "kilogram", APPROX),
    ("Just under a kilogram of gold was hidden in the luggage.", "kilogram", BELOW),
])
def test_a_length_after_a_word_of_degree_is_one(text: str, unit: str, qualifier: str) -> None:
    found = [(raw, v) for raw, v in lengths(text) if v.unit != "day"]
    assert len(found) == 1
    raw, value = found[0]
    assert (value.amount, value.unit, value.qualifier) == (1, unit, qualifier)
    assert {"a", "an"} & set(raw.lower().split()[-3:-1])


@pytest.mark.parametrize("text", [
    "It was a mile-long queue outside the stadium.",
    "He never put a foot wrong all season.",
    "A foot soldier was hurt in the blast.",
    "The farm is a mile from the village.",
    "Staff went the extra mile for every patient.",
    "She bought a metre of ribbon and a yard of lace.",
    "The club received a ton of letters after the final.",
    "He lost a kilo on holiday and kept it off.",
    "The coffee costs under a pound at the market stall.",
])
def test_a_bare_a_is_not_a_figure(text: str) -> None:
    assert lengths(text) == []
