"""What the aligner knows about each passage, and the features of a passage pair.

A passage becomes a :class:`PassageDoc` once per comparison: its content
stems, its normalized fact keys by slot, the names it mentions, a
pre-tokenized folded text for rapidfuzz, its length and place in the article.
:class:`Story` holds how rare every term and key is across the compared
passages, so that a weekday or a part of day every article mentions weighs
little and a figure one passage pair shares weighs a lot.

:func:`pair_features` turns a candidate pair into the numbers the pair model
(model.py) reads. They are all on a 0..1-ish scale and symmetric in the two
passages, so the model's coefficients transfer from one story to the next.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from sourcediff.align.boxed import boxed_spans
from sourcediff.align.cluster import figure_keys
from sourcediff.align.lexical import (
    WORDING_FEATURES,
    Wording,
    pairwise,
    wording,
    wording_features,
    wording_matrix,
)
from sourcediff.align.sparse import Rows, Shared, distinct, shared_entries, sparse_rows
from sourcediff.align.vectors import VECTOR_FEATURES, Meaning, meaning, vector_feature_matrix, vector_features
from sourcediff.compat import key_family
from sourcediff.extract.allcounts import after_all
from sourcediff.extract.amounts import within_one_unit
from sourcediff.extract.datecalendar import month_year_named
from sourcediff.extract.dateperiods import month_parts
from sourcediff.extract.daterelative import counted_back_year
from sourcediff.extract.elapsed import whole_minutes
from sourcediff.extract.labels import after_label
from sourcediff.extract.levels import rating
from sourcediff.extract.multiples import COVER_CUE
from sourcediff.extract.multiples import SLOT as MULTIPLE_SLOT
from sourcediff.extract.numbers import week_and_day_parts
from sourcediff.extract.ordinals import ROW_CUE
from sourcediff.extract.roles import ROLE_PREFIX
from sourcediff.extract.storeys import SLOT as STOREY_SLOT
from sourcediff.extract.updates import UPDATE_PREFIX
from sourcediff.extract.years import NAMED_YEAR, straddling
from sourcediff.model import Kind, Mention, Passage, SourceInfo
from sourcediff.segment import bylines_above
from sourcediff.terms import STOP, stem
from sourcediff.text import words
from sourcediff.values import ClockTime, DateValue, Elapsed, Money, Quantity

# Passages with fewer content words than this ("Key Details", a byline) carry
# too little to align on: they never get a partner, unless they state a figure
# (PassageDoc.indexed).
MIN_CONTENT_WORDS = 3
# The features of a pair on its own (pair_features), then those that need the
# story's other candidates (candidate_features); the model reads them in this
# order (model.py checks that the data file names known features).
PAIR_FEATURES = ("cosine", "cover_min", "cover_max", "shared_terms", "values_shared", "values_conflict",
                 "names_shared", "chars", "length_ratio", "position_gap", *WORDING_FEATURES, "small_story",
                 *VECTOR_FEATURES)
FEATURES = (*PAIR_FEATURES, "similarity", "best_ratio_min", "best_ratio_max")

@dataclass(frozen=True)
class PassageDoc:
    """One passage as the aligner sees it."""

    source: str
    index: int
    stems: dict[str, int]  # content stem -> count
    values: frozenset[str]  # "family=value" keys of figures, times and dates
    names: frozenset[str]  # people and organizations, aliased
    sorted_tokens: str  # folded words, sorted: rapidfuzz token_sort_ratio without re-sorting per pair
    content_words: int
    position: float  # 0 for the first passage of the article, 1 for the last
    wording: Wording  # words in order, for n-gram, subsequence and mismatch features (lexical.py)
    meaning: Meaning  # content words as word vectors, for rewordings (vectors.py)
    # The values a fact-box label introduces ("Fine: €18.5m" -> the fine): such a line shares few
    # words with the prose that states its figure, so cluster.box_pairs reads the figure instead.
    boxed: frozenset[str] = frozenset()
    # (key, qualifier) of the figure keys every mention of which is hedged or a bound ("more than two
    # million"): clusterfigures.figures_conflict fits them as the judge does; no pair feature reads them.
    qualified: frozenset[tuple[str, str]] = frozenset()

    @property
    def thin(self) -> bool:
        return len(self.stems) < MIN_CONTENT_WORDS

    @property
    def indexed(self) -> bool:
        """Whether the candidate index files the passage: not thin, or thin but stating a figure.

        A short sentence that states one figure ("Turnout was 38%.", "The
        vote was 7-2.") has too few content words, yet its figure is the
        fact, and often the one outlets report differently (issue #11: such
        a pair was never proposed, so its divergence went unreported). The
        figures are cluster.figure_keys's (no dates, parts of day or ages,
        which most sentences share). ECB+ has no such passage: its figures
        are unchanged.
        """
        return not self.thin or bool(figure_keys(self.values))

    def terms(self) -> set[str]:
        """Everything the candidate index files the passage under."""
        return set(self.stems) | self.values | self.names


def _count_noun(passage: Passage, m: Mention) -> str:
    """The content word right after a bare count: "three bridges" and "three cities" differ.

    A fact box's count ("Riders affected: 2.3m.") has no noun after it; its
    noun is its label's, which the extractor read (extract/labels.py), so
    that the line shares its key with "2.3 million riders".
    """
    start = m.span.start - passage.start
    nouns = [c for c in m.cues if not c.startswith((ROLE_PREFIX, UPDATE_PREFIX))]
    if nouns and (after_label(passage.text, start) or after_all(passage.text, start)):
        return stem(nouns[0])  # "all 11 out of service": the count it restates names the noun (allcounts.py)
    after = passage.text[m.span.end - passage.start:][:40]
    for w in words(after):
        if w not in STOP and not w.isdigit():
            return stem(w)
    return ""


def value_family_key(passage: Passage, m: Mention) -> str | None:
    """A figure, time or date as ``family=value``; None for names, quotes and vague values."""
    v = m.value
    if (m.kind in (Kind.PERSON, Kind.ORG, Kind.QUOTE) or rating(m) or m.slot == STOREY_SLOT
            or (m.slot == MULTIPLE_SLOT and COVER_CUE not in m.cues)):
        # a multiple of a limit restates a reading (multiples.py): no figure to pair by; a storey
        # (storeys.py) places the story's subject and recurs in many of its passages ("the fourth floor").
        # A sale's cover ("covered 3.1 times") is the fact itself, as a count is: it pairs
        return None
    if isinstance(v, Money | Quantity):
        family = key_family(m)
        if isinstance(v, Quantity) and v.unit is None and m.slot.endswith("count"):
            family = f"{family}:{_count_noun(passage, m)}"
        return f"{family}={v.amount.normalize()}"
    if isinstance(v, ClockTime):
        return f"time:clock={v.hour:02d}:{v.minute:02d}"
    if (isinstance(v, DateValue) and v.start is None and v.relative is None) or straddling(v):
        return None  # a straddling year ("2027-28") frames a story's steps: see similarity.fact_keys
    return f"{m.kind.value}:{m.slot}={m.canonical}"


def value_family_keys(passage: Passage, m: Mention) -> tuple[str, ...]:
    """The keys of one mention: its value_family_key, or two for a time in minutes and seconds.

    "June last year" keys as its month and its year (see below).

    "8 min 14 s" keys as the loose "8 minutes" and "14 seconds" it was read as before elapsed.py
    read it whole: the pair model was trained on those keys, and an outlet that rounds ("eight
    minutes in") still shares the minutes.

    A row's place ("for the 14th month in a row", extract.ordinals.period_rows) keys nothing: the model
    never saw it, and as a key it drew a lead away from the claim of its main figure (facts61.md).
    Nor does a year counted back ("seven years ago", extract.daterelative._years_ago): as a key it drew an
    aside ("since the mill closed seven years ago") into the claim of another outlet's year (facts63.md).
    Nor does the span of "within a month" (extract.amounts.within_one_unit, facts64.md), nor the year of
    "the 1944 Pembrook Saker", part of a named thing's designation (extract.years.NAMED_YEAR).
    """
    v = m.value
    if m.cues and m.cues[-1].endswith(ROW_CUE):
        return ()
    if isinstance(v, Elapsed) and (minutes := whole_minutes(v, m.raw)) is not None:
        return (f"number:duration={minutes}",)
    if isinstance(v, DateValue) and m.kind is Kind.DATE and (year := month_year_named(m.raw, v)) is not None:
        # "June last year": its month and its year, as "June" and "last year" were read before it was read
        # whole. Keyed by the month alone, three ECB+ documents' month of last year shared one rare key and
        # no longer the story's year: the IDF-weighted similarity bound them hard and reshuffled the topic's
        # lead claims (ecbplus align 0.597 -> 0.596; benchmarks/notes/factgaps_sport.md).
        return (f"{m.kind.value}:{m.slot}={year}", f"{m.kind.value}:{m.slot}={m.canonical}")
    if isinstance(v, DateValue) and m.kind is Kind.DATE and (months := month_parts(m.raw, v)) is not None:
        # "from April to June": its two months, as they were read before the run was read whole (#facts72)
        return tuple(f"{m.kind.value}:{m.slot}={month}" for month in months)
    if (counted_back_year(m) or within_one_unit(passage.text, m.span.start - passage.start, m.raw)
            or NAMED_YEAR in m.cues):
        return ()
    if (parts := week_and_day_parts(m)) is not None:  # "a week and two days": its two parts, as before
        return tuple(f"{key_family(m)}={part.normalize()}" for part in parts)
    key = value_family_key(passage, m)
    return (key,) if key else ()


def passage_doc(passage: Passage, mentions: Sequence[Mention], position: float) -> PassageDoc:
    worded = wording(passage.text)
    # content_stems(passage.text), from the words and stems the wording holds already
    counts = Counter(s for w, s in zip(worded.words, worded.stems, strict=True)
                     if w not in STOP and len(w) > 1)
    values: set[str] = set()
    boxed: set[str] = set()
    names: set[str] = set()
    qualified: frozenset[tuple[str, str]] = frozenset()
    if mentions:  # most passages of a long article have none: no keys, boxes or names to look for
        keyed = [(m, value_family_keys(passage, m)) for m in mentions]  # once per mention, read three times
        values = {k for _, keys in keyed for k in keys}
        at = boxed_spans(passage.text, [(m.span.start - passage.start, m.span.end - passage.start)
                                        for m in mentions], [m.kind for m in mentions])
        boxed = {k for n, (_, keys) in enumerate(keyed) if n in at for k in keys}
        names = {f"{m.kind.value}:{m.canonical.casefold()}" for m in mentions
                 if m.kind in (Kind.PERSON, Kind.ORG)}
        qualified = _qualified(keyed)
    return PassageDoc(
        source=passage.source, index=passage.index,
        stems=dict(counts),
        values=frozenset(values), names=frozenset(names),
        sorted_tokens=" ".join(sorted(passage.norm.split())),
        content_words=sum(counts.values()), position=position, wording=worded,
        meaning=meaning(worded.words), boxed=frozenset(boxed), qualified=qualified)


def _qualified(keyed: Sequence[tuple[Mention, tuple[str, ...]]]) -> frozenset[tuple[str, str]]:
    """(key, qualifier) of each figure key whose every mention is written with one qualifier.

    A key one mention states plainly and another hedges is a plain figure:
    the plain one is what the passage commits to. ``keyed`` pairs each of the
    passage's mentions with its `value_family_keys`, computed once by the caller.
    """
    quals: dict[str, set[str | None]] = {}
    for m, keys in keyed:
        v = m.value
        if not isinstance(v, Money | Quantity) or isinstance(v, Elapsed):
            continue
        for key in keys:
            quals.setdefault(key, set()).add(v.qualifier if v.high is None else None)
    return frozenset((k, q) for k, qs in quals.items() if len(qs) == 1 for q in qs if q is not None)


def source_docs(source: SourceInfo) -> list[PassageDoc]:
    """Every passage of one source, mentions grouped by passage in one pass."""
    by_passage: dict[int, list[Mention]] = {}
    for m in source.mentions:
        by_passage.setdefault(m.passage, []).append(m)
    above = bylines_above(source.article)  # a passage's place counts the byline lines above it
    last = max(1, len(source.passages) - 1 + above)
    return [passage_doc(p, by_passage.get(p.index, []), (p.index + above) / last) for p in source.passages]


@dataclass(frozen=True)
class Story:
    """How rare each term is across all compared passages (smoothed IDF), and vector norms."""

    idf: dict[str, float]
    default_idf: float
    common: float  # the IDF of a term found in every passage, less a margin
    passages: int  # how many passages are compared: IDF means little over two sentences

    vectors: dict[tuple[str, int], tuple[dict[str, float], float, float]] = field(default_factory=dict)

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.default_idf)

    def vector(self, doc: PassageDoc) -> tuple[dict[str, float], float, float]:
        """The passage's TF-IDF stem weights, their norm and their sum; built once per passage."""
        key = (doc.source, doc.index)
        if key not in self.vectors:
            idf, default = self.idf, self.default_idf  # `weight` inlined: one call less per stem
            w = {t: (1.0 + math.log(c)) * idf.get(t, default) for t, c in doc.stems.items()}
            self.vectors[key] = (w, math.sqrt(sum(x * x for x in w.values())), sum(w.values()))
        return self.vectors[key]


def story_stats(docs: Sequence[PassageDoc]) -> Story:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.terms())
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    # log((2 + n) / (1 + n)) above a ubiquitous term's IDF keeps a key shared
    # by both passages of a two-passage comparison worth something
    return Story(idf, math.log(1 + n) + 1.0, 1.0 - math.log((2 + n) / (1 + n)), n)


