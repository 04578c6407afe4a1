"""Which mentions contradict each other: the evidence a divergence needs.

Divergence needs stronger evidence than agreement, because a false alarm
costs an editor more than a missed agreement. Three kinds of evidence count:
two aligned passages that each state exactly one value of a slot family; two
values that different sources both give as a deadline; and two values whose
surrounding rare words mostly match. The judge then merges the clusters such
pairs connect, and only when their sources are disjoint.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from sourcediff.compat import (
    BOUND_REACH,
    clock_fits_part,
    comparable,
    compatible,
    counted,
    magnitude,
    role_key,
    same_thing,
    slot_family,
)
from sourcediff.evidence import NOT_UNTIL, Evidence
from sourcediff.extract.money import CONVERSION
from sourcediff.extract.rates import same_time_pairs
from sourcediff.extract.roles import roles_of
from sourcediff.extract.stamps import STAMP
from sourcediff.mentionindex import all_near, context_pairs, near_pairs, window_pairs
from sourcediff.model import Claim, Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.terms import content_stems, weighted_overlap
from sourcediff.text import fold
from sourcediff.values import ClockTime, DateValue, Money, PartOfDay, Quantity, Value

# Divergence between two aligned passages needs a claim at least this
# strong: the cost of a false alarm is an editor's time.
DIVERGE_MIN_SCORE = 0.30


def divergent_pairs(ms: Sequence[Mention], claims: Sequence[Claim], ctx: Evidence,
                    clusters: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Mention pairs that aligned passages state as incompatible values of one slot.

    With ``clusters`` (each mention's cluster, compare._Clusters.of), only
    the first pair between two clusters is returned, and none within one:
    the judge merges clusters pair by pair (compare._groups), and a later
    pair between the same two clusters finds them merged already, or kept
    apart by a source they share, which merging others only widens. At 80
    sources one divergent fact has thousands of such pairs; the later ones
    are not even scored.
    """
    where: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if divergeable(m):
            where[(m.source, m.passage, role_key(m))].append(i)
    # The one mention of each family a passage states; passages stating two
    # values of a family say nothing about which one a partner contradicts.
    single: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
    for (s, i, f), idx in where.items():
        if len(idx) == 1:
            single[(s, i)][f] = idx[0]
    same = _Compatible()
    kept = _FirstBetween(ms, ctx, clusters)
    # _contradict reads only what each mention states (and, for durations, the words around it):
    # decided once per pair of statements, however many sources make them.
    contradicts: dict[tuple[object, object], bool] = {}
    for claim in claims:
        members = [(p.source, p.index) for p in claim.members]
        hits = _claim_hits(members, single, ms, same)
        scored: dict[tuple[int, int], bool] = {}
        for x, y, _, a, b in hits:
            if kept.redundant(a, b):
                continue
            if (x, y) not in scored:
                (sa, ia), (sb, ib) = members[x], members[y]
                scored[(x, y)] = ctx.scores.get(sa, ia, sb, ib) >= DIVERGE_MIN_SCORE
            if not scored[(x, y)]:
                continue
            key = (_statement(ms[a], ctx), _statement(ms[b], ctx))
            if key not in contradicts:
                contradicts[key] = _contradict(ms[a], ms[b], ctx)
            if contradicts[key]:
                kept.offer(a, b)
    # A year written in digits ("sank in 1891") is left to the claim's consensus (`_consensus_pairs`): two
    # sentences' years, each named for a step of its own ("by 2029", "by 2030"), are too often two facts.
    years: dict[tuple[str, int, str], list[int]] = defaultdict(list, {k: list(v) for k, v in where.items()})
    for i, m in enumerate(ms):
        if _written_year(m) and not divergeable(m):
            years[(m.source, m.passage, role_key(m))].append(i)
    single_years: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
    for (s, i, f), idx in years.items():
        if len(idx) == 1:
            single_years[(s, i)][f] = idx[0]
    for rule in (_consensus_pairs(ms, claims, years, single_years, same, ctx),
                 _leftover_pairs(ms, claims, where, ctx), _deadline_pairs(ms, ctx), _context_pairs(ms, ctx),
                 _clock_part_pairs(ms, ctx), _role_pairs(ms), _lone_clock_pairs(ms, ctx),
                 _claim_count_pairs(ms, ctx),
                 same_time_pairs(ms)):
        for a, b in rule:
            kept.offer(a, b)
    return kept.pairs


class _FirstBetween:
    """The divergent pairs found, in order, less those that cannot change the judge's grouping.

    Two sources writing the very same words ("this morning", "April 9") never
    contradict each other: their values differ only through what each was
    resolved against (its own publication date, a year guessed for an
    undated page), not through what the writers said; nor do clock times
    within one's hedge. Each mention's folded words are read once: at 80
    sources one divergent value meets every other source. With clusters,
    a pair within one cluster, or between two clusters a kept pair joins
    already, is redundant (see `divergent_pairs`).
    """

    def __init__(self, ms: Sequence[Mention], ctx: Evidence, clusters: Sequence[int] | None) -> None:
        self.ms, self.ctx, self.clusters = ms, ctx, clusters
        self.pairs: list[tuple[int, int]] = []
        self.between: set[tuple[int, int]] = set()
        self.words: dict[int, str] = {}

    def redundant(self, i: int, j: int) -> bool:
        if self.clusters is None:
            return False
        a, b = self.clusters[i], self.clusters[j]
        return a == b or (a, b) in self.between or (b, a) in self.between

    def offer(self, i: int, j: int) -> None:
        """Keep the pair unless it is redundant or its two mentions state the same thing."""
        if self.redundant(i, j) or self._folded(i) == self._folded(j):
            return
        a, b = self.ms[i], self.ms[j]
        if (_hedged_clocks_meet(a, b, self.ctx) or _unstated_years(a, b) or _nights_meet(a, b)
                or _midnight_meets(a, b)):
            return
        self.pairs.append((i, j))
        if self.clusters is not None:
            self.between.add((self.clusters[i], self.clusters[j]))

    def _folded(self, k: int) -> str:
        words = self.words.get(k)
        if words is None:
            words = self.words[k] = fold(self.ms[k].raw)
        return words


