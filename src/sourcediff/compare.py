"""Claims + mentions -> Facts with verdicts (agree, diverge, unique).

A fact is a cluster of mentions, from different sources, that state one fact
slot. Mentions are linked when their values are compatible (compat.py) and
the context says they are about the same thing: their passages sit in one
claim, or their passages are similar enough, or the value itself is
distinctive (the same money figure, the same clock time, the same quotation).
Clusters grow by complete linkage, strongest links first, so a vague value
("earlier this week") can never chain two incompatible precise ones together.

Divergence needs stronger evidence than agreement (diverge.py); clusters that
a divergence connects merge into one divergent fact when their sources are
disjoint. Quotations diverge when the same quotation is reproduced with
changed words or attributed to different people. The evidence itself (claims,
pair scores, words around a value) is gathered once, in evidence.py.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal

from sourcediff import mentionindex
from sourcediff.align import PairScores, score_pairs
from sourcediff.compat import (
    base_factor,
    comparable,
    compatible,
    counted,
    magnitude,
    quotes_agree,
    same_quotation,
    slot_family,
    speakers_agree,
)
from sourcediff.convjoin import join_conversions
from sourcediff.describe import describe_fact
from sourcediff.diverge import divergent_pairs
from sourcediff.evidence import SUBJECT_KINDS, Evidence, build_evidence
from sourcediff.extract.roles import PART, roles_of
from sourcediff.extract.speakers import PRONOUN_SPEAKER
from sourcediff.localclock import bridged
from sourcediff.model import Claim, Fact, Kind, Mention, SourceInfo, Span, Verdict
from sourcediff.quotefacts import join_quotations
from sourcediff.updates import has_earlier, stated_updates
from sourcediff.values import ClockTime, DateValue, Money, PartOfDay, Quantity, QuoteValue, Value
from sourcediff.weekdays import mismatch_groups, mismatched

__all__ = ["comparable", "compatible", "judge"]

# Passages this similar (align/similarity.py's judge score) are taken to talk about the
# same thing even when the aligner did not group them into one claim; lower
# than the claim bar because the shared value itself is evidence too.
LINK_SCORE = 0.22
# A value a source repeats links across sources through its first few
# occurrences only; the rest join their source's first by repeat links. Keeps
# the cost linear in repetitive text (live blogs, transcripts).
MAX_LINKED_REPEATS = 6
# Link strengths: claim membership beats a shared distinctive value, which
# beats mere passage similarity. Added to the passage pair score.
IN_CLAIM = 2.0
DISTINCTIVE = 1.0

_ORDER = {Verdict.DIVERGE: 0, Verdict.UNIQUE: 1, Verdict.AGREE: 2}
# Within a verdict, facts an editor checks first come first: figures and
# times are what stories get wrong; names are context.
_SALIENCE = {Kind.MONEY: 0, Kind.NUMBER: 1, Kind.PERCENT: 1, Kind.TIME: 2, Kind.DATE: 3, Kind.QUOTE: 4,
             Kind.PERSON: 5, Kind.ORG: 6}


def _judged(m: Mention) -> bool:
    """Scare quotes and short labels are wording, not facts to judge."""
    return not (isinstance(m.value, QuoteValue) and m.value.phrase)


def _distinctive(m: Mention) -> bool:
    """Values that identify a fact slot by themselves across one story."""
    v = m.value
    if m.kind in (Kind.MONEY, Kind.PERCENT, Kind.QUOTE, Kind.PERSON, Kind.ORG):
        return True
    if m.kind is Kind.NUMBER:
        return not m.slot.endswith(":count") or _large_precise(v)
    if isinstance(v, ClockTime):
        return True
    if isinstance(v, DateValue):
        return v.start is not None and v.start == v.end
    if isinstance(v, PartOfDay):
        return v.day is not None
    return False


@functools.lru_cache(maxsize=65536)
def _same_values(kind: Kind, va: Value, vb: Value, same_family: bool) -> bool:
    """Value-level comparison, memoized: stories repeat the same values many times."""
    a = Mention(kind, "a", 0, Span(0, 0), "", va, slot="")
    b = Mention(kind, "b", 0, Span(0, 0), "", vb, slot="")
    return same_family and _compare_values(a, b)


def _compare_values(a: Mention, b: Mention) -> bool:
    if a.kind is Kind.QUOTE:
        assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
        return same_quotation(a.value, b.value)
    if a.kind in (Kind.PERSON, Kind.ORG):
        return a.canonical == b.canonical
    return compatible(a, b)


def _link_strength(a: Mention, b: Mention, ctx: Evidence) -> float | None:
    """How strongly two mentions of one slot family are linked, None when they are not."""
    if a.source == b.source or not _same_values(a.kind, a.value, b.value, True):
        return None
    if _about_different(a, b, ctx):
        return None
    score = ctx.pair_score(a, b)
    if ctx.shared_claim(a, b):
        return IN_CLAIM + score
    if a.kind not in (Kind.QUOTE, Kind.PERSON, Kind.ORG) and ctx.same_local_context(a, b):
        return DISTINCTIVE + score
    if _distinctive(a) and _distinctive(b) and (a.kind in (Kind.QUOTE, Kind.PERSON, Kind.ORG)
                                               or a.canonical == b.canonical or _same_figure(a, b)
                                               or _instant_key(a) == _instant_key(b) is not None
                                               or isinstance(a.value, PartOfDay)):
        return DISTINCTIVE + score
    if (roles_of(a.cues) and roles_of(a.cues) == roles_of(b.cues)
            and not (magnitude(a.value) or magnitude(b.value))):
        return DISTINCTIVE + score  # one story's death toll, injured, missing: one fact per role
    if _noun_key(a) is not None and _noun_key(a) == _noun_key(b):
        return DISTINCTIVE + score  # "more than 400 officers", "about 450 officers": one story's officers
    if not comparable(a, b) or _role_apart(a, b):
        return None
    return score if score >= LINK_SCORE else None


def _role_apart(a: Mention, b: Mention) -> bool:
    """A count of a role and a count of no role that names what it counts ("four helicopters").

    Small counts recur in a story for many things, and two passages only
    somewhat alike (`LINK_SCORE`) are no evidence that a toll is the same
    fact as an equal count of something named: made one, a tabloid's "FOUR
    skiers were killed" sat in the fact of "four helicopters", where the
    other outlets' toll could not be set against it. Stronger evidence (one
    claim, one context, one distinctive figure) still links "Some 4,300
    residents left" with "4,300 were evacuated".
    """
    ra, rb = roles_of(a.cues), roles_of(b.cues)
    if bool(ra) == bool(rb) or a.kind is not Kind.NUMBER:
        return False
    return bool(counted(b if ra else a) - {PART})


def _about_different(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """True when what surrounds two equal values says they are about different things.

    Equal values are no evidence of one fact by themselves when the story
    uses the value for two things (`Evidence.two_subjects`): then two
    mentions whose words share nothing ("growth" against "crown ... euro")
    are two facts, even inside one claim (one sentence often states several
    figures) or one source.
    """
    return ctx.two_subjects(a, b)


def _large_precise(v: Value) -> bool:
    """A count of a thousand or more with two significant digits or more ("74,212", "1.1 million").

    Such a figure identifies its fact across one story; "three", "300" or
    "2 million" recur for many things.
    """
    return (isinstance(v, Quantity) and v.high is None and abs(v.amount) >= 1000
            and len(abs(v.amount).normalize().as_tuple().digits) >= 2)


def _same_figure(a: Mention, b: Mention) -> bool:
    """Same single amount whatever the qualifier or rounding: "up to $200 million" and "$200 million".

    "$4.5 billion" is "$4.52 billion" rounded (the values were found
    compatible before this is asked). Ranges ("hundreds of millions") are
    too vague to identify a fact alone.
    """
    key = _figure_key(a)
    return key is not None and key == _figure_key(b)


class _Clusters:
    """Complete-linkage clusters of mention indexes.

    Each cluster also keeps its distinct (source, value) pairs, so checking a
    merge costs the number of distinct values, not of repeated mentions.
    """

    def __init__(self, ms: Sequence[Mention]) -> None:
        self.ms = ms
        self.of = list(range(len(ms)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(ms))}
        self.values: dict[int, set[tuple[str, Value]]] = {i: {(m.source, m.value)} for i, m in enumerate(ms)}
        # (source, passage) -> the (slot, value)s the cluster holds there, for `_one_sentence_apart`.
        self.spots: dict[int, dict[tuple[str, int], set[tuple[str, Value]]]] = {
            i: {(m.source, m.passage): {(m.slot, m.value)}} for i, m in enumerate(ms)}
        self.slots: dict[int, set[str]] = {i: {m.slot} for i, m in enumerate(ms)}

    def compatible(self, a: int, b: int) -> bool:
        """Every value of one cluster fits every value of the other (across sources).

        Within one source values need not fit (a live blog updates its toll),
        except two measures in different units in one sentence (`_one_sentence_apart`).
        """
        kind = self.ms[self.members[a][0]].kind
        fits = all(sa == sb or _same_values(kind, va, vb, True)
                   for sa, va in self.values[a] for sb, vb in self.values[b])
        return fits and not self._one_sentence_apart(a, b)

    def _one_sentence_apart(self, a: int, b: int) -> bool:
        """True when one passage gives the two clusters values in different units that do not fit.

        "16 weeks of pay plus six months of health cover": a writer who
        states two measures in one sentence, in two units, states two
        things; a vague value of another source ("at least 16 weeks") that
        fits both must not make them one fact, which would then refuse a
        third source's exact 16 weeks. A correction or update restates its
        figure in the same unit, so same-unit values are left alone.
        """
        if len(self.slots[a] | self.slots[b]) < 2:
            return False  # one unit throughout: the common case, decided without walking passages
        spots_a, spots_b = self.spots[a], self.spots[b]
        if len(spots_b) < len(spots_a):
            spots_a, spots_b = spots_b, spots_a
        kind = self.ms[self.members[a][0]].kind
        return any(slot_a != slot_b and not _same_values(kind, va, vb, True)
                   for where, here in spots_a.items() if where in spots_b
                   for slot_a, va in here for slot_b, vb in spots_b[where])

    def merge(self, i: int, j: int) -> None:
        a, b = self.of[i], self.of[j]
        if a == b:
            return
        for k in self.members[b]:
            self.of[k] = a
        self.members[a].extend(self.members.pop(b))
        self.values[a] |= self.values.pop(b)
        for where, here in self.spots.pop(b).items():
            self.spots[a].setdefault(where, set()).update(here)
        self.slots[a] |= self.slots.pop(b)


def _repeats(ms: Sequence[Mention], idx: Sequence[int]) -> list[tuple[int, int]]:
    """A source repeating one value ("Gertz said ... Gertz said") states one fact, not two.

    Weakest links of all (strength 0), so a repeat joins its source's other
    mention only after cross-source evidence had its say. A count of a role
    repeats only a count of that role: "FOUR skiers were killed" and "four
    choppers" are two facts of one value, and made one, the toll sat in the
    helicopters' fact, where no other source's toll could be set against it.
    """
    out = []
    first: dict[tuple[str, str, frozenset[str]], int] = {}
    for i in idx:
        key = (ms[i].source, ms[i].canonical, roles_of(ms[i].cues))
        if key in first:
            out.append((first[key], i))
        else:
            first[key] = i
    return out


def _linkable(ms: Sequence[Mention], idx: Sequence[int]) -> list[int]:
    """The first few occurrences of each value per source; later ones join by repeat links."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for i in idx:
        key = (ms[i].source, ms[i].canonical)
        seen[key] += 1
        if seen[key] <= MAX_LINKED_REPEATS:
            out.append(i)
    return out


