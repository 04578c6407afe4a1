"""What one article is about, as weighted terms for story grouping.

Two articles cover the same story when they share *rare* things: names of
people and places, the organisations involved, the figures and dates. Shared
common words ("police", "said", "killed") say only that two stories are of
one kind, which is exactly what separates two similar events (two
earthquakes, two actors entering rehab) from one. So an article becomes a
bag of stemmed content words, with the names and normalized facts the
extractor found added as terms of their own, each boosted, and the whole is
weighted by rarity over the corpus (TF-IDF) in ``group.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from sourcediff.model import Kind, SourceInfo
from sourcediff.terms import STOP, stem
from sourcediff.text import fold, fold_keep_case

# A name or a normalized fact counts as this many occurrences of a word: one
# shared "Tara Reid" is stronger evidence of one story than one shared "rehab".
NAME_BOOST = 2.0
FACT_BOOST = 1.5
# Capitalised words inside a sentence (places, names the extractor had no
# evidence for) get a smaller boost: sentence-initial capitals are ordinary.
PROPER_BOOST = 1.0
# Words of the headline (title or first line) say what the story is about.
TITLE_BOOST = 1.0

_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:['\-][^\W\d_]+)*")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_FACT_KINDS = (Kind.MONEY, Kind.NUMBER, Kind.PERCENT, Kind.DATE)


@dataclass(frozen=True)
class StoryTerms:
    """An article's grouping features: term -> weight before IDF.

    Terms with a prefix are anchors of one event rather than of a subject:
    ``E:`` a person or organisation, ``P:`` a capitalised word, ``V:`` a
    normalized figure or date, ``Y:`` a year.
    """

    id: str
    terms: tuple[tuple[str, float], ...]
    published: str = ""


def _word_counts(text: str) -> defaultdict[str, float]:
    counts: defaultdict[str, float] = defaultdict(float)
    text = fold_keep_case(text)
    for m in _TOKEN.finditer(text):
        w = m.group().casefold()
        if len(w) > 2 and w not in STOP:
            counts[stem(w)] += 1.0
            if m.group()[0].isupper() and not _sentence_start(text, m.start()):
                counts["P:" + w] += PROPER_BOOST
    return counts


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _headline(info: SourceInfo) -> str:
    if info.article.title:
        return info.article.title
    return info.article.text.lstrip().split("\n", 1)[0][:300]


def story_terms(info: SourceInfo) -> StoryTerms:
    """The weighted terms of one analysed article."""
    counts = _word_counts(info.article.text)
    for w, n in _word_counts(_headline(info)).items():
        counts[w] += n * TITLE_BOOST
    for m in info.mentions:
        if m.kind in (Kind.PERSON, Kind.ORG):
            counts["E:" + fold(m.canonical)] += NAME_BOOST
        elif m.kind in _FACT_KINDS and m.canonical and not m.canonical.startswith("unresolved"):
            counts["V:" + m.canonical] += FACT_BOOST
    for y in _YEAR.findall(info.article.text):
        counts["Y:" + y] += 1.0
    published = info.article.published.isoformat() if info.article.published else ""
    return StoryTerms(info.article.id, tuple(sorted(counts.items())), published)
