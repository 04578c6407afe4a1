"""P(same claim | pair features): a logistic regression shipped as a small data file.

The coefficients live in ``sourcediff/data/align_model.json``, written by
``training/train_pair_model.py`` from paraphrase pairs (MRPC train), gold
pairs of real multi-outlet stories (ECB+, training topics only) and the
project's own stories. A probability, unlike a hand-weighted similarity,
means the same on every story, so one threshold serves them all.
Run time is a dot product per pair in numpy: no learning library needed.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from sourcediff.align.features import FEATURES

MODEL_FILE = "align_model.json"


@dataclass(frozen=True)
class PairModel:
    """Logistic regression over :data:`FEATURES` (plus squares and products it lists)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def probability(self, rows: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """P(same claim) for each row of base features."""
        if len(rows) == 0:
            return np.zeros(0)
        x = expand(np.asarray(rows, dtype=np.float64), self.features)
        z = x @ np.asarray(self.weights) + self.bias
        out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        return out


def expand(base: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Columns for ``names``: a base feature, or ``a*b`` for a product of two."""
    col = {f: n for n, f in enumerate(FEATURES)}
    cols = []
    for name in names:
        left, _, right = name.partition("*")
        c = base[:, col[left]]
        cols.append(c * base[:, col[right]] if right else c)
    return np.stack(cols, axis=1) if cols else np.zeros((base.shape[0], 0))


@functools.cache
def load_model() -> PairModel:
    """The shipped model; a data file that does not match the code is a packaging bug."""
    data = json.loads(resources.files("sourcediff").joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))
    names = tuple(data["features"])
    for name in names:
        for part in name.split("*"):
            if part not in FEATURES:
                raise ValueError(f"{MODEL_FILE}: unknown feature {part!r}")
    return PairModel(names, tuple(float(w) for w in data["weights"]), float(data["bias"]))