# A bucket stated by this few sources is clustered link by link at once: each value has a partner or
# two, so listing the links costs less than first finding what they connect.
FEW_SOURCES = 2
# A set of linked mentions holding more distinct values than this is clustered link by link without
# first checking whether all its values fit (the check costs the square of the values).
MAX_CHECKED_VALUES = 48


def _cluster(ms: Sequence[Mention], claims: Sequence[Claim], ctx: Evidence) -> _Clusters:
    """Complete-linkage clusters of the mentions, family bucket by family bucket.

    Links never cross buckets, and within a bucket never cross the sets of
    mentions that chains of links connect (`_connected`). Where every value
    of such a set fits every other source's value, each merge on the way is
    compatible, so the set ends as one cluster whatever the order of its
    links; only the other sets (a vague value that fits two rival ones) are
    clustered link by link, strongest first. At 80 sources most facts are
    the first kind, and their thousands of mention pairs are never scored.
    A bucket of two sources has few links per mention: it is clustered link
    by link directly.
    """
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        # Names only ever link to the same name: bucket them by it, so a story
        # that names its protagonist 200 times costs no 200 x 200 comparisons.
        names = m.kind in (Kind.PERSON, Kind.ORG)
        by_family[slot_family(m) + ("=" + m.canonical if names else "")].append(i)
    cl = _Clusters(ms)
    for idx in by_family.values():
        if ms[idx[0]].kind in (Kind.PERSON, Kind.ORG):
            # Every cross-source pair of one name links and every merge is
            # compatible, so whatever the order the bucket ends as one cluster.
            for i in idx[1:]:
                cl.merge(idx[0], i)
            continue
        linkable = _linkable(ms, idx)
        if len({ms[i].source for i in idx}) <= FEW_SOURCES:
            _link_by_strength(ms, idx, linkable, claims, ctx, cl)
            continue
        joined = _connected(ms, idx, linkable, claims, ctx)
        usable = set(linkable)
        for group in joined.groups(idx):
            if _all_fit(ms, group) and _one_subject(ms, group, ctx):
                for i in group[1:]:
                    cl.merge(group[0], i)
            else:
                _link_by_strength(ms, group, [i for i in group if i in usable], claims, ctx, cl)
    return cl