# A claim's lone dissenter is weighed only against this many other sources agreeing on one value: two
# sources stating one value in aligned passages show the claim is about that fact.
CONSENSUS_MIN_AGREE = 2
# The agreement stands in for half the passage similarity a pair alone needs: the dissenter's passage must
# still score this much with one agreeing passage (at 0.02-0.05 a claim's members share a name, not a fact).
CONSENSUS_MIN_SCORE = DIVERGE_MIN_SCORE / 2


def _consensus_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                     where: dict[tuple[str, int, str], list[int]],
                     single: dict[tuple[str, int], dict[str, int]], same: _Compatible,
                     ctx: Evidence) -> list[tuple[int, int]]:
    """A claim's one source whose single value of a family contradicts the one its other sources agree on.

    "The attack was detected at 2:40 a.m." in three sources and "Criminals
    struck at around 3.40am" in a fourth: the paper's sentence is worded
    apart, so its pair score with each partner stays under DIVERGE_MIN_SCORE
    and the words around the values differ. Yet the aligner put its passage
    in the claim, and the other sources stating one value there show what
    the claim is about, so the odd value is their rival. Counted only when
    the evidence cannot be two facts: at least CONSENSUS_MIN_AGREE other
    sources agree, every source states one value of the family in its
    passages of the claim, the dissenter states no value fitting the
    others' anywhere in its article, and none of the others states the
    dissenter's anywhere in theirs (a source giving both times reports two
    moments, which a partner may well report one of); the dissenter's
    passage scores CONSENSUS_MIN_SCORE with an agreeing one (or, for sums of
    money, the words beside the two sums say what both are for:
    `_same_role_amount`), the two values
    are of one kind `_consensus_kind` admits, of one size when amounts, and
    both moments or both bounds of the same word (`_bound`).
    """
    stated: dict[tuple[str, str], list[int]] = defaultdict(list)
    told: dict[tuple[str, int], list[int]] = defaultdict(list)
    for (s, i, f), idx in where.items():
        stated[(s, f)].extend(idx)
        told[(s, i)].extend(idx)
    pairs = []
    for claim in claims:
        by_family: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for p in claim.members:
            for f, i in single.get((p.source, p.index), {}).items():
                if _consensus_kind(ms[i]):
                    by_family[f][p.source].append(i)
        for f, by_source in by_family.items():
            pair = _dissent(ms, f, by_source, stated, told, same, ctx)
            if pair is not None and _contradict(ms[pair[0]], ms[pair[1]], ctx):
                pairs.append((min(pair), max(pair)))
    return pairs


def _consensus_kind(m: Mention) -> bool:
    """Values a claim's consensus can contradict: not relative dates or parts of day (ages: see `_named_age`).

    A source's "yesterday" or "Thursday" is read against its own dateline,
    and outlets writing on different days date different moments of a story
    in one aligned sentence; a lone different date there is more often
    another day's event than a contradiction. A day of a month is the
    writer's own ("collected on 3 February" against two sources' "2
    February"): it counts, and its source's weekdays are left out of the
    claim's consensus rather than spoiling it; `_dissent` asks that the words
    around the two days share one (the step they date).
    """
    if isinstance(m.value, DateValue):
        return calendar_day(m)
    return not isinstance(m.value, PartOfDay)


# A name right after an age ("the 23-year-old Anna") or right before it ("Jonas Berg, 32,", "Berg, aged 32").
_NAME_AFTER_AGE = regex(r"\s+[A-Z][\w'-]+")
_NAME_BEFORE_AGE = regex(r"[A-Z][\w'-]+,\s+(?:aged\s+)?$")


def _named_age(m: Mention, ctx: Evidence) -> bool:
    """An age given with a person's name: one of several people a sentence about one event may name.

    A sentence about a trial or a crash names the accused and the victim, each
    with an age, so a lone different named age is more often someone else's;
    the ages of an unnamed victim ("a 78-year-old man", "a pensioner, aged
    87") are one person's, the one the claim is about.
    """
    if m.slot != "number:age":
        return False
    text = ctx.texts[m.source]
    return bool(_NAME_AFTER_AGE.match(text, m.span.end)
                or _NAME_BEFORE_AGE.search(text, max(0, m.span.start - 48), m.span.start))


def _dissent(ms: Sequence[Mention], family: str, by_source: dict[str, list[int]],
             stated: dict[tuple[str, str], list[int]], told: dict[tuple[str, int], list[int]],
             same: _Compatible, ctx: Evidence) -> tuple[int, int] | None:
    """(the lone dissenter, its most similar agreeing mention) of one claim's family, or None.

    See `_consensus_pairs`; amounts must also be of one size (`_one_size`):
    "two injured passengers died" beside "more than 60 injured" is a part,
    not a rival total.
    """
    if len(by_source) < CONSENSUS_MIN_AGREE + 1 or not _consensus_kind(ms[next(iter(by_source.values()))[0]]):
        return None
    firsts = {}
    for s, idx in by_source.items():
        if len({ms[i].value for i in idx}) != 1:
            return None  # a source stating two values across the claim's passages
        firsts[s] = idx[0]

    def fit(i: int, j: int) -> bool:
        return same(ms[i], ms[j], family) and same(ms[j], ms[i], family)

    for odd, o in firsts.items():
        rest = [i for s, i in firsts.items() if s != odd]
        if any(fit(o, i) for i in rest) or not all(fit(rest[0], i) for i in rest[1:]):
            continue
        if any(fit(i, rest[0]) for i in stated[(odd, family)]):
            return None  # the dissenter also states the agreed value: two moments, two figures
        if any(fit(i, o) for s in firsts if s != odd for i in stated[(s, family)]):
            return None  # an agreeing source also states the odd value
        if isinstance(ms[o].value, Quantity | Money) and not _one_size(ms[o], ms[rest[0]]):
            return None
        if any(_named_age(ms[i], ctx) for i in [o, *rest]):
            return None
        best = max(rest, key=lambda i: ctx.pair_score(ms[o], ms[i]))
        if ctx.pair_score(ms[o], ms[best]) < CONSENSUS_MIN_SCORE:
            partner = _same_role_amount(ms, o, rest, ctx)
            if partner is None:
                partner = _shared_measure(ms, o, rest, family, told, same)
            if partner is None:
                return None  # the claim holds the dissenter's passage by a name, not a fact
            best = partner
        if _bound(ctx, ms[o]) != _bound(ctx, ms[best]) or (_written_year(ms[o]) and _bound(ctx, ms[o])):
            return None  # "by 2029" and "by 2030": targets of two goals as often as one
        if _written_year(ms[o]) and sum(ms[i].value == ms[o].value for i in stated[(odd, family)]) > 1:
            return None  # a year its writer gives several steps ("indicted in 1969", "from 1969"): a period
        if (isinstance(ms[o].value, DateValue) and ctx.window(ms[o]).isdisjoint(ctx.window(ms[best]))
                and not _shared_clock(ms, o, best, told, same)):
            return None  # two days of one claim's sentences dating different steps
        return (o, best)
    return None


