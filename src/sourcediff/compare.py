"""Claims + mentions -> Facts with verdicts (agree, diverge, unique).

A fact is a cluster of mentions, from different sources, that state one fact
slot. Mentions are linked when their values are compatible (compat.py) and
the context says they are about the same thing: their passages sit in one
claim, or their passages are similar enough, or the value itself is
distinctive (the same money figure, the same clock time, the same quotation).
Clusters grow by complete linkage, strongest links first, so a vague value
("earlier this week") can never chain two incompatible precise ones together.

Divergence needs stronger evidence than agreement, because a false alarm
costs an editor more than a missed agreement: two clusters diverge only when a
claim aligns two passages that each state exactly one value of the same slot
family and those values are incompatible. Quotations diverge when the same
quotation is reproduced with changed words or attributed to different people.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sourcediff.align import PairScores, score_pairs
from sourcediff.compat import (
    comparable,
    compatible,
    quotes_agree,
    same_quotation,
    slot_family,
    speakers_agree,
)
from sourcediff.describe import describe_fact
from sourcediff.model import Claim, Fact, Kind, Mention, SourceInfo, Verdict
from sourcediff.terms import content_stems, idf, weighted_overlap
from sourcediff.text import fold
from sourcediff.values import ClockTime, DateValue, Money, PartOfDay, Quantity, QuoteValue

__all__ = ["comparable", "compatible", "judge"]

# Passages this similar (align.py's pair score) are taken to talk about the
# same thing even when the aligner did not group them into one claim; lower
# than the claim bar because the shared value itself is evidence too.
LINK_SCORE = 0.22
# Divergence between two aligned passages needs a claim at least this
# strong: the cost of a false alarm is an editor's time.
DIVERGE_MIN_SCORE = 0.30
# Two values are taken to fill one slot when the content words within this
# many characters around them overlap this much (IDF-weighted share of the
# smaller window): most of what surrounds a figure must match, not one name.
CONTEXT_CHARS = 48
CONTEXT_MIN_OVERLAP = 0.6
# Link strengths: claim membership beats a shared distinctive value, which
# beats mere passage similarity. Added to the passage pair score.
IN_CLAIM = 2.0
DISTINCTIVE = 1.0

_ORDER = {Verdict.DIVERGE: 0, Verdict.UNIQUE: 1, Verdict.AGREE: 2}
# Within a verdict, facts an editor checks first come first: figures and
# times are what stories get wrong; names are context.
_SALIENCE = {Kind.MONEY: 0, Kind.NUMBER: 1, Kind.PERCENT: 1, Kind.TIME: 2, Kind.DATE: 3, Kind.QUOTE: 4,
             Kind.PERSON: 5, Kind.ORG: 6}


# Words that make a time or date a deadline: "until Friday evening", "by
# 5:01 p.m.", "ahead of a Friday afternoon deadline". Two sources giving
# different values for a deadline contradict each other even when their
# sentences are worded too differently to align.
_DEADLINE_BEFORE = ("until", "by", "before", "ahead of", "ahead of a", "deadline of", "no later than",
                    "till", "due", "expires", "deadline is")
_DEADLINE_AFTER = ("deadline", "cutoff", "cut-off")
# How far around a mention to look for those words, in characters.
_ROLE_WINDOW = 24


@dataclass(frozen=True)
class _Context:
    scores: PairScores
    claims_of: dict[tuple[str, int], frozenset[str]]
    people: frozenset[str]
    texts: dict[str, str]
    idf: dict[str, float]

    windows: dict[Mention, frozenset[str]] = field(default_factory=dict)

    def same_context(self, a: Mention, b: Mention) -> bool:
        """True when the rare words around two mentions mostly match."""
        return weighted_overlap(self.window(a), self.window(b), self.idf) >= CONTEXT_MIN_OVERLAP

    def window(self, m: Mention) -> frozenset[str]:
        """Content stems right around a mention, the mention's own words left out."""
        if m not in self.windows:
            self.windows[m] = self._window(m)
        return self.windows[m]

    def _window(self, m: Mention) -> frozenset[str]:
        text = self.texts[m.source]
        before = text[max(0, m.span.start - CONTEXT_CHARS):m.span.start]
        after = text[m.span.end:m.span.end + CONTEXT_CHARS]
        # Stay inside the sentence: a window that runs into the next sentence
        # compares words about something else.
        before = re.split(r"[.!?]\s", before)[-1]
        after = re.split(r"[.!?](?:\s|$)", after)[0]
        return frozenset(content_stems(before + " " + after))

    def role(self, m: Mention) -> str | None:
        """ "deadline" when the words around the mention make it one, else None."""
        text = self.texts[m.source]
        before = fold(text[max(0, m.span.start - _ROLE_WINDOW):m.span.start])
        after = fold(text[m.span.end:m.span.end + _ROLE_WINDOW])
        if before.endswith(_DEADLINE_BEFORE) or after.startswith(_DEADLINE_AFTER):
            return "deadline"
        return None

    def pair_score(self, a: Mention, b: Mention) -> float:
        return self.scores.get(a.source, a.passage, b.source, b.passage)

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        shared = self.claims_of.get((a.source, a.passage), frozenset()) & self.claims_of.get(
            (b.source, b.passage), frozenset())
        return min(shared, key=lambda c: int(c[1:])) if shared else None


