"""Word vectors: how close two passages are in meaning when they are worded differently.

The other pair features only see shared stems, so "shares climbed" and
"stock rose" share nothing. Each content word here gets a GloVe vector
(``data/word_vectors.*``, built by ``training/build_vectors.py``: the 40,000
most frequent words, int8 with a per-row scale, about 2 MB, read lazily with
numpy) and a weight from its frequency rank in a large corpus: a rarity that
means the same on two sentences as on an 80-outlet story, unlike the story's
own IDF. A word without a vector (a rare name, a figure) matches only itself.

Features of a pair, all symmetric (min and max of the two directions), 0..1:

* ``soft_min``/``soft_max``: each word's best cosine with any word of the
  other passage, averaged with the word weights (soft word alignment, as in
  monolingual alignment and MT metrics such as METEOR's synonym stage);
* ``unmatched_min``/``unmatched_max``: the weighted share of words whose best
  cosine stays under :data:`MATCHED`, what one passage says the other does not;
* ``mean_cosine``: the cosine of the two weighted mean vectors.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sourcediff.align.sparse import shared_entries, sparse_rows
from sourcediff.datafiles import DATA_DIR, read_data
from sourcediff.terms import STOP

VECTOR_FEATURES = ("soft_min", "soft_max", "unmatched_min", "unmatched_max", "mean_cosine")
# The table's parts, plain .npy arrays and a word list: read with np.load and no zip
# archive (an .npz needs zipfile, and its inflating cost every compare ~10 ms).
VECTOR_FILES = {"vectors": "word_vectors.int8.npy", "scale": "word_vectors.scale.npy",
                "rank": "word_vectors.rank.npy", "words": "word_vectors.txt"}
DIM = 50
# A word whose best cosine in the other passage is below this is counted unmatched:
# in GloVe 50d a synonym or an inflection scores above it, two unrelated news words below.
MATCHED = 0.7
# The rank a word missing from the table is taken to have (rarer than all of it).
OOV_RANK = 100_000
# Pairs whose word maxima are taken at once: a chunk's temporaries (its pairs' words,
# about 7 a passage) stay a few MB; more chunks cost only a split first passage each.
PAIRS_PER_CHUNK = 8192


@dataclass(frozen=True)
class Table:
    """The shipped vectors: word -> row, unit rows and each word's corpus frequency rank.

    The rows are computed in float32 and kept as float64 (every float32 is a
    float64, so the numbers are the same): a passage's rows are taken out
    hundreds of times a comparison (`_vectors_of`), and converting them on
    every take cost more than the take itself. The float64 copy is 16 MB,
    8 MB more than float32, once per process.
    """

    row: dict[str, int]
    unit: np.ndarray
    rank: np.ndarray


@functools.cache
def load_table() -> Table:
    """Read the table once, the first time a comparison needs it."""
    words = read_data(VECTOR_FILES["words"]).split("\n")[:-1]
    vec = (np.load(DATA_DIR / VECTOR_FILES["vectors"], allow_pickle=False).astype(np.float32)
           * np.load(DATA_DIR / VECTOR_FILES["scale"], allow_pickle=False).astype(np.float32)[:, None])
    rank = np.load(DATA_DIR / VECTOR_FILES["rank"], allow_pickle=False).astype(np.int64)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-6)
    return Table({w: i for i, w in enumerate(words)}, vec.astype(np.float64), rank)


def weight_of_rank(rank: int) -> float:
    """How much a word says, from how common it is: log of its rank, at least 1."""
    return max(1.0, math.log(rank))


@dataclass(frozen=True)
class Meaning:
    """A passage's distinct content words as vectors and weights, and those without a vector."""

    rows: np.ndarray  # (k,) int32: the words' rows in the table
    weights: np.ndarray  # (k,) float64
    other: dict[str, float]  # words without a vector -> weight; they match only themselves
    mean: np.ndarray  # (DIM,) unit weighted mean of ``vectors`` (zeros when there are none)
    total: float  # the weight of every word, with and without a vector
    # sum(other.values()), summed once here: every pair read it again (clause rows at 80 sources: 45k rows)
    other_mass: float

    @property
    def vectors(self) -> np.ndarray:
        """(k, DIM) unit rows, float64: batched and pairwise sums agree to 1e-12.

        Made when asked from the table's rows, not kept: every passage of a
        comparison holds its Meaning to the end, and its float64 vectors were
        the largest part of that (10 MiB at 80 sources); a row index is 100
        times smaller, and converting it again gives the very same numbers.
        """
        return _vectors_of(self.rows)


def _vectors_of(rows: np.ndarray) -> np.ndarray:
    """The table's unit vectors of ``rows``, float64 (the float32 rows, exactly: see `Table`).

    ``take`` rather than ``unit[rows]``: the same rows, without the general
    indexing machinery, which cost more than the copy for a passage's words.
    """
    vectors: np.ndarray = load_table().unit.take(rows, axis=0)
    return vectors