def _shared_clock(ms: Sequence[Mention], o: int, best: int, told: dict[tuple[str, int], list[int]],
                  same: _Compatible) -> bool:
    """Whether the two days' passages state one clock time: then both days date the same step.

    "kick in at one minute past midnight on 2 December" beside "apply from
    00:01 GMT on December 1": the time written in words leaves the words
    around the two days nothing in common, yet the one minute of the day both
    give says the two days date one moment, so the odd day is the rival.
    """
    def clocks(k: int) -> list[Mention]:
        return [ms[i] for i in told[(ms[k].source, ms[k].passage)] if isinstance(ms[i].value, ClockTime)]

    return any(role_key(x) == role_key(y) and same(x, y, role_key(x)) and same(y, x, role_key(x))
               for x in clocks(o) for y in clocks(best))


def _measure(m: Mention) -> bool:
    """A figure precise enough to say two passages speak of one thing: a sum, a percentage, a measure.

    Not a bare count: "six", "two" or "23" recur for many things in one story,
    while "4.2 km" (or "2.6 miles") names one route.
    """
    return m.kind in _AMOUNT_KINDS or (isinstance(m.value, Quantity) and m.value.unit is not None)


def _shared_measure(ms: Sequence[Mention], o: int, rest: list[int], family: str,
                    told: dict[tuple[str, int], list[int]], same: _Compatible) -> int | None:
    """The agreeing mention whose passage states a measure the dissenter's passage states too, if any.

    "The huge crowd snaked along a 2.6-mile route ... after setting off at
    1pm" beside "followed a 4.2 km route ... set off at 2 p.m.": the tabloid
    words it apart, so the pair scores under CONSENSUS_MIN_SCORE, yet the
    two passages give one route length (`_measure`, compatible values of
    one family other than the dissenter's): they tell the same episode, and
    the odd time in it is the rival of the time its partners agree on.
    """
    mine = [k for k in told[(ms[o].source, ms[o].passage)] if _measure(ms[k]) and role_key(ms[k]) != family]
    for i in rest:
        for k in told[(ms[i].source, ms[i].passage)]:
            f = role_key(ms[k])
            if f != family and _measure(ms[k]) and any(
                    role_key(ms[j]) == f and same(ms[j], ms[k], f) and same(ms[k], ms[j], f) for j in mine):
                return i
    return None


# Content stems the words right around two sums of money must share to say what the sum is for: one
# shared word ("paid") is chance; two ("ransom", "bitcoin"; "fine", "regulator") name its role.
ROLE_AMOUNT_WORDS = 2


def _same_role_amount(ms: Sequence[Mention], o: int, rest: list[int], ctx: Evidence) -> int | None:
    """The agreeing sum of money the dissenter's words around it say is the same one, if any.

    "demanding a $5.4m ransom, to be paid in bitcoin" beside "demanding
    $4.5 million in bitcoin": the sentences are worded apart, so the pair
    scores under CONSENSUS_MIN_SCORE, yet the words right beside the two
    sums (ROLE_AMOUNT_WORDS content stems in common) say what both are for.
    Only sums of money: a story's sums are few and each is named for what it
    pays, while counts and durations recur for unrelated things in one
    sentence ("18 hours earlier", "30 minutes before"). A year written in
    digits counts too: a story's years are as few ("sank in a winter storm
    in 1891" beside "went down in a savage storm in 1893"). So does a
    percentage: a story's percentages are each named for what moved ("the
    index had fallen 2.8% before trading stopped" beside "the index had
    fallen 2.3% ... before the halt"), and two content stems beside both
    say which one.
    """
    if not (isinstance(ms[o].value, Money) or _written_year(ms[o]) or ms[o].kind is Kind.PERCENT):
        return None
    win = ctx.window(ms[o])
    best = max(rest, key=lambda i: len(win & ctx.window(ms[i])))
    return best if len(win & ctx.window(ms[best])) >= ROLE_AMOUNT_WORDS else None


# "closed until about 1630 GMT", "by 5 p.m.", "since 2019": a value after one of these words bounds a
# span; a value with none ("struck at 3.40am") names the moment or figure itself. The hedges between
# are skipped, and "shortly after 4 a.m." is a hedged moment (_CLOCK_HEDGE), not a bound.
_BOUND = regex(
    r"(?<!shortly )(?<!just )(?<!soon )(?<!right )(?<!well )\b(until|till|by|before|after|since|from)\s+"
    r"(?:(?:about|around|approximately|roughly|circa|some|just|shortly|soon)\s+)*$",
    re.IGNORECASE)


def _bound(ctx: Evidence, m: Mention) -> str | None:
    """The word that makes a value a bound of a span ("until", "by", ...), lower-cased, or None.

    A claim's sentences about one episode give its several moments ("closed
    until 16:30", "returning at 10am"): a bound and a plain moment are two
    facts, not rivals, whatever the consensus. A negated "until" ("did not
    notify them until 2 April") is no bound: it names the moment (NOT_UNTIL).
    """
    before = ctx.texts[m.source][max(0, m.span.start - 40):m.span.start]
    found = _BOUND.search(before)
    if found is None or NOT_UNTIL.search(before):
        return None
    return found.group(1).lower()


