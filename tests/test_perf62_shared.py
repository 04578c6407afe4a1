"""perf62: work done twice or walked in Python, done once in C.

Six align steps each built "passage -> the claims holding it" with their own loop; they now share
``clusterbase.holders``, built once per step from the claims that step was given.
"""

from __future__ import annotations

from types import ModuleType

import pytest

import sourcediff.align.clausejoin as clausejoin
import sourcediff.align.clusterbase as clusterbase
import sourcediff.align.clusterrefine as clusterrefine
import sourcediff.align.clusterseats as clusterseats
import sourcediff.align.leadjoin as leadjoin
import sourcediff.align.quotejoin as quotejoin
import sourcediff.align.splitseat as splitseat


def test_holders_maps_each_passage_to_the_claims_holding_it_in_claim_order() -> None:
    holding = clusterbase.holders([[0, 4, 7], [4, 9], [2], [7, 4]])
    assert dict(holding) == {0: [0], 4: [0, 1, 3], 7: [0, 3], 9: [1], 2: [2]}
    assert holding[5] == []  # a passage in no claim reads as in none, as the joins read it


@pytest.mark.parametrize("module", [clausejoin, clusterrefine, clusterseats, leadjoin, quotejoin, splitseat])
def test_every_seating_step_builds_the_map_with_the_one_helper(module: ModuleType) -> None:
    assert module.holders is clusterbase.holders