# A comparison of this many passages or more counts as a full story (small_story = 0).
FULL_STORY = 16


def small_story(story: Story) -> float:
    """1 for a comparison of two sentences, falling on a log scale to 0 at :data:`FULL_STORY` passages.

    The IDF-weighted features read differently on two sentences (every shared
    word is "common") than on a story; the model sees this so that one set of
    coefficients serves both, without a separate path for short comparisons.
    """
    n = max(2, story.passages)
    return max(0.0, 1.0 - math.log(n / 2) / math.log(FULL_STORY / 2))


def _shared_keys(a: frozenset[str], b: frozenset[str], story: Story) -> float:
    """Rarity of the keys both hold over that of all keys either holds (at least 1).

    Unlike a plain share, one weak shared key earns little even when it is the
    only key of both passages: the story's weekday joins nothing.
    """
    if not a or not b:
        return 0.0
    # A key's rarity, how much sharing it says: its IDF over a ubiquitous term's, near 0 for a key (a
    # weekday, "morning") every passage has. Written inline (no call per key): this runs for every pair.
    idf, default, common = story.idf, story.default_idf, story.common
    shared = sum(max(0.0, idf.get(t, default) - common) for t in a & b)
    return shared / max(1.0, sum(max(0.0, idf.get(t, default) - common) for t in a | b))