# Kinds whose leftover figures are rivals: amounts, whose size says which leftover is whose rival. Not
# measures and counts: a passage states them of different things it names apart ("two miles from A and
# 13 miles east of B" against "23 miles north of C and two miles from A"). Calendar days are rivals too,
# on their own terms (`_leftover_rivals`, `_same_step`).
_AMOUNT_KINDS = (Kind.MONEY, Kind.PERCENT)


def _leftover_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                    where: dict[tuple[str, int, str], list[int]], ctx: Evidence) -> list[tuple[int, int]]:
    """Two aligned passages' figures left over once the figures both state are paired off.

    "Earned $1.87 a share, beating estimates of $1.71" against "EPS of $1.87,
    against a consensus of $1.74": each passage states two values of a family,
    so the single-value rule says nothing, yet the shared $1.87 shows the two
    speak of the same figures, and what is left of each is the other's rival.
    A leftover counts only when it is the one figure of its size (within
    BOUND_REACH) left in its passage against the one left in the other, and
    both stand on the same side of the figures the passages share: a revenue
    in billions left beside a per-share figure is no rival to it. The shared
    figure is the evidence here, so the claim's members need not reach
    DIVERGE_MIN_SCORE as a pair: a passage packing several figures scores low
    against each partner that states only some of them. Passages telling a
    sequence of calendar days are read the same way (`_leftover_rivals`).
    """
    multi: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(dict)
    for (s, i, f), idx in where.items():
        if ms[idx[0]].kind in _AMOUNT_KINDS or all(calendar_day(ms[k]) for k in idx):
            multi[(s, i)][f] = idx
    same = _Compatible()
    pairs = []
    for claim in claims:
        members = [(p.source, p.index) for p in claim.members if (p.source, p.index) in multi]
        for x, y in itertools.combinations(members, 2):
            if x[0] == y[0]:
                continue
            for f, xs in multi[x].items():
                ys = multi[y].get(f)
                if ys is None or (len(xs) == 1 and len(ys) == 1):
                    continue  # absent from the partner, or the single-value rule's case
                pair = _leftover(ms, xs, ys, same, f, ctx)
                if pair is not None and _contradict(ms[pair[0]], ms[pair[1]], ctx):
                    pairs.append(pair)
    return pairs


def _leftover(ms: Sequence[Mention], xs: list[int], ys: list[int], same: _Compatible,
              family: str, ctx: Evidence) -> tuple[int, int] | None:
    """The one pair of rival values (`_leftover_rivals`) two passages leave once their shared ones pair."""
    shared = [(i, j) for i in xs for j in ys if same(ms[i], ms[j], family)]
    if not shared:
        return None
    left_x = [i for i in xs if all(i != a for a, _ in shared)]
    left_y = [j for j in ys if all(j != b for _, b in shared)]
    rivals = [(i, j) for i in left_x for j in left_y if _leftover_rivals(ms[i], ms[j], ctx)]
    if len(rivals) != 1:
        return None
    i, j = rivals[0]
    after_x = {ms[i].span.start > ms[a].span.start for a, _ in shared}
    after_y = {ms[j].span.start > ms[b].span.start for _, b in shared}
    if len(after_x) != 1 or after_x != after_y:
        return None
    if isinstance(ms[i].value, DateValue) and not _same_step(ms, shared[0], (i, j), ctx):
        return None
    return (i, j)


def _same_step(ms: Sequence[Mention], shared: tuple[int, int], left: tuple[int, int], ctx: Evidence) -> bool:
    """True when the words between each passage's shared day and its leftover day share a content stem.

    "arrested on 3 May and charged on 5 May" against "arrested on 3 May and
    released on 9 May" tell two different next steps; "did not notify the
    regulator until 2 April" against "only notified the authority on 4 April"
    tell one ("notify").
    """
    steps = []
    for a, b in zip(shared, left, strict=True):
        lo, hi = sorted((ms[a].span, ms[b].span), key=lambda sp: sp.start)
        steps.append(set(content_stems(ctx.texts[ms[a].source][lo.end:hi.start])))
    return not steps[0].isdisjoint(steps[1])


def _leftover_rivals(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two leftovers that may be rival values: amounts of one size, or days both moments or bounds alike.

    "identified the breach on 21 March ... did not notify us until 2 April"
    against "found it on 21 March ... only notified us on 4 April": the
    shared day shows the two passages tell one sequence, and the day each
    leaves is the next step of it. A bound and a moment ("closed until 19
    March" against "found on 21 March") are two steps, not rivals.
    """
    if isinstance(a.value, DateValue):
        return _bound(ctx, a) == _bound(ctx, b)
    return _one_size(a, b) and {_change_end(ctx, a), _change_end(ctx, b)} != {"from", "to"}


# "fell to 4.58% from 4.75%", "dropped 12bp to 4.31%": the word right before an amount that makes it the
# start or the end of a change (hedges between skipped).
_CHANGE_END = regex(r"\b(from|to)\s+(?:(?:about|around|approximately|roughly|some|just|nearly|almost)\s+)*$",
                    re.IGNORECASE)


def _change_end(ctx: Evidence, m: Mention) -> str | None:
    """ "from" for the start of a change, "to" for its end, None for an amount stated alone.

    Two passages sharing a change's new level ("fell to 4.58%") may each
    state one more amount: the one's start ("from 4.75%") and the other's
    end of a second change ("the five-year fix dropped to 4.31%"). Those are
    two moments of two things, not rival values of one.
    """
    found = _CHANGE_END.search(ctx.texts[m.source][max(0, m.span.start - 32):m.span.start])
    return found.group(1).lower() if found else None


def calendar_day(m: Mention) -> bool:
    """A date written as a day of a month ("4 April", "April 2, 2026"), not a weekday or "yesterday".

    A weekday or relative day is read against each outlet's own dateline,
    and outlets writing on different days name different days of one
    sequence by the same words; a day number is the writer's own.
    """
    return isinstance(m.value, DateValue) and any(c.isdigit() for c in m.raw)


# "At about 2045 GMT" and "shortly before 9pm" may both be right about an 8:49 p.m. alarm: a hedged
# clock time stands for a reading this many minutes either side.
HEDGED_CLOCK_MINUTES = 30
_CLOCK_HEDGE = regex(
    r"\b(?:about|around|approximately|roughly|circa|some\s+time|(?:shortly|just|soon)\s+(?:before|after))"
    r"\s*$", re.IGNORECASE)


def _hedged_clocks_meet(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """True when two clock times, one of them hedged, lie within the hedge of each other."""
    va, vb = a.value, b.value
    if not (isinstance(va, ClockTime) and isinstance(vb, ClockTime)):
        return False
    if not any(_CLOCK_HEDGE.search(ctx.texts[m.source][max(0, m.span.start - 24):m.span.start])
               for m in (a, b)):
        return False
    return _minutes_apart(va, vb) <= HEDGED_CLOCK_MINUTES


_MIDNIGHT = regex(r"\bmidnight\b", re.IGNORECASE)


def _midnight_meets(a: Mention, b: Mention) -> bool:
    """True when one writer says "midnight" and the other a clock a minute either side of it.

    Midnight is where two days meet, and writers on the 24-hour clock put a
    start or an end there as "00:01" or "23:59": "until midnight on Thursday"
    and "until 23:59 on Thursday" name one moment.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, ClockTime) and isinstance(vb, ClockTime)):
        return False
    worded = [m for m in (a, b) if _MIDNIGHT.search(m.raw) and not any(ch.isdigit() for ch in m.raw)]
    return len(worded) == 1 and _minutes_apart(va, vb) <= 1


