"""Two figures of a stage race the extractors and the lone join missed (the cyclingstage story).

- A power to weight, "5.9W/kg" in the specialist press, "5.9 watts per
  kilogram" in a paper, is one measure; a bare "6W" and a path stay unread.
- A bound in whole hours or minutes ("just over four hours", "under three
  hours") is the race time to the second it rounds (4:07:12), so a lone
  tabloid bound joins the agreed race time; a time a whole step away does
  not.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import elapsed, numbers
from sourcediff.lonejoin import join_lone_bounds, timed_within_step
from sourcediff.model import Article, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.segment import segment

ORDER = {"wire": 0, "tabloid": 1, "trade": 2}


def _found(text: str, source: str = "t") -> list[Mention]:
    article = Article.from_text(text, id=source, published="2026-07-11")
    ps = segment(article)
    return [*numbers.extract(article, ps), *elapsed.extract(article, ps)]


@pytest.mark.parametrize(("text", "raw"), [
    ("Her team said she held 5.9W/kg over the last climb.", "5.9W/kg"),
    ("The coach put his output at 5.9 W/kg for twenty minutes.", "5.9 W/kg"),
    ("Data from his bike showed 5.9 watts per kilogram on the ascent.", "5.9 watts per kilogram"),
])
def test_power_to_weight_is_a_measure(text: str, raw: str) -> None:
    power = [m for m in _found(text) if m.value.canonical().endswith("watt per kilogram")]
    assert [m.raw for m in power] == [raw]
    assert power[0].value.canonical() == "5.9 watt per kilogram"


@pytest.mark.parametrize("text", [
    "The reading lamp draws 6W and weighs 2 kg.",
    "The file sits at /data/5.9W/kg/report on the server.",
])
def test_a_bare_wattage_or_a_path_is_no_power_to_weight(text: str) -> None:
    assert not [m for m in _found(text) if "watt per kilogram" in m.value.canonical()]


def _one(text: str, source: str) -> Mention:
    found = [m for m in _found(text, source) if m.value.canonical() != "1 stage"]
    assert len(found) == 1, found
    return found[0]


def test_hours_bound_meets_the_race_time_it_rounds() -> None:
    race = _one("Dalby won the stage in 4:07:12 after a long solo.", "wire")
    bound = _one("Dalby was out on his own for just over four hours.", "tabloid")
    below = _one("The riders were in the saddle for under five hours.", "tabloid")
    assert timed_within_step(bound, race)
    assert timed_within_step(below, race)


@pytest.mark.parametrize("text", [
    "Dalby was out on his own for more than three hours.",  # 4:07:12 is "more than four hours"
    "Dalby was out on his own for about four hours.",  # a hedge is no bound
    "Dalby was out on his own for four hours.",
])
def test_a_time_a_step_away_or_no_bound_is_not_within_it(text: str) -> None:
    race = _one("Dalby won the stage in 4:07:12 after a long solo.", "wire")
    assert not timed_within_step(_one(text, "tabloid"), race)


def _agreed(*ms: Mention) -> Judged:
    return (list(ms), Verdict.AGREE, None, None)


def test_a_lone_hours_bound_joins_the_agreed_race_time() -> None:
    wire = _one("Dalby won the stage in 4:07:12 after a long solo.", "wire")
    trade = _one("Dalby: 4h07'12\" for the stage.", "trade")
    lone = _one("Dalby was out on his own for just over four hours.", "tabloid")
    facts = join_lone_bounds([_agreed(wire, trade), ([lone], Verdict.UNIQUE, None, None)], ORDER)
    assert [[m.source for m in g] for g, *_ in facts] == [["wire", "tabloid", "trade"]]
    assert facts[0][1] is Verdict.AGREE


def test_a_lone_hours_bound_far_from_the_race_time_stays_apart() -> None:
    wire = _one("Dalby won the stage in 4:07:12 after a long solo.", "wire")
    trade = _one("Dalby: 4h07'12\" for the stage.", "trade")
    lone = _one("The convoy had been on the road for more than six hours.", "tabloid")
    facts = join_lone_bounds([_agreed(wire, trade), ([lone], Verdict.UNIQUE, None, None)], ORDER)
    assert len(facts) == 2
