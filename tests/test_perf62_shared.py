"""perf62: work done twice or walked in Python, done once in C.

Six align steps each built "passage -> the claims holding it" with their own loop; they now share
``clusterbase.holders``, built once per step from the claims that step was given. ``elapsed`` asked
``cues.figure_unit`` for minutes and seconds after a figure by a Python walk over every "m" and "s" of
every passage; it is now one compiled search, the same answer.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest

import sourcediff.align.clausejoin as clausejoin
import sourcediff.align.clusterbase as clusterbase
import sourcediff.align.clusterrefine as clusterrefine
import sourcediff.align.clusterseats as clusterseats
import sourcediff.align.leadjoin as leadjoin
import sourcediff.align.quotejoin as quotejoin
import sourcediff.align.splitseat as splitseat
import sourcediff.extract.cues as cues
import sourcediff.extract.elapsed as elapsed


def test_holders_maps_each_passage_to_the_claims_holding_it_in_claim_order() -> None:
    holding = clusterbase.holders([[0, 4, 7], [4, 9], [2], [7, 4]])
    assert dict(holding) == {0: [0], 4: [0, 1, 3], 7: [0, 3], 9: [1], 2: [2]}
    assert holding[5] == []  # a passage in no claim reads as in none, as the joins read it


@pytest.mark.parametrize("module", [clausejoin, clusterrefine, clusterseats, leadjoin, quotejoin, splitseat])
def test_every_seating_step_builds_the_map_with_the_one_helper(module: ModuleType) -> None:
    assert module.holders is clusterbase.holders

@pytest.mark.parametrize("text, minutes, seconds", [
    ("She finished in 2 hours 14 minutes and 9 seconds.", True, True),
    ("The ferry left at 9 and the 14m yacht followed.", True, False),
    ("A 30 s clip of the 10 mins run.", True, True),
    ("Some 300 members met in the main hall.", False, False),
    ("He ran 10 miles in 58min.", True, False),  # "miles" is no unit of minutes: "58min" is
    ("The 4minutes_old record and 5 smiles.", False, False),  # no word ends after the unit
    ("Dans 12\u00a0min la course part; \u0663 s.", True, True),  # Unicode space and digit, as \\s and \\d
])
def test_the_compiled_unit_search_finds_what_the_figure_pattern_finds(text: str, minutes: bool,
                                                                      seconds: bool) -> None:
    assert (elapsed._MINUTE_FIGURE.search(text) is not None) is minutes
    assert (elapsed._SECOND_FIGURE.search(text) is not None) is seconds
    assert cues.figure_unit(text, *elapsed.MINUTE_UNITS) is minutes
    assert cues.figure_unit(text, *elapsed.SECOND_UNITS) is seconds
    reference = re.compile(rf"\d\s?(?:{'|'.join(elapsed.MINUTE_UNITS)})\b")
    assert (reference.search(text) is not None) is minutes


def test_the_elapsed_extractor_compiles_its_unit_searches_once() -> None:
    assert elapsed._MINUTE_FIGURE.pattern == cues.figure_unit_pattern(*elapsed.MINUTE_UNITS)
    assert elapsed._SECOND_FIGURE.pattern == cues.figure_unit_pattern(*elapsed.SECOND_UNITS)