def _link_by_strength(ms: Sequence[Mention], group: Sequence[int], linkable: list[int],
                      claims: Sequence[Claim], ctx: Evidence, cl: _Clusters) -> None:
    """Complete linkage over one connected set: strongest links first, a merge only when all values fit."""
    links = []
    for i, j in _candidates(ms, linkable, claims, ctx):
        s = _link_strength(ms[i], ms[j], ctx)
        if s is not None:
            links.append((s, i, j))
    links.extend((0.0, i, j) for i, j in _repeats(ms, group) if not _about_different(ms[i], ms[j], ctx))
    links.sort(key=lambda t: (-t[0], t[1], t[2]))
    subjects = ms[group[0]].kind in SUBJECT_KINDS if group else False
    for _, i, j in links:
        a, b = cl.of[i], cl.of[j]
        if a != b and cl.compatible(a, b) and not (subjects and _two_subjects(ms, cl, a, b, ctx)):
            cl.merge(i, j)


def _two_subjects(ms: Sequence[Mention], cl: _Clusters, a: int, b: int, ctx: Evidence) -> bool:
    """True when some mention of cluster ``a`` and some of ``b`` are about different things.

    Complete linkage over what values are about, as over the values
    themselves: "1.1%" growth linked to "1.1%" growth, which a third
    source's "1.1%" matches by value alone, must not take in a 1.1% fall of
    a currency that the first source's words put elsewhere.
    """
    xs, ys = _statements(ms, cl.members[a], ctx), _statements(ms, cl.members[b], ctx)
    if len(xs) * len(ys) > MAX_CHECKED_SUBJECTS * MAX_CHECKED_SUBJECTS:
        return False
    return any(_about_different(ms[x], ms[y], ctx) for x in xs for y in ys)


