"""P(same claim | pair features): boosted shallow trees shipped as a small data file.

The model lives in ``sourcediff/data/align_model.json``, written by
``training/train_pair_model.py`` from paraphrase pairs (MRPC train), gold
pairs of real multi-outlet stories (ECB+, training topics only) and the
project's own stories. A probability, unlike a hand-weighted similarity,
means the same on every story, so one threshold serves them all.

Why trees and not one weight per feature: a feature's evidence is rarely a
straight line. Half the trigrams shared says much more than a quarter, a
position gap matters only past a point, a conflicting figure matters only
when present. Boosted one-split trees learn one step curve per feature and
add them up, as a logistic regression adds weights; the shipped trees have
two levels, so one curve may bend with a second feature (a word-vector match
weighs less when figures conflict): measured better on MRPC dev, held-out
ECB+ topics and the stories, and no worse on the seeds; three levels split
the seeds' facts (training/boost.py). Evaluation is array comparisons in
numpy, no learning library needed at run time.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from sourcediff.align.features import FEATURES
from sourcediff.datafiles import read_data

MODEL_FILE = "align_model.json"
# Rows whose trees are walked together (see PairModel.probability): a block's
# rows x trees arrays (600 stumps) then stay within a core's cache, which
# measured 20% faster than 2048 rows at 200,000 pairs; the result is the same.
BLOCK_ROWS = 256


@dataclass(frozen=True)
class PairModel:
    """Complete binary trees of one depth over :data:`FEATURES`; their leaves add up to a logit.

    Tree t's internal node n (breadth first, root 0) sends a row right when
    ``row[feature[t, n]] > threshold[t, n]``; ``leaf[t, k]`` is the value of
    its k-th leaf, left to right. A node that does not split has an infinite
    threshold: every row goes left.
    """

    features: tuple[str, ...]  # the columns of FEATURES the trees read, by name
    depth: int
    base: float
    feature: np.ndarray  # (trees, 2**depth - 1) indices into ``features``
    threshold: np.ndarray  # (trees, 2**depth - 1)
    leaf: np.ndarray  # (trees, 2**depth)

    def logit(self, x: np.ndarray) -> np.ndarray:
        """Summed leaf values plus the base, for rows of ``features`` columns."""
        out: np.ndarray = self.base + self.leaves(x).sum(axis=1)
        return out

    def leaves(self, x: np.ndarray) -> np.ndarray:
        """The value of the leaf each tree sends each row to: (rows, trees); a row's logit less the base."""
        if self.depth == 1:  # stumps: one comparison per tree
            right = x[:, self.feature[:, 0]] > self.threshold[:, 0]
            stumps: np.ndarray = np.where(right, self.leaf[:, 1], self.leaf[:, 0])
            return stumps
        if self.depth == 2:
            return self._two_level_leaves(x)
        # Every node's comparison at once (a column gather, no per-row walk), then the
        # leaves fold up level by level: each node takes its right or left subtree's value.
        goes_right = x[:, self.feature] > self.threshold  # (rows, trees, nodes)
        if not self.depth:
            return np.broadcast_to(self.leaf[:, 0], goes_right.shape[:2])
        # np.where broadcasts a leaf column over the rows itself: no broadcast_to per leaf, whose
        # Python-level checks cost more than the choice for the few rows of probability_each
        value: list[np.ndarray] = list(self._leaf_columns)
        for level in reversed(range(self.depth)):
            first = (1 << level) - 1
            value = [np.where(goes_right[:, :, first + k], value[2 * k + 1], value[2 * k])
                     for k in range(1 << level)]
        return value[0]

    def _two_level_leaves(self, x: np.ndarray) -> np.ndarray:
        """:meth:`leaves` of two-level trees (the shipped model's), the same values in the same layout.

        The general fold's column gather and its three ``np.where`` over rows x
        trees were a twentieth of a seeds comparison. Here each node reads its
        feature as a contiguous row of ``x.T``, the two answers on a row's path
        give the leaf's number (root's answer, then its chosen child's), and
        the leaf values are taken by number: the same choice of the same
        numbers. The result is ``(trees, rows)`` transposed, laid out as the
        fold's was, so that sums over the trees add in the same order.
        """
        trees = self.feature.shape[0]
        answers = np.ascontiguousarray(x.T)[self._node_features] > self._node_thresholds
        root, left, right = (answers.reshape(trees, 3, -1)[:, node] for node in range(3))
        child = left ^ (root & (left ^ right))  # the right child's answer where the root went right
        number = self._leaf_offsets + (root.view(np.uint8) << 1 | child.view(np.uint8))
        out: np.ndarray = self._flat_leaves.take(number).T
        return out

    @functools.cached_property
    def _node_features(self) -> np.ndarray:
        """Each node's feature, tree after tree: the rows of ``x.T`` the nodes read."""
        return self.feature.reshape(-1)

    @functools.cached_property
    def _node_thresholds(self) -> np.ndarray:
        """Each node's threshold, tree after tree, as a column (it is compared with a row of rows)."""
        return self.threshold.reshape(-1, 1)

    @functools.cached_property
    def _leaf_offsets(self) -> np.ndarray:
        """Where each tree's leaves start in :attr:`_flat_leaves`, as a column."""
        return (np.arange(self.leaf.shape[0], dtype=np.intp) << self.depth)[:, None]

    @functools.cached_property
    def _flat_leaves(self) -> np.ndarray:
        """Every leaf's value, tree after tree, left to right."""
        return np.ascontiguousarray(self.leaf).reshape(-1)

    @functools.cached_property
    def _columns(self) -> list[int]:
        """Where each of ``features`` sits in a row of :data:`FEATURES`.

        Looked up once per model: the repeat rule calls :meth:`probability_each`
        for one pair at a time, hundreds of times a story, and forty
        ``tuple.index`` scans per call were a tenth of that call.
        """
        return [FEATURES.index(f) for f in self.features]

    @functools.cached_property
    def _leaf_columns(self) -> tuple[np.ndarray, ...]:
        """Each leaf's values over the trees, ``leaf[:, k]`` as a contiguous array."""
        return tuple(np.ascontiguousarray(self.leaf[:, k]) for k in range(1 << self.depth))

    def probability(self, rows: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """P(same claim) for each row of :data:`FEATURES`, a block of rows at a time.

        The trees are walked for all rows at once, which holds a rows x trees
        array of node positions: in blocks, 200,000 candidate pairs of an
        80-source story stay a few megabytes instead of a gigabyte.
        """
        if len(rows) == 0:
            return np.zeros(0)
        base = np.asarray(rows, dtype=np.float64)
        # The model's columns are gathered block by block: a copy of all of them at once was another
        # 60 MB at 200,000 pairs, on top of the feature matrix itself.
        columns = self._columns
        logit = np.concatenate([self.logit(base[lo:lo + BLOCK_ROWS][:, columns])
                                for lo in range(0, len(base), BLOCK_ROWS)])
        return _sigmoid(logit)

    def probability_each(self, rows: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        """:meth:`probability` of each row on its own, bit for bit, for a few rows in one numpy pass.

        The aligner asks whether two passages of one source state the same
        fact (cluster.py's repeat rule) a few pairs at a time, and a call of
        :meth:`probability` costs 0.05-0.2 ms however few its rows: 1,375
        such calls, one pair each, were with their pair features about a
        tenth of an 80-source comparison.
        Here the trees are walked for all rows at once; only the sum over
        the trees is taken row by row, since numpy sums the trees of a
        block of rows in another order than those of one row (a difference
        in the last bits that could move a pair across a threshold). Every
        other step is elementwise, so each row gets exactly the number it
        would get alone.
        """
        if len(rows) == 0:
            return np.zeros(0)
        leaves = self.leaves(np.asarray(rows, dtype=np.float64)[:, self._columns])
        # a 1-d sum per row, one row's order (np.add.reduce is row.sum() without its Python wrapper)
        logit = self.base + np.array([np.add.reduce(row) for row in leaves])
        return _sigmoid(logit)


def _sigmoid(logit: np.ndarray) -> np.ndarray:
    """P from a logit, clipped so that exp never overflows."""
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logit, -30.0, 30.0)))
    return out


