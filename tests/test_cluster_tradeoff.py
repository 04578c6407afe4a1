"""benchmarks/cluster_tradeoff.py: the rows a story counts in, the weakest-link pruning, the training test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _module() -> ModuleType:
    path = ROOT / "benchmarks" / "cluster_tradeoff.py"
    spec = importlib.util.spec_from_file_location("cluster_tradeoff", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["cluster_tradeoff"] = mod
    spec.loader.exec_module(mod)
    return mod


def _graph(mod: ModuleType, probs: dict[tuple[int, int], float]) -> object:
    source_of = ("a", "b", "c", "d")
    groups = (frozenset({"g"}), frozenset({"g"}), frozenset({"g"}), frozenset({"h"}))
    gold = tuple((frozenset({i}), frozenset({j})) for i, j in ((0, 1), (0, 2), (1, 2)))
    return mod.Graph("07_ecbplus", probs, {}, source_of, groups, gold, {}, (frozenset(),) * 4)


def test_a_topic_counts_in_its_half_and_in_training_or_held_out() -> None:
    mod = _module()
    assert mod.parts_of("07_ecbplus") == ["ECB+ all", "ecbplus", "ecbplus train"]
    assert mod.parts_of("10_ecb") == ["ECB+ all", "ecb", "ecb held-out"]
    assert mod.parts_of("story quake") == ["stories"]


def test_prune_drops_a_member_the_model_scores_low_with_most_others() -> None:
    mod = _module()
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (0, 3): 0.05, (1, 3): 0.05, (2, 3): 0.6}
    g = _graph(mod, probs)
    assert mod.prune([[0, 1, 2, 3]], g, 0.1, 0.5) == [[0, 1, 2]]
    assert mod.prune([[0, 1, 2, 3]], g, 0.1, 0.9) == [[0, 1, 2, 3]]  # one of its three pairs is high


def test_the_figures_of_the_claims_and_the_training_test() -> None:
    mod = _module()
    g = _graph(mod, {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (2, 3): 0.9})
    whole = mod.evaluate([g], lambda _: [[0, 1, 2, 3]])
    pruned = mod.evaluate([g], lambda _: [[0, 1, 2]])
    assert whole["ecbplus train"] == (1.0, 0.5)  # 3 of 6 anchored pairs share no group
    assert pruned["ecbplus train"] == (1.0, 0.0)
    assert mod.better_on_training(pruned, whole) and not mod.better_on_training(whole, pruned)
