"""How two passages are worded: the lexical signals paraphrase detection relies on.

Two sentences stating the same fact share runs of words, not only rare
words: "rallied sharply for more than three months" keeps its bigrams and
trigrams under rewording, while two neighbouring sentences of one story share
the story's names but few runs. Work on sentence paraphrase (MRPC) found
n-gram precision and recall on words and stems, the longest common
subsequence, token edit distance, and mismatches of numbers, proper nouns and
negation to be the strongest cheap signals; this module computes them.

None of these features uses story statistics, so they mean the same on a
two-sentence comparison as on an eight-outlet story, where the IDF-weighted
features of features.py do not. Each is symmetric in the two passages (the
min and the max of the two directions), on a 0..1 scale.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from sourcediff.align.sparse import distinct
from sourcediff.extract.cues import has_digit
from sourcediff.regexcache import regex
from sourcediff.terms import STOP, stem
from sourcediff.text import WORD, fold_keep_case

WORDING_FEATURES = ("stem1_min", "stem1_max", "stem2_min", "stem2_max", "stem3_min", "stem3_max",
                    "stem4_min", "stem4_max", "word1_min", "word1_max", "word2_min", "word2_max",
                    "lcs_min", "lcs_max", "edit", "numbers_unmatched", "capitals_unmatched",
                    "negation_mismatch", "length_gap", "extra_min", "extra_max")

_NUMBER = regex(r"\d[\d,]*(?:\.\d+)?")
# "not", "never" and contractions ending in n't turn a statement around;
# a paraphrase keeps its polarity.
_NONE: frozenset[str] = frozenset()
_NEGATIONS = frozenset("not no never none nobody nothing neither nor without cannot".split())


# A word, or a run of words (see _ngrams).
Gram = str | tuple[str, ...]


# The n-gram kinds of Wording.grams: (runs of stems or of words, n).
GRAM_KINDS = (("stems", 1), ("stems", 2), ("stems", 3), ("stems", 4), ("words", 1), ("words", 2))


@dataclass(frozen=True)
class Wording:
    """A passage's words in order, with what the pair features need precomputed once per passage."""

    words: tuple[str, ...]  # folded words, stop words kept: word order is the signal here
    stems: tuple[str, ...]  # the stem of every word
    content: frozenset[str]  # stems of the words that are not stop words
    numbers: frozenset[str]  # digits as written, thousands separators dropped
    capitals: frozenset[str]  # capitalized words after the first: names, places, products
    negated: bool
    # The passage's text as fold_keep_case made it here, kept for phrasejoin.phrases_folded (which reads
    # the words' case and what stands between them) so that it does not fold the passage again. Made from
    # the words' text, so no part of the comparison.
    kept: str = field(default="", compare=False, repr=False)

    @functools.cached_property
    def grams(self) -> tuple[frozenset[Gram], ...]:
        """Distinct stem 1- to 4-grams, then word 1- and 2-grams (:data:`GRAM_KINDS`).

        Built when first asked, by the pair-by-pair features: the batch
        (wording_matrix) numbers the runs of the whole story at once in numpy
        and never builds these sets.
        """
        return tuple(_ngrams(self.stems if kind == "stems" else self.words, n) for kind, n in GRAM_KINDS)


def _ngrams(seq: tuple[str, ...], n: int) -> frozenset[Gram]:
    """Distinct runs of n words (set operations on them run in C).

    Single words stay strings and longer runs are tuples made by zip, not
    joined strings: this runs for every passage of every comparison, and
    building the tuples in C is several times cheaper than joining.
    """
    if n == 1:
        return frozenset(seq)
    return frozenset(zip(*(seq[i:] for i in range(n)), strict=False))  # the runs end with the shortest


def wording(text: str) -> Wording:
    """The :class:`Wording` of a passage's text."""
    # fold(text) is fold_keep_case(text).casefold(): one Unicode normalization
    # of the passage instead of three (words, capitals, numbers each folded it)
    kept = fold_keep_case(text)
    folded = kept.casefold()
    cased = WORD.findall(kept)
    # text.words(text); in ASCII, casefolding lowers letter by letter and moves no word boundary,
    # so the folded words are the cased ones lowered, without a second scan of the passage
    ws = tuple(map(str.lower, cased)) if kept.isascii() else tuple(WORD.findall(folded))
    stems = tuple(map(stem, ws))
    capitals = frozenset(w.casefold() for w in cased[1:] if w[0].isupper() and w.casefold() not in STOP)
    return Wording(
        words=ws, stems=stems,
        content=frozenset(s for w, s in zip(ws, stems, strict=True) if w not in STOP),
        # a number opens with a digit: most passages have none, and has_digit rules that out cheaply
        numbers=(frozenset(n.replace(",", "") for n in _NUMBER.findall(folded))
                 if has_digit(folded) else _NONE),
        capitals=capitals,
        # a word ending in "n't" is in the folded text, so a passage without one skips the word walk
        negated=not _NEGATIONS.isdisjoint(ws) or ("n't" in folded and any(w.endswith("n't") for w in ws)),
        kept=kept)