def _all_fit(ms: Sequence[Mention], group: Sequence[int]) -> bool:
    """True when every value of the set fits every value another source states in it, both ways round."""
    sources: dict[Value, set[str]] = defaultdict(set)
    for i in group:
        sources[ms[i].value].add(ms[i].source)
    if len(sources) > MAX_CHECKED_VALUES:
        return False
    kind = ms[group[0]].kind
    return all(_same_values(kind, v, w, True) or len(sources[v] | sources[w]) == 1
               for v in sources for w in sources)


# A set holding more distinct (source, window) statements than this is taken as one subject unchecked:
# the check costs the square of the statements (at 80 sources, 64 cost the judge five times its time),
# and a set that large is one fact told by many sources.
MAX_CHECKED_SUBJECTS = 16


def _one_subject(ms: Sequence[Mention], group: Sequence[int], ctx: Evidence) -> bool:
    """True when no two mentions in the set are about different things (`_about_different`).

    `_connected` joins mentions through shared claims and values without
    asking what each value is about, so a set whose values all fit may still
    hold two facts of one value; such a set is clustered link by link.
    """
    if ms[group[0]].kind not in SUBJECT_KINDS:
        return True
    distinct = _statements(ms, group, ctx)
    if len(distinct) > MAX_CHECKED_SUBJECTS:
        return True
    return not any(_about_different(ms[i], ms[j], ctx) for i, j in itertools.combinations(distinct, 2))