def _nights_meet(a: Mention, b: Mention) -> bool:
    """True when parts of two adjacent days share an hour: a night runs into the small hours after it.

    "overnight" (from 22h the day before) and "early Thursday morning" can
    name one moment. They stay two values (a night is not a morning), but
    neither contradicts the other.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, PartOfDay) and isinstance(vb, PartOfDay) and va.day and vb.day):
        return False
    shift = (vb.day - va.day).days * 24  # b's hours on a's clock
    return abs(shift) == 24 and va.start_hour < vb.end_hour + shift and vb.start_hour + shift < va.end_hour


_YEAR = regex(r"\b(?:1[89]|2[01])\d\d\b|'\d\d\b")


def _unstated_years(a: Mention, b: Mention) -> bool:
    """True when two days differ only in a year that one of the writers never wrote.

    "June 24" takes its year from its article's date, a guess when the
    article was written a year on ("killed on June 24" in an anniversary
    piece); the writer stated the day and month only, and those agree.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue) and va.start and vb.start
            and va.start == va.end and vb.start == vb.end and va.start.year != vb.start.year):
        return False
    if (va.start.month, va.start.day) != (vb.start.month, vb.start.day):
        return False
    return not (_YEAR.search(a.raw) and _YEAR.search(b.raw))


def _minutes_apart(a: ClockTime, b: ClockTime) -> int:
    """Least distance between two readings, in minutes round the clock (UTC when both know it)."""
    if a.utc is not None and b.utc is not None:
        pairs = [(a.utc, b.utc)]
    else:
        pairs = [(x.hour * 60 + x.minute, y) for x in (a,) for y in _readings(b)]
        pairs += [(x, b.hour * 60 + b.minute) for x in _readings(a)]
    return min(min(abs(x - y), 1440 - abs(x - y)) for x, y in pairs)


def _readings(c: ClockTime) -> list[int]:
    """A clock's local reading, and its UTC one when known and not a declared local time."""
    return [c.hour * 60 + c.minute] + ([c.utc] if c.utc is not None and not c.local else [])


