"""The training and measuring scripts of the aligner work on invented data (no ../shared needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path) -> ModuleType:
    if str(ROOT / "training") not in sys.path:  # train_pair_model.py imports boost.py beside it
        sys.path.insert(0, str(ROOT / "training"))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = mod
    spec.loader.exec_module(mod)
    return mod


def test_boosting_learns_a_rule_with_an_interaction() -> None:
    """y depends on x0 only when x1 is high: depth-2 boosted trees recover the rule."""
    boost = _module(ROOT / "training" / "boost.py")
    rng = np.random.default_rng(7)
    x = rng.random((3000, 3))
    y = ((x[:, 0] > 0.5) & (x[:, 1] > 0.3)).astype(float)
    deep = boost.boost(("a", "b", "c"), x, y, np.ones(len(y)), boost.Settings(depth=2, trees=60, rate=0.3))
    p = 1 / (1 + np.exp(-deep.logit(x)))
    assert ((p >= 0.5) == (y == 1)).mean() > 0.98
    assert deep.feature.shape == (60, 3) and deep.leaf.shape == (60, 4)


def test_cuts_fall_between_observed_values() -> None:
    boost = _module(ROOT / "training" / "boost.py")
    cuts = boost.candidate_cuts(np.array([0.0, 1 / 3, 1 / 3, 1.0]), bins=64)
    assert np.allclose(cuts, [1 / 6, 2 / 3])
    assert boost.candidate_cuts(np.ones(5), bins=64).size == 0


def test_mrpc_negatives_weigh_so_an_even_chance_lands_on_merge_at() -> None:
    train = _module(ROOT / "training" / "train_pair_model.py")
    w = train.mrpc_negative_weight(0.3)
    # odds of 1:1 under weights become (1/w):1, i.e. probability 0.3
    assert abs(1 / (1 + w) - 0.3) < 1e-9


def test_held_out_topics_keep_both_halves_together() -> None:
    train = _module(ROOT / "training" / "train_pair_model.py")
    bench = _module(ROOT / "benchmarks" / "accuracy.py")
    for folder in ("5_ecb", "5_ecbplus", "10_ecb", "12_ecbplus", "45_ecb"):
        assert train.held_out_topic(folder) == bench.held_out_topic(folder)
    assert train.held_out_topic("10_ecb") and train.held_out_topic("10_ecbplus")
    assert not train.held_out_topic("12_ecb")


def test_same_claim_decision_on_two_sentences() -> None:
    bench = _module(ROOT / "benchmarks" / "accuracy.py")
    assert bench.same_claim("The council approved a budget of $40 million for the new harbour on Monday.",
                            "On Monday the council approved the $40 million harbour budget.")
    assert not bench.same_claim("The council approved a budget of $40 million for the new harbour.",
                                "A striker scored twice as the home side won the cup final.")


def test_cache_makes_a_value_once_and_reads_it_back(tmp_path: Path) -> None:
    train = _module(ROOT / "training" / "train_pair_model.py")
    calls: list[int] = []

    def make() -> dict[str, int]:
        calls.append(1)
        return {"rows": len(calls)}

    path = tmp_path / "sub" / "analysed.pkl"
    assert train._cached(path, make) == {"rows": 1}
    assert train._cached(path, make) == {"rows": 1}
    assert len(calls) == 1
    assert train._cached(None, make) == {"rows": 2}  # no cache: made every time


def test_monotone_constraints_hold_against_a_bumpy_truth() -> None:
    """A feature constrained to raise the log-odds never lowers it, even where the data dips."""
    boost = _module(ROOT / "training" / "boost.py")
    rng = np.random.default_rng(3)
    x = rng.random((4000, 3))
    # the chance rises with x0 overall but dips in the middle, and x1 interacts with it
    logit = 3 * x[:, 0] - 2.5 * ((x[:, 0] > 0.4) & (x[:, 0] < 0.6)) + (x[:, 1] > 0.5) - 1.5
    y = (rng.random(len(x)) < 1 / (1 + np.exp(-logit))).astype(float)
    names = ("cosine", "length_ratio", "values_conflict")  # +1, unconstrained, -1 in boost.MONOTONE
    settings = boost.Settings(depth=2, trees=80, rate=0.3, monotone=True)
    model = boost.boost(names, x, y, np.ones(len(y)), settings)
    grid = np.linspace(0, 1, 101)
    for other in rng.random((30, 3)):
        rows = np.tile(other, (len(grid), 1))
        rows[:, 0] = grid
        assert np.all(np.diff(model.logit(rows)) >= -1e-9)
        rows = np.tile(other, (len(grid), 1))
        rows[:, 2] = grid
        assert np.all(np.diff(model.logit(rows)) <= 1e-9)
    free = boost.boost(names, x, y, np.ones(len(y)), boost.Settings(depth=2, trees=80, rate=0.3))
    rows = np.tile([0.0, 0.7, 0.5], (len(grid), 1))
    rows[:, 0] = grid
    assert np.any(np.diff(free.logit(rows)) < -1e-3)  # unconstrained, the trees follow the dip


def test_bags_average_in_log_odds_as_one_model() -> None:
    """Bagged models are one PairModel: every bag's trees, leaves divided by the number of bags."""
    boost = _module(ROOT / "training" / "boost.py")
    rng = np.random.default_rng(5)
    x = rng.random((1500, 2))
    y = (x[:, 0] + 0.3 * rng.standard_normal(len(x)) > 0.5).astype(float)
    w = np.ones(len(y))
    bagged = boost.boost(("a", "b"), x, y, w, boost.Settings(trees=20, bags=3, seed=1))
    assert bagged.feature.shape == (60, 3) and bagged.leaf.shape == (60, 4)
    again = boost.boost(("a", "b"), x, y, w, boost.Settings(trees=20, bags=3, seed=1))
    assert np.array_equal(bagged.leaf, again.leaf)  # seeded: reproducible
    draws = np.random.default_rng(1)
    singles = [boost.boost(("a", "b"), x, y, w * draws.poisson(1.0, len(w)), boost.Settings(trees=20))
               for _ in range(3)]
    mean = np.mean([m.logit(x) for m in singles], axis=0)
    assert np.allclose(bagged.logit(x), mean)
    p = 1 / (1 + np.exp(-bagged.logit(x)))
    assert ((p >= 0.5) == (y == 1)).mean() > 0.7  # the noise caps any model near 0.78


