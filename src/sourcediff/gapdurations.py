"""A gap between two events and a plain duration of the same length are one fact (issue #11).

One outlet writes "lifeboats reached the crew within 25 minutes of the
mayday" or "were found six hours after the ferry sank", another "within
25 minutes" or "drifted for six hours". The first is an interval (a span
from a named event: compat.window_length keeps it apart from a period),
the second a duration, and the two slot families are never compared, so
one figure showed as two facts, each with a part of its sources, or as two
details only one source has. Keeping the families apart is right for the
judge in general ("an hour after the quake" is no rival of "a two-hour
meeting"), so the two are met here, after every other join, and only to
make agreement: an interval fact joins a duration fact when every span it
states fits every duration the other states, and the story holds no other
duration fact (whatever its verdict) with a figure fitting that span: one
figure told once as a gap and once as a length. The gap is told in a unit
the duration fact uses: when no claim links them, "two days before the
arrival" and "within 48 hours" are two periods that happen to fit, where
one figure retold keeps its unit ("six hours" and "six hours after"). A
range ("months before") is no one figure and never joins. Several gap
facts fitting that one duration join it together when their spans fit one
another (two outlets name the event otherwise: "of the mayday", "of the
alarm"). A divergent fact never joins, and nothing here can make one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from sourcediff.compat import compatible, slot_family, window_length
from sourcediff.lonejoin import merge_moved
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Interval, Quantity

_GAP = f"{Kind.NUMBER.value}:interval"
_LENGTH = f"{Kind.NUMBER.value}:duration"


def as_length(m: Mention) -> Mention | None:
    """An interval mention as the duration it spans ("within four minutes of X": four minutes); else None.

    A "within" span runs from nothing up to its figure, and states the figure as its limit, as an
    event-less "within four minutes" does (compat.window_length).
    """
    v = m.value
    if not isinstance(v, Interval) or window_length(v) is not None or slot_family(m) != _GAP:
        return None
    s = v.span
    if s.high is not None and s.amount != 0:
        return None  # "months before", "two to three days after": a range is no one figure
    length = Quantity(s.high, s.unit, s.qualifier) if s.amount == 0 and s.high is not None else s
    return replace(m, value=length)


def _units(group: Sequence[Mention]) -> frozenset[str | None]:
    return frozenset(m.value.unit for m in group if isinstance(m.value, Quantity))


def _fits(gaps: Sequence[Mention], lengths: Sequence[Mention]) -> bool:
    return all(compatible(g, d) for g in gaps for d in lengths)


def _lengths(group: Sequence[Mention]) -> list[Mention] | None:
    """The durations a fact states, when it states nothing else; else None."""
    if not group or any(slot_family(m) != _LENGTH for m in group):
        return None
    return list(group)


def _gaps(group: Sequence[Mention]) -> list[Mention] | None:
    """The spans of the intervals a fact states, as durations, when it states nothing else; else None."""
    out = [as_length(m) for m in group]
    if not out or any(g is None for g in out):
        return None
    return [g for g in out if g is not None]


def join_gap_durations(facts: Sequence[Judged], order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each interval fact merged into the one duration fact its spans fit (see module)."""
    lengths = {n: ls for n, f in enumerate(facts) if (ls := _lengths(f[0])) is not None}
    gaps = {n: gs for n, f in enumerate(facts) if (gs := _gaps(f[0])) is not None}
    if not lengths or not gaps:
        return list(facts)
    into: dict[int, list[int]] = {}
    for n, gs in gaps.items():
        fitting = [k for k, ls in lengths.items() if any(compatible(g, d) for g in gs for d in ls)]
        if len(fitting) == 1:
            into.setdefault(fitting[0], []).append(n)
    joinable = (Verdict.AGREE, Verdict.UNIQUE)
    moved: dict[int, int] = {}
    for k, ns in into.items():
        spans = [g for n in ns for g in gaps[n]]
        if (facts[k][1] not in joinable or any(facts[n][1] not in joinable for n in ns)
                or not _fits(spans, lengths[k]) or not _fits(spans, spans)):
            continue
        if not _units(spans) <= _units(lengths[k]):
            continue  # "two days before" the arrival and a deadline "within 48 hours": two periods
        if len({m.source for n in [k, *ns] for m in facts[n][0]}) >= 2:
            moved.update((n, k) for n in ns)
    return merge_moved(facts, moved, order, Verdict.AGREE)