def _lookup(word: str, table: Table) -> int | None:
    """The table row of a word, or of its base ("obama's" -> "obama"), or None."""
    row = table.row.get(word)
    if row is None and "'" in word:
        row = table.row.get(word.split("'", 1)[0])
    return row


@functools.lru_cache(maxsize=65536)
def _entry(word: str) -> tuple[int, float] | None:
    """A content word's table row and weight, None without a vector; asked once per distinct word.

    A passage's words recur across the story and across comparisons: the
    lookup and the rank's logarithm were a third of :func:`meaning`'s time.
    """
    table = load_table()
    row = _lookup(word, table)
    return None if row is None else (row, weight_of_rank(int(table.rank[row])))


# `_word_entry`'s answers for a word that `meaning` skips and for a content word without a vector
_SKIPPED = (-1, 0.0)
_NO_VECTOR = (-2, 0.0)


@functools.lru_cache(maxsize=65536)
def _word_entry(word: str) -> tuple[int, float]:
    """`_entry` of a content word, `_NO_VECTOR` without one, `_SKIPPED` for a stop word or a figure.

    A passage's words recur across the story: the stop list, the first
    letter's test and `_entry`'s lookup were three steps a word in `meaning`'s
    loop, now one cache hit for a word seen before (the same steps, in the same
    order, on its first sight).
    """
    if word in STOP or not word[0].isalpha():
        return _SKIPPED
    entry = _entry(word)
    return _NO_VECTOR if entry is None else entry


def meaning(words: Sequence[str]) -> Meaning:
    """The :class:`Meaning` of a passage from its folded words (stop words and figures are skipped)."""
    rows: dict[int, float] = {}
    other: dict[str, float] = {}
    oov = weight_of_rank(OOV_RANK)  # a constant: once a passage, not once a word without a vector
    for w in words:
        row, weight = _word_entry(w)
        if row >= 0:
            rows[row] = weight
        elif row == -2:  # _NO_VECTOR
            other[w] = oov
    idx = np.fromiter(rows.keys(), dtype=np.int32, count=len(rows))
    weights = np.fromiter(rows.values(), dtype=np.float64, count=len(rows))
    # np.linalg.norm and ndarray.sum without their Python wrappers (this runs for every passage):
    # the norm of a 1-d float array is sqrt(x.dot(x)), the sum np.add.reduce, the same numbers
    if rows:
        mean = weights @ _vectors_of(idx)
        norm = math.sqrt(mean.dot(mean))
    else:
        mean, norm = np.zeros(DIM), 0.0
    other_mass = sum(other.values())
    return Meaning(idx, weights, other, mean / norm if norm else mean,
                   float(np.add.reduce(weights)) + other_mass, other_mass)


def _direction(best: np.ndarray, m: Meaning, shared_other: float) -> tuple[float, float]:
    """Soft coverage and unmatched share of one passage given its words' best cosines."""
    if not m.total:
        return 0.0, 0.0
    soft = float(m.weights @ best) + shared_other
    unmatched = float(m.weights @ (best < MATCHED)) + m.other_mass - shared_other
    return soft / m.total, unmatched / m.total


def vector_features(a: Meaning, b: Meaning, a_vectors: np.ndarray | None = None) -> list[float]:
    """The :data:`VECTOR_FEATURES` of one pair.

    ``a_vectors``: ``a.vectors`` when the caller reads ``a`` against many passages (the same numbers,
    taken out of the table once rather than once a pair).
    """
    if len(a.weights) and len(b.weights):
        sim = (a.vectors if a_vectors is None else a_vectors) @ b.vectors.T
        best_a, best_b = np.maximum.reduce(sim, axis=1), np.maximum.reduce(sim, axis=0)
    else:
        best_a, best_b = np.zeros(len(a.weights)), np.zeros(len(b.weights))
    shared = a.other.keys() & b.other.keys()
    # nothing shared: 0, as the empty sum (an int) gave, without two generators a pair
    soft_a, un_a = _direction(best_a, a, sum(a.other[w] for w in shared) if shared else 0)
    soft_b, un_b = _direction(best_b, b, sum(b.other[w] for w in shared) if shared else 0)
    return [min(soft_a, soft_b), max(soft_a, soft_b), min(un_a, un_b), max(un_a, un_b),
            float(a.mean @ b.mean)]