def _conflicts(a: frozenset[str], b: frozenset[str]) -> float:
    """Slot families both passages give a value for without one value in common (0..1)."""
    return _conflicts_with(_families(a), b) if a and b else 0.0


def _families(keys: frozenset[str]) -> dict[str, set[str]]:
    """A passage's value keys by slot family ("money:cost=42000000" -> "money:cost": {"42000000"})."""
    fam: dict[str, set[str]] = {}
    for key in keys:
        f, _, val = key.partition("=")
        fam.setdefault(f, set()).add(val)
    return fam


def _conflicts_with(fam_a: dict[str, set[str]], b: frozenset[str]) -> float:
    """`_conflicts` with ``a``'s keys already grouped by `_families`: a clause's, once for all its partners.

    The answer is a count of families over two, so the order of the grouping cannot move it.
    """
    if not fam_a or not b:
        return 0.0
    fam_b = _families(b)
    both = fam_a.keys() & fam_b.keys()
    return min(1.0, sum(1 for f in both if not fam_a[f] & fam_b[f]) / 2.0)


def pair_features(a: PassageDoc, b: PassageDoc, story: Story) -> list[float]:
    """The features of one pair on its own, in the order of :data:`PAIR_FEATURES`."""
    return pair_features_each(a, (b,), story)[0]


