"""The judge's passage similarity, computed per pair on demand from sparse vectors.

The judge (compare.py, diverge.py) asks "are these two passages about the
same thing?" for the passages of mention pairs it considers, with thresholds
on the scale of this score: TF-IDF cosine over content stems and fact keys,
the IDF-weighted share of figure keys in common, and the excess of rapidfuzz
token-sort similarity over what unrelated sentences of one story reach.

Only the pairs the judge asks about are scored (and cached): there is no
passages × passages matrix and no passages × vocabulary matrix.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from sourcediff.align.features import MIN_CONTENT_WORDS, PassageDoc
from sourcediff.align.lexical import pairwise
from sourcediff.align.sparse import shared_entries, sparse_rows
from sourcediff.compat import key_family, window_length
from sourcediff.extract.datecalendar import month_year_named
from sourcediff.extract.dateperiods import month_parts
from sourcediff.extract.daterelative import counted_back_year
from sourcediff.extract.elapsed import whole_minutes
from sourcediff.extract.levels import rating
from sourcediff.extract.multiples import SLOT as MULTIPLE_SLOT
from sourcediff.extract.numbers import week_and_day_parts
from sourcediff.extract.ordinals import ROW_CUE
from sourcediff.extract.roles import PART, SELECTED
from sourcediff.extract.storeys import SLOT as STOREY_SLOT
from sourcediff.extract.years import NAMED_YEAR, straddling
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.terms import idf
from sourcediff.values import ClockTime, DateValue, Elapsed, Money, Quantity

W_LEXICAL = 0.55
W_FACTS = 0.25
W_CHARS = 0.20
# token_sort_ratio of two unrelated sentences of one story is typically
# 0.35-0.55 (shared function words and names); only the excess is evidence.
CHAR_FLOOR = 0.55
# A shared normalized value counts this many times a word.
FACT_KEY_BOOST = 2.0


def value_key(m: Mention) -> str:
    """What identifies a mention's value across sources, qualifiers and zones aside.

    "up to $200 million" and "$200 million" share the figure; "5:01 PM ET"
    and a zone-less "5:01 p.m." share the clock reading.
    """
    v = m.value
    v = window_length(v) or v  # "within 30 days" and "a 30-day window" share the figure
    if isinstance(v, Money | Quantity):
        return f"{m.kind.value}:{key_family(m)}:{v.amount.normalize()}"
    if isinstance(v, ClockTime):
        return f"time:clock:{v.hour:02d}:{v.minute:02d}"
    if m.kind in (Kind.PERSON, Kind.ORG):
        return f"{m.kind.value}:{m.canonical}"
    return f"{m.kind.value}:{m.slot}:{m.canonical}"


def fact_keys(mentions: Sequence[Mention]) -> Counter[str]:
    """Normalized facts of a passage as terms; quotations are left to words.

    A part of a count ("340 injured, 85 of them seriously") is a detail of the sentence about the
    whole, not what it reports: as a term it drew that sentence away from the others about the whole. A part
    picked out by its place ("the last two bodies were recovered") is what its sentence reports: a term.
    A tornado's rating grades the story's subject (extract.levels.rating): no term either. A multiple of a
    limit ("nearly four times the safe level", extract.multiples) restates a reading against its limit: as a
    term it drew a lead to the claim of the reading itself. A row's place ("for the third year running",
    extract.ordinals.period_rows) is a sentence's aside as often as its fact: as a term it drew passages
    apart (benchmarks/notes/facts61.md). Nor is a year counted back ("seven years ago"), an aside as
    often: as a term it drew one outlet's passage to another's about that year (benchmarks/notes/facts63.md).
    A span of weeks and days read whole ("a week and two days") is its two parts, as before (facts64.md).
    Nor is the year of "the 1944 Pembrook Saker", part of a named thing's designation (extract/years.py).
    """
    keys: Counter[str] = Counter()
    for m in mentions:
        if isinstance(m.value, Elapsed) and (minutes := whole_minutes(m.value, m.raw)) is not None:
            keys[f"number:number:duration:{minutes}"] += 1  # as the loose "8 minutes" (extract/elapsed.py)
        elif (parts := week_and_day_parts(m)) is not None:  # "a week and two days": its parts (features.py)
            for part in parts:
                keys[f"{m.kind.value}:{key_family(m)}:{part.normalize()}"] += 1
        elif isinstance(m.value, DateValue) and (year := month_year_named(m.raw, m.value)) is not None:
            keys[f"{m.kind.value}:{m.slot}:{year}"] += 1  # "June last year": its year too (features.py)
            keys[value_key(m)] += 1
        elif isinstance(m.value, DateValue) and (months := month_parts(m.raw, m.value)) is not None:
            for month in months:  # "from April to June": its two months, as before (extract/dateperiods.py)
                keys[f"{m.kind.value}:{m.slot}:{month}"] += 1
        elif (m.kind is not Kind.QUOTE and (PART not in m.cues or SELECTED in m.cues)
              and not straddling(m.value) and not rating(m)
              and m.slot not in (MULTIPLE_SLOT, STOREY_SLOT)
              and not (m.cues and m.cues[-1].endswith(ROW_CUE)) and not counted_back_year(m)
              and NAMED_YEAR not in m.cues):
            keys[value_key(m)] += 1  # a storey places the subject in many passages (extract/storeys.py)
    return keys


@dataclass(frozen=True)
class _Vec:
    unit: dict[str, float]  # TF-IDF over stems and fact keys, unit length
    values: dict[str, float]  # figure keys (not names) -> IDF
    thin: bool
    value_sum: float  # sum of values, summed once rather than for every pair


@dataclass
class Similarity:
    """Lazily scored, cached similarity of any two passages of the compared sources.

    Pairs scored one by one are cached in a dict; pairs scored in a batch
    (the aligner's candidates, 200,000 at 80 sources) are kept as two numpy
    arrays, sorted pair codes and their scores: 16 bytes a pair instead of a
    dict entry with a tuple key (some 150 bytes, and one more object for
    every full garbage collection to walk), and a lookup only when the dict
    misses.
    """

    vecs: dict[tuple[str, int], _Vec]
    tokens: dict[tuple[str, int], str]
    cache: dict[tuple[str, int, str, int], float] = field(default_factory=dict)
    # Batch scores: codes row * len(vecs) + row (lower row first, rows in the order of vecs), ascending.
    batch_codes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    batch_scores: np.ndarray = field(default_factory=lambda: np.zeros(0))
    _rows: dict[tuple[str, int], int] = field(default_factory=dict)
    # Each term's IDF over the compared passages: a text cut from a passage (align/clausejoin.py's
    # clauses) is weighted as its passage is, so its score reads like a whole sentence's.
    weights: dict[str, float] = field(default_factory=dict)

    def get(self, a: str, i: int, b: str, j: int) -> float:
        # The judge asks about a million times with 80 sources: no tuples but the key.
        key = (a, i, b, j) if a < b or (a == b and i <= j) else (b, j, a, i)
        score = self.cache.get(key)
        if score is None:
            score = self._batch_score(a, i, b, j)
            if score is None:
                score = self._score((key[0], key[1]), (key[2], key[3]))
            self.cache[key] = score
        return score

    def _row(self, key: tuple[str, int]) -> int | None:
        return (self._rows or self._index()).get(key)

    def _batch_score(self, a: str, i: int, b: str, j: int) -> float | None:
        """The score a batch gave the pair, None when no batch scored it (one binary search)."""
        codes = self.batch_codes
        if not codes.size:
            return None
        rows = self._rows or self._index()
        x, y = rows.get((a, i)), rows.get((b, j))
        if x is None or y is None:
            return None
        code = x * len(rows) + y if x <= y else y * len(rows) + x
        at = int(codes.searchsorted(code))
        if at < codes.size and codes.item(at) == code:
            return float(self.batch_scores.item(at))
        return None

    def _index(self) -> dict[tuple[str, int], int]:
        """Each passage's row (its place in ``vecs``), numbered when first needed."""
        self._rows.update((k, n) for n, k in enumerate(self.vecs))
        return self._rows

    def score_many(self, pairs: Sequence[tuple[tuple[str, int], tuple[str, int]]]) -> np.ndarray:
        """:meth:`get` of many pairs at once, computed with numpy and kept for later lookups."""
        if not pairs:
            return np.zeros(0)
        keys = list(self.vecs)
        row = {k: n for n, k in enumerate(keys)}
        ij = np.asarray([(row.get(x, -1), row.get(y, -1)) for x, y in pairs], dtype=np.int64)
        return self._score_rows(ij)

    def score_indexed(self, keys: Sequence[tuple[str, int]], pairs: np.ndarray,
                      ratios: np.ndarray | None = None) -> np.ndarray:
        """:meth:`score_many` of pairs given as rows (i, j) of indices into ``keys`` (no tuple per pair).

        ``ratios``: the pairs' token ratios (rapidfuzz ``ratio`` of the two passages' ``tokens``, 0..100),
        when the caller has them already (align.PairScores.candidate_ratios).
        """
        if not len(pairs):
            return np.zeros(0)
        rows = np.asarray([-1 if (r := self._row(k)) is None else r for k in keys], dtype=np.int64)
        return self._score_rows(rows[np.asarray(pairs, dtype=np.int64).reshape(-1, 2)], ratios)

    def _score_rows(self, ij: np.ndarray, ratios: np.ndarray | None = None) -> np.ndarray:
        """Scores of pairs of rows of ``vecs`` (-1: a passage without a vector, which scores 0).

        The same formula as :meth:`_score` over sparse rows (sparse.py); sums
        may differ from it in the last bits (another summation order), so a
        pair once scored here answers :meth:`get` from here ever after, and a
        score the dict held for it is dropped.
        """
        keys = list(self.vecs)
        vecs = [self.vecs[k] for k in keys]
        known = (ij >= 0).all(axis=1)
        thin = np.asarray([v.thin for v in vecs] + [True])  # row -1: a passage without a vector
        scored = known & ~thin[ij[:, 0]] & ~thin[ij[:, 1]]
        at = np.flatnonzero(scored)
        which = ij[at]
        unit = shared_entries(sparse_rows((v.unit for v in vecs), {}), which)
        values = shared_entries(sparse_rows((v.values for v in vecs), {}), which)
        totals = np.asarray([v.value_sum for v in vecs])
        smaller = np.minimum(totals[which[:, 0]], totals[which[:, 1]])
        shared = values.sum(values.right)
        facts = np.divide(shared, smaller, out=np.zeros(shared.shape), where=smaller > 0)
        if ratios is None:
            tokens = [self.tokens[k] for k in keys]
            ratio = pairwise(tokens, which[:, 0], which[:, 1], fuzz.ratio, np.float64) / 100.0
        else:
            ratio = ratios[at] / 100.0
        chars = np.clip((ratio - CHAR_FLOOR) / (1.0 - CHAR_FLOOR), 0.0, 1.0)
        out = np.zeros(len(ij))
        out[at] = W_LEXICAL * unit.sum(unit.left * unit.right) + W_FACTS * facts + W_CHARS * chars
        self._keep(ij[known], out[known])
        return out

    def _keep(self, ij: np.ndarray, scores: np.ndarray) -> None:
        """Add batch scores for later lookups: the latest score of a pair wins, as a dict update would."""
        n = len(self.vecs)
        codes = np.minimum(ij[:, 0], ij[:, 1]) * n + np.maximum(ij[:, 0], ij[:, 1])
        if self.cache:  # a pair scored one by one before: the batch's score replaces it
            fresh = set(codes.tolist())
            for key in [k for k in self.cache if self._code(k) in fresh]:
                del self.cache[key]
        codes = np.concatenate((self.batch_codes, codes))
        scores = np.concatenate((self.batch_scores, scores))
        order = np.argsort(codes, kind="stable")
        codes, scores = codes[order], scores[order]
        last = np.r_[codes[1:] != codes[:-1], True] if codes.size else np.zeros(0, dtype=bool)
        self.batch_codes, self.batch_scores = codes[last], scores[last]

    def _code(self, key: tuple[str, int, str, int]) -> int | None:
        x, y = self._row((key[0], key[1])), self._row((key[2], key[3]))
        return None if x is None or y is None else min(x, y) * len(self.vecs) + max(x, y)

    def _score(self, x: tuple[str, int], y: tuple[str, int]) -> float:
        va, vb = self.vecs.get(x), self.vecs.get(y)
        if va is None or vb is None:
            return 0.0
        return _pair_score(va, vb, self.tokens[x], self.tokens[y])

    def score_part(self, terms: Mapping[str, float], tokens: str, thin: bool,
                   other: tuple[str, int]) -> float:
        """The similarity of a part of a passage (its stem and fact-key counts, sorted tokens) with ``other``.

        The part is no passage of the comparison: it is weighted with the
        comparison's IDF and scored as :meth:`get` scores two passages, not kept.
        """
        if other not in self.vecs:
            return 0.0
        return self.score_part_each(self.part_vector(terms, thin), tokens, [other])[0]

    def part_vector(self, terms: Mapping[str, float], thin: bool) -> _Vec:
        """A part's weighted vector, built once and scored against many partners (:meth:`score_part_each`)."""
        tfidf = {t: (1 + math.log(c)) * self.weights.get(t, 1.0) for t, c in terms.items() if c > 0}
        norm = math.sqrt(sum(w * w for w in tfidf.values())) or 1.0
        values = {t: self.weights.get(t, 1.0) for t in terms
                  if ":" in t and not t.startswith(("person:", "org:"))}
        return _Vec({t: w / norm for t, w in tfidf.items()}, values, thin, sum(values.values()))

    def score_part_each(self, part: _Vec, tokens: str, others: Sequence[tuple[str, int]]) -> list[float]:
        """:meth:`score_part` of one part with each of ``others``: the part's vector is weighted once, not
        once per partner (a clause is read against all of its passage's candidates, clausejoin.py)."""
        out = []
        for other in others:
            vb = self.vecs.get(other)
            out.append(0.0 if vb is None else _pair_score(part, vb, tokens, self.tokens[other]))
        return out


def _pair_score(va: _Vec, vb: _Vec, tokens_a: str, tokens_b: str) -> float:
    """The judge's similarity of two weighted passages (lexical cosine, shared figures, characters)."""
    if va.thin or vb.thin:
        return 0.0
    small, big = (va.unit, vb.unit) if len(va.unit) <= len(vb.unit) else (vb.unit, va.unit)
    cosine = sum([w * big[t] for t, w in small.items() if t in big])
    shared = sum(w for t, w in vb.values.items() if t in va.values)
    smaller = min(va.value_sum, vb.value_sum)
    facts = shared / smaller if smaller > 0 else 0.0
    ratio = fuzz.ratio(tokens_a, tokens_b) / 100.0
    chars = min(1.0, max(0.0, (ratio - CHAR_FLOOR) / (1.0 - CHAR_FLOOR)))
    return W_LEXICAL * cosine + W_FACTS * facts + W_CHARS * chars


def similarity(sources: Sequence[SourceInfo], docs: Sequence[PassageDoc]) -> Similarity:
    """Sparse vectors for every passage; pairs are scored when asked for."""
    terms: dict[tuple[str, int], dict[str, float]] = {}
    value_terms: dict[tuple[str, int], set[str]] = {}
    by_key = {(d.source, d.index): d for d in docs}
    for s in sources:
        mentions: dict[int, list[Mention]] = {}
        for m in s.mentions:
            mentions.setdefault(m.passage, []).append(m)
        for p in s.passages:
            key = (s.article.id, p.index)
            weighted: dict[str, float] = {t: float(c) for t, c in by_key[key].stems.items()}
            for k, n in fact_keys(mentions.get(p.index, [])).items():
                weighted[k] = weighted.get(k, 0.0) + n * FACT_KEY_BOOST
            terms[key] = weighted
            value_terms[key] = {t for t in weighted if ":" in t and not t.startswith(("person:", "org:"))}
    weights = idf(terms.values())
    vecs = {}
    for key, weighted in terms.items():
        tfidf = {t: (1 + math.log(c)) * weights[t] for t, c in weighted.items()}
        norm = math.sqrt(sum(w * w for w in tfidf.values())) or 1.0
        values = {t: weights[t] for t in value_terms[key]}
        vecs[key] = _Vec({t: w / norm for t, w in tfidf.items()}, values,
                         len(by_key[key].stems) < MIN_CONTENT_WORDS, sum(values.values()))
    return Similarity(vecs, {(d.source, d.index): d.sorted_tokens for d in docs}, weights=weights)
