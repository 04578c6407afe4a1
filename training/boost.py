"""Gradient-boosted shallow trees for a weighted logistic loss, in plain numpy.

The pair model (:class:`sourcediff.align.model.PairModel`) is a sum of complete
binary trees of one depth. This module grows them: Newton boosting on the
log loss (each tree fits the loss's gradient and curvature, its leaves take
the Newton step, shrunk by ``rate``), with split points searched on at most
``bins`` candidate thresholds per feature, as histogram boosting libraries
do. No learning library is needed, at training time either; 300 depth-2
trees over fifty thousand pairs take about a minute.

Candidate thresholds lie halfway between two values seen in training, so
rounding them to six decimals when the model is written moves no training
row to the other side unless two distinct values lie within a millionth.

Two options, both off by default (issue #11, benchmarks/notes/model_mono_bag.md):

* ``monotone``: a feature of :data:`MONOTONE` may only raise (or only lower)
  the log-odds, all else equal, as in LightGBM's and XGBoost's monotone
  constraints: a split on it is taken only when its two children's values
  keep the direction, and the midpoint of the two bounds every leaf below
  (so a depth-2 tree's second level cannot undo its first). A pair sharing
  more evidence then never scores lower, on stories unlike the training ones.
* ``bags``: that many models, each on a bootstrap resample of the rows (a
  Poisson(1) weight per row, seeded), averaged in log-odds; the result is one
  :class:`PairModel` whose trees are all the bags' trees with leaves divided
  by ``bags``, so the run-time model and its file format are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sourcediff.align.model import PairModel


@dataclass(frozen=True)
class Settings:
    """How many trees, how deep, how fast and how cautious the boosting is."""

    # Depth 2 lets one feature's curve depend on another (a word-vector match
    # counts for less when the figures conflict). With the word-vector features,
    # 300 depth-2 trees against 600 stumps (benchmarks/accuracy.py): MRPC dev
    # 0.764 -> 0.778, held-out ECB+ align_recall 0.715 -> 0.731 (ecb half) but
    # 0.519 -> 0.488 (ecbplus half), stories' mean 0.82 -> 0.86, seeds unchanged
    # (1.00, wrong 0.12). Depth 3 fitted the ECB+ training topics better but
    # split the seeds' facts (seeds align_recall 0.88), and was not kept.
    depth: int = 2
    trees: int = 300
    rate: float = 0.1  # shrinkage of each tree's leaves
    l2: float = 1.0  # on leaf values: a leaf over little evidence stays near 0
    min_weight: float = 1.0  # least curvature (weighted rows) each side of a split must keep
    bins: int = 64
    monotone: bool = False  # constrain the features of MONOTONE to their direction
    bags: int = 1  # models averaged in log-odds, each on a bootstrap resample
    seed: int = 0  # of the bootstrap resamples


# The direction each feature's evidence may take, chosen by what the feature
# means (never by what a fit preferred): +1 more of it may only raise P(same
# claim), -1 only lower it. Left out, unconstrained: features whose meaning has
# no direction on its own (length_ratio, length_gap, position_gap: a fact-box
# line and a lead can be far apart and of any length; small_story: how big the
# comparison is, context for the others; extra_max: a lead against a one-fact
# line adds many words to a true pair).
MONOTONE: dict[str, int] = {
    # shared content, weighted or not: more shared words, runs, names or figures
    **dict.fromkeys(("cosine", "cover_min", "cover_max", "shared_terms", "values_shared", "names_shared",
                     "chars", "stem1_min", "stem1_max", "stem2_min", "stem2_max", "stem3_min", "stem3_max",
                     "stem4_min", "stem4_max", "word1_min", "word1_max", "word2_min", "word2_max",
                     "lcs_min", "lcs_max", "edit"), 1),
    # word-vector matches and the judge's similarity, and how close the pair is to each one's best
    **dict.fromkeys(("soft_min", "soft_max", "mean_cosine", "similarity", "best_ratio_min",
                     "best_ratio_max"), 1),
    # disagreement: figures or names one lacks, a value family without a common value,
    # one side negated, words only one side has (the side adding fewer)
    **dict.fromkeys(("values_conflict", "numbers_unmatched", "capitals_unmatched", "negation_mismatch",
                     "unmatched_min", "unmatched_max", "extra_min"), -1),
}


def candidate_cuts(column: np.ndarray, bins: int) -> np.ndarray:
    """Up to ``bins - 1`` thresholds at quantiles, each halfway between two observed values."""
    seen = np.unique(column)
    if len(seen) < 2:
        return np.zeros(0)
    mids = (seen[:-1] + seen[1:]) / 2
    if len(mids) < bins:
        return mids
    q = np.quantile(column, np.linspace(0, 1, bins + 1)[1:-1])
    at = np.clip(np.searchsorted(seen, q, side="right"), 1, len(seen) - 1)
    return np.unique(mids[at - 1])


def _best_split(codes: np.ndarray, g: np.ndarray, h: np.ndarray, n_cuts: np.ndarray,
                s: Settings, mono: np.ndarray | None = None, bounds: tuple[float, float] = (-np.inf, np.inf),
                ) -> tuple[int, int, float, float, float]:
    """Feature, cut index, gain of the best split of these rows (gain 0 when none helps), child values.

    With ``mono`` (each feature's direction, 0 for none) and ``bounds`` (the
    least and most a leaf below may take), child values are clipped to the
    bounds, a split against its feature's direction is not allowed, and the
    gain is that of the clipped values. The child values are Newton steps
    before shrinkage.
    """
    n_features = codes.shape[1]
    width = s.bins + 1
    at = (codes + np.arange(n_features) * width).ravel()
    grad = np.bincount(at, np.repeat(g, n_features), minlength=n_features * width).reshape(n_features, width)
    hess = np.bincount(at, np.repeat(h, n_features), minlength=n_features * width).reshape(n_features, width)
    gl, hl = np.cumsum(grad, axis=1)[:, :-1], np.cumsum(hess, axis=1)[:, :-1]
    gt, ht = grad.sum(axis=1, keepdims=True), hess.sum(axis=1, keepdims=True)
    gr, hr = gt - gl, ht - hl
    exists = np.arange(width - 1)[None, :] < n_cuts[:, None]
    valid = (hl >= s.min_weight) & (hr >= s.min_weight) & exists
    wl, wr = -gl / (hl + s.l2), -gr / (hr + s.l2)
    if mono is None:
        gain = gl**2 / (hl + s.l2) + gr**2 / (hr + s.l2) - gt**2 / (ht + s.l2)
    else:
        lo, hi = bounds
        wl, wr = np.clip(wl, lo, hi), np.clip(wr, lo, hi)
        wp = np.clip(-gt / (ht + s.l2), lo, hi)
        gain = _objective(gl, hl, wl, s) + _objective(gr, hr, wr, s) - _objective(gt, ht, wp, s)
        m = mono[:, None]
        valid &= ~(((m > 0) & (wl > wr)) | ((m < 0) & (wl < wr)))
    gain = np.where(valid, gain, -np.inf)
    f, k = np.unravel_index(int(np.argmax(gain)), gain.shape)
    best = float(gain[f, k])
    if not np.isfinite(best):
        return int(f), int(k), 0.0, 0.0, 0.0
    return int(f), int(k), best, float(wl[f, k]), float(wr[f, k])


def _objective(g: np.ndarray, h: np.ndarray, w: np.ndarray, s: Settings) -> np.ndarray:
    """Twice the loss reduction of a leaf taking value ``w`` (g**2 / (h + l2) at the best w)."""
    out: np.ndarray = -(2 * g * w + (h + s.l2) * w**2)
    return out


def _grow(x: np.ndarray, codes: np.ndarray, cuts: list[np.ndarray], g: np.ndarray, h: np.ndarray,
          s: Settings, mono: np.ndarray | None = None
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One complete tree: its features, thresholds, each row's leaf and each leaf's value.

    A leaf's value is its Newton step, shrunk by ``rate``; with ``mono``,
    clipped to the bounds its constrained ancestors set (see _best_split).
    """
    nodes = (1 << s.depth) - 1
    feature = np.zeros(nodes, dtype=np.int64)
    threshold = np.full(nodes, np.inf)
    n_cuts = np.array([len(c) for c in cuts])
    at = np.zeros(len(g), dtype=np.int64)
    bounds = [(-np.inf, np.inf)]  # of each node of the level, left to right
    for level in range(s.depth):
        first = (1 << level) - 1
        below: list[tuple[float, float]] = []
        for k in range(1 << level):
            rows = at == k
            lo, hi = bounds[k]
            left, right = bounds[k], bounds[k]
            if rows.sum() >= 2:
                f, cut, gain, wl, wr = _best_split(codes[rows], g[rows], h[rows], n_cuts, s, mono, bounds[k])
                if gain > 0:
                    feature[first + k], threshold[first + k] = f, cuts[f][cut]
                    if mono is not None and mono[f]:
                        mid = (wl + wr) / 2
                        left, right = ((lo, min(hi, mid)), (max(lo, mid), hi)) if mono[f] > 0 else \
                            ((max(lo, mid), hi), (lo, min(hi, mid)))
            below += [left, right]
        bounds = below
        node = first + at
        at = 2 * at + (x[np.arange(len(at)), feature[node]] > threshold[node])
    n_leaves = 1 << s.depth
    step = np.bincount(at, g, minlength=n_leaves) / (np.bincount(at, h, minlength=n_leaves) + s.l2)
    if mono is None:
        return feature, threshold, at, -s.rate * step
    value = np.clip(-step, [b[0] for b in bounds], [b[1] for b in bounds])
    # A leaf no row reaches (under a node that did not split) takes its sibling's value, so that
    # the tree reads the same whichever way an unsplit node sends a row.
    hits = np.bincount(at, minlength=n_leaves) > 0
    value = np.where(hits, value, value[np.arange(n_leaves) ^ 1])
    return feature, threshold, at, s.rate * value