def pair_features_each(a: PassageDoc, bs: Sequence[PassageDoc], story: Story) -> list[list[float]]:
    """:func:`pair_features` of ``a`` with each of ``bs``, the same numbers, ``a``'s side read once.

    Why: clausejoin reads one clause against hundreds of partners at 80 sources, and each pair
    fetched the clause's weights, its word vectors (a copy out of the table) and the story's size
    feature again. The formulas and their order of summation are those of one pair, so every row
    is the one :func:`pair_features` gave. The clause's value keys are grouped by slot family once
    too (`_conflicts_with`), and its words without a vector are summed once (`Meaning.other_mass`).
    """
    wa, na, ma = story.vector(a)
    small = small_story(story)
    av = a.meaning.vectors if len(a.meaning.weights) else None
    fam_a = _families(a.values)  # most passages hold no value: then every row's conflict is 0 at once
    rows: list[list[float]] = []
    for b in bs:
        wb, nb, mb = story.vector(b)
        shared = wa.keys() & wb.keys()
        cosine = sum(wa[t] * wb[t] for t in shared) / (na * nb) if na and nb else 0.0
        cover_a = sum(wa[t] for t in shared) / ma if ma else 0.0
        cover_b = sum(wb[t] for t in shared) / mb if mb else 0.0
        chars = fuzz.ratio(a.sorted_tokens, b.sorted_tokens) / 100.0
        longer = max(a.content_words, b.content_words)
        rows.append([
            cosine,
            min(cover_a, cover_b),
            max(cover_a, cover_b),
            math.log1p(len(shared)) / math.log(16.0),
            _shared_keys(a.values, b.values, story),
            _conflicts_with(fam_a, b.values),
            _shared_keys(a.names, b.names, story),
            chars,
            min(a.content_words, b.content_words) / longer if longer else 0.0,
            abs(a.position - b.position),
            *wording_features(a.wording, b.wording),
            small,
            *vector_features(a.meaning, b.meaning, av),
        ])
    return rows


