"""Two sources' clock or day ranges that share one end and differ in the other: "8 a.m. to 8 p.m."
against "between 9 a.m. and 8 p.m.", "3 June to 17 June" against "June 3 to June 18".

One divergence rule of diverge.divergent_pairs. A passage stating a range
states two clocks, and the judge's claim rule reads only a passage's one
value of a family, so "call between 8 a.m. and 8 p.m." against "between
9 a.m. and 8 p.m." stayed two facts: 8 p.m. agreed, and 9 a.m. was "only in
wire". ``check``, which runs the same judge with the draft as one more
source, did report the clash (the draft's third "8 a.m." reached a consensus
rule's count), so the two commands told one story two ways. Read as ranges,
start against start and end against end, the agreed end says the two
passages give the same hours, and the other end is the rival value.

A range of days is read the same way: "the window ran from 3 June to 17
June" against "June 3 to June 18" share their start, so 17 June is the rival
of June 18; without it the trade outlet's end stayed "only in" it, as a
passage's two days are two values of one family the claim rule does not pair.

A range of months written with their years is read the same way: "the
scheme ran from March 2019 to June 2022" against "between March 2020 and
June 2022" share their end, so March 2019 is the rival of March 2020. A
month with its year is no rival of another by itself (`written_month`: it
may date another step), and a claim's consensus reads only a passage's one
month, so a range's start told otherwise stayed "only in" its source; the
agreed other end says the two passages give the same span.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import compatible
from sourcediff.divergepair import DIVERGE_MIN_SCORE, written_month
from sourcediff.evidence import Evidence
from sourcediff.model import Claim, Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import ClockTime, DateValue

# What joins a range's two clocks: "to", "until", "till", a dash; "and" only after "between" (below), since
# "at 8 a.m. and 6 p.m." may be two moments.
_JOINER = regex(r"\s*(?:to|until|till|through|-|\u2013|\u2014)\s*")
_AND = regex(r"\s+and\s+")
_BETWEEN_BEFORE = regex(r"\bbetween\s+$")
# How far before a range's start "between" may stand: the clock's own words come right after it.
BETWEEN_CHARS = 12
# The agreed end stands in for half the passage similarity a pair alone needs (as a claim's consensus does).
RANGE_MIN_SCORE = DIVERGE_MIN_SCORE / 2

_Range = tuple[int, int]


def clock_range_pairs(ms: Sequence[Mention], claims: Sequence[Claim], ctx: Evidence) -> list[tuple[int, int]]:
    """Pairs of rival range ends in aligned passages whose other ends agree."""
    ranges = _ranges(ms, ctx)
    if len(ranges) < 2:
        return []
    out: list[tuple[int, int]] = []
    for claim in claims:
        members = [(p.source, p.index, family) for p in claim.members for family in ("clock", "day", "month")
                   if (p.source, p.index, family) in ranges]
        for n, x in enumerate(members):
            for y in members[n + 1:]:
                if x[0] == y[0] or x[2] != y[2] or ctx.scores.get(x[0], x[1], y[0], y[1]) < RANGE_MIN_SCORE:
                    continue
                pair = _rival_end(ms, ranges[x], ranges[y])
                if pair is not None:
                    out.append(pair)
    return out


def _family(m: Mention) -> str | None:
    """Which ranges a mention may end: a clock time, a date to the day ("3 June", not "June"), or a month
    with its year ("April 2020", not "April")."""
    if m.kind is Kind.TIME and isinstance(m.value, ClockTime):
        return "clock"
    if m.kind is Kind.DATE and isinstance(m.value, DateValue) and m.value.precision == "day" \
            and m.value.relative is None:
        return "day"
    if m.kind is Kind.DATE and written_month(m):
        return "month"
    return None


def _rival_end(ms: Sequence[Mention], a: _Range, b: _Range) -> tuple[int, int] | None:
    """The differing ends of two ranges whose other ends agree, else None."""
    starts, ends = compatible(ms[a[0]], ms[b[0]]), compatible(ms[a[1]], ms[b[1]])
    if starts and not ends:
        return a[1], b[1]
    if ends and not starts:
        return a[0], b[0]
    return None


def _ranges(ms: Sequence[Mention], ctx: Evidence) -> dict[tuple[str, int, str], _Range]:
    """Each passage's clock range and day range, where its clocks (its days) are just one range's ends."""
    clocks: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        family = _family(m)
        if family is not None:
            clocks[(m.source, m.passage, family)].append(i)
    out: dict[tuple[str, int, str], _Range] = {}
    for key, idx in clocks.items():
        if len(idx) != 2:
            continue
        first, second = sorted(idx, key=lambda k: ms[k].span.start)
        text = ctx.texts[ms[first].source]
        if range_joined(text, ms[first].span.start, ms[first].span.end, ms[second].span.start):
            out[key] = (first, second)
    return out


def range_joined(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the words between two clocks make them one range's ends."""
    gap = text[end:next_start]
    if _JOINER.fullmatch(gap):
        return True
    before = text[max(0, start - BETWEEN_CHARS):start]
    return bool(_AND.fullmatch(gap)) and bool(_BETWEEN_BEFORE.search(before))
