"""Updated figures across sources: an earlier and a later value, not a contradiction.

The extractor marks a figure its writer gives as superseded ("up from 9",
"first reported 9") or as the latest ("rose to 61", "now stands at 61";
extract/updates.py). Two rules use those marks:

* joining: two clusters of values that would diverge are one update instead
  when one of them holds a figure some source gives as earlier and the other
  holds none (it may hold one given as the latest): the sources agree that
  it was 9 and is now 61. A source that states both values ("rose to 61
  from 9") may sit on both sides, and its passage alone joins the cluster
  of its earlier value to that of its later one. Joined so, two sources
  that give differing current figures and share none ("22p" against "rises
  from £0.18 to £0.23") contradict each other: their current figures are
  a divergence and the earlier side a fact of its own (``rival_current``,
  factverdicts).
* running totals: a figure given at a stated day ("By Sunday night it had
  reached 71,150"; extract/updates.py ``AT``) later than every day
  another cluster's figures hold on (a figure no words date holds on its
  source's date) is the total grown since, not a rival: the judge leaves the
  two apart (``later_total``), and no lone-rival rule joins them.
* showing: an agreed fact whose values some source marks as earlier or
  later gets an ``Update`` (earlier values, later values) in the report. A
  figure only marked as the latest ("risen to 19") against another source's
  unmarked one ("17 dead") stays a divergence, since the other source gives
  17 as the current toll, and a divergence is reported as one, not as an
  update (describe.py). A source that names its own earlier figure ("rose
  from £0.18 to £0.23") gives the update's earlier side itself: another
  source's unmarked 22p is a rival of its "£0.23" on the later side, not the
  figure it rose from (``own_pairs``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from sourcediff.compat import comparable, compatible, role_key
from sourcediff.extract.updates import EARLIER, LATER, at_of, update_side
from sourcediff.model import Mention, Update, UpdateSide


def has_earlier(ms: Iterable[Mention]) -> bool:
    """True when some mention is a figure its writer gives as superseded.

    Two clusters join as an update (the module's joining rule) when exactly
    one of them has such a figure; the judge reads the flag once per cluster
    and compares flags pair by pair, so a fact met by hundreds of divergent
    pairs is not rescanned for each.
    """
    return any(update_side(m) == EARLIER for m in ms)


# A side's first running-total day, its last day, its smallest and its largest amount.
Days = tuple[dt.date | None, dt.date | None, Decimal | None, Decimal | None]


def total_days(ms: Sequence[Mention], published: Mapping[str, dt.date | None]) -> Days:
    """Mentions' first running-total day (None unless every one states one), last day and amounts.

    A figure no words date holds on its source's date; the last day is None when some figure has
    no day at all (a source without a date). The amounts are None when some figure has none.
    """
    stated = [at_of(m) for m in ms]
    held = [d if d is not None else published.get(m.source) for m, d in zip(ms, stated, strict=True)]
    first = None if not stated or None in stated else min(d for d in stated if d is not None)
    last = None if not held or None in held else max(d for d in held if d is not None)
    amounts = [getattr(m.value, "amount", None) for m in ms]
    known = [a for a in amounts if isinstance(a, Decimal)]
    low, high = (min(known), max(known)) if known and len(known) == len(amounts) else (None, None)
    return first, last, low, high


def later_total(x: Days, y: Days) -> bool:
    """True when one side is a larger running total given at a day later than every day of the other.

    "By Sunday night it had reached 71,150" in a paper of the next week against a first day's
    62,400: the total grew, no source contradicts another, and each figure stays its own fact.
    Totals of one day ("by Tuesday" both) that differ still diverge, and so does a later total
    smaller than the earlier one ("14,800 so far" a day after "more than 18,000"): a running
    total does not shrink.
    """
    return any(first is not None and last is not None and first > last
               and low is not None and high is not None and low > high
               for first, last, low, high in ((x[0], y[1], x[2], y[3]), (y[0], x[1], y[2], x[3])))


def stated_updates(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Index pairs (earlier, later) of one passage stating both values: "rose to 61, up from 9".

    The source itself says the two figures are one count at two moments, so
    the judge joins their clusters as one updated fact even when no other
    source's passage aligns with it. A passage with more than one old or new
    figure ("June was revised up to 204 from 187 and July down to 96 from
    119") pairs an old and a new figure only when each is the other's nearest,
    not every old with every new: the two revised months are two facts, and a
    source disagreeing on one of them leaves the other agreed.
    """
    where: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if update_side(m) is not None:
            where[(m.source, m.passage, role_key(m))].append(i)
    pairs: list[tuple[int, int]] = []
    for idx in where.values():
        earlier = [i for i in idx if update_side(ms[i]) == EARLIER]
        later = [i for i in idx if update_side(ms[i]) == LATER]
        matched = _nearest_pairs(ms, earlier, later) if len(earlier) + len(later) > 2 else \
            [(i, j) for i in earlier for j in later]
        pairs.extend((i, j) for i, j in matched if not compatible(ms[i], ms[j]))
    return pairs


def _nearest_pairs(ms: Sequence[Mention], earlier: Sequence[int],
                   later: Sequence[int]) -> list[tuple[int, int]]:
    """Earlier and later figures that are each other's nearest of the other side, by text position.

    Mutual, so that in "up to 58 from 55 and July's down to 49 from 52",
    where "49" carries no mark, the stray "52" is paired with nothing rather
    than with March's "58".
    """
    def gap(i: int, j: int) -> int:
        return abs(ms[i].span.start - ms[j].span.start)
    return [(i, j) for i in earlier
            for j in [min(later, key=lambda j: gap(i, j))]
            if min(earlier, key=lambda k: gap(k, j)) == i]


# A mention's place in its source: source, passage, start and end of its figure.
MentionKey = tuple[str, int, int, int]


def mention_key(m: Mention) -> MentionKey:
    """Where a mention stands, the same for the judge's bridged copy and the original it reports."""
    return (m.source, m.passage, m.span.start, m.span.end)


def own_pairs(ms: Sequence[Mention],
              stated: Sequence[tuple[int, int]] | None = None) -> frozenset[MentionKey]:
    """The marked figures whose own passage also states the other side: both of "from £0.18 to £0.23".

    Such a source names the figure it rose from itself (``stated_updates``),
    even when that earlier figure sits in another fact: ``update_of`` puts
    no other source's unmarked figure on the earlier side opposite it.
    ``stated``: ``stated_updates(ms)`` when the caller has it already (the
    judge reads it for its pairs: one scan of the mentions, not three).
    """
    pairs = stated_updates(ms) if stated is None else stated
    return frozenset(mention_key(ms[k]) for pair in pairs for k in pair)


def update_of(group: Sequence[Mention], value: Callable[[Mention], str],
              paired: Collection[MentionKey] = frozenset()) -> Update | None:
    """The earlier and later values of a fact's mentions, or None when its words mark no update.

    ``value`` gives a mention's display value. Unmarked mentions of the
    marked ones' role go with the marked values they agree with, otherwise
    on the earlier side only opposite a figure marked as the latest whose
    source names no earlier figure in its passage (``paired``, from
    ``own_pairs``), else on the later side: "rose from £0.18 to £0.23" gives
    its own earlier figure, so another source's unmarked 22p is a rival
    later value, not the figure it rose from. A fact may also hold counts of
    other roles: they are no part of the update. At least one value must
    change.
    """
    same = _same_value
    sides = _split_sides(group, paired)
    if sides is None:
        return None
    if not any(not same(a, b) for a in sides[EARLIER] for b in sides[LATER]):
        return None  # no value changed: "originally reported two" among sources that all say two
    order = {id(m): n for n, m in enumerate(group)}
    earlier, later = (sorted(sides[k], key=lambda m: order[id(m)]) for k in (EARLIER, LATER))
    return Update(earlier=_sides(earlier, value), later=_sides(later, value))


def _split_sides(group: Sequence[Mention], paired: Collection[MentionKey]) -> dict[str, list[Mention]] | None:
    """A fact's mentions on the earlier and the later side (`update_of`), None when no words mark an update.

    Mentions of another role than the marked ones' are on neither side.
    """
    marked = {EARLIER: [m for m in group if update_side(m) == EARLIER],
              LATER: [m for m in group if update_side(m) == LATER]}
    if not marked[EARLIER] and not marked[LATER]:
        return None
    sides: dict[str, list[Mention]] = {EARLIER: list(marked[EARLIER]), LATER: list(marked[LATER])}
    lone = {k: [m for m in v if mention_key(m) not in paired] for k, v in marked.items()}
    for m in group:
        if update_side(m) is None and any(comparable(m, x) for x in (*marked[EARLIER], *marked[LATER])):
            sides[_side_of(m, marked, lone, _same_value)].append(m)
    return sides


def rival_current(group: Sequence[Mention], paired: Collection[MentionKey]) -> list[Mention] | None:
    """The earlier side of an updated fact whose current figures differ between sources; else None.

    "22 pence" (two papers) and "rises from £0.18 to £0.23" (a trade site)
    join as one update: the site's stated pair joins its £0.18 to its £0.23,
    and the papers' 22p, which differs from the £0.18 the site calls
    superseded, joins it as that update's later value. But the 22p and the
    £0.23 are both the figure their sources give as current (`_side_of`),
    and they differ: the sources contradict each other on the figure now,
    however they agree on the figure before. The caller reports the current
    figures as a divergence and the earlier side as a fact of its own. Only
    two sources that share no current figure differ: a source stating a
    second figure beside the one the others give (a pay gap's mean beside
    its median, both in the fact) has not contradicted them (measured: read
    pair by pair, paygap's agreed median gained a false alarm).
    """
    sides = _split_sides(group, paired)
    if sides is None or not sides[EARLIER]:
        return None
    current: dict[str, list[Mention]] = defaultdict(list)
    for m in sides[LATER]:
        current[m.source].append(m)
    told = list(current.values())
    if any(not any(comparable(a, b) and compatible(a, b) for a in xs for b in ys)
           and any(comparable(a, b) for a in xs for b in ys)
           for i, xs in enumerate(told) for ys in told[i + 1:]):
        return sides[EARLIER]
    return None


def _same_value(a: Mention, b: Mention) -> bool:
    """Compatible values, whatever each counts: "two" dead and "two" injured are one figure here."""
    return compatible(a, replace(b, cues=a.cues))


def _side_of(m: Mention, marked: dict[str, list[Mention]], lone: dict[str, list[Mention]],
             same: Callable[[Mention, Mention], bool]) -> str:
    """The side whose marked value ``m`` agrees with, else the earlier one only opposite a ``lone`` latest.

    "risen to 19" says the toll rose from something, which another source's
    unmarked 17 may be; "rose from £0.18 to £0.23" says from what, so another
    source's unmarked 22p is what that source gives as the figure now: a
    later value, beside the £0.23 it differs from.
    """
    for side in (LATER, EARLIER):
        if any(same(m, other) for other in marked[side]):
            return side
    return EARLIER if lone[LATER] else LATER


def _sides(ms: Sequence[Mention], value: Callable[[Mention], str]) -> tuple[UpdateSide, ...]:
    by_value: dict[str, list[Mention]] = {}
    for m in ms:
        by_value.setdefault(value(m), []).append(m)
    return tuple(UpdateSide(value=v, text=group[0].raw, sources=tuple(dict.fromkeys(x.source for x in group)))
                 for v, group in by_value.items())
