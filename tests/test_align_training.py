"""The training and measuring scripts of the aligner work on invented data (no ../shared needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = mod
    spec.loader.exec_module(mod)
    return mod


def test_fit_recovers_a_known_logistic_model() -> None:
    train = _module(ROOT / "training" / "train_pair_model.py")
    rng = np.random.default_rng(7)
    x = rng.normal(size=(4000, 2))
    true = np.array([2.0, -1.0])
    y = (rng.random(4000) < 1 / (1 + np.exp(-(x @ true + 0.5)))).astype(float)
    coef, bias = train.fit(x, y, np.ones(len(y)), l2=0.01)
    assert np.allclose(coef, true, atol=0.25)
    assert abs(bias - 0.5) < 0.2


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