def _statements(ms: Sequence[Mention], idx: Iterable[int], ctx: Evidence) -> list[int]:
    """One mention per (source, words around it): what is about what is asked once per statement."""
    return list({(ms[i].source, ctx.window(ms[i])): i for i in idx}.values())


def _connected(ms: Sequence[Mention], idx: Sequence[int], linkable: list[int], claims: Sequence[Claim],
               ctx: Evidence) -> mentionindex.UnionFind:
    """Which mentions of one bucket chains of links connect, found without scoring every linked pair.

    A link needs two sources, fitting values and one of `_link_strength`'s
    reasons. Reasons shared by a whole group (one claim, one distinctive
    value, one figure, one role, one counted noun) connect the group through
    `mentionindex.connect`; the others (words around the values, passage
    similarity, quotations) are tried pair by pair, and only for pairs not
    connected yet.
    """
    joined = mentionindex.UnionFind()
    for i, j in _repeats(ms, idx):
        joined.union(i, j)
    if not linkable:
        return joined
    kind = ms[linkable[0]].kind

    def fits(va: Value, vb: Value) -> bool:
        return _same_values(kind, va, vb, True)

    def pairwise(pairs: Iterable[tuple[int, int]]) -> None:
        for i, j in pairs:
            a, b = ms[i], ms[j]
            if (joined.find(i) != joined.find(j) and a.source != b.source and fits(a.value, b.value)
                    and _link_strength(a, b, ctx) is not None):
                joined.union(i, j)

    if kind is Kind.QUOTE:  # two sources' mentions of one quotation always link (distinctive)
        for group in mentionindex.quote_groups(ms, linkable):
            mentionindex.connect(ms, group, joined, fits)
        return joined
    at = mentionindex.by_passage(ms, linkable)
    for c in claims:  # a shared claim always links
        members = [i for p in c.members for i in at.get((p.source, p.index), ())]
        if len(members) > 1:
            mentionindex.connect(ms, members, joined, fits)
    for key in (_role, _noun_key):  # one role, one counted noun: always links
        for group in mentionindex.key_groups(ms, linkable, key):
            mentionindex.connect(ms, group, joined, fits)
    # One value, figure or day links distinctive values; the other pairs these keys propose may still
    # link on their passages' score, which the scorer's own list of similar pairs can miss.
    distinctive = {i for i in linkable if _distinctive(ms[i])}
    undecided = []
    value_keys: tuple[Callable[[Mention], Hashable | None], ...] = (_canonical, _figure_key, _part_day,
                                                                    _instant_key)
    for value_key in value_keys:
        for group in mentionindex.key_groups(ms, linkable, value_key):
            mentionindex.connect(ms, [i for i in group if i in distinctive], joined, fits)
            undecided.append(group)
    statements = mentionindex.context_groups(ms, linkable, ctx)
    if statements is None:
        pairwise(mentionindex.context_pairs(ms, linkable, ctx))
    else:  # near everywhere: mentions whose windows match link when their values fit (same_local_context)
        groups, matched = statements
        for group in groups:
            mentionindex.connect(ms, group, joined, fits)
        for x, y in matched:
            if ctx.same_context(ms[groups[x][0]], ms[groups[y][0]]):
                mentionindex.connect(ms, groups[x] + groups[y], joined, fits)
    partners = ctx.similar(LINK_SCORE)
    if partners is None:
        pairwise(mentionindex.scored_pairs(ms, linkable, ctx, LINK_SCORE))
    else:  # the scorer lists the similar passages: walk them without collecting the mention pairs
        for node, here in at.items():
            pairwise([(i, j) if i < j else (j, i) for partner in partners.get(node, ()) if node < partner
                      for i in here for j in at.get(partner, ())])
    for group in undecided:
        pairwise(_apart_pairs(group, distinctive, joined))
    return joined