def _judged(m: Mention) -> bool:
    """Scare quotes and short labels are wording, not facts to judge."""
    return not (isinstance(m.value, QuoteValue) and m.value.phrase)


def _distinctive(m: Mention) -> bool:
    """Values that identify a fact slot by themselves across one story."""
    v = m.value
    if m.kind in (Kind.MONEY, Kind.PERCENT, Kind.QUOTE, Kind.PERSON, Kind.ORG):
        return True
    if m.kind is Kind.NUMBER:
        return not m.slot.endswith(":count")
    if isinstance(v, ClockTime):
        return True
    if isinstance(v, DateValue):
        return v.start is not None and v.start == v.end
    if isinstance(v, PartOfDay):
        return v.day is not None
    return False


def _same_slot_value(a: Mention, b: Mention) -> bool:
    if a.kind is Kind.QUOTE:
        assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
        return same_quotation(a.value, b.value)
    if a.kind in (Kind.PERSON, Kind.ORG):
        return a.canonical == b.canonical
    return compatible(a, b)


def _link_strength(a: Mention, b: Mention, ctx: _Context) -> float | None:
    if a.source == b.source or not comparable(a, b) or not _same_slot_value(a, b):
        return None
    score = ctx.pair_score(a, b)
    if ctx.shared_claim(a, b):
        return IN_CLAIM + score
    if a.kind not in (Kind.QUOTE, Kind.PERSON, Kind.ORG) and ctx.same_context(a, b):
        return DISTINCTIVE + score
    if _distinctive(a) and _distinctive(b) and (a.kind in (Kind.QUOTE, Kind.PERSON, Kind.ORG)
                                               or a.canonical == b.canonical or _same_figure(a, b)
                                               or isinstance(a.value, PartOfDay)):
        return DISTINCTIVE + score
    return score if score >= LINK_SCORE else None


def _same_figure(a: Mention, b: Mention) -> bool:
    """Same single amount whatever the qualifier: "up to $200 million" and "$200 million".

    Ranges ("hundreds of millions") are too vague to identify a fact alone.
    """
    va, vb = a.value, b.value
    return (isinstance(va, Money | Quantity) and isinstance(vb, Money | Quantity)
            and va.high is None and vb.high is None and va.amount == vb.amount)


class _Clusters:
    """Complete-linkage clusters of mention indexes."""

    def __init__(self, n: int) -> None:
        self.of = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def merge(self, i: int, j: int) -> None:
        a, b = self.of[i], self.of[j]
        if a == b:
            return
        for k in self.members[b]:
            self.of[k] = a
        self.members[a].extend(self.members.pop(b))


def _repeats(ms: Sequence[Mention], by_family: dict[str, list[int]]) -> list[tuple[float, int, int]]:
    """A source repeating one value ("Gertz said ... Gertz said") states one fact, not two.

    Weakest links of all, so a repeat joins its source's other mention only
    after cross-source evidence had its say.
    """
    out = []
    for idx in by_family.values():
        first: dict[tuple[str, str], int] = {}
        for i in idx:
            key = (ms[i].source, ms[i].canonical)
            if key in first:
                out.append((0.0, first[key], i))
            else:
                first[key] = i
    return out