KeysOf = Callable[[PassageDoc], frozenset[str]]


def _column(name: str) -> int:
    """Where a feature sits in a row of :data:`FEATURES` (PAIR_FEATURES come first, in the same order)."""
    return FEATURES.index(name)


def token_ratios(docs: Sequence[PassageDoc], pairs: np.ndarray) -> np.ndarray:
    """rapidfuzz ``ratio`` of the sorted tokens of each pair (i, j), all pairs in one call (0..100)."""
    ij = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    return pairwise([d.sorted_tokens for d in docs], ij[:, 0], ij[:, 1], fuzz.ratio, np.float64)


def _key_sets(docs: Sequence[PassageDoc], keys: KeysOf, story: Story,
              columns: dict[str, int]) -> tuple[Rows, np.ndarray]:
    """Each passage's keys weighted by rarity as sparse rows, and each passage's total rarity."""
    # each key's rarity as in _shared_keys, inline: one call less per key of every passage
    idf, default, common = story.idf, story.default_idf, story.common
    weighted = [{t: max(0.0, idf.get(t, default) - common) for t in keys(d)} for d in docs]
    return sparse_rows(weighted, columns), np.asarray([sum(w.values()) for w in weighted], dtype=np.float64)


def _ratio(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """part / whole where whole is not 0, else 0 (the ``x / y if y else 0.0`` of pair_features)."""
    out: np.ndarray = np.divide(part, whole, out=np.zeros(part.shape), where=whole != 0)
    return out


def pair_feature_matrix(docs: Sequence[PassageDoc], pairs: Sequence[tuple[int, int]],
                        story: Story) -> np.ndarray:
    """:func:`pair_features` of many pairs at once, one row per pair.

    The same formulas over sparse rows (sparse.py), so that 200,000 candidate
    pairs cost a fraction of a second rather than seconds; sums over shared
    terms may differ from pair_features in the last bits (another summation
    order, as a different hash seed gives). A test holds the two equal.
    """
    return _pair_feature_columns(docs, np.asarray(pairs, dtype=np.int64).reshape(-1, 2), story,
                                 len(PAIR_FEATURES))


def _pair_feature_columns(docs: Sequence[PassageDoc], ij: np.ndarray, story: Story, width: int,
                          vector: np.ndarray | None = None, ratios: np.ndarray | None = None) -> np.ndarray:
    """A pairs x ``width`` matrix stored by columns, its first columns the :data:`PAIR_FEATURES` of ``ij``.

    Each feature goes into its column as soon as it is computed and its
    temporaries are freed: with 200,000 pairs every column is 1.6 MB, and
    collecting them all before stacking, then copying the stack once more
    for the candidate columns, made this the comparison's memory peak. The
    matrix itself is made once the word-vector temporaries and the
    shared-stem entries (millions at 80 sources) are gone, so they never
    take memory at once. ``vector``: the pairs' word-vector features, when
    computed already (for all candidates at once, see `candidate_blocks`); ``ratios``: the pairs'
    :func:`token_ratios`, when computed already.
    """
    n = len(ij)
    if not n:
        return np.empty((0, width), order="F")
    left, right = ij[:, 0], ij[:, 1]
    # The word-vector features first: their temporaries (every passage's word vectors, per-pair sums)
    # are gone before the matrix is made, which leaves a pairs x 5 block to copy in.
    if vector is None:
        vector = vector_feature_matrix([d.meaning for d in docs], ij)
    vectors = [story.vector(d) for d in docs]
    stems = shared_entries(sparse_rows((v[0] for v in vectors), {}), ij)
    norm = np.asarray([v[1] for v in vectors])
    mass = np.asarray([v[2] for v in vectors])
    cosine = _ratio(stems.sum(stems.left * stems.right), norm[left] * norm[right])
    cover_a = _ratio(stems.sum(stems.left), mass[left])
    cover_b = _ratio(stems.sum(stems.right), mass[right])
    shared_terms = np.log1p(stems.count()) / math.log(16.0)
    del stems, vectors
    out = np.empty((n, width), order="F")
    out[:, _column("cosine")] = cosine
    np.minimum(cover_a, cover_b, out=out[:, _column("cover_min")])
    np.maximum(cover_a, cover_b, out=out[:, _column("cover_max")])
    out[:, _column("shared_terms")] = shared_terms
    del cosine, cover_a, cover_b, shared_terms

    def shared_keys(keys: KeysOf) -> tuple[Shared, np.ndarray, dict[str, int]]:
        columns: dict[str, int] = {}
        rows, total = _key_sets(docs, keys, story, columns)
        both = shared_entries(rows, ij)
        shared = both.sum(both.left)
        union = total[left] + total[right] - shared
        return both, shared / np.maximum(1.0, union), columns

    values, values_shared, value_columns = shared_keys(lambda d: d.values)
    out[:, _column("values_shared")] = values_shared
    out[:, _column("names_shared")] = shared_keys(lambda d: d.names)[1]
    # Conflicts: families both passages give a value for, less those where a value is shared.
    families: dict[str, int] = {}
    fam_rows = sparse_rows(({k.partition("=")[0]: 1.0 for k in d.values} for d in docs), families)
    family_of = np.zeros(max(1, len(value_columns)), dtype=np.int64)
    for key, col in value_columns.items():
        family_of[col] = families[key.partition("=")[0]]
    agreeing = distinct(values.pair * len(families) + family_of[values.col]) // max(1, len(families))
    conflicts = shared_entries(fam_rows, ij).count() - np.bincount(agreeing, minlength=n)
    out[:, _column("values_conflict")] = np.minimum(1.0, conflicts / 2.0)
    del values, fam_rows, agreeing, conflicts
    out[:, _column("chars")] = (token_ratios(docs, ij) if ratios is None else ratios) / 100.0
    words = np.asarray([d.content_words for d in docs], dtype=np.float64)
    position = np.asarray([d.position for d in docs], dtype=np.float64)
    out[:, _column("length_ratio")] = _ratio(np.minimum(words[left], words[right]),
                                             np.maximum(words[left], words[right]))
    out[:, _column("position_gap")] = np.abs(position[left] - position[right])
    first = _column(WORDING_FEATURES[0])
    wording_matrix([d.wording for d in docs], ij, out=out[:, first:first + len(WORDING_FEATURES)])
    out[:, _column("small_story")] = small_story(story)
    first = _column(VECTOR_FEATURES[0])
    out[:, first:first + len(VECTOR_FEATURES)] = vector
    return out


# Candidate pairs whose feature rows are made at once when the model reads them (`candidate_blocks`):
# 65,536 rows of 40 features are 21 MB, where all 200,000 candidates of 80 sources were 65 MB. A
# multiple of the model's block of rows (model.BLOCK_ROWS), so that it walks the very same blocks.
CANDIDATE_BLOCK = 1 << 16


def candidate_matrix(docs: Sequence[PassageDoc], pairs: Sequence[tuple[int, int]], story: Story,
                     similarity: np.ndarray) -> np.ndarray:
    """:func:`pair_feature_matrix`, the judge's similarity of each pair, and ranks: the :data:`FEATURES`.

    The right partner is usually the best-scored passage of the other source
    even when its score is modest; "best_ratio" is the pair's similarity over
    the best similarity either passage reaches in the other's source (1 = best).
    One matrix, stored by columns (the model reads a column at a time), is
    filled in place: no stack of parts, no copy with the last columns added.
    """
    ij = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if not len(ij):
        return np.empty((0, len(FEATURES)), order="F")
    return next(candidate_blocks(docs, ij, story, similarity, block=len(ij)))


def candidate_blocks(docs: Sequence[PassageDoc], pairs: Sequence[tuple[int, int]] | np.ndarray, story: Story,
                     similarity: np.ndarray, block: int = CANDIDATE_BLOCK,
                     ratios: np.ndarray | None = None) -> Iterator[np.ndarray]:
    """The rows of :func:`candidate_matrix`, ``block`` pairs at a time: for a reader of one block at once.

    What needs every pair (the word-vector features, grouped by first
    passage; each passage's best similarity in every other source) is
    computed once; the rest is per pair, so every row is the same as in one
    matrix. Each block repeats the per-passage tables (a tenth of a second
    at 80 sources), so blocks are large. ``ratios``: every pair's :func:`token_ratios`, when the
    caller has them (the judge's similarity reads them too).
    """
    ij = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if not len(ij):
        return
    vector = vector_feature_matrix([d.meaning for d in docs], ij)
    names: dict[str, int] = {}
    src = np.asarray([names.setdefault(d.source, len(names)) for d in docs], dtype=np.int64)
    # (passage, other source) groups: the first passage's and the second's
    mine = ij[:, 0] * len(names) + src[ij[:, 1]]
    theirs = ij[:, 1] * len(names) + src[ij[:, 0]]
    groups, inverse = np.unique(np.concatenate((mine, theirs)), return_inverse=True)
    best = np.zeros(groups.size)
    np.maximum.at(best, inverse.ravel(), np.concatenate((similarity, similarity)))
    ri = _ratio(similarity, best[inverse[:len(ij)]])
    rj = _ratio(similarity, best[inverse[len(ij):]])
    del mine, theirs, groups, inverse, best
    for lo in range(0, len(ij), block):
        hi = lo + block
        out = _pair_feature_columns(docs, ij[lo:hi], story, len(FEATURES), vector[lo:hi],
                                    None if ratios is None else ratios[lo:hi])
        out[:, _column("similarity")] = similarity[lo:hi]
        np.minimum(ri[lo:hi], rj[lo:hi], out=out[:, _column("best_ratio_min")])
        np.maximum(ri[lo:hi], rj[lo:hi], out=out[:, _column("best_ratio_max")])
        yield out


def candidate_features(docs: Sequence[PassageDoc], pairs: Sequence[tuple[int, int]], story: Story,
                       similarity: Callable[[PassageDoc, PassageDoc], float]) -> list[list[float]]:
    """:func:`candidate_matrix` as lists, the judge's similarity asked pair by pair (training)."""
    sims = np.asarray([similarity(docs[i], docs[j]) for i, j in pairs], dtype=np.float64)
    rows: list[list[float]] = candidate_matrix(docs, pairs, story, sims).tolist()
    return rows