def _apart_pairs(group: Sequence[int], distinctive: set[int],
                 joined: mentionindex.UnionFind) -> Iterator[tuple[int, int]]:
    """The pairs of one value key's group that `_connected` still tries: a vague value and any other.

    Pairs whose mentions are connected already can add nothing, and which
    mentions end up connected does not depend on the order pairs are tried
    (a pair is joined when its own link holds). So the group is split by what
    is connected when its turn comes, and only pairs across the parts are
    proposed: at 80 sources one value's mentions are mostly one part by then,
    and the group costs its stragglers, not the square of its size.
    """
    parts: dict[int, list[int]] = defaultdict(list)
    for i in group:
        parts[joined.find(i)].append(i)
    if len(parts) < 2:
        return
    for i in group:
        if i in distinctive:
            continue
        mine = joined.find(i)
        for root, members in parts.items():
            if root != mine:
                yield from ((i, j) for j in members if j in distinctive or j > i)


def _candidates(ms: Sequence[Mention], idx: list[int], claims: Sequence[Claim],
                ctx: Evidence) -> set[tuple[int, int]]:
    """Every pair of one family bucket that `_link_strength` could link (mentionindex.py).

    Quotations link on their words alone (any two that may be the same
    quotation); other values link through a claim, their context words, a
    shared distinctive value, or similar passages.
    """
    if not idx:
        return set()
    if ms[idx[0]].kind is Kind.QUOTE:
        return mentionindex.quote_pairs(ms, idx)
    return (mentionindex.claim_pairs(ms, idx, claims)
            | mentionindex.context_pairs(ms, idx, ctx)
            | mentionindex.same_key_pairs(ms, idx, _canonical)
            | mentionindex.same_key_pairs(ms, idx, _figure_key)
            | mentionindex.same_key_pairs(ms, idx, _instant_key)
            | mentionindex.same_key_pairs(ms, idx, _part_day)
            | mentionindex.same_key_pairs(ms, idx, _role)
            | mentionindex.same_key_pairs(ms, idx, _noun_key)
            | mentionindex.scored_pairs(ms, idx, ctx, LINK_SCORE))


# A count below this is too common a figure ("two officers", "three homes") to link on its noun alone.
NOUN_LINK_MIN = 100


def _noun_key(m: Mention) -> str | None:
    """The noun of a count of a hundred or more, that links it to the story's other counts of that noun.

    The values must still agree (compatible), so "2,300 staff" and "2,600
    staff" never link this way; they are left to the divergence evidence.
    An order of magnitude ("thousands of workers", "hundreds of officers")
    gets no key: it fits every figure of its size, so the noun alone would
    pass a quoted "thousands of workers" off as a second source for "2,400
    workers" stated anywhere else in the story.
    """
    v = m.value
    if (m.kind is not Kind.NUMBER or not m.slot.endswith(":count") or not isinstance(v, Quantity)
            or v.amount < NOUN_LINK_MIN or roles_of(m.cues) or magnitude(v)):
        return None
    nouns = [c for c in m.cues if not c.startswith("role:")]
    return nouns[0] if nouns else None


def _canonical(m: Mention) -> str:
    return m.canonical


def _role(m: Mention) -> frozenset[str] | None:
    """Counts of one role ("dead", "injured") that `_link_strength` links as one fact per story."""
    return roles_of(m.cues) or None


def _figure_key(m: Mention) -> Decimal | None:
    """The single amount `_same_figure` compares, to two significant digits; None for ranges.

    The amount is taken in its dimension's base unit, so that one figure written in two units
    ("124 square kilometres", "12,400 hectares") has one key, as it has one value. Percentages get
    none: two digits of a percentage recur for many things in one story (an annual change of 4.3%,
    a mortgage rate of 4.31%), so a rounded one identifies no fact by itself; equal percentages
    still link by their value (`_canonical`), and rounded ones through claims, words or scores.
    """
    v = m.value
    if not isinstance(v, Money | Quantity) or v.high is not None or m.kind is Kind.PERCENT:
        return None
    if v.amount == 0:
        return v.amount
    amount = v.amount * base_factor(v)
    return amount.quantize(Decimal(1).scaleb(amount.adjusted() - 1), rounding=ROUND_HALF_UP)


def _instant_key(m: Mention) -> int | None:
    """A zoned clock time's minute of the UTC day: "10:47 a.m. CET (0947 GMT)" and "09:47 UTC" are one.

    Their canonical forms differ (the first keeps its local reading), so equal
    UTC instants stated by two outlets in two zones would link only through
    a shared claim; a clock to the minute identifies its moment across one
    story as surely as an equal canonical clock does. A bare clock the story
    itself converts (localclock.bridged: "12.31pm" where another outlet wrote
    "12:31 p.m. CET (1131 GMT)") has that instant too.
    """
    v = m.value
    return v.utc if isinstance(v, ClockTime) and (v.zone is not None or v.local) else None


