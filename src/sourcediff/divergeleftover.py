"""Two aligned passages' figures left over once the figures both state are paired off.

One divergence rule of diverge.divergent_pairs, split out because it reads
passages that state several values of one family, which the single-value
rule of divergent_pairs leaves alone: the shared values are its evidence.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sourcediff.compat import comparable, compatible, precise_figure, role_key, same_thing
from sourcediff.divergeages import AGE_SLOT
from sourcediff.divergemeasurewords import measure_word
from sourcediff.divergepair import (
    AMOUNT_KINDS,
    Compatible,
    bound_word,
    calendar_day,
    one_size,
    values_contradict,
    written_year,
)
from sourcediff.evidence import CONTEXT_MIN_OVERLAP, Evidence
from sourcediff.extract.namedfigures import names
from sourcediff.extract.numbercontext import ITEM_SLOT
from sourcediff.extract.numberunits import TIME_UNITS
from sourcediff.extract.percentnouns import nouns_alike
from sourcediff.extract.positions import SLOT as POSITION_SLOT
from sourcediff.extract.ranks import ORDINALS, RANK_SLOT
from sourcediff.extract.roles import PART, roles_of
from sourcediff.factlinks import fit_place, may_fit
from sourcediff.model import Claim, Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.terms import content_stems, stem, weighted_overlap
from sourcediff.values import DateValue, Elapsed, Money, Quantity, Rate, Value

# Slots whose several values in one passage are a list of like figures, so the shared ones pair off and
# the one left on each side is the other's rival: a list's items ("7, 14, 23, 36 and 51") and the two ends
# of a move in a ranking ("from 14th to sixth" against "from 14th to fifth") or in a league table ("were
# 11th, drop to 19th" against "tumbling from 11th to 18th").
_LISTED_SLOTS = frozenset({ITEM_SLOT, RANK_SLOT, POSITION_SLOT})

# A passage's durations, timed ("48 minutes 15 seconds", "3hr 12min") and plain ("52 minutes") together
# (`timed_durations`). The aligner and the single-value rule key a timed figure apart (compat.key_family:
# "won in 2:07:15, 41 seconds off the record" states a time and a margin), so a writer who rounds or
# misreads a timed figure to a plain one states it in another family than the outlets giving it to the
# second. Where two passages share a duration besides (the target both measure against), the one left
# on each side, timed against plain, is the other's rival.
TIMED_FAMILY = "number:duration+timed"
_DURATION_FAMILIES = ("number:elapsed", "number:duration")
# The words two leftover durations need in common beside a shared one: half what two alone need, as
# beside a claim's agreement (divergeconsensus.CONSENSUS_MIN_CONTEXT, which imports this module).
_HALF_CONTEXT = CONTEXT_MIN_OVERLAP / 2


def timed_durations(where: dict[tuple[str, int, str], list[int]]) -> dict[tuple[str, int, str], list[int]]:
    """Each passage's plain and timed durations together, under TIMED_FAMILY.

    The leftover rule then sets only a timed figure against a plain one
    (`_timed_against_plain`): two of one kind are their own family's case.
    """
    out: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for (s, i, f), idx in where.items():
        if f in _DURATION_FAMILIES:
            out[(s, i, TIMED_FAMILY)].extend(idx)
    return {k: sorted(v) for k, v in out.items()}


def leftover_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                    where: dict[tuple[str, int, str], list[int]], ctx: Evidence,
                    elsewhere_too: bool = True) -> list[tuple[int, int]]:
    """Two aligned passages' figures left over once the figures both state are paired off.

    "Earned $1.87 a share, beating estimates of $1.71" against "EPS of $1.87,
    against a consensus of $1.74": each passage states two values of a family,
    so the single-value rule says nothing, yet the shared $1.87 shows the two
    speak of the same figures, and what is left of each is the other's rival.
    A leftover counts only when it is the one figure of its size (within
    BOUND_REACH) left in its passage against the one left in the other, and
    both stand at the same place among the figures the passages share: a revenue
    in billions left beside a per-share figure is no rival to it. The shared
    figure is the evidence here, so the claim's members need not reach
    DIVERGE_MIN_SCORE as a pair: a passage packing several figures scores low
    against each partner that states only some of them. Passages telling a
    sequence of calendar days are read the same way (`_leftover_rivals`).
    """
    multi: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(dict)
    for (s, i, f), idx in where.items():
        if (ms[idx[0]].kind in AMOUNT_KINDS
                or all(_told_day(ms[k]) or _role_count(ms[k]) or ms[k].slot in _LISTED_SLOTS for k in idx)
                or all(_apposed_age(ms[k]) for k in idx)
                or all(plain_count(ms[k]) or _plain_measure(ms[k]) or names(ms[k].cues) for k in idx)
                or f == TIMED_FAMILY):
            multi[(s, i)][f] = idx
    same = Compatible()
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
                if pair is not None and f == TIMED_FAMILY and not _timed_against_plain(ms, pair):
                    continue  # two timed or two plain figures: their own family's case
                if pair is not None and (short_of_near(ms[pair[0]], ms[pair[1]])
                                         or short_of_near(ms[pair[1]], ms[pair[0]])):
                    continue
                timed_rivals = (pair is not None and f == TIMED_FAMILY
                                and _half_same_span(ms[pair[0]], ms[pair[1]], ctx))
                if pair is None or not _days_only(ms, pair) or not (_item_rivals(ms[pair[0]], ms[pair[1]])
                                        or values_contradict(ms[pair[0]], ms[pair[1]], ctx) or timed_rivals):
                    continue
                if ((plain_count(ms[pair[0]]) or _plain_measure(ms[pair[0]]))
                        and not (_close_counts(ms[pair[0]], ms[pair[1]], len(xs), len(ys))
                                 and (len(xs) == len(ys) or not _measure_named_twice(ms, xs, ys, ctx)))
                        and not _one_substance(ms, pair, xs, ys, ctx)):
                    continue
                elsewhere = ([p for p in _labelled_elsewhere(ms, pair, ctx) if _days_only(ms, p)]
                             if elsewhere_too else [])
                if not elsewhere:
                    pairs.append(pair)
                elif len({ms[j].value for _, j in elsewhere}) == 1:
                    # the partner's one figure of that measure, if it contradicts, is the leftover's rival
                    pairs.extend((k, j) for k, j in elsewhere[:1] if values_contradict(ms[k], ms[j], ctx))
    return pairs


def _timed_against_plain(ms: Sequence[Mention], pair: tuple[int, int]) -> bool:
    """Whether one of a pair is a timed figure and the other a plain duration."""
    return isinstance(ms[pair[0]].value, Elapsed) != isinstance(ms[pair[1]].value, Elapsed)


def _half_same_span(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """A timed and a plain leftover duration whose words around them half match: one span, told twice.

    Two durations alone are rivals only when the words around them match
    (evidence.CONTEXT_MIN_OVERLAP: a passage times several spans). Beside a
    duration the two passages share, half that overlap will do, as beside a
    claim's agreement (`_HALF_CONTEXT`): "averaged 31
    minutes 20 seconds against a 15-minute goal" and "averaged 35 minutes,
    more than twice the 15-minute goal" time one wait.
    """
    return (comparable(a, b) and same_thing(a, b) and not compatible(a, b)
            and weighted_overlap(ctx.window(a), ctx.window(b), ctx.idf) >= _HALF_CONTEXT)


def short_of_near(near: Mention, other: Mention) -> bool:
    """A leftover "nearly X" / "almost X" against an exact figure of one unit that falls short of X.

    "Shares slid nearly 2 per cent, while Varden's jumped almost 3 per
    cent" against "closed 1.6% lower; Varden gained 2.9%": the shared 2.9
    pairs off, and the leftover "nearly 2" is a writer's rough word for the
    1.6 on the side it names (short of 2). The leftover rule's evidence is
    indirect (the shared figure), and it cannot say how far short "nearly"
    may fall, so such a pair is not called a divergence from it. A figure
    past X ("nearly 2" against 2.4) is still a rival.
    """
    a, b = near.value, other.value
    return (isinstance(a, Money | Quantity) and isinstance(b, Money | Quantity) and type(a) is type(b)
            and a.near and b.qualifier is None and b.high is None
            and getattr(a, "unit", None) == getattr(b, "unit", None)
            and getattr(a, "currency", None) == getattr(b, "currency", None) and 0 < b.amount < a.amount)


def year_span_pairs(ms: Sequence[Mention], claims: Sequence[Claim],
                    years: dict[tuple[str, int, str], list[int]], ctx: Evidence) -> list[tuple[int, int]]:
    """Two aligned passages each giving a span of two bare years: the shared start leaves the ends rivals.

    "Deliveries run from 2027 to 2031" against "the first in 2027, the last
    in 2030": years are otherwise left to a claim's consensus (diverge.py),
    so the differing end stayed unique beside the agreed start. Only
    passages stating exactly two years in digits of one family (`_two_years`).
    A year elsewhere in the partner's article dates another event ("last
    ordered jets in 2015"), never the span's end: no `_labelled_elsewhere`.
    """
    spans = {k: idx for k, idx in years.items() if len(idx) == 2 and all(written_year(ms[j]) for j in idx)}
    return leftover_pairs(ms, claims, spans, ctx, elsewhere_too=False) if spans else []


def _apposed_age(m: Mention) -> bool:
    """An age written as a bare figure beside a name ("Ian Moss, 81, and his wife Ruth, 78").

    Two aligned passages that age the same people so share one age and
    differ in the other. A described age ("a 12-year-old boy and a
    16-year-old girl") is of people the passages may not share: left out.
    """
    return m.slot == AGE_SLOT and m.raw.isdigit()


def _told_day(m: Mention) -> bool:
    """A calendar day, or a weekday or relative day resolved to one day ("this Friday", "tomorrow").

    "Pre-orders open on Friday, September 18, and it ships on October 2"
    against "pre-order from this Friday, but it won't arrive until October
    9": the shared Friday shows the two passages tell one sequence though
    one names it by its weekday. A resolved weekday may be the shared
    evidence; only calendar days are ever the leftover rivals (a weekday is
    read against each outlet's own dateline).
    """
    v = m.value
    return calendar_day(m) or (isinstance(v, DateValue) and v.start is not None and v.start == v.end
                               and v.precision == "day")


def _days_only(ms: Sequence[Mention], pair: tuple[int, int]) -> bool:
    """Whether a pair of rival dates are both calendar days (`_told_day`); other kinds always pass."""
    return all(calendar_day(ms[k]) or not isinstance(ms[k].value, DateValue) for k in pair)


# How far before a figure its label may start ("on a record turnout of 71.3%"), cut at the clause's start.
_LABEL_REACH = 32
_LABEL_CUT = regex(r"[.;,()\[\]\u2013\u2014]")


def figure_label(m: Mention, ends: Sequence[int], ctx: Evidence) -> frozenset[str]:
    """Content stems of the words that name a figure, right before it in its clause ("turnout of").

    The window stops at the clause's start and at the end of the figure
    before it in the same passage (``ends``: its passage's mention ends), so
    "52.4 percent to 47.6 percent" gives the second figure no label: its
    "percent" belongs to the first.
    """
    start = max([m.span.start - _LABEL_REACH, 0, *(e for e in ends if e <= m.span.start)])
    window = ctx.texts[m.source][start:m.span.start]
    cuts = list(_LABEL_CUT.finditer(window))
    return frozenset(content_stems(window[cuts[-1].end():] if cuts else window))


def _labelled_elsewhere(ms: Sequence[Mention], pair: tuple[int, int],
                        ctx: Evidence) -> list[tuple[int, int]]:
    """(leftover, figure) pairs when a leftover names its measure and the other's article states it elsewhere.

    "just over 52 per cent ..., on a bumper turnout of 73.1 per cent" against
    "by 52.4 percent to 47.6 percent": the shared 52 leaves 73.1 against
    47.6, yet the second article gives its own turnout in another sentence
    ("Turnout was 71.3 percent"). An editor sets the tabloid's turnout
    against that one, not against the losing side's share: a leftover whose
    label the partner's article attaches to another figure of the same kind,
    in another passage, is that figure's rival, not this one's. Empty when
    neither leftover's label is found so, or when the other leftover carries
    that label itself ("the last on July 30" against "the last branch
    shutting on June 30"): then the two leftovers are named alike, and rivals.
    """
    ends: dict[tuple[str, int], list[int]] = defaultdict(list)
    for m in ms:
        ends[(m.source, m.passage)].append(m.span.end)
    for k, other in (pair, pair[::-1]):
        label = figure_label(ms[k], ends[(ms[k].source, ms[k].passage)], ctx)
        if not label:
            continue
        o = ms[other]
        if not label.isdisjoint(figure_label(o, ends[(o.source, o.passage)], ctx)):
            continue  # "the last on July 30" against "the last branch shutting on June 30": named alike here
        found = [(k, n) for n, m in enumerate(ms)
                 if m.source == o.source and m.kind is o.kind and m.passage != o.passage
                 and not label.isdisjoint(figure_label(m, ends[(m.source, m.passage)], ctx))]
        if found:
            return found
    return []


def _leftover(ms: Sequence[Mention], xs: list[int], ys: list[int], same: Compatible,
              family: str, ctx: Evidence) -> tuple[int, int] | None:
    """The one pair of rival values (`_leftover_rivals`) two passages leave once their shared ones pair.

    Whether two figures fit reads their values only, so it is asked once a
    pair of distinct values, not a pair of mentions: one paragraph of 1,200
    figure-laden sentences is one passage with 800 sums, and its pairs with
    the other article's were 640,000. For the same reason the rivals are
    sought only until a second one shows there is no single pair.
    """
    at: dict[Value, list[int]] = defaultdict(list)  # each value's places in ys
    for k, j in enumerate(ys):
        at[ms[j].value].append(k)
    fitting: dict[Value, list[int]] = {}  # each value of xs: the ys it fits, in ys order
    # Values far apart are ruled out on their places first (factlinks.may_fit): compatible refuses them.
    where = {w: fit_place(w) for w in at}
    for i in xs:
        v = ms[i].value
        if v not in fitting:
            here = fit_place(v)
            places = [k for w, ks in at.items()
                      if may_fit(here, where[w]) and same(ms[i], ms[ys[ks[0]]], family) for k in ks]
            fitting[v] = [ys[k] for k in sorted(places)]
    shared = [(i, j) for i in xs for j in fitting[ms[i].value]]
    if not shared:
        return None
    taken_x, taken_y = {a for a, _ in shared}, {b for _, b in shared}
    left_x = [i for i in xs if i not in taken_x]
    left_y = [j for j in ys if j not in taken_y]
    rivals = list(itertools.islice(((i, j) for i in left_x for j in left_y
                                    if _leftover_rivals(ms[i], ms[j], ctx)), 2))
    if len(rivals) > 1 and isinstance(ms[rivals[0][0]].value, DateValue):
        rivals = _days_in_order(ms, shared, left_x, left_y, ctx)
    elif len(rivals) > 1:
        rivals = _close_plain_rivals(ms, left_x, left_y, ctx)
    if len(rivals) != 1:
        return _named_alike(ms, xs, ys, left_x, left_y, ctx)
    i, j = rivals[0]
    if ms[i].slot == ITEM_SLOT:  # one list: as long in both, the leftover item at one place in both
        return (i, j) if len(xs) == len(ys) and _place(ms, xs, i) == _place(ms, ys, j) else None
    if names(ms[i].cues) & names(ms[j].cues):
        return (i, j)  # one runner's place in both ("Copper Lane fifth" / "Copper Lane trailed home fourth")
    # Each leftover at the same place among the shared figures in both passages: after the same ones and
    # before the same ones ("on 3 March and 6 March, ... said on Monday" against "on Wednesday, with a
    # second on Sunday, March 7, ... said on Monday": both between the shared start and the shared day of
    # the announcement).
    in_place = all((ms[i].span.start > ms[a].span.start) == (ms[j].span.start > ms[b].span.start)
                   for a, b in shared)
    if not in_place and not _same_ends(ms, shared, (i, j), ctx):
        return _named_alike(ms, xs, ys, left_x, left_y, ctx)
    if (isinstance(ms[i].value, DateValue) and not _two_years(ms, xs, ys)
            and not _same_step(ms, shared[0], (i, j), ctx)):
        return None
    return (i, j)


def _same_ends(ms: Sequence[Mention], shared: list[tuple[int, int]], left: tuple[int, int],
               ctx: Evidence) -> bool:
    """Whether both passages name the leftovers one end of a change and every shared figure the other.

    "Lifts the rate from £9.10 to £9.55" against "takes it to £9.65 an hour
    from the current £9.10": the writers put the change's ends in opposite
    orders, so the same-side test of `_leftover` (the order of writing)
    refused the pair, yet "from" and "to" say which end each figure is. The
    shared start leaves the two new levels as rivals.
    """
    end = change_end(ctx, ms[left[0]])
    if end is None or change_end(ctx, ms[left[1]]) != end:
        return False
    return all(change_end(ctx, ms[a]) == change_end(ctx, ms[b]) not in (None, end) for a, b in shared)


def _days_in_order(ms: Sequence[Mention], shared: list[tuple[int, int]], left_x: list[int], left_y: list[int],
                   ctx: Evidence) -> list[tuple[int, int]]:
    """Rival leftover days that stand on the same side in time of every day the passages share.

    "Walkouts on 3 March and 6 March, the union said on Monday" against "the
    first walkout is on 3 March, a second on 7 March": the shared 3rd leaves
    two days against one, so the one-rival test failed. A step of a sequence
    keeps its place against the other steps: the day before the shared one
    (the announcement) is no rival of a day after it. Two or more days in
    order still leave no single pair.
    """
    if len(left_x) > _NAMED_MAX_LEFT or len(left_y) > _NAMED_MAX_LEFT:
        return []
    if not all(_one_day(ms[k]) for k in (*left_x, *left_y, *itertools.chain(*shared))):
        return []
    return [(i, j) for i in left_x for j in left_y if _leftover_rivals(ms[i], ms[j], ctx)
            and all((_day(ms[i]) > _day(ms[a])) == (_day(ms[j]) > _day(ms[b])) for a, b in shared)]


def _one_day(m: Mention) -> bool:
    """A date naming one day, however written ("Friday", "6 March")."""
    v = m.value
    return isinstance(v, DateValue) and v.precision == "day" and v.start is not None and v.start == v.end


def _day(m: Mention) -> date:
    """The day a mention names (read only for `_one_day` mentions)."""
    assert isinstance(m.value, DateValue) and m.value.start is not None
    return m.value.start


def _two_years(ms: Sequence[Mention], xs: list[int], ys: list[int]) -> bool:
    """Whether both passages give exactly two bare years: the two ends of one span of years.

    "Building starts in 2027 and ends in 2031" against "work runs from 2027
    to 2030" or "with the last homes handed over in 2030": two years in a
    sentence are a start and an end, however the writer words the step
    between them, so the shared start shows the other is the end both
    state. Days name the many steps of a sequence and still need a shared
    step word (`_same_step`).
    """
    if len(xs) != 2 or len(ys) != 2 or not all(written_year(ms[k]) for k in (*xs, *ys)):
        return False
    return all(_forward(ms, side) for side in (xs, ys))


def _forward(ms: Sequence[Mention], side: list[int]) -> bool:
    """Whether a passage's two years run forward as written: a start, then its end.

    "Hosted in 2011, after the critics panned her predecessor in 2010" looks
    back to another event: no span.
    """
    first, second = sorted(side, key=lambda k: ms[k].span.start)
    a, b = ms[first].value, ms[second].value
    return (isinstance(a, DateValue) and isinstance(b, DateValue) and a.start is not None
            and b.start is not None and a.start < b.start)


# The most leftovers on a side that `_named_alike` weighs: a passage packed with more is a table.
_NAMED_MAX_LEFT = 4


def _named_alike(ms: Sequence[Mention], xs: list[int], ys: list[int], left_x: list[int],
                 left_y: list[int], ctx: Evidence) -> tuple[int, int] | None:
    """The one pair of leftovers named alike right before them ("cost 412 million" / "a final cost of 438m").

    "cost 412 million euros, 162 million more than its budget of 250
    million" against "a budget of 250m ... a final cost of 438m": the shared
    budget leaves two figures against one, and the writers put the budget
    first in one passage and last in the other, so neither the one-rival nor
    the same-side test of `_leftover` holds. The label each writer gives
    its figure ("cost") says which leftover the other answers. Only when
    exactly one pair of rival leftovers shares a label stem, or, for
    percents, the noun each measures ("Turnout was 87 percent" / "on a 78
    per cent turnout", percentnouns: the writer may name it after the figure).
    """
    if len(left_x) > _NAMED_MAX_LEFT or len(left_y) > _NAMED_MAX_LEFT:
        return None
    ends_x = [ms[k].span.end for k in xs]
    ends_y = [ms[k].span.end for k in ys]
    named = list(itertools.islice(
        ((i, j) for i in left_x for j in left_y
         if _leftover_rivals(ms[i], ms[j], ctx)
         and (not figure_label(ms[i], ends_x, ctx).isdisjoint(figure_label(ms[j], ends_y, ctx))
              or nouns_alike(ms[i], ms[j], ctx.texts))), 2))
    return named[0] if len(named) == 1 else None


def _item_rivals(a: Mention, b: Mention) -> bool:
    """Two lists' one differing item at one place: rivals, whatever noun each list's writer named it by.

    "The numbers drawn were 7, 14, 23, 36 and 51" against "matched all five
    balls, 7, 14, 23, 38 and 51": the shared items show one list, so the
    nouns ("number", "ball") that keep two counts apart (`same_thing`) do
    not keep these apart.
    """
    return a.slot == ITEM_SLOT == b.slot and comparable(a, b) and not compatible(a, b)


def _place(ms: Sequence[Mention], group: list[int], k: int) -> int:
    """How many of a passage's figures of one family stand before mention ``k``: its place in a list."""
    return sum(ms[n].span.start < ms[k].span.start for n in group)


# Stems of the words that, between two days, only say the second is the next of the same step.
_NEXT_OF_SAME = frozenset(stem(w) for w in (*ORDINALS, "another", "next", "further", "then", "also", "again",
                                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday"))


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
    # "strike on 3 March and 6 March" against "the first walkout is on 3 March, with a second on 7
    # March": no step is named between the days, only a list or the next of the same, so both days are
    # the one step named before the shared day.
    return not steps[0].isdisjoint(steps[1]) or all(step <= _NEXT_OF_SAME for step in steps)


def _leftover_rivals(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two leftovers that may be rival values: amounts of one size, or days both moments or bounds alike.

    "identified the breach on 21 March ... did not notify us until 2 April"
    against "found it on 21 March ... only notified us on 4 April": the
    shared day shows the two passages tell one sequence, and the day each
    leaves is the next step of it. A bound and a moment ("closed until 19
    March" against "found on 21 March") are two steps, not rivals.
    """
    if isinstance(a.value, DateValue):
        return bound_word(ctx, a) == bound_word(ctx, b)
    if a.slot == ITEM_SLOT:
        return b.slot == ITEM_SLOT  # "7, 14, 23, 36 and 51" against "7, 14, 23, 38 and 51": one item apart
    if _role_count(a):
        return one_size(a, b) and ((PART in a.cues) == (PART in b.cues)) and _same_tail(a, b, ctx)
    return one_size(a, b) and {change_end(ctx, a), change_end(ctx, b)} != {"from", "to"}


# How far apart two leftover plain counts may be and still be rivals: a misread or mistyped figure
# ("241,000" / "236,000"), not two counts of different things the passages name apart.
_COUNT_CLOSE = Decimal("1.1")


def plain_count(m: Mention) -> bool:
    """A count with no unit and no role ("356,000"): a leftover rival under `_close_counts` only."""
    return (m.kind is Kind.NUMBER and m.slot == "number:count" and isinstance(m.value, Quantity)
            and m.value.unit is None and not roles_of(m.cues))


def _plain_measure(m: Mention) -> bool:
    """A measure in a unit that is no span of time ("48 decibels", "35C", "12 km"): read as a plain count.

    "Noise would rise from 48 to 54 decibels" against "from 48 decibels to
    57": each passage states two levels of one unit, so the single-value
    rule says nothing, yet the shared 48 shows one change, and the level
    left on each side is the other's rival, as for two plain counts (and
    under the same `_close_counts` test, so "two miles from A and 13 miles
    east of B" stay apart). Spans of time have their own family
    (`timed_durations`).
    """
    return (m.kind is Kind.NUMBER and isinstance(m.value, Quantity) and m.value.unit is not None
            and m.value.unit not in TIME_UNITS and m.slot != AGE_SLOT and not roles_of(m.cues))


# What a measure is of, right after it: "15g of sugar per 100g", "12.5 grams of sugar", "40 tonnes of wheat".
_OF_SUBSTANCE = regex(r"\s+of\s+(?:(?:the|its|their|total|added)\s+)?([a-z]{3,})\b", re.IGNORECASE)


def _substance(m: Mention, ctx: Evidence) -> str | None:
    """The stem of the noun a measure is of ("sugar" in "no more than 15g of sugar"), else None."""
    hit = _OF_SUBSTANCE.match(ctx.texts.get(m.source, ""), m.span.end)
    return stem(hit.group(1).lower()) if hit else None


def _one_substance(ms: Sequence[Mention], pair: tuple[int, int], xs: list[int], ys: list[int],
                   ctx: Evidence) -> bool:
    """Two leftover measures of one named substance, each its passage's only one: rivals, however far apart.

    "Bread will be allowed no more than 0.9 grams of salt per 100 grams, and
    breakfast cereals no more than 12.5 grams of sugar" against "breakfast
    cereals will be allowed no more than 15g of sugar per 100g, and ready
    meals no more than 1.1g of salt": the shared "per 100g" pairs off, and
    the one leftover pair is 15g against 12.5g, too far apart for
    `_close_counts`, which guards against two things a passage names apart
    ("two miles from A and 13 miles east of B"). Here the writers name what
    each figure measures, and it is the same substance, measured once in
    each passage: a misstated figure, not another thing's.
    """
    i, j = pair
    what = _substance(ms[i], ctx)
    if what is None or what != _substance(ms[j], ctx):
        return False
    return all(sum(_substance(ms[k], ctx) == what for k in idx) == 1 for idx in (xs, ys))


# How many more counts one passage may state than the other: a wire lists a third town's snow depth
# ("31cm in A, 24cm in B and 18cm in C") that a tabloid leaves out ("34cm in A, while B got 24cm"); the
# extra figure is far from the leftover (`_COUNT_CLOSE`), so the two close ones are still the rivals.
_STATED_APART = 1


def _close_counts(a: Mention, b: Mention, stated_a: int, stated_b: int) -> bool:
    """Two leftover plain counts that are one figure told two ways: as many counts each side, within 10%.

    "356,000 riders a day in 2019 and 241,000 now" against "356k in 2019
    and 236,000 in the last quarter": the shared 356,000 shows one series,
    and the one count left on each side, at the same place after it and
    almost the same size, is the other's rival. Counts of different things a
    passage names apart ("two miles from A and 13 miles east of B") differ
    by more, or sit on different sides of the shared one (`_leftover`).
    """
    va, vb = a.value, b.value
    assert isinstance(va, Quantity) and isinstance(vb, Quantity)
    low, high = sorted((va.amount, vb.amount))
    return abs(stated_a - stated_b) <= _STATED_APART and low > 0 and high <= low * _COUNT_CLOSE


def _measure_named_twice(ms: Sequence[Mention], xs: list[int], ys: list[int], ctx: Evidence) -> bool:
    """Whether either passage names one measure word beside two figures ("180 m high ... 60 m high").

    The one-more-figure leeway of `_close_counts` trusts that the extra
    figure is another thing's (a third town's snow depth). When a passage
    names two heights (a dam's and its spillway's), the partner's lone
    height may be either one's, and `divergemeasurewords` leaves such a
    passage unread; so does the leeway.
    """
    for idx in (xs, ys):
        words = [w for w in (measure_word(ms[i], ctx.texts[ms[i].source]) for i in idx) if w is not None]
        if len(words) != len(set(words)):
            return True
    return False


def _close_plain_rivals(ms: Sequence[Mention], left_x: list[int], left_y: list[int],
                        ctx: Evidence) -> list[tuple[int, int]]:
    """Of several leftover plain measures, the pairs close enough to be one figure told two ways.

    "31cm in A, with 24cm in B and 18cm in C" against "34cm in A, while B
    got 24cm": once the shared 24cm pairs, 31cm and 18cm are both left
    against 34cm, and any of them could be its rival by size alone; only
    31cm is within `_COUNT_CLOSE` of it. Two or more close pairs stay
    unread, as before.
    """
    return list(itertools.islice(
        ((i, j) for i in left_x for j in left_y
         if (plain_count(ms[i]) or _plain_measure(ms[i])) and (plain_count(ms[j]) or _plain_measure(ms[j]))
         and _leftover_rivals(ms[i], ms[j], ctx) and _close_counts(ms[i], ms[j], 1, 1)), 2))


def _role_count(m: Mention) -> bool:
    """A count of people in a role ("23 injured, eight taken to hospital"): its family names the role.

    Counts in general are no leftover rivals (see AMOUNT_KINDS), but two
    counts of one role in one passage are the whole and a part of one group
    of people, and a shared whole ("Twenty-three people were hurt") says
    that the part left in each passage is the other's part.
    """
    return m.kind is Kind.NUMBER and m.slot == "number:count" and bool(roles_of(m.cues))


# The words right after a count that say what the part is ("were taken to hospital"), up to its clause's end.
_TAIL_REACH = 40
_TAIL_END = regex(r"[.;:!?()]")


def _same_tail(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """True when the words right after two leftover counts share a content stem: they name one part.

    "eight were taken to hospital" against "11 were rushed to hospital" are
    one part ("hospital"); "eight were taken to hospital" against "two are
    critically ill" are two parts of the same injured, not rivals.
    """
    tails = []
    for m in (a, b):
        tail = ctx.texts[m.source][m.span.end:m.span.end + _TAIL_REACH]
        cut = _TAIL_END.search(tail)
        tails.append(set(content_stems(tail[:cut.start()] if cut else tail)))
    return not tails[0].isdisjoint(tails[1])


# "fell to 4.58% from 4.75%", "dropped 12bp to 4.31%": the word right before an amount that makes it the
# start or the end of a change (hedges between skipped).
# The words a change's end may put before its figure: a hedge ("from about"), an article and one word
# for the level ("from the current £9.10", "to a record 4.2%").
_CHANGE_END = regex(r"\b(from|to)\s+(?:(?:about|around|approximately|roughly|some|just|nearly|almost)\s+)*"
                    r"(?:(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?)?$", re.IGNORECASE)


def change_end(ctx: Evidence, m: Mention) -> str | None:
    """ "from" for the start of a change, "to" for its end, None for an amount stated alone.

    Two passages sharing a change's new level ("fell to 4.58%") may each
    state one more amount: the one's start ("from 4.75%") and the other's
    end of a second change ("the five-year fix dropped to 4.31%"). Those are
    two moments of two things, not rival values of one.
    """
    found = _CHANGE_END.search(ctx.texts[m.source][max(0, m.span.start - 32):m.span.start])
    return found.group(1).lower() if found else None


# Precise figures of two sources this close (relative to the larger) may be one reading; farther apart
# they never agree (compat.amounts_fit: two precise figures meet only within their last digits).
_PRECISE_NEAR = 0.01


def _precise(m: Mention) -> bool:
    """A plain reading of four digits or more ("5,903.17", "612.38 points"), not a rate: see compat."""
    v = m.value
    return (m.kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT) and isinstance(v, Quantity | Money)
            and not isinstance(v, Rate) and precise_figure(v))


def precise_leftover_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Two passages that share one precise reading: the one other reading each states is the other's rival.

    "The index closed down 612.38 points at 5,903.17" against "fell 9.4 per
    cent (612.4 points) ... to settle at 5,930.17": a figure of four digits
    or more that two sources both give is no coincidence, so the two
    sentences tell the same figures even when the aligner seated them in
    other claims, and the one precise figure left in each, of one slot and
    one size, on the same side of the shared one, is the other's rival.
    Counts are no rivals by themselves (divergepair.divergeable): here the
    shared reading is the evidence, as a shared figure is in
    `leftover_pairs`. Passages with more than one leftover say nothing of
    which is which.
    """
    precise = [i for i, m in enumerate(ms) if _precise(m)]
    if len(precise) < 4:
        return []
    # Each mention's role key and figure are read once, and `compatible` once per pair of statements: it
    # reads what each mention states (kind, slot, value, cues), and at 40 sources one reading is given by
    # every source, each of whose passages pairs with every other's (perf33).
    role = {i: role_key(ms[i]) for i in precise}
    amount = {i: _amount(ms[i]) for i in precise}
    statement: dict[tuple[object, ...], int] = {}
    said = {i: statement.setdefault((ms[i].kind, ms[i].slot, ms[i].value, ms[i].cues), len(statement))
            for i in precise}
    decided: dict[tuple[int, int], bool] = {}

    def fit(i: int, j: int) -> bool:
        key = (said[i], said[j])
        if key not in decided:
            decided[key] = compatible(ms[i], ms[j])
        return decided[key]

    groups: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i in precise:
        groups[(ms[i].source, ms[i].passage, role[i])].append(i)
    # Near values first (sorted, a window of _PRECISE_NEAR), then compat decides: cheap on long stories.
    ordered = sorted(precise, key=amount.__getitem__)
    linked: set[tuple[tuple[str, int, str], tuple[str, int, str]]] = set()
    for n, i in enumerate(ordered):
        a = ms[i]
        reach = amount[i] * (1 + _PRECISE_NEAR) + 1e-9
        for j in ordered[n + 1:]:
            b = ms[j]
            if amount[j] > reach:
                break
            if a.source != b.source and role[i] == role[j] and fit(i, j):
                ga, gb = (a.source, a.passage, role[i]), (b.source, b.passage, role[j])
                linked.add((ga, gb) if ga < gb else (gb, ga))
    pairs = []
    for ga, gb in sorted(linked):
        xs, ys = groups[ga], groups[gb]
        shared = [(i, j) for i in xs for j in ys if fit(i, j)]
        left_x = [i for i in xs if all(i != a for a, _ in shared)]
        left_y = [j for j in ys if all(j != b for _, b in shared)]
        if len(left_x) != 1 or len(left_y) != 1:
            continue
        i, j = left_x[0], left_y[0]
        after_x = {ms[i].span.start > ms[a].span.start for a, _ in shared}
        after_y = {ms[j].span.start > ms[b].span.start for _, b in shared}
        if (len(after_x) == 1 and after_x == after_y and one_size(ms[i], ms[j])
                and comparable(ms[i], ms[j]) and not fit(i, j)):
            pairs.append((i, j))
    return pairs


def _amount(m: Mention) -> float:
    """A precise mention's figure, for ordering only (compat compares the exact values)."""
    assert isinstance(m.value, Quantity | Money)
    return float(m.value.amount)
