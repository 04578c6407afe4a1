"""The dense tallies of agglomerate give the claims the per-cluster dict walks give, at many sources.

A merge at 40-80 sources re-queues dozens of clusters; their same-source and looked-at tallies are
read from per-source integer rows (agglomeration._Dense) once a batch is DENSE_BATCH long. These
tests force each path and hold the claims equal, with and without passages the candidate index cut
short, and with repeats of one source inside a claim.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

import pytest

from sourcediff.align import agglomeration
from sourcediff.align.agglomeration import agglomerate
from sourcediff.align.clusterbase import Pair, Thresholds


def _story(seed: int, n_sources: int) -> tuple[dict[Pair, float], list[str], dict[int, set[str]], set[Pair]]:
    """A story told by many outlets: each states some of a dozen facts, a few twice (a repeat)."""
    rng = random.Random(seed)
    outlets = [f"outlet-{k}" for k in range(n_sources)]
    source_of: list[str] = []
    fact_of: list[int] = []
    for outlet in outlets:
        for fact in rng.sample(range(12), rng.randint(3, 10)):
            for _ in range(1 + (rng.random() < 0.1)):
                source_of.append(outlet)
                fact_of.append(fact)
    n = len(source_of)
    probs: dict[Pair, float] = {}
    for i in range(n):
        for j in range(i + 1, n):
            if source_of[i] != source_of[j] and rng.random() < 0.35:
                base = 0.8 if fact_of[i] == fact_of[j] else 0.15
                probs[i, j] = round(min(1.0, max(0.0, base + rng.uniform(-0.2, 0.2))), 2)
    looked = {x: set(rng.sample([o for o in outlets if o != source_of[x]], min(8, n_sources - 1)))
              for x in range(n) if rng.random() < 0.4}
    repeats = {(i, j) for i in range(n) for j in range(i + 1, n)
               if source_of[i] == source_of[j] and fact_of[i] == fact_of[j]}
    return probs, source_of, looked, repeats


def _claims(monkeypatch: pytest.MonkeyPatch, dense: bool, probs: Mapping[Pair, float],
            source_of: Sequence[str], t: Thresholds, looked: Mapping[int, set[str]] | None,
            repeats: set[Pair]) -> list[list[int]]:
    with monkeypatch.context() as m:
        m.setattr(agglomeration, "DENSE_BATCH", 1 if dense else 10**9)
        m.setattr(agglomeration, "DENSE_CELLS", 1 << 30 if dense else 0)
        return agglomerate(probs, lambda a, b: 0.9 if (min(a, b), max(a, b)) in repeats else 0.1,
                           source_of, t, looked)


@pytest.mark.parametrize("seed", range(12))
def test_dense_tallies_grow_the_claims_the_dicts_grow(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    probs, source_of, looked, repeats = _story(seed, n_sources=6 + 3 * seed)
    for t in (Thresholds(), Thresholds(max_weight=0.0), Thresholds(merge_at=0.5, unknown=0.1),
              Thresholds(merge_at=0.05, unknown=0.1)):
        for cut in (None, looked):  # without cut passages both runs take the dicts
            dicts = _claims(monkeypatch, False, probs, source_of, t, cut, repeats)
            assert _claims(monkeypatch, True, probs, source_of, t, cut, repeats) == dicts


def _every_other(source_of: Sequence[str]) -> dict[int, set[str]]:
    """Every passage cut short by the candidate index yet looking in every other source: the tables' path."""
    return {x: set(source_of) - {own} for x, own in enumerate(source_of)}


def test_a_fact_every_outlet_states_is_one_claim_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # Forty outlets each state one fact once; every pair links strongly: one claim of all forty.
    source_of = [f"outlet-{k}" for k in range(40)]
    probs = {(i, j): 0.9 for i in range(40) for j in range(i + 1, 40)}
    for dense in (False, True):
        for cut in (None, _every_other(source_of)):
            claims = _claims(monkeypatch, dense, probs, source_of, Thresholds(), cut, set())
            assert claims == [list(range(40))]


def test_a_repeat_that_is_not_one_keeps_two_claims_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # Outlet 0 states two different figures; twenty outlets each echo one or the other.
    source_of = ["outlet-0", "outlet-0"] + [f"outlet-{k}" for k in range(1, 21)]
    probs: dict[Pair, float] = {}
    for x in range(2, 22):
        side = x % 2
        probs[side, x] = 0.9
        for y in range(x + 1, 22):
            probs[x, y] = 0.9 if y % 2 == side else 0.05
    expected = [[0, *range(2, 22, 2)], [1, *range(3, 22, 2)]]
    for dense in (False, True):
        for cut in (None, _every_other(source_of)):
            assert sorted(_claims(monkeypatch, dense, probs, source_of, Thresholds(), cut, set())) == expected


def test_no_passages_no_tables() -> None:
    assert agglomerate({}, lambda a, b: 0.0, [], Thresholds()) == []
