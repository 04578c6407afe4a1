"""Passages of N articles -> Claims: groups of passages that state the same facts.

Plain fuzzy matching of sentences finds few of the passages that state the
same fact, because outlets reword and reorder. The score of a passage pair
therefore combines three signals:

* rare shared words: TF-IDF cosine over content words, with IDF taken across
  the compared articles, so "Defense Production Act" weighs more than "said";
* shared normalized facts: the same money value, resolved date, clock time,
  person or organization (after aliasing) count as shared "words" of high
  weight, so "$200m contract in July" matches "$200 million ... last summer";
* character-level similarity from rapidfuzz (``process.cdist``), which catches
  quotes reproduced verbatim with other punctuation.

Claims are then grown greedily from the strongest pairs, one passage per
source, so a claim never turns into a catch-all. A passage may sit in more
than one claim when it states several facts.

The pair scorer is a plain callable (:data:`PairScorer`) so a semantic scorer
can be swapped in without touching the grouping.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from sourcediff.compat import slot_family
from sourcediff.model import Claim, ClaimPassage, Kind, Mention, Passage, SourceInfo
from sourcediff.terms import content_stems, idf
from sourcediff.values import ClockTime, Money, Quantity

# --- thresholds (unitless scores in 0..1) ---------------------------------
# A pair below this never seeds a claim: measured on news stories, unrelated
# sentences of one story score up to about 0.25 (they share the story's names).
MIN_PAIR_SCORE = 0.16
# To join an existing claim a passage must reach this score with every member
# of other sources, slightly below the seed bar since each pair was already
# vetted once; one weak link is what turns claims into catch-alls.
MIN_JOIN_SCORE = 0.16
# A passage keeps only its best few partners in each other source: a
# sentence rarely states the same fact twice in one article.
TOP_PARTNERS = 1
# ... but a partner scoring this close to the best one is kept too: a lead
# sentence stating three facts matches three sentences of another article.
NEAR_BEST = 0.85
# ... and never more than this many, so text repeated word for word cannot
# turn every pair of its copies into an edge.
MAX_PARTNERS = 3
# Weights of the three signals; lexical evidence dominates, facts and
# character similarity break ties and rescue reworded sentences.
W_LEXICAL = 0.55
W_FACTS = 0.25
W_CHARS = 0.20
# token_sort_ratio of two unrelated sentences of one story is typically
# 0.35-0.55 (shared function words and names); only the excess is evidence.
CHAR_FLOOR = 0.55
# Fact keys count this many times a word in the TF-IDF vector: a shared
# normalized value is stronger evidence than a shared word.
FACT_KEY_BOOST = 2.0
# Passages shorter than this many content words carry too little to align
# on words alone (headings like "Key Details").
MIN_CONTENT_WORDS = 3

PairScorer = Callable[[Sequence[Passage], Sequence[Passage]], np.ndarray]


@dataclass(frozen=True)
class _Doc:
    """A passage's bag of weighted terms: content words plus fact keys."""

    passage: Passage
    terms: dict[str, float]


def value_key(m: Mention) -> str:
    """What identifies a mention's value across sources, qualifiers and zones aside.

    "up to $200 million" and "$200 million" share the figure; "5:01 PM ET"
    and a zone-less "5:01 p.m." share the clock reading.
    """
    v = m.value
    if isinstance(v, Money | Quantity):
        return f"{m.kind.value}:{slot_family(m)}:{v.amount.normalize()}"
    if isinstance(v, ClockTime):
        return f"time:clock:{v.hour:02d}:{v.minute:02d}"
    if m.kind in (Kind.PERSON, Kind.ORG):
        return f"{m.kind.value}:{m.canonical}"
    return f"{m.kind.value}:{m.slot}:{m.canonical}"


def fact_keys(mentions: Sequence[Mention]) -> Counter[str]:
    """Normalized facts of a passage as terms; vague values are left to words."""
    keys: Counter[str] = Counter()
    for m in mentions:
        if m.kind is Kind.QUOTE:
            continue
        keys[value_key(m)] += 1
    return keys