def _best_cosines(meanings: Sequence[Meaning], start: np.ndarray, allvec: np.ndarray,
                  allw: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Soft coverage and unmatched weight of both directions, (pairs, 4), for pairs sorted by first passage.

    Every pair has words on both sides. The index arithmetic (where each
    pair's words sit) is done for the whole chunk in a few array operations;
    the loop over first passages keeps only the matrix product and its two
    maxima, so its numpy calls per first passage are few: at 80 sources the
    bookkeeping, not the arithmetic, was most of the cost.
    """
    ka, kb = start[left + 1] - start[left], start[right + 1] - start[right]
    seg_a, seg_b = np.cumsum(ka) - ka, np.cumsum(kb) - kb
    ends_b = seg_b + kb
    cols_a = np.arange(int(ka.sum())) + np.repeat(start[left] - seg_a, ka)
    cols_b = np.arange(int(kb.sum())) + np.repeat(start[right] - seg_b, kb)
    best_a, best_b = np.empty(cols_a.size), np.empty(cols_b.size)
    cuts = np.flatnonzero(np.r_[True, left[1:] != left[:-1]])
    ends = [*cuts[1:].tolist(), left.size]
    for i, lo, hi in zip(left[cuts].tolist(), cuts.tolist(), ends, strict=True):
        b0, b1 = int(seg_b[lo]), int(ends_b[hi - 1])
        sim = allvec[start[i]:start[i + 1]] @ allvec[cols_b[b0:b1]].T  # (k_i, partners' k); one BLAS thread
        best_b[b0:b1] = np.maximum.reduce(sim, axis=0)  # sim.max(axis=0) without its Python wrapper
        # (k_i, partners) maxima, laid out pair by pair as seg_a expects
        best_a[int(seg_a[lo]):int(seg_a[hi - 1] + ka[hi - 1])] = (
            np.maximum.reduceat(sim, seg_b[lo:hi] - b0, axis=1).T.ravel())
    wa, wb = allw[cols_a], allw[cols_b]
    return np.column_stack((np.add.reduceat(wa * best_a, seg_a), np.add.reduceat(wb * best_b, seg_b),
                            np.add.reduceat(wa * (best_a < MATCHED), seg_a),
                            np.add.reduceat(wb * (best_b < MATCHED), seg_b)))


def vector_feature_matrix(meanings: Sequence[Meaning], ij: np.ndarray) -> np.ndarray:
    """:func:`vector_features` of many pairs (rows of indices into ``meanings``), one row per pair.

    The pairs are taken by first passage: its words against the words of all
    its partners in one matrix product, maxima per partner by ``reduceat``, so
    200,000 pairs cost a few thousand numpy calls rather than 200,000. Pairs
    go in chunks of :data:`PAIRS_PER_CHUNK` so the per-word temporaries (a pair's
    partner words, their maxima) stay a few megabytes whatever the number
    of pairs: memory grows with the passages, not with the pairs' words.
    """
    n = len(ij)
    out = np.zeros((n, len(VECTOR_FEATURES)))
    if not n:
        return out
    sizes = np.asarray([len(m.weights) for m in meanings], dtype=np.int64)
    start = np.concatenate(([0], np.cumsum(sizes)))
    allvec = _vectors_of(np.concatenate([m.rows for m in meanings])) if start[-1] else np.zeros((0, DIM))
    allw = np.concatenate([m.weights for m in meanings]) if start[-1] else np.zeros(0)
    total = np.asarray([m.total for m in meanings])
    other_mass = np.asarray([m.other_mass for m in meanings])
    means = np.stack([m.mean for m in meanings])
    left, right = ij[:, 0], ij[:, 1]
    soft = np.zeros((n, 2))
    unmatched = np.zeros((n, 2))
    wsum = np.asarray([np.add.reduce(m.weights) for m in meanings])  # each weights.sum(), unwrapped
    # a passage without vectors matches none of its partner's words
    unmatched[:, 0] = np.where(sizes[right] == 0, wsum[left], 0.0)
    unmatched[:, 1] = np.where(sizes[left] == 0, wsum[right], 0.0)
    order = np.argsort(left, kind="stable")
    order = order[(sizes[left[order]] > 0) & (sizes[right[order]] > 0)]
    for lo in range(0, order.size, PAIRS_PER_CHUNK):
        pairs = order[lo:lo + PAIRS_PER_CHUNK]
        best = _best_cosines(meanings, start, allvec, allw, left[pairs], right[pairs])
        soft[pairs], unmatched[pairs] = best[:, :2], best[:, 2:]
    for lo in range(0, n, PAIRS_PER_CHUNK):  # chunked: two (pairs, DIM) gathers at once were 160 MB
        hi = lo + PAIRS_PER_CHUNK
        out[lo:hi, 4] = (means[left[lo:hi]] * means[right[lo:hi]]).sum(axis=1)
    # words without a vector match only themselves
    shared = shared_entries(sparse_rows((m.other for m in meanings), {}), ij)
    sa, sb = shared.sum(shared.left), shared.sum(shared.right)
    # in place, column by column: each (pairs, 2) temporary is 3 MB at 200,000 pairs
    soft[:, 0] += sa
    soft[:, 1] += sb
    unmatched[:, 0] += other_mass[left] - sa
    unmatched[:, 1] += other_mass[right] - sb
    for side, ends in enumerate((left, right)):
        tot = total[ends]
        # a passage of no words has nothing to divide: its soft and unmatched sums are already 0
        np.divide(soft[:, side], tot, out=soft[:, side], where=tot > 0)
        np.divide(unmatched[:, side], tot, out=unmatched[:, side], where=tot > 0)
    out[:, 0], out[:, 1] = soft.min(axis=1), soft.max(axis=1)
    out[:, 2], out[:, 3] = unmatched.min(axis=1), unmatched.max(axis=1)
    return out