def from_dict(data: dict[str, Any]) -> PairModel:
    """A model from its JSON form; names a feature the code does not compute is a packaging bug."""
    names = tuple(data["features"])
    for name in names:
        if name not in FEATURES:
            raise ValueError(f"{MODEL_FILE}: unknown feature {name!r}")
    depth = int(data["depth"])
    feature = np.asarray(data["feature"], dtype=np.int64).reshape(-1, (1 << depth) - 1)
    threshold = np.asarray([[np.inf if t is None else t for t in row] for row in data["threshold"]],
                           dtype=np.float64).reshape(feature.shape)
    leaf = np.asarray(data["leaf"], dtype=np.float64).reshape(feature.shape[0], 1 << depth)
    if feature.size and (feature.min() < 0 or feature.max() >= len(names)):
        raise ValueError(f"{MODEL_FILE}: a tree reads a feature it does not list")
    return PairModel(names, depth, float(data["base"]), feature, threshold, leaf)


def to_dict(model: PairModel, about: str) -> dict[str, Any]:
    """The JSON form :func:`from_dict` reads (training/train_pair_model.py writes it)."""
    return {
        "about": about, "features": list(model.features), "depth": model.depth,
        "base": round(model.base, 6),
        "feature": model.feature.tolist(),
        "threshold": [[None if not np.isfinite(t) else round(float(t), 6) for t in row]
                      for row in model.threshold],
        "leaf": [[round(float(v), 6) for v in row] for row in model.leaf],
    }


@functools.cache
def load_model() -> PairModel:
    """The shipped model."""
    text = read_data(MODEL_FILE)
    return from_dict(json.loads(text))
