"""The pairs of a set of mentions whose values may fit (`factlinks.may_fit`), found without trying every pair.

In one long paragraph a claim, a similar passage pair or a context word
holds hundreds of mentions of one family, and nearly all their pairs state
values that cannot fit (perf21: 1.17 million proposed, 11,000 fitting, at two
paragraphs of 1,200 sentences). The judge only ever links pairs that may fit,
so an index that proposes a group's pairs asks this module for the fitting
ones: figures and dates by a sweep over intervals (each figure widened by its
share of the reach, `fit_reaches`, so no pair `may_fit` accepts is missed),
clocks by the readings they share, and values of different kinds, or
unplaced ones, with every other mention, as `may_fit` accepts them. The
pairs listed hold every pair `may_fit` accepts, and few more: the time grows
with them and not with the square of the group.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from sourcediff.factlinks import FitPlace, fit_reaches, may_fit

Pair = tuple[int, int]
# The bucket of mentions `may_fit` accepts with anything: no place.
_ANY = ""
# A group with at most this many pairs lists them all: sorting and sweeping it costs more than asking.
_SMALL = 64


@dataclass(frozen=True)
class Fits:
    """The places of a family's mentions (index -> `fit_place`), and the pairs among them that may fit.

    `within` and `between` list every pair that may fit and may list some that do not (the pairs of
    a small group all, the near misses of a sweep): the caller asks `ok` of what it keeps, once a
    pair however many indexes proposed it.
    """

    places: Mapping[int, FitPlace | None]

    def ok(self, i: int, j: int) -> bool:
        """`may_fit`, asked as the judge asks it: the lower index's place first."""
        return may_fit(self.places[i], self.places[j]) if i < j else may_fit(self.places[j], self.places[i])

    @staticmethod
    def worth(pairs: int) -> bool:
        """Whether a group of this many pairs is worth sweeping: a small one costs less listed whole."""
        return pairs > _SMALL

    def within(self, group: Sequence[int]) -> set[Pair]:
        """Pairs (i < j) of distinct members of ``group``: all that may fit, perhaps more."""
        if not self.worth(len(group) * len(group)):
            return {_ordered(i, j) for i, j in itertools.combinations(group, 2) if i != j}
        return self._pairs(group, None)

    def between(self, xs: Sequence[int], ys: Sequence[int]) -> set[Pair]:
        """Pairs (lower index first) of one of ``xs`` and another of ``ys``: all that may fit, or more."""
        if not self.worth(len(xs) * len(ys)):
            return {_ordered(i, j) for i in xs for j in ys if i != j}
        return self._pairs(xs, ys)

    def _pairs(self, xs: Sequence[int], ys: Sequence[int] | None) -> set[Pair]:
        bx = self._by_kind(xs)
        by = bx if ys is None else self._by_kind(ys)
        out: set[Pair] = set()
        for kx, ky in itertools.product(bx, by):
            if ys is None and kx > ky:
                continue  # within one group each pair of kinds is met once
            if kx == ky != _ANY:
                found = _FINDERS[kx](self.places, bx[kx], None if ys is None else by[ky])
                out.update(_ordered(i, j) for i, j in found if i != j)
            elif ys is None and kx == ky:
                out.update(_ordered(i, j) for i, j in itertools.combinations(bx[kx], 2) if i != j)
            else:
                out.update(_ordered(i, j) for i in bx[kx] for j in by[ky] if i != j)
        return out

    def _by_kind(self, idx: Iterable[int]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            p = self.places[i]
            out[_ANY if p is None else p.kind].append(i)
        return out


def _ordered(i: int, j: int) -> Pair:
    return (i, j) if i < j else (j, i)


def _clock_pairs(places: Mapping[int, FitPlace | None], xs: Sequence[int],
                 ys: Sequence[int] | None) -> Iterator[Pair]:
    """Clocks sharing a reading (minutes of the day, local or UTC): the only ones `may_fit` accepts."""
    at: dict[int, list[int]] = defaultdict(list)
    for j in xs if ys is None else ys:
        for r in _readings(places[j]):
            at[r].append(j)
    for i in xs:
        yield from ((i, j) for j in {j for r in _readings(places[i]) for j in at[r]})


def _readings(p: FitPlace | None) -> frozenset[int]:
    return frozenset() if p is None else p.readings


def _figure_pairs(places: Mapping[int, FitPlace | None], xs: Sequence[int],
                  ys: Sequence[int] | None) -> Iterator[Pair]:
    """Figures that may fit: two unhedged ones of one unit within their exact reach, any other two
    within their wide reach (`fit_reaches`), so the common case pays for the narrow one."""
    def plain(i: int) -> Hashable | None:
        p = _placed(places, i)
        return None if p.hedged else ("unit", p.unit)

    def anyhow(i: int) -> Hashable:
        p = _placed(places, i)
        return ("hedged", i) if p.hedged else ("unit", p.unit)  # a hedged figure meets every other

    yield from _overlapping(places, xs, ys, 0, plain, same=True)
    yield from _overlapping(places, xs, ys, 1, anyhow, same=False)


def _date_pairs(places: Mapping[int, FitPlace | None], xs: Sequence[int],
                ys: Sequence[int] | None) -> Iterator[Pair]:
    """Dates whose days overlap."""
    return _overlapping(places, xs, ys, 0, lambda i: None, same=False)


def _placed(places: Mapping[int, FitPlace | None], i: int) -> FitPlace:
    p = places[i]
    assert p is not None
    return p


def _overlapping(places: Mapping[int, FitPlace | None], xs: Sequence[int], ys: Sequence[int] | None,
                 which: int, colour: Callable[[int], Hashable | None], same: bool) -> Iterator[Pair]:
    """Members whose intervals, widened by their reach (`fit_reaches`[which]), overlap: one sweep.

    Only members of one colour (``same``) or of different colours meet; a colour None sits out
    (with ``same``), or meets every member (without). Each member, at its left end, meets the open
    members of the other side (of its own, within one group); those whose widened interval ended
    before are closed first. Open members are kept by colour, so a member reads only those it meets.
    """
    sides = (xs,) if ys is None else (xs, ys)
    events = []
    for side, idx in enumerate(sides):
        for i in idx:
            c = colour(i)
            if same and c is None:
                continue
            p, reach = _placed(places, i), fit_reaches(_placed(places, i))[which]
            events.append((min(p.lo, p.hi) - reach, max(p.lo, p.hi) + reach, side, i, c))
    events.sort(key=lambda e: e[0])
    open_: tuple[dict[Hashable | None, dict[int, int]], ...] = tuple({} for _ in sides)
    ends: list[tuple[float, int, int, Hashable | None]] = []
    for n, (start, end, side, i, c) in enumerate(events):
        while ends and ends[0][0] < start:
            _, s, m, oc = heapq.heappop(ends)
            del open_[s][oc][m]
        for oc, members in open_[len(sides) - 1 - side].items():
            if (oc == c) is same or (not same and c is None):
                yield from ((i, j) for j in members.values())
        open_[side].setdefault(c, {})[n] = i
        heapq.heappush(ends, (end, side, n, c))


_Finder = Callable[[Mapping[int, FitPlace | None], Sequence[int], Sequence[int] | None], Iterator[Pair]]
_FINDERS: dict[str, _Finder] = {"figure": _figure_pairs, "date": _date_pairs, "clock": _clock_pairs}