def test_extend_adds_the_second_models_logit_over_both_feature_lists() -> None:
    """A continued model reads the first model's features and the new ones, and sums the two logits."""
    boost = _module(ROOT / "training" / "boost.py")
    rng = np.random.default_rng(3)
    x = rng.random((800, 3))
    y = ((x[:, 0] > 0.5) | (x[:, 2] > 0.8)).astype(float)
    first = boost.boost(("a", "b"), x[:, :2], y, np.ones(len(y)), boost.Settings(trees=20, rate=0.3))
    start = first.logit(x[:, :2])
    settings = boost.Settings(trees=10, rate=0.3)
    more = boost.boost(("c", "a"), x[:, [2, 0]], y, np.ones(len(y)), settings, start)
    assert more.base == 0.0
    both = boost.extend(first, more)
    assert both.features == ("a", "b", "c")
    assert both.feature.shape == (30, 3)
    assert np.allclose(both.logit(x), start + more.logit(x[:, [2, 0]]))
    # the trees added fit what the first model left: the log loss on the rows falls
    p0, p1 = (1 / (1 + np.exp(-z)) for z in (start, both.logit(x)))
    loss = [float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) for p in (p0, p1)]
    assert loss[1] < loss[0]


def test_extend_refuses_trees_of_another_depth() -> None:
    boost = _module(ROOT / "training" / "boost.py")
    rng = np.random.default_rng(4)
    x = rng.random((200, 2))
    y = (x[:, 0] > 0.5).astype(float)
    one = boost.boost(("a", "b"), x, y, np.ones(len(y)), boost.Settings(depth=1, trees=3))
    two = boost.boost(("a", "b"), x, y, np.ones(len(y)), boost.Settings(depth=2, trees=3))
    try:
        boost.extend(one, two)
    except ValueError:
        return
    raise AssertionError("extend joined trees of two depths")