def _part_day(m: Mention) -> object:
    """Parts of day of one named day (the only ones `_distinctive`), grouped by the day."""
    return ("part", m.value.day) if isinstance(m.value, PartOfDay) and m.value.day is not None else None


def _quote_verdict(group: Sequence[Mention], people: frozenset[str]) -> Verdict:
    """DIVERGE when two sources reproduce the quotation differently or credit different speakers.

    Only the distinct (source, words, speaker) statements are compared: a
    quotation repeated throughout a long story costs its variants, not the
    square of its repetitions.
    """
    distinct = list({(m.source, m.value, _named_speaker(m)): m for m in group}.values())
    # At 80 sources one quotation is stated the same way by most of them: each ordered pair of
    # (words, speaker) statements is decided once, and the pairs of sources only look the answer up.
    agree: dict[tuple[Value, str | None, Value, str | None], bool] = {}
    for a, b in itertools.combinations(distinct, 2):
        if a.source == b.source:
            continue
        key = (a.value, _named_speaker(a), b.value, _named_speaker(b))
        fits = agree.get(key)
        if fits is None:
            assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
            fits = agree[key] = (quotes_agree(a.value, b.value)
                                 and speakers_agree(key[1], key[3], people=people))
        if not fits:
            return Verdict.DIVERGE
    return Verdict.AGREE


def _named_speaker(m: Mention) -> str | None:
    """The speaker a writer named for a quote; None when only a "he" or "she" points back to one.

    Which earlier name a pronoun means is the extractor's guess ("he said"
    after a paragraph on someone else): crediting the words to another
    person than a source that names the speaker is no divergence of the
    writers' own.
    """
    return None if PRONOUN_SPEAKER in m.cues else m.speaker


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

    sources = {c: {ms[k].source for k in members} for c, members in cl.members.items()}
    # Whether each cluster holds a figure given as earlier, read once per cluster rather than once per
    # divergent pair: at 80 sources one fact's cluster meets hundreds of pairs.
    earlier = {c: has_earlier(ms[k] for k in members) for c, members in cl.members.items()}
    diverged = set()
    for i, j in pairs:
        a, b = find(cl.of[i]), find(cl.of[j])
        if a == b:
            continue
        update = earlier[cl.of[i]] != earlier[cl.of[j]]  # an earlier and a later value (updates.py)
        if update or not sources[a] & sources[b]:
            # An update joins even when one source states both values ("rose to 61 from 9").
            parent[b] = a
            sources[a] |= sources.pop(b)
            if not update or b in diverged:
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
    ctx = build_evidence(sources, claims, scores or score_pairs(sources))
    judged = [m for s in sources for m in s.mentions if _judged(m)]
    ms = [m for m in judged if not mismatched(m)]  # a source contradicting itself: weekdays.py
    # Compared as the story's own clock conversion reads them, reported as written (localclock.py).
    seen = bridged(ms)
    cl = _cluster(seen, claims, ctx)
    pairs = divergent_pairs(seen, claims, ctx, clusters=cl.of) + stated_updates(seen)
    order = {s.article.id: n for n, s in enumerate(sources)}
    facts = []
    for idx, diverged in _groups(seen, cl, pairs):
        group = sorted((ms[i] for i in idx), key=lambda m: (order[m.source], m.span.start))
        verdict = _verdict(group, diverged, ctx.people)
        facts.append((group, verdict, _claim_for(group, ctx), _common_role(group, ctx)))
    facts = join_conversions(join_quotations(facts), sources, order)
    facts.extend((group, Verdict.DIVERGE, _claim_for(group, ctx), None) for group in mismatch_groups(judged))
    facts.sort(key=lambda f: (_ORDER[f[1]], _SALIENCE[f[0][0].kind], -len({m.source for m in f[0]}),
                              order[f[0][0].source], f[0][0].span.start))
    return tuple(describe_fact(f"f{n}", group, verdict, claim, role=role)
                 for n, (group, verdict, claim, role) in enumerate(facts, start=1))


