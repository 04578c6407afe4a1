"""Content words of a text as stems, and how rare they are across the compared articles.

Shared by the aligner (which passages talk about the same thing) and the
judge (which values fill the same slot): both weigh a shared rare word
("landfall", "Coruña") far above a shared common one ("said", "people").
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Sequence

from sourcediff.stemmer import english_stemmer
from sourcediff.text import words
from sourcediff.wording import american

STOP = frozenset(
    "a about above after again against all also am an and any are as at be because been before being "
    "below between both but by can could did do does doing down during each few for from further had "
    "has have having he her here hers herself him himself his how i if in into is it its itself just "
    "me more most my myself no nor not now of off on once only or other our ours ourselves out over "
    "own same she should so some such than that the their theirs them themselves then there these "
    "they this those through to too under until up very was we were what when where which while who "
    "whom why will with would you your yours yourself said says say told according would could may "
    "might must shall also its it's s "
    .split()
)

_STEMMER = english_stemmer()


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem, so "labeled" meets "label" and "threatens" meets "threatened"."""
    return str(_STEMMER.stemWord(word.removesuffix("'s")))


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content: no stop words, no single letters."""
    return [stem(w) for w in words(text) if w not in STOP and len(w) > 1]


def american_stems(text: str) -> list[str]:
    """`content_stems` with British spellings read as American ones ("theatres" as "theaters").

    For the words around one figure, where a British and an American outlet
    naming one thing ("in 4,421 theatres", "in 4,412 theaters") should share
    the noun; the aligner's own terms are left as they are.
    """
    return [stem(american(w)) for w in words(text) if w not in STOP and len(w) > 1]


def idf(docs: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term over the documents."""
    df: Counter[str] = Counter()
    n = 0
    for terms in docs:
        df.update(set(terms))
        n += 1
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def weighted_overlap(a: Sequence[str] | frozenset[str], b: Sequence[str] | frozenset[str],
                     weights: dict[str, float]) -> float:
    """Weight of the terms a and b share over the lighter of the two, 0..1."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    shared = sum(weights.get(t, 1.0) for t in sa & sb)
    return shared / min(sum(weights.get(t, 1.0) for t in sa), sum(weights.get(t, 1.0) for t in sb))