def _doc(passage: Passage, mentions: Sequence[Mention]) -> _Doc:
    terms: Counter[str] = Counter()
    terms.update(content_stems(passage.text))
    weighted: dict[str, float] = dict(terms)
    for key, n in fact_keys(mentions).items():
        weighted[key] = weighted.get(key, 0.0) + n * FACT_KEY_BOOST
    return _Doc(passage, weighted)


def _value_keys(doc: _Doc) -> set[str]:
    """Fact keys of values (not names): names recur all through a story."""
    return {t for t in doc.terms if ":" in t and not t.startswith(("person:", "org:"))}


@dataclass(frozen=True)
class _Matrices:
    """One source's passages as rows: unit TF-IDF vectors, IDF-weighted value keys."""

    tfidf: np.ndarray  # passages x vocabulary, rows of unit length
    keys: np.ndarray  # passages x vocabulary, IDF where a value key is present
    thin: np.ndarray  # passages with too few content words to align on


def _matrices(docs: Sequence[_Doc], vocab: dict[str, int], idf: np.ndarray) -> _Matrices:
    tf = np.zeros((len(docs), len(vocab)))
    keys = np.zeros((len(docs), len(vocab)))
    thin = np.zeros(len(docs), dtype=bool)
    for i, d in enumerate(docs):
        for t, c in d.terms.items():
            tf[i, vocab[t]] = 1 + math.log(c)
        for t in _value_keys(d):
            keys[i, vocab[t]] = idf[vocab[t]]
        thin[i] = sum(1 for t in d.terms if ":" not in t) < MIN_CONTENT_WORDS
    tfidf = tf * idf
    norms = np.linalg.norm(tfidf, axis=1, keepdims=True)
    return _Matrices(tfidf / np.where(norms == 0, 1.0, norms), keys, thin)


def _fact_overlap(a: _Matrices, b: _Matrices) -> np.ndarray:
    """IDF-weighted share of value keys in common (0 where either passage has none)."""
    shared = (a.keys > 0).astype(float) @ b.keys.T
    sa, sb = a.keys.sum(axis=1)[:, None], b.keys.sum(axis=1)[None, :]
    smaller = np.minimum(sa, sb)
    return np.where(smaller > 0, shared / np.where(smaller > 0, smaller, 1.0), 0.0)


def char_scorer(a: Sequence[Passage], b: Sequence[Passage]) -> np.ndarray:
    """rapidfuzz token-sort similarity of folded passages, 0..1, all pairs at once."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    m = process.cdist([p.norm for p in a], [p.norm for p in b], scorer=fuzz.token_sort_ratio,
                      workers=-1, dtype=np.float32)
    return np.clip((np.asarray(m, dtype=np.float64) / 100.0 - CHAR_FLOOR) / (1.0 - CHAR_FLOOR), 0.0, 1.0)


@dataclass(frozen=True)
class PairScores:
    """Scores of every cross-source passage pair, by (source a, source b)."""

    matrices: dict[tuple[str, str], np.ndarray]

    def get(self, a: str, i: int, b: str, j: int) -> float:
        if (a, b) in self.matrices:
            return float(self.matrices[(a, b)][i, j])
        return float(self.matrices[(b, a)][j, i])


def score_pairs(sources: Sequence[SourceInfo], chars: PairScorer = char_scorer) -> PairScores:
    """Score every passage of every source against every passage of every other source."""
    docs = {s.article.id: [_doc(p, _mentions_of(s, p.index)) for p in s.passages] for s in sources}
    idf_of = idf([d.terms for ds in docs.values() for d in ds])
    vocab = {t: n for n, t in enumerate(idf_of)}
    weights = np.array([idf_of[t] for t in vocab])
    mats = {sid: _matrices(ds, vocab, weights) for sid, ds in docs.items()}
    out: dict[tuple[str, str], np.ndarray] = {}
    ids = [s.article.id for s in sources]
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            ch = chars([d.passage for d in docs[a]], [d.passage for d in docs[b]])
            out[(a, b)] = _pair_matrix(mats[a], mats[b], ch)
    return PairScores(out)


def _pair_matrix(a: _Matrices, b: _Matrices, chars: np.ndarray) -> np.ndarray:
    m: np.ndarray = W_LEXICAL * (a.tfidf @ b.tfidf.T) + W_FACTS * _fact_overlap(a, b) + W_CHARS * chars
    m[a.thin, :] = 0.0
    m[:, b.thin] = 0.0
    return m


def _mentions_of(source: SourceInfo, index: int) -> list[Mention]:
    return [m for m in source.mentions if m.passage == index]


Node = tuple[str, int]


def _candidate_edges(sources: Sequence[SourceInfo], scores: PairScores) -> list[tuple[float, Node, Node]]:
    """Pairs above the seed bar that are among each other's best few partners."""
    edges = []
    for (a, b), m in scores.matrices.items():
        if m.size == 0:
            continue
        k = min(TOP_PARTNERS, m.shape[1])
        row_top = np.minimum(np.sort(m, axis=1)[:, -k], m.max(axis=1) * NEAR_BEST)
        k = min(TOP_PARTNERS, m.shape[0])
        col_top = np.minimum(np.sort(m, axis=0)[-k, :], m.max(axis=0) * NEAR_BEST)
        # Ties (a passage repeated word for word) must not multiply edges: each
        # passage keeps at most MAX_PARTNERS partners in each other source.
        row_cap = np.argsort(-m, axis=1, kind="stable")[:, :MAX_PARTNERS]
        col_cap = np.argsort(-m, axis=0, kind="stable")[:MAX_PARTNERS, :]
        for i, j in zip(*np.nonzero(m >= MIN_PAIR_SCORE), strict=True):
            if (m[i, j] >= row_top[i] and m[i, j] >= col_top[j]
                    and j in row_cap[i] and i in col_cap[:, j]):
                edges.append((float(m[i, j]), (a, int(i)), (b, int(j))))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def _can_join(claim: dict[str, int], node: Node, scores: PairScores) -> bool:
    src, idx = node
    if src in claim:
        return False
    return all(scores.get(s, i, src, idx) >= MIN_JOIN_SCORE for s, i in claim.items())