def _common_role(group: Sequence[Mention], ctx: Evidence) -> str | None:
    """A role ("deadline") that most of a fact's mentions share, to name the fact."""
    roles = Counter(ctx.role(m) for m in group if m.kind in (Kind.TIME, Kind.DATE))
    role, n = roles.most_common(1)[0] if roles else (None, 0)
    return role if role and n * 2 > len(group) else None


def _claim_for(group: Sequence[Mention], ctx: Evidence) -> str | None:
    """The claim most cross-source pairs of the fact share (each pair votes for its first shared claim).

    Counted per passage, not per mention pair: a name stated in 300 passages
    costs the claims those passages sit in. Ties go to the claim whose first
    vote comes first in the group's order. Passages that sit in the same
    claims vote alike, so they are counted as one class: at 80 sources a
    fact's passages fall into a few such classes, and the votes cost the
    pairs of classes, not the square of the sources.
    """
    first: dict[tuple[str, int], int] = {}
    count: Counter[tuple[str, int]] = Counter()
    for n, m in enumerate(group):
        first.setdefault((m.source, m.passage), n)
        count[(m.source, m.passage)] += 1
    classes: dict[frozenset[str], _Passages] = {}
    for node, pos in first.items():  # in group order: each class's passages sorted by first mention
        claims = ctx.claims_of.get(node)
        if claims:
            classes.setdefault(claims, _Passages()).add(node[0], pos, count[node])
    votes: dict[str, tuple[int, tuple[int, int]]] = {}
    keys = list(classes)
    for n, ka in enumerate(keys):
        for kb in keys[n:]:
            shared = ka & kb
            if not shared:
                continue
            weight, earliest = classes[ka].pairs_with(classes[kb], same=ka is kb)
            if earliest is None:
                continue
            c = min(shared, key=_claim_number)  # the first claim the pairs meet is the one they vote for
            had, was = votes.get(c, (0, earliest))
            votes[c] = (had + weight, min(was, earliest))
    return min(votes, key=lambda c: (-votes[c][0], votes[c][1])) if votes else None


class _Passages:
    """One class of a fact's passages (those sitting in the same claims): their sources, places and weights.

    Keeps what `_claim_for` needs to count the cross-source pairs between two
    classes without listing them: the weight per source, and the first two
    passages (by first mention) that come from different sources.
    """

    def __init__(self) -> None:
        self.first: dict[str, int] = {}  # each source's first mention in the class
        self.weight: Counter[str] = Counter()
        self.total = 0
        self.lead: list[tuple[str, int]] = []  # the first passage, and the first from another source

    def add(self, source: str, first: int, weight: int) -> None:
        self.first.setdefault(source, first)
        self.weight[source] += weight
        self.total += weight
        if not self.lead or (len(self.lead) == 1 and self.lead[0][0] != source):
            self.lead.append((source, first))

    def partner(self, source: str) -> int | None:
        """The first mention of this class's first passage from a source other than ``source``."""
        for s, pos in self.lead:
            if s != source:
                return pos
        return None

    def pairs_with(self, other: _Passages, *, same: bool) -> tuple[int, tuple[int, int] | None]:
        """Summed weights of the cross-source passage pairs between the classes (within one when ``same``),
        and the earliest such pair as (first mention, second mention); None when there is no pair.
        """
        small, big = sorted((self.weight, other.weight), key=len)  # the shared sources, from the fewer
        cross = self.total * other.total - sum(w * big[s] for s, w in small.items() if s in big)
        if same:
            cross //= 2
        # Each passage here pairs with the other class's first passage, or, when that one is from its
        # own source, with the other's first from another source; (min, max) of a pair grows with the
        # passage's place, so the earliest pair comes from this class's earliest passage of each kind:
        # the first from a source other than the other's lead, and the first from the lead's source.
        best: tuple[int, int] | None = None
        if other.lead:
            lead_source = other.lead[0][0]
            tries = [(s, pos) for s, pos in self.lead if s != lead_source][:1]
            if lead_source in self.first:
                tries.append((lead_source, self.first[lead_source]))
            for source, pos in tries:
                mate = other.partner(source)
                if mate is not None:
                    here = (min(pos, mate), max(pos, mate))
                    best = here if best is None or here < best else best
        return cross, best


def _claim_number(claim_id: str) -> int:
    return int(claim_id[1:])