def _contradict(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two aligned passages' single values of one family that cannot both be right.

    A passage often times several spans ("hospitalized for three weeks",
    "nine days after a heart attack"), so two durations contradict each other
    only when the words around them match too.
    """
    if not comparable(a, b) or not same_thing(a, b) or compatible(a, b):
        return False
    if _family_dimension(a) == "duration":
        start = _start_day(a, ctx)
        return ctx.same_context(a, b) or (start is not None and start == _start_day(b, ctx))
    return True


# A period's start written right after its length: "for three days from Saturday", "a 96-hour pause
# starting on Monday", "two weeks beginning Friday".
_PERIOD_START = regex(r"\s*(?:from|starting|beginning)\s+(?:on\s+)?(?:midnight\s+(?:on\s+)?)?"
                      r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# How far after a duration its start may be written ("96 hours of calm from Saturday"), in characters.
_START_REACH = 24


def _start_day(m: Mention, ctx: Evidence) -> str | None:
    """The weekday a duration is said to run from, folded; None when its words give none.

    Two aligned passages' lengths of a period that starts on the same day
    ("for three days from Saturday", "for 96 hours from Saturday morning")
    are two lengths of one period, however differently the rest of their
    sentences is worded, which is what `Evidence.same_context` asks
    otherwise. Only a weekday is read: within one story's few days, a
    weekday names one day in every source, whatever each is dated.
    """
    text = ctx.texts[m.source]
    found = _PERIOD_START.search(text, m.span.end, m.span.end + _START_REACH)
    if found is None or not _NO_BREAK.fullmatch(text, m.span.end, found.start()):
        return None
    return found["day"].casefold()


# What may stand between a duration and its start: a few words, no sentence or clause break.
_NO_BREAK = regex(r"[^.;!?()]*")


def _statement(m: Mention, ctx: Evidence) -> tuple[object, ...]:
    """Everything `_contradict` reads of a mention: what it states, and the words around a duration."""
    duration = _family_dimension(m) == "duration"
    window = ctx.window(m) if duration else None
    return (m.kind, m.slot, m.value, m.cues, window, _start_day(m, ctx) if duration else None)


def _family_dimension(m: Mention) -> str:
    return slot_family(m).rsplit(":", 1)[-1]


def _claim_hits(members: list[tuple[str, int]], single: dict[tuple[str, int], dict[str, int]],
                ms: Sequence[Mention], same: _Compatible) -> list[tuple[int, int, int, int, int]]:
    """Member pairs of one claim whose single values of a family are incompatible.

    Members are grouped by value first: equal values never contradict, so a
    claim all 80 sources agree on costs nothing. Returned as (member x,
    member y, family rank in x, mention of x, mention of y) in the order of
    trying every member pair, family by family.
    """
    by_family: dict[str, dict[Value, list[int]]] = defaultdict(dict)
    for n, node in enumerate(members):
        for f, i in single.get(node, {}).items():
            by_family[f].setdefault(ms[i].value, []).append(n)
    hits = []
    for f, groups in by_family.items():
        for xs, ys in itertools.combinations(groups.values(), 2):
            # Whether the values fit is a matter of the two values (and of which comes first): asked
            # once per pair of values, not per pair of the members stating them.
            first_x, first_y = ms[single[members[xs[0]]][f]], ms[single[members[ys[0]]][f]]
            fit_xy, fit_yx = same(first_x, first_y, f), same(first_y, first_x, f)
            if fit_xy and fit_yx:
                continue
            for x, y in itertools.product(xs, ys):
                if (fit_xy if x < y else fit_yx):
                    continue
                x, y = min(x, y), max(x, y)
                a, b = single[members[x]][f], single[members[y]][f]
                hits.append((x, y, list(single[members[x]]).index(f), a, b))
    hits.sort()
    return hits


class _Compatible:
    """`compatible` for two mentions of one slot family, remembered by their values.

    Within a family the rules read only the values, and a story states the
    same values again and again (every source, every claim).
    """

    def __init__(self) -> None:
        self.seen: dict[tuple[str, Value, Value], bool] = {}

    def __call__(self, a: Mention, b: Mention, family: str) -> bool:
        key = (family, a.value, b.value)
        if key not in self.seen:
            self.seen[key] = compatible(a, b)
        return self.seen[key]


def _context_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Incompatible values whose surrounding words say they fill the same slot.

    "made landfall near A Coruña at around 4 am" and "came ashore near A
    Coruña at about 6am", or "three people were still missing" and "four
    people are still missing", sit in sentences too differently worded to
    align, but the rare words right around the values match. Only near
    passages count (evidence.CONTEXT_REACH): further on, a long story reuses
    its phrasing for other events.
    """
    # A count that names nothing it counts ("3.5 million") has no words of its own to match.
    lone = _alone_in_passage(ms)
    cand = [i for i, m in enumerate(ms)
            if (divergeable(m) or (m.slot.endswith(":count") and m.cues)) and ctx.window(m) and lone[i]]
    by_family: dict[str, list[int]] = defaultdict(list)
    for i in cand:
        by_family[slot_family(ms[i])].append(i)
    # Pairs come from within one family: comparable(a, b) holds for each. Equal values that are
    # compatible with themselves never contradict each other: the index leaves those pairs out.
    reflexive: dict[tuple[str, Value], bool] = {}

    def value_key(m: Mention) -> Value | None:
        key = (slot_family(m), m.value)
        if key not in reflexive:
            reflexive[key] = compatible(m, m)
        return m.value if reflexive[key] else None

    same = _Compatible()
    # Beyond sources and places, the rules read only what a mention states and the words around it:
    # many sources stating one value in one phrasing are decided once.
    statement: dict[tuple[object, ...], int] = {}
    said = {i: statement.setdefault((ms[i].kind, ms[i].slot, ms[i].value, ms[i].cues, ctx.window(ms[i])),
                                    len(statement)) for i in cand}
    decided: dict[tuple[int, int], bool] = {}

    def contradict(i: int, j: int) -> bool:
        key = (said[i], said[j])
        if key not in decided:
            a, b = ms[i], ms[j]
            decided[key] = (comparable(a, b) and same_thing(a, b) and _same_day(a, b)
                            and not same(a, b, slot_family(a)) and ctx.same_context(a, b))
        return decided[key]

    pairs = []
    for idx in by_family.values():
        if all_near(ms, idx, ctx):
            pairs.extend(_statement_pairs(ms, idx, ctx, said, value_key, contradict))
            continue
        for i, j in context_pairs(ms, idx, ctx, apart=value_key):
            if ms[i].source != ms[j].source and ctx.near(ms[i], ms[j]) and contradict(i, j):
                pairs.append((i, j))
    return sorted(pairs)


# In one claim, the words around two counts of one named thing need match only this much (against
# evidence.CONTEXT_MIN_OVERLAP alone): the claim and the noun say the rest.
CLAIM_COUNT_MIN_OVERLAP = 0.3


def _claim_count_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' counts of one named thing, in passages of one claim: "162 passengers" against "165".

    A count without a role word ("passengers", not "dead") diverges only on
    matching words around it (`_context_pairs`); "was carrying 162
    passengers and six crew members" and "The Airbus, carrying 165
    passengers and six crew, plunged ..." share "carrying", "passengers"
    and "six crew", yet the rest of each window (the route, the dive) keeps
    them under CONTEXT_MIN_OVERLAP. Half that overlap will do when the
    aligner put the two passages in one claim, each passage counts that
    noun once (`_alone_in_passage`), the noun is a specific one (`_counted`:
    not "people"), the figures are of one size, and the two passages agree
    on a count of another named thing ("six crew" in both: they list the
    same figures). Passages naming people must share one: "Vaughn finished
    with 16 points and nine rebounds" and "Clark finished with 22 points and
    nine rebounds" list two players' figures (on ECB+, the rule without these
    two guards raised false alarms from 0.70 to 0.73 a topic, nearly all box
    scores).
    """
    lone = _alone_in_passage(ms)
    by_noun: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if (m.kind is Kind.NUMBER and m.slot.endswith(":count") and lone[i] and not roles_of(m.cues)
                and isinstance(m.value, Quantity) and m.value.qualifier is None and m.value.high is None
                and _plain_count(m)):
            noun = counted(m)
            if noun:
                by_noun[noun].append(i)
    counts: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for idx in by_noun.values():
        for i in idx:
            counts[(ms[i].source, ms[i].passage)].append(ms[i])
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in ms:
        if m.kind is Kind.PERSON and (m.source, m.passage) in counts:
            named[(m.source, m.passage)].add(fold(m.canonical).split()[-1])
    pairs = []
    for idx in by_noun.values():
        for i, j in itertools.combinations(idx, 2):
            a, b = ms[i], ms[j]
            na, nb = named[(a.source, a.passage)], named[(b.source, b.passage)]
            if (a.source == b.source or ctx.shared_claim(a, b) is None or not _one_size(a, b)
                    or ((na or nb) and na.isdisjoint(nb))  # "Vaughn finished with 16 points", "Clark 22"
                    or compatible(a, b) or compatible(b, a) or not same_thing(a, b)):
                continue
            if (_shared_count(counts[(a.source, a.passage)], counts[(b.source, b.passage)], counted(a))
                    and weighted_overlap(ctx.window(a), ctx.window(b), ctx.idf) >= CLAIM_COUNT_MIN_OVERLAP):
                pairs.append((i, j))
    return pairs


def _shared_count(xs: list[Mention], ys: list[Mention], noun: frozenset[str]) -> bool:
    """True when the two passages agree on a count of another named thing ("six crew" in both)."""
    return any(counted(x) == counted(y) != noun and compatible(x, y) for x in xs for y in ys)


def _plain_count(m: Mention) -> bool:
    """A count that is no stamp or conversion (`divergeable` asks a role of counts; this rule does not)."""
    return STAMP not in m.cues and CONVERSION not in m.cues


def _alone_in_passage(ms: Sequence[Mention]) -> list[bool]:
    """Whether each count or measure is the only value of its family (and role) its sentence states.

    The words around a figure say which slot it fills only when the sentence
    fills that slot once. "the 13-inch and 15-inch models", "landed 178 of
    369 punches", "75 kilometers (50 miles) west of the city": the words
    around each figure are the words around its sibling too, so they match
    another source's words for either (on ECB+, another product's size,
    another quake's distance). Aligned passages follow the same rule
    (`divergent_pairs` keeps a passage's single value of a family only).
    Counts of different things are no siblings: in "2,029 points in 106
    games" each figure has its own noun. Money and percentages are left
    out: "earned $2.15 a share, beating estimates of $1.95" gives each
    figure its own role, and the earnings must still meet their rival.
    """
    # Only counts and measures are keyed: every other kind's family (role_key's head) differs from theirs.
    keys = [(m.source, m.passage, role_key(m), counted(m) if m.slot.endswith(":count") else frozenset())
            if m.kind is Kind.NUMBER else None for m in ms]
    values: dict[tuple[str, int, str, frozenset[str]], set[Value]] = defaultdict(set)
    for m, key in zip(ms, keys, strict=True):
        if key is not None:
            values[key].add(m.value)
    return [key is None or len(values[key]) == 1 for key in keys]


def _statement_pairs(ms: Sequence[Mention], idx: Sequence[int], ctx: Evidence, said: dict[int, int],
                     value_key: Callable[[Mention], Value | None],
                     contradict: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """`_context_pairs` for one family whose articles are short (every passage near every other).

    Then a pair's fate depends on its two statements alone (value, slot,
    cues, words around), so statements are paired, by their windows, and
    only the pairs of contradicting statements are listed mention by
    mention: 80 sources agreeing in one phrasing cost one statement.
    """
    members: dict[int, list[int]] = defaultdict(list)
    for i in sorted(idx):
        members[said[i]].append(i)
    by_window: dict[frozenset[str], list[int]] = defaultdict(list)
    for sid, group in members.items():
        by_window[ctx.window(ms[group[0]])].append(sid)
    windows = list(by_window)
    matched = window_pairs(windows, ctx) | {(x, x) for x in range(len(windows))}
    pairs = []
    for x, y in matched:
        for sa in by_window[windows[x]]:
            for sb in by_window[windows[y]]:
                if x == y and sb < sa:
                    continue  # each statement pair once
                ga, gb = members[sa], members[sb]
                key = value_key(ms[ga[0]])
                if key is not None and key == value_key(ms[gb[0]]):
                    continue  # one value that fits itself: never a contradiction
                if not (contradict(ga[0], gb[0]) or contradict(gb[0], ga[0])):
                    continue
                for i in ga:
                    for j in gb:
                        lo, hi = (i, j) if i < j else (j, i)
                        if (sa != sb or i < j) and ms[i].source != ms[j].source and contradict(lo, hi):
                            pairs.append((lo, hi))
    return pairs


def _one_size(a: Mention, b: Mention) -> bool:
    """Two figures within a factor of BOUND_REACH of each other: rival figures for one total."""
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity | Money) and isinstance(vb, Quantity | Money)):
        return False
    low, high = sorted((va.amount, vb.amount))
    return low > 0 and high <= low * BOUND_REACH


def _role_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Two sources' counts of one role that cannot both be right: "killed 12" against "15 dead".

    Amounts of money on one stated basis (`_based`: "a hammer price of £31m"
    against "the hammer came down at £36.4m") are judged alike.

    A story has one death toll, one count of injured, one of arrests. The
    claim evidence misses them when the sentences are worded apart (a
    tabloid's intro, a live blog's one-liner), so a count of a role is
    compared with every other source's count of that role, but only when
    each source states a single value of it (a source giving "12 dead in
    the town, 3 in the village" says nothing about which one a partner
    contradicts) and both count the same people ("two Britons were hurt"
    is not the story's injured) and the figures are of one size: two
    outlets' tolls differ by a few, while "two injured passengers died"
    against "64 injured" is a subset, not a rival total.
    """
    stated: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, m in enumerate(ms):
        if ((m.kind is Kind.NUMBER and m.slot.endswith(":count") and not magnitude(m.value)) or _based(m)) \
                and divergeable(m):
            stated[(role_key(m), m.source)][m.canonical].append(i)
    single: dict[str, list[int]] = defaultdict(list)
    for (key, _), values in stated.items():
        if len(values) == 1:
            single[key].append(next(iter(values.values()))[0])
    same = _Compatible()
    pairs = []
    for idx in single.values():
        for i, j in itertools.combinations(idx, 2):
            a, b = ms[i], ms[j]
            if (_one_size(a, b) if _based(a) else _rival_counts(a, b)) and not same(a, b, slot_family(a)):
                pairs.append((i, j))
    return pairs