def _unmatched(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the items either passage has that the other lacks; 0 when neither has any."""
    union = a | b
    return len(a ^ b) / len(union) if union else 0.0


def wording_features(a: Wording, b: Wording) -> list[float]:
    """The features of :data:`WORDING_FEATURES`, in that order."""
    out: list[float] = []
    # Shared n-grams over the more and over the fewer n-grams of the two
    # passages, written inline: this runs for every candidate pair (200,000 in
    # an 80-source story), where a function call per n-gram size cost a third.
    for ga, gb in zip(a.grams, b.grams, strict=True):
        if ga and gb:
            shared, na, nb = len(ga & gb), len(ga), len(gb)
            out += (shared / na, shared / nb) if na >= nb else (shared / nb, shared / na)
        else:
            out += (0.0, 0.0)
    la, lb = len(a.stems), len(b.stems)
    shorter, longer = min(la, lb), max(la, lb)
    lcs = Indel.similarity(a.stems, b.stems) / 2 if shorter else 0.0  # Indel similarity is 2 x LCS
    out += [lcs / longer if longer else 0.0, lcs / shorter if shorter else 0.0,
            Levenshtein.normalized_similarity(a.stems, b.stems) if longer else 0.0,
            _unmatched(a.numbers, b.numbers), _unmatched(a.capitals, b.capitals),
            float(a.negated != b.negated), (longer - shorter) / longer if longer else 0.0]
    # content words one passage adds: a paraphrase adds few, a sentence with another fact many
    extra_a, extra_b = len(a.content - b.content), len(b.content - a.content)
    out += [min(extra_a, extra_b) / 10, max(extra_a, extra_b) / 10]
    return out


# Distinct items of one kind a story may hold for wording_matrix: one code
# point each, surrogates skipped (0x110000 code points less 0x800 surrogates).
MAX_CODES = 0x110000 - 0x800


def _code(n: int) -> str:
    """The n-th code point that is not a surrogate."""
    return chr(n if n < 0xD800 else n + 0x800)


def _codes(n: int) -> Iterable[str]:
    """The first n code points that are not surrogates, in order (chr in C below the surrogates)."""
    if n > MAX_CODES:
        raise OverflowError("more distinct items than code points")
    return map(chr, range(n)) if n <= 0xD800 else map(_code, range(n))


def _alphabet(groups: Sequence[Collection[Hashable]]) -> Callable[[Hashable], str]:
    """A character for every distinct item of the groups, numbered in order of first sight."""
    vocab = dict.fromkeys(chain.from_iterable(groups))
    return dict(zip(vocab, _codes(len(vocab)), strict=True)).__getitem__


def _sorted_strings(kinds: Sequence[Collection[Hashable]]) -> list[str]:
    """Each passage's items of one kind as one sorted string, a character per distinct item.

    Items are numbered in order of first sight over all passages. The
    numbering, the per-item lookup and the sort all run in C (dict.fromkeys,
    map over dict.__getitem__, sorted of characters): this runs for nine item
    kinds of every passage of every comparison, and a Python call per item
    was a quarter of a small comparison's time.
    """
    char = _alphabet(kinds)
    return ["".join(sorted(map(char, items))) for items in kinds]


def _gram_strings(seqs: Sequence[tuple[str, ...]], most: int) -> list[list[str]]:
    """For n = 1 to ``most``: each passage's distinct runs of n items as one sorted string, a character a run.

    What :func:`_sorted_strings` makes of ``Wording.grams``, without a tuple
    or a set per run: the items are numbered once (a dict over strings), and
    the runs of the whole story are numbered in numpy, a run of n being its
    first n - 1 items' run and one more item. The strings hold the same
    distinct runs, numbered in another order, so the counts of shared runs
    are the same; building the sets and tuples cost more than the features.
    """
    vocab = dict.fromkeys(chain.from_iterable(seqs))
    number = dict(zip(vocab, range(len(vocab)), strict=True))
    lengths = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
    total = int(lengths.sum())
    ids = np.fromiter(map(number.__getitem__, chain.from_iterable(seqs)), dtype=np.int64, count=total)
    passage = np.repeat(np.arange(len(seqs), dtype=np.int64), lengths)
    place = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    left = np.repeat(lengths, lengths) - place  # items from here to the passage's end
    bounds = np.arange(len(seqs) + 1, dtype=np.int64)
    out: list[list[str]] = []
    run, kinds = ids, max(1, len(number))
    for n in range(1, most + 1):
        at = np.flatnonzero(left >= n)  # where a run of n starts
        if n > 1:
            keys = run[at] * max(1, len(number)) + ids[at + n - 1]
            ranks = distinct(keys)
            run = np.full(total, -1, dtype=np.int64)
            run[at] = np.searchsorted(ranks, keys)
            kinds = max(1, ranks.size)
        if kinds > MAX_CODES:
            raise OverflowError("more distinct items than code points")
        both = distinct(passage[at] * kinds + run[at])  # by passage, then by run: sorted, distinct
        codes = both % kinds
        codes += (codes >= 0xD800) * 0x800  # surrogates skipped, as _code does
        text = codes.astype("<u4").tobytes().decode("utf-32-le")
        ends = np.searchsorted(both // kinds, bounds).tolist()
        out.append([text[a:b] for a, b in itertools.pairwise(ends)])
    return out


def pairwise(strings: Sequence[str], left: np.ndarray, right: np.ndarray,
             scorer: Callable[..., Any], dtype: type) -> np.ndarray:
    """``scorer(strings[left[n]], strings[right[n]])`` for every n, in one call into rapidfuzz.

    The same numbers as calling the scorer pair by pair, without a Python
    call per pair (200,000 candidate pairs at 80 sources).
    """
    column = np.empty(len(strings), dtype=object)
    column[:] = strings
    out: np.ndarray = process.cpdist(column[left], column[right], scorer=scorer, dtype=dtype, workers=1)
    return out


def _share(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """part / whole where whole is not 0, else 0."""
    out: np.ndarray = np.divide(part, whole, out=np.zeros(part.shape), where=whole != 0)
    return out


def wording_matrix(wordings: Sequence[Wording], pairs: np.ndarray,
                   out: np.ndarray | None = None) -> np.ndarray:
    """:func:`wording_features` of many pairs at once: one row per pair (i, j) of indices into ``wordings``.

    With 80 sources there are 200,000 candidate pairs, and nine set
    intersections, a subsequence and an edit distance per pair cost seconds
    as Python calls. Here each passage's items of one kind (its distinct stem
    trigrams, its numbers, ...) become one character each, sorted, so that two
    passages' shared items are the longest common subsequence of their
    strings (sorted, distinct: every shared item is in both, in one order),
    which rapidfuzz computes for all pairs in one call; words in order become
    strings the same way for the subsequence and edit distance. The counts
    are integers, so every feature is the same float as pair by pair.
    With ``out`` (pairs x features, e.g. columns of a larger matrix) the
    columns are written there as they are computed, and ``out`` is returned.
    """
    n = len(pairs)
    if out is None:
        out = np.empty((n, len(WORDING_FEATURES)), order="F")
    if not n:
        return out
    try:
        _wording_matrix(wordings, np.asarray(pairs, dtype=np.int64).reshape(-1, 2), out)
    except OverflowError:  # a story beyond a million distinct n-grams: pair by pair
        out[:] = np.asarray([wording_features(wordings[i], wordings[j]) for i, j in pairs],
                            dtype=np.float64).reshape(n, len(WORDING_FEATURES))
    return out


def _wording_matrix(wordings: Sequence[Wording], ij: np.ndarray, out: np.ndarray) -> None:
    """The columns of :func:`wording_matrix`, each written into ``out`` as soon as it is computed."""
    left, right = ij[:, 0], ij[:, 1]
    at = iter(range(len(WORDING_FEATURES)))

    def put(*columns: np.ndarray) -> None:
        for column in columns:
            out[:, next(at)] = column

    def counts(items: Callable[[Wording], Collection[Hashable]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per pair: the items both passages hold, and each passage's number of items."""
        strings = _sorted_strings([items(w) for w in wordings])
        sizes = np.asarray([len(x) for x in strings], dtype=np.int64)
        both = pairwise(strings, left, right, Indel.similarity, np.int64) // 2
        return both, sizes[left], sizes[right]

    grams = (*_gram_strings([w.stems for w in wordings], 4), *_gram_strings([w.words for w in wordings], 2))
    for strings in grams:
        sizes = np.asarray([len(x) for x in strings], dtype=np.int64)
        shared = pairwise(strings, left, right, Indel.similarity, np.int64) // 2
        na, nb = sizes[left], sizes[right]
        put(_share(shared, np.maximum(na, nb)), _share(shared, np.minimum(na, nb)))
    stems = [w.stems for w in wordings]
    char = _alphabet(stems)
    sequences = ["".join(map(char, s)) for s in stems]
    length = np.asarray([len(w.stems) for w in wordings], dtype=np.int64)
    shorter, longer = np.minimum(length[left], length[right]), np.maximum(length[left], length[right])
    lcs = pairwise(sequences, left, right, Indel.similarity, np.int64) / 2
    edit = pairwise(sequences, left, right, Levenshtein.normalized_similarity, np.float64)
    put(_share(lcs, longer), _share(lcs, shorter), np.where(longer > 0, edit, 0.0))
    for items in (lambda w: w.numbers, lambda w: w.capitals):
        shared, na, nb = counts(items)
        put(_share(na + nb - 2 * shared, na + nb - shared))
    negated = np.asarray([w.negated for w in wordings], dtype=bool)
    put(np.not_equal(negated[left], negated[right]).astype(np.float64), _share(longer - shorter, longer))
    shared, na, nb = counts(lambda w: w.content)
    extra_a, extra_b = na - shared, nb - shared
    put(np.minimum(extra_a, extra_b) / 10, np.maximum(extra_a, extra_b) / 10)
