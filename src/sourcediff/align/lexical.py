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

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein

from sourcediff.regexcache import regex
from sourcediff.terms import STOP, stem
from sourcediff.text import fold, fold_keep_case, words

WORDING_FEATURES = ("stem1_min", "stem1_max", "stem2_min", "stem2_max", "stem3_min", "stem3_max",
                    "stem4_min", "stem4_max", "word1_min", "word1_max", "word2_min", "word2_max",
                    "lcs_min", "lcs_max", "edit", "numbers_unmatched", "capitals_unmatched",
                    "negation_mismatch", "length_gap", "extra_min", "extra_max")

_NUMBER = regex(r"\d[\d,]*(?:\.\d+)?")
_CASED_WORD = regex(r"[^\W_]+(?:['\-.][^\W_]+)*", re.UNICODE)
# "not", "never" and contractions ending in n't turn a statement around;
# a paraphrase keeps its polarity.
_NEGATIONS = frozenset("not no never none nobody nothing neither nor without cannot".split())


# A word, or a run of words (see _ngrams).
Gram = str | tuple[str, ...]


@dataclass(frozen=True)
class Wording:
    """A passage's words in order, with what the pair features need precomputed once per passage."""

    words: tuple[str, ...]  # folded words, stop words kept: word order is the signal here
    stems: tuple[str, ...]  # the stem of every word
    grams: tuple[frozenset[Gram], ...]  # distinct stem 1- to 4-grams, then word 1- and 2-grams
    content: frozenset[str]  # stems of the words that are not stop words
    numbers: frozenset[str]  # digits as written, thousands separators dropped
    capitals: frozenset[str]  # capitalized words after the first: names, places, products
    negated: bool


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
    ws = words(text)
    stems = tuple(stem(w) for w in ws)
    cased = _CASED_WORD.findall(fold_keep_case(text))
    capitals = frozenset(w.casefold() for w in cased[1:] if w[0].isupper() and w.casefold() not in STOP)
    return Wording(
        words=ws, stems=stems,
        grams=(*(_ngrams(stems, n) for n in (1, 2, 3, 4)), _ngrams(ws, 1), _ngrams(ws, 2)),
        content=frozenset(s for w, s in zip(ws, stems, strict=True) if w not in STOP),
        numbers=frozenset(n.replace(",", "") for n in _NUMBER.findall(fold(text))),
        capitals=capitals,
        negated=any(w in _NEGATIONS or w.endswith("n't") for w in ws))


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