def _based(m: Mention) -> bool:
    """An amount whose basis its writer states ("the hammer price was £31m", "£36.4m with fees").

    Like a count's role, the basis names one figure of the story (its hammer
    price, its profit before tax), so two sources' single amounts on one
    basis are rivals wherever they stand (`_role_pairs`).
    """
    return isinstance(m.value, Money) and m.value.basis is not None


# A "nobody was hurt" meets another source's count of the role only when that count is a handful: a zero
# has no size for `_one_size` to compare, and a count of dozens is another event's, not a missed case.
ZERO_RIVAL_MAX = 10


def _rival_counts(a: Mention, b: Mention) -> bool:
    """Two single counts of one role that are rival totals (see `_role_pairs`).

    A zero of no named thing ("no one was hospitalised") denies any count of
    its role, whatever that count names ("two passengers were taken to
    hospital"); a zero of a named thing ("none of the crew") only a count of
    that thing.
    """
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity) and (va.amount == 0) != (vb.amount == 0):
        zero, other = (a, vb) if va.amount == 0 else (b, va)
        return (not counted(zero) or counted(zero) == counted(b if zero is a else a)) and (
            0 < other.amount <= ZERO_RIVAL_MAX and other.high is None)
    return counted(a) == counted(b) and _one_size(a, b)


