"""The terms two sparse vectors share, for many vector pairs at once, in numpy.

The aligner scores every candidate pair of passages (200,000 pairs with 80
sources of 600 words): a Python loop over each pair's shared terms costs
several microseconds a pair. Here the vectors are rows of one sparse matrix
(CSR, columns ascending) and a batch of pairs is answered by array
operations: each entry of a pair's first row is looked up among the entries
of its second row with one binary search over the matrix's sorted keys.
No passages × vocabulary matrix is built; work and memory follow the
entries of the rows involved, taken in chunks of pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

# Pairs answered per chunk: bounds the temporary arrays (the first rows'
# entries of a chunk) to a few megabytes whatever the number of pairs.
CHUNK = 32_768


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-d integer array: ``np.unique(values)``, without numpy.ma.

    numpy 2's ``np.unique`` asks ``np.ma.is_masked`` first, and that loads the
    whole masked-array package (8 ms, on every ``compare``) for arrays that
    are never masked. Sorting and keeping each first of a run gives the same
    array.
    """
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    kept: np.ndarray = ordered[np.r_[True, ordered[1:] != ordered[:-1]]]
    return kept


@dataclass(frozen=True)
class Rows:
    """Sparse rows: row r holds columns ``cols[start[r]:start[r + 1]]`` (ascending) with ``data``."""

    start: np.ndarray
    cols: np.ndarray
    data: np.ndarray
    width: int  # one more than the largest column: row * width + column is a unique, sorted key

    @property
    def keys(self) -> np.ndarray:
        rows = np.repeat(np.arange(self.start.size - 1, dtype=np.int64), np.diff(self.start))
        keys: np.ndarray = rows * self.width + self.cols
        return keys


def sparse_rows(vectors: Iterable[Mapping[str, float]], columns: dict[str, int]) -> Rows:
    """One row per vector; ``columns`` numbers the terms (new terms are added to it).

    The terms are numbered in a list comprehension and every row's columns
    put in order by one stable sort over all rows (numpy), not a Python sort
    of (column, weight) tuples per row: the rows come out the same.
    """
    start = [0]
    cols: list[int] = []
    data: list[float] = []
    for vec in vectors:
        cols += [columns.setdefault(t, len(columns)) for t in vec]
        data += vec.values()
        start.append(len(cols))
    starts = np.asarray(start, dtype=np.int64)
    col = np.asarray(cols, dtype=np.int64)
    order = np.lexsort((col, np.repeat(np.arange(starts.size - 1, dtype=np.int64), np.diff(starts))))
    return Rows(starts, col[order], np.asarray(data, dtype=np.float64)[order], max(1, len(columns)))


@dataclass(frozen=True)
class Shared:
    """The entries two rows share, one array element per shared term of each pair."""

    pair: np.ndarray  # index of the pair in the batch
    col: np.ndarray  # the term's column
    left: np.ndarray  # its weight in the pair's first row
    right: np.ndarray  # its weight in the pair's second row
    n_pairs: int

    def sum(self, values: np.ndarray) -> np.ndarray:
        """Per pair, the sum of ``values`` (one per shared entry); 0 for pairs sharing nothing."""
        sums: np.ndarray = np.bincount(self.pair, weights=values, minlength=self.n_pairs).astype(np.float64)
        return sums  # (bincount of nothing is an integer array)

    def count(self) -> np.ndarray:
        return np.bincount(self.pair, minlength=self.n_pairs)


def shared_entries(rows: Rows, pairs: Sequence[tuple[int, int]] | np.ndarray) -> Shared:
    """For each pair (i, j) of row indices, the terms rows i and j both hold."""
    both = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    keys = rows.keys
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    for lo in range(0, len(both), CHUNK):
        first, second = both[lo:lo + CHUNK, 0], both[lo:lo + CHUNK, 1]
        sizes = rows.start[first + 1] - rows.start[first]
        pair = np.repeat(np.arange(lo, lo + first.size, dtype=np.int64), sizes)
        # positions of every entry of each first row, concatenated
        offsets = np.cumsum(sizes) - sizes
        at = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(offsets - rows.start[first], sizes)
        wanted = np.repeat(second, sizes) * rows.width + rows.cols[at]
        found = np.minimum(np.searchsorted(keys, wanted), max(0, keys.size - 1))
        hit = keys[found] == wanted if keys.size else np.zeros(wanted.size, dtype=bool)
        parts.append((pair[hit], rows.cols[at[hit]], rows.data[at[hit]], rows.data[found[hit]]))
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return Shared(empty, empty, np.zeros(0), np.zeros(0), 0)
    pair, col, left, right = (np.concatenate(p) for p in zip(*parts, strict=True))
    return Shared(pair, col, left, right, len(both))