def _cluster(ms: Sequence[Mention], ctx: _Context) -> _Clusters:
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        # Names only ever link to the same name: bucket them by it, so a story
        # that names its protagonist 200 times costs no 200 x 200 comparisons.
        names = m.kind in (Kind.PERSON, Kind.ORG)
        by_family[slot_family(m) + ("=" + m.canonical if names else "")].append(i)
    links = []
    for idx in by_family.values():
        for i, j in itertools.combinations(idx, 2):
            s = _link_strength(ms[i], ms[j], ctx)
            if s is not None:
                links.append((s, i, j))
    links.extend(_repeats(ms, by_family))
    links.sort(key=lambda t: (-t[0], t[1], t[2]))
    cl = _Clusters(len(ms))
    for _, i, j in links:
        a, b = cl.of[i], cl.of[j]
        if a != b and all(ms[x].source == ms[y].source or _same_slot_value(ms[x], ms[y])
                          for x in cl.members[a] for y in cl.members[b]):
            cl.merge(i, j)
    return cl


def _divergent_pairs(ms: Sequence[Mention], sources: Sequence[SourceInfo], claims: Sequence[Claim],
                     ctx: _Context) -> list[tuple[int, int]]:
    """Mention pairs that aligned passages state as incompatible values of one slot."""
    where: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if _divergeable(m):
            where[(m.source, m.passage, slot_family(m))].append(i)
    pairs = []
    for claim in claims:
        for p, q in itertools.combinations(claim.members, 2):
            if ctx.scores.get(p.source, p.index, q.source, q.index) < DIVERGE_MIN_SCORE:
                continue
            families = {f for (s, i, f) in where if (s, i) == (p.source, p.index)}
            for fam in families:
                a, b = where[(p.source, p.index, fam)], where.get((q.source, q.index, fam), [])
                if len(a) == 1 and len(b) == 1 and not compatible(ms[a[0]], ms[b[0]]):
                    pairs.append((a[0], b[0]))
    return pairs + _deadline_pairs(ms, ctx) + _context_pairs(ms, ctx)


def _context_pairs(ms: Sequence[Mention], ctx: _Context) -> list[tuple[int, int]]:
    """Incompatible values whose surrounding words say they fill the same slot.

    "made landfall near A Coruña at around 4 am" and "came ashore near A
    Coruña at about 6am", or "three people were still missing" and "four
    people are still missing", sit in sentences too differently worded to
    align, but the rare words right around the values match.
    """
    cand = [i for i, m in enumerate(ms) if (_divergeable(m) or m.slot.endswith(":count")) and ctx.window(m)]
    pairs = []
    for i, j in itertools.combinations(cand, 2):
        a, b = ms[i], ms[j]
        if a.source == b.source or not comparable(a, b) or not _same_day(a, b) or compatible(a, b):
            continue
        if ctx.same_context(a, b):
            pairs.append((i, j))
    return pairs


def _deadline_pairs(ms: Sequence[Mention], ctx: _Context) -> list[tuple[int, int]]:
    """Incompatible values that different sources both give as a deadline."""
    deadlines = [i for i, m in enumerate(ms) if m.kind in (Kind.TIME, Kind.DATE) and _divergeable(m)
                 and ctx.role(m) == "deadline"]
    pairs = []
    for i, j in itertools.combinations(deadlines, 2):
        a, b = ms[i], ms[j]
        if a.source != b.source and comparable(a, b) and _same_day(a, b) and not compatible(a, b):
            pairs.append((i, j))
    return pairs


def _same_day(a: Mention, b: Mention) -> bool:
    """Parts of day only contradict each other on the same day."""
    if isinstance(a.value, PartOfDay) and isinstance(b.value, PartOfDay):
        return a.value.day is not None and a.value.day == b.value.day
    return True


def _divergeable(m: Mention) -> bool:
    """Slots where two different values are a real contradiction, not two facts."""
    if m.kind is Kind.NUMBER and m.slot.endswith(":count"):
        return False
    if isinstance(m.value, DateValue):
        return m.value.start is not None and m.value.start == m.value.end
    return m.kind in (Kind.MONEY, Kind.NUMBER, Kind.PERCENT, Kind.TIME, Kind.DATE)