def _deadline_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Incompatible values that different sources both give as a deadline, at about the same place.

    A long story may name one deadline after another; its sources meet each
    at about the same place in their articles (evidence.CONTEXT_REACH).
    """
    deadlines = [i for i, m in enumerate(ms) if m.kind in (Kind.TIME, Kind.DATE) and divergeable(m)
                 and ctx.role(m) == "deadline" and not _loose_anchor(ctx.texts[m.source], m)]
    pairs = []
    for i, j in sorted(near_pairs(ms, deadlines, ctx)):
        a, b = ms[i], ms[j]
        if comparable(a, b) and _same_day(a, b) and not compatible(a, b):
            pairs.append((i, j))
    return pairs


# "shortly before midnight", "was extinguished by 7 a.m.", "By noon, smoke still rose": a time that dates
# an event, not a deadline someone must meet ("must be approved by Friday" stays a deadline).
_LOOSE_BEFORE = regex(
    r"(?:\b(?:shortly|just|right|soon|well|around|about|sometime|some\s+time)\s+(?:before|by|after)"
    r"|\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+){0,3}by|(?:^|[.!?]\s+)by)\s*$",
    re.IGNORECASE,
)


def _loose_anchor(text: str, m: Mention) -> bool:
    """True when "by"/"before" only dates an event; such times are compared by context, not as deadlines."""
    return _LOOSE_BEFORE.search(text[max(0, m.span.start - 32):m.span.start]) is not None


def _clock_part_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """A clock time and a part of day for one moment that cannot both be right.

    "The ruling came at 10:30 a.m." against "the judge ruled in the early
    afternoon": the words around the two must match; aligned passages are not
    enough, since one passage often times several events ("flew in on
    Saturday night ... chaired a meeting at 9 a.m.").
    """
    clocks = [i for i, m in enumerate(ms) if isinstance(m.value, ClockTime) and divergeable(m)]
    parts = [i for i, m in enumerate(ms) if isinstance(m.value, PartOfDay) and divergeable(m)]
    is_clock = set(clocks)
    found = sorted((i, j) if i in is_clock else (j, i)
                   for i, j in context_pairs(ms, clocks, ctx, other=parts))
    pairs = []
    for i, j in found:
        a, b = ms[i], ms[j]
        if a.source == b.source or not ctx.same_local_context(a, b):
            continue
        assert isinstance(a.value, ClockTime) and isinstance(b.value, PartOfDay)
        if not clock_fits_part(a.value, b.value):
            pairs.append((i, j))
    return pairs


def _lone_clock_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' only clock times, each given with its zone, that name different instants.

    A writer who names a zone ("5 p.m. ET", "10pm UK time") times one event
    precisely, for readers elsewhere; when each of two sources times exactly
    one moment of the story so, and a rare word around the two is shared ("a
    conference call at 5 p.m. ET", "a call that started at 10pm UK time"),
    they time one event, however differently the sentences are worded.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if isinstance(m.value, ClockTime) and divergeable(m):
            by_source[m.source].append(i)
    lone = [idx[0] for idx in by_source.values() if len({ms[i].value for i in idx}) == 1]
    pairs = []
    for i, j in itertools.combinations(lone, 2):
        a, b = ms[i], ms[j]
        assert isinstance(a.value, ClockTime) and isinstance(b.value, ClockTime)
        if (a.value.utc is not None and b.value.utc is not None and a.value.utc != b.value.utc
                and ctx.window(a) & ctx.window(b)):
            pairs.append((i, j))
    return pairs


def _same_day(a: Mention, b: Mention) -> bool:
    """Parts of day only contradict each other on the same day."""
    if isinstance(a.value, PartOfDay) and isinstance(b.value, PartOfDay):
        return a.value.day is not None and a.value.day == b.value.day
    return True


def _written_year(m: Mention) -> bool:
    """A whole calendar year written as its four digits ("in 1891"), nothing relative ("last year")."""
    return (isinstance(m.value, DateValue) and m.value.precision == "year" and m.value.relative is None
            and m.raw.strip().isdigit() and len(m.raw.strip()) == 4)


def divergeable(m: Mention) -> bool:
    """Slots where two different values are a real contradiction, not two facts.

    A byline's publication stamp is never one (outlets publish at different
    times), nor a writer's currency conversion (exchange rates differ).
    """
    if STAMP in m.cues or CONVERSION in m.cues:
        return False
    if isinstance(m.value, Quantity) and m.value.unit == "degree":
        return False  # no scale written: "115 degrees" may be Fahrenheit against "46.2C"
    if m.kind is Kind.NUMBER and m.slot.endswith(":count"):
        return bool(roles_of(m.cues))  # "12 dead" against "15 dead"; other counts need matching context
    if isinstance(m.value, DateValue):
        return m.value.start is not None and m.value.start == m.value.end
    return m.kind in (Kind.MONEY, Kind.NUMBER, Kind.PERCENT, Kind.TIME, Kind.DATE)
