"""The two-level trees' leaf lookup gives the general fold's numbers bit for bit, laid out the same way.

PairModel.leaves reads two-level trees (the shipped model's depth) by leaf
number; the logits sum its result over the trees, so the values, their
layout and the sums' bits must be those of the level-by-level np.where fold.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from sourcediff.align.model import PairModel, load_model


def _folded(model: PairModel, x: np.ndarray) -> np.ndarray:
    """The general fold (PairModel.leaves for any depth), written out for depth two."""
    goes_right = x[:, model.feature] > model.threshold
    value = [np.ascontiguousarray(model.leaf[:, k]) for k in range(4)]
    for level in (1, 0):
        first = (1 << level) - 1
        value = [np.where(goes_right[:, :, first + k], value[2 * k + 1], value[2 * k])
                 for k in range(1 << level)]
    return value[0]


def _models() -> list[PairModel]:
    shipped = load_model()
    rng = np.random.default_rng(3)
    trees, width = 40, len(shipped.features)
    threshold = rng.random((trees, 3))
    threshold[rng.random((trees, 3)) < 0.2] = np.inf  # nodes that do not split
    invented = dataclasses.replace(shipped, feature=rng.integers(0, width, (trees, 3)), threshold=threshold,
                                   leaf=rng.normal(size=(trees, 4)))
    return [shipped, invented]


def test_two_level_leaves_are_the_folds_numbers_in_its_layout() -> None:
    rng = np.random.default_rng(11)
    for model in _models():
        width = len(model.features)
        for rows in (1, 2, 43, 256):
            x = rng.random((rows, width)) * rng.choice([0.1, 1.0, 3.0], (rows, width))
            x[::5, : width // 2] = model.threshold.flat[0] if np.isfinite(model.threshold.flat[0]) else 0.5
            x[rng.random((rows, width)) < 0.02] = np.nan
            got, want = model.leaves(x), _folded(model, x)
            assert got.shape == want.shape and got.dtype == want.dtype
            assert got.tobytes(order="A") == want.tobytes(order="A")
            assert (got.flags.f_contiguous, got.flags.c_contiguous) == (want.flags.f_contiguous,
                                                                         want.flags.c_contiguous)
            assert got.sum(axis=1).tobytes() == want.sum(axis=1).tobytes()
            rows_alone = zip(got, want, strict=True)
            assert all(np.add.reduce(a).tobytes() == np.add.reduce(b).tobytes() for a, b in rows_alone)