def _people(sources: Sequence[SourceInfo]) -> frozenset[str]:
    names = set()
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.PERSON:
                names.add(fold(m.canonical))
                names.add(fold(m.canonical).split()[-1])
    return frozenset(names)


def _claims_of(claims: Sequence[Claim]) -> dict[tuple[str, int], frozenset[str]]:
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        for m in c.members:
            out[(m.source, m.index)].add(c.id)
    return {k: frozenset(v) for k, v in out.items()}


def _quote_verdict(group: Sequence[Mention], people: frozenset[str]) -> Verdict:
    for a, b in itertools.combinations(group, 2):
        if a.source == b.source:
            continue
        assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
        if not quotes_agree(a.value, b.value) or not speakers_agree(a.speaker, b.speaker, people=people):
            return Verdict.DIVERGE
    return Verdict.AGREE


def _verdict(group: Sequence[Mention], diverged: bool, people: frozenset[str]) -> Verdict:
    if len({m.source for m in group}) < 2:
        return Verdict.UNIQUE
    if diverged:
        return Verdict.DIVERGE
    if group[0].kind is Kind.QUOTE:
        return _quote_verdict(group, people)
    return Verdict.AGREE


def _groups(ms: Sequence[Mention], cl: _Clusters,
            pairs: Sequence[tuple[int, int]]) -> list[tuple[list[int], bool]]:
    """Clusters, with clusters joined by a divergence merged into one divergent group."""
    parent = {c: c for c in cl.members}

    def find(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    diverged = set()
    for i, j in pairs:
        a, b = find(cl.of[i]), find(cl.of[j])
        sa = {ms[k].source for r in cl.members if find(r) == a for k in cl.members[r]}
        sb = {ms[k].source for r in cl.members if find(r) == b for k in cl.members[r]}
        if a != b and not sa & sb:
            parent[b] = a
            diverged.add(a)
    grouped: dict[int, list[int]] = defaultdict(list)
    for c, members in cl.members.items():
        grouped[find(c)].extend(members)
    return [(sorted(v), k in diverged) for k, v in grouped.items()]


def judge(sources: tuple[SourceInfo, ...], claims: tuple[Claim, ...], *,
          scores: PairScores | None = None) -> tuple[Fact, ...]:
    """Every fact the sources state, with its verdict."""
    if not sources:
        return ()
    ctx = _Context(scores or score_pairs(sources), _claims_of(claims), _people(sources),
                   {s.article.id: s.article.text for s in sources},
                   idf(content_stems(p.text) for s in sources for p in s.passages))
    ms = [m for s in sources for m in s.mentions if _judged(m)]
    cl = _cluster(ms, ctx)
    pairs = _divergent_pairs(ms, sources, claims, ctx)
    order = {s.article.id: n for n, s in enumerate(sources)}
    facts = []
    for idx, diverged in _groups(ms, cl, pairs):
        group = sorted((ms[i] for i in idx), key=lambda m: (order[m.source], m.span.start))
        verdict = _verdict(group, diverged, ctx.people)
        facts.append((group, verdict, _claim_for(group, ctx), _common_role(group, ctx)))
    facts.sort(key=lambda f: (_ORDER[f[1]], _SALIENCE[f[0][0].kind], -len({m.source for m in f[0]}),
                              order[f[0][0].source], f[0][0].span.start))
    return tuple(describe_fact(f"f{n}", group, verdict, claim, role=role)
                 for n, (group, verdict, claim, role) in enumerate(facts, start=1))


def _common_role(group: Sequence[Mention], ctx: _Context) -> str | None:
    """A role ("deadline") that most of a fact's mentions share, to name the fact."""
    roles = Counter(ctx.role(m) for m in group if m.kind in (Kind.TIME, Kind.DATE))
    role, n = roles.most_common(1)[0] if roles else (None, 0)
    return role if role and n * 2 > len(group) else None


def _claim_for(group: Sequence[Mention], ctx: _Context) -> str | None:
    votes: Counter[str] = Counter()
    for a, b in itertools.combinations(group, 2):
        if a.source != b.source and (c := ctx.shared_claim(a, b)):
            votes[c] += 1
    return votes.most_common(1)[0][0] if votes else None