def _grow(edges: list[tuple[float, Node, Node]], scores: PairScores) -> list[dict[str, int]]:
    """Strongest edges first: extend a claim holding one end, else start a claim."""
    claims: list[dict[str, int]] = []
    holding: dict[Node, list[int]] = defaultdict(list)  # node -> claims it sits in
    for _, p, q in edges:
        placed = False
        for c in dict.fromkeys(holding[p] + holding[q]):
            claim = claims[c]
            has_p, has_q = claim.get(p[0]) == p[1], claim.get(q[0]) == q[1]
            if has_p and has_q:
                placed = True
            elif has_p and _can_join(claim, q, scores):
                claim[q[0]] = q[1]
                holding[q].append(c)
                placed = True
            elif has_q and _can_join(claim, p, scores):
                claim[p[0]] = p[1]
                holding[p].append(c)
                placed = True
        if not placed:
            claims.append({p[0]: p[1], q[0]: q[1]})
            holding[p].append(len(claims) - 1)
            holding[q].append(len(claims) - 1)
    return claims


def _claim_score(claim: dict[str, int], scores: PairScores) -> float:
    items = sorted(claim.items())
    pairs = [scores.get(a, i, b, j) for x, (a, i) in enumerate(items) for b, j in items[x + 1:]]
    return sum(pairs) / len(pairs) if pairs else 0.0


def align(sources: tuple[SourceInfo, ...], *, scores: PairScores | None = None) -> tuple[Claim, ...]:
    """Group passages of different sources that state the same facts."""
    if len(sources) < 2:
        return ()
    scores = scores or score_pairs(sources)
    grown = _grow(_candidate_edges(sources, scores), scores)
    order = {s.article.id: n for n, s in enumerate(sources)}
    unique: dict[tuple[Node, ...], dict[str, int]] = {}
    for claim in grown:
        unique.setdefault(tuple(sorted(claim.items(), key=lambda kv: order[kv[0]])), claim)
    keyed = sorted(unique, key=lambda nodes: (order[nodes[0][0]], nodes[0][1], len(nodes)))
    return tuple(
        Claim(id=f"c{n}", score=_claim_score(unique[nodes], scores),
              members=tuple(ClaimPassage(s, i) for s, i in nodes))
        for n, nodes in enumerate(keyed, start=1)
    )