def boost(names: tuple[str, ...], x: np.ndarray, y: np.ndarray, w: np.ndarray,
          s: Settings = Settings(), start: np.ndarray | None = None) -> PairModel:
    """Trees whose summed leaves are the log-odds of ``y`` given ``x``, rows weighted by ``w``.

    ``x`` holds the columns ``names`` (features the model will read by name).
    With ``s.bags`` above 1, the average in log-odds of that many models,
    each trained on a bootstrap resample of the rows (see the module docstring).
    """
    if s.bags <= 1:
        return _boost_one(names, x, y, w, s, start)
    rng = np.random.default_rng(s.seed)
    bags = [_boost_one(names, x, y, w * rng.poisson(1.0, len(w)), s, start) for _ in range(s.bags)]
    return PairModel(names, s.depth, float(np.mean([b.base for b in bags])),
                     np.concatenate([b.feature for b in bags]), np.concatenate([b.threshold for b in bags]),
                     np.concatenate([b.leaf for b in bags]) / s.bags)


def _boost_one(names: tuple[str, ...], x: np.ndarray, y: np.ndarray, w: np.ndarray, s: Settings,
               start: np.ndarray | None = None) -> PairModel:
    """One boosted model (rows of weight 0 take no part)."""
    cuts = [candidate_cuts(x[w > 0, f], s.bins) for f in range(x.shape[1])]
    # code c means the value lies above exactly c cuts: "value > cut k" is "code > k"
    codes = np.stack([np.searchsorted(c, x[:, f], side="left") for f, c in enumerate(cuts)], axis=1)
    prior = float(np.clip((w * y).sum() / w.sum(), 1e-4, 1 - 1e-4))
    base = float(np.log(prior / (1 - prior))) if start is None else 0.0
    z = np.full(len(y), base) if start is None else np.array(start, dtype=np.float64)
    mono = np.array([MONOTONE.get(n, 0) for n in names]) if s.monotone else None
    feats, thresholds, leaves = [], [], []
    for _ in range(s.trees):
        p = 1.0 / (1.0 + np.exp(-z))
        g, h = w * (p - y), w * p * (1 - p)
        feature, threshold, at, leaf = _grow(x, codes, cuts, g, h, s, mono)
        z += leaf[at]
        feats.append(feature)
        thresholds.append(threshold)
        leaves.append(leaf)
    return PairModel(names, s.depth, base, np.array(feats), np.array(thresholds), np.array(leaves))


def extend(first: PairModel, more: PairModel) -> PairModel:
    """One model whose logit is ``first``'s plus ``more``'s (trees of one depth), over both feature lists.

    Continuing a shipped model with a few trees over new features keeps what
    it does on the stories its thresholds were set on, and adds only what the
    new features explain beyond it (benchmarks/notes/pairmodel27.md).
    """
    if first.depth != more.depth:
        raise ValueError("extend: the two models' trees differ in depth")
    names = (*first.features, *(f for f in more.features if f not in first.features))
    remap = np.asarray([names.index(f) for f in more.features], dtype=np.int64)
    return PairModel(names, first.depth, first.base + more.base,
                     np.concatenate([first.feature, remap[more.feature]]),
                     np.concatenate([first.threshold, more.threshold]),
                     np.concatenate([first.leaf, more.leaf]))
