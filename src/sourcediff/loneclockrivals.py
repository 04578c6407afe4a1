"""A lone clock time contradicting an agreed clock told in the same words joins it as its rival (issue #11).

"The ferry docked at 4:17 p.m." in a wire, "docked at 16:17" in a trade
site, and a local paper's "the ferry docked at 4.27pm" in a sentence the
aligner seated with neither: the two agreeing outlets made one fact, and the
paper's clock, fitting none of theirs, was left a time only the paper gives.
The divergence, the very thing a reader checks first, was lost.

A clock has no noun to say what it times, so the join asks for what ties
the two sentences: the lone clock's passage shares a claim with a mention of
the agreed fact, or the words right around the two clocks share a content
stem other than a calendar word ("docked", "ferry", not "Sunday" or "local":
a story times many things on one day). Everything else guards against
another moment of the story: the agreed fact is clocks only, from
CONSENSUS_MIN_AGREE + 1 sources, none of them the lone one; the lone clock is
plain (no hedge, its half of the day known), no stamp and no live blog
entry's clock; it ends no clock range ("a helpline open from 8am to 8pm", "the
road shut between 9pm and 5am": hours kept, not a moment) unless the agreed
clocks end ranges too; on a round mark ("midnight", "7pm") it is no rival of a clock
within half the mark's step, which it may round; its passage does not state
the gap as a span ("reached the pass at 11:08, six minutes after the
leader": two moments timed one from the other); it lies within RIVAL_REACH
minutes of the agreed clock (an outlet's slip is minutes or a zone's hour,
not half a day); the dissenter states no clock
fitting the agreed one anywhere (then it tells two moments); no other source
states the lone clock (then it is another moment of the story); and exactly
one agreed clock is so contradicted. Like the other lone rivals
(lonerivals, lonedates) it runs after the lone joins, on their agreed facts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sourcediff.compat import compatible
from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.divergeranges import range_joined
from sourcediff.evidence import Evidence
from sourcediff.extract.stamps import TIME_MARKS
from sourcediff.extract.times import ENTRY_CLOCK
from sourcediff.lonerivals import lone_moves, merge_as_rivals
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.terms import stem
from sourcediff.values import APPROX, ClockTime, Interval

# Minutes either side of the agreed clock a rival may lie: a slip of the minutes or of a zone's hour
# (7.15am for 8:15 a.m.) is a rival; a clock further off times another moment of the day.
RIVAL_REACH = 120

_DAY_MINUTES = 24 * 60
# The marks a clock may be written on, coarsest first: "midnight" and "7pm" sit on the hour, "7.30pm" on the
# half hour. A clock on a mark stands for any reading within half the mark's step, as a round figure does.
_MARKS = (60, 30, 15, 5)
_SPAN_MINUTES = {"second": Decimal(1) / 60, "minute": Decimal(1), "hour": Decimal(60)}

# Words that place a clock in the calendar or a zone, not in an event: two times of one story share them.
_CALENDAR_STEMS = frozenset(stem(w) for w in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow tonight morning afternoon evening "
    "night noon midnight day week local time gmt utc bst cet cest est edt pst pdt".split()))


def _clock(m: Mention) -> ClockTime | None:
    """A clock time as written, no stamp or entry mark: when an outlet posted is no event's time.

    A live blog's clock read only because it opens an entry (ENTRY_CLOCK) says when the outlet
    wrote as often as when the event happened, so it is no clock to set against another outlet's.
    """
    v = m.value
    if m.kind is not Kind.TIME or not isinstance(v, ClockTime):
        return None
    return None if TIME_MARKS.intersection(m.cues) or ENTRY_CLOCK in m.cues else v


def _lone_clock(group: Sequence[Mention]) -> Mention | None:
    """The one plain clock a one-source fact states throughout: no hedge, its half of the day known."""
    if len({m.source for m in group}) != 1 or len({(m.slot, m.value) for m in group}) != 1:
        return None
    v = _clock(group[0])
    return group[0] if v is not None and v.reach == 0 and not v.halves else None


def _agreed_clocks(group: Sequence[Mention]) -> bool:
    """An agreed fact of clocks only, from CONSENSUS_MIN_AGREE + 1 sources or more.

    Two outlets agreeing on a clock are too few to stand against a third: on real multi-outlet
    stories a third outlet's clock near theirs, told around a common word, timed another moment
    of the same evening, or a later shock beside the first. Three agreeing make a consensus, as
    for a lone calendar day (lonedates).

    Its clocks are not checked against one another as written: the judge agreed them as the story's
    own conversion reads them (localclock.bridged), a wire's "4:17 p.m. (1517 GMT)" beside a trade
    site's "15:17 UTC" and a tabloid's zoneless "4.17pm".
    """
    return (all(_clock(m) is not None for m in group)
            and len({m.source for m in group}) >= CONSENSUS_MIN_AGREE + 1)


def _apart(a: ClockTime, b: ClockTime) -> int:
    """Minutes between two clocks' local readings, round the clock ("23:50" and "00:10" are 20 apart)."""
    gap = abs((a.hour * 60 + a.minute) - (b.hour * 60 + b.minute))
    return min(gap, _DAY_MINUTES - gap)


def _rounds(lone: ClockTime, gap: int) -> bool:
    """Whether the lone clock, on a round mark, may stand for a reading ``gap`` minutes away ("midnight")."""
    minutes = lone.hour * 60 + lone.minute
    step = next((mark for mark in _MARKS if minutes % mark == 0), 0)
    return 2 * gap <= step


def _gap_stated(lone: Mention, gap: int, mentions: Sequence[Mention]) -> bool:
    """Whether the lone clock's passage states the gap itself: "at 11:08, six minutes after the leader".

    A writer timing the clock from another moment tells two moments of the story, the other one
    perhaps the agreed clock; it does not dispute it.
    """
    for m in mentions:
        v = m.value
        if m.source != lone.source or m.passage != lone.passage or not isinstance(v, Interval):
            continue
        per = _SPAN_MINUTES.get(v.span.unit or "")
        if per is None:
            continue
        off = abs(v.span.amount * per - gap)
        if off <= 1 or (v.span.qualifier == APPROX and 4 * off <= gap):
            return True
    return False


def _ends_range(m: Mention, clocks: Sequence[Mention], ctx: Evidence) -> bool:
    """Whether the clock is one end of a range its passage states ("open from 8am to 8pm", "9am-5pm")."""
    for other in clocks:
        if other.source != m.source or other.passage != m.passage or other.span == m.span:
            continue
        first, second = (m, other) if m.span.start < other.span.start else (other, m)
        if range_joined(ctx.texts[m.source], first.span.start, first.span.end, second.span.start):
            return True
    return False


def told_alike(lone: Mention, m: Mention, ctx: Evidence, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether the two figures' passages share a claim, or their words around share an event's stem.

    Calendar words, figures and the stems in ``ignore`` (a rule's own unit words: "hours" beside two spans
    of time name no event) are no evidence.
    """
    if ctx.shared_claim(lone, m) is not None:
        return True
    shared = ctx.window(lone) & ctx.window(m)
    return any(not s.isdigit() and s not in _CALENDAR_STEMS and s not in ignore for s in shared)


def _rival(lone: Mention, group: Sequence[Mention], clocks: Sequence[Mention], intervals: Sequence[Mention],
           ctx: Evidence) -> bool:
    """Whether the lone clock contradicts the agreed ``group`` (see module)."""
    sources = {m.source for m in group}
    if lone.source in sources or any(compatible(lone, m) for m in group):
        return False
    value = _clock(lone)
    gaps = {_apart(value, c) for m in group if (c := _clock(m)) is not None} if value is not None else set()
    if value is None or not gaps or max(gaps) > RIVAL_REACH:
        return False
    if any(_rounds(value, gap) or _gap_stated(lone, gap, intervals) for gap in gaps):
        return False
    if _ends_range(lone, clocks, ctx) and not any(_ends_range(m, clocks, ctx) for m in group):
        return False  # hours kept ("a helpline open from 8am to 8pm"), not a moment of the agreed one's kind
    if not any(told_alike(lone, m, ctx) for m in group):
        return False
    for m in clocks:
        if m.source == lone.source and any(compatible(m, a) for a in group):
            return False  # the dissenter gives the agreed clock too: two moments, not a rival
        if m.source != lone.source and compatible(m, lone):
            return False  # another outlet gives the lone clock: another moment of the story
    return True


def join_lone_clock_rivals(facts: Sequence[Judged], mentions: Sequence[Mention], ctx: Evidence,
                           order: Mapping[str, int]) -> list[Judged]:
    """``facts`` with each lone clock moved into the one agreed clock it contradicts, now divergent."""
    clocks = [m for m in mentions if _clock(m) is not None]
    intervals = [m for m in mentions if isinstance(m.value, Interval)]
    agreed = [k for k, (group, v, _c, _r) in enumerate(facts) if v is Verdict.AGREE and _agreed_clocks(group)]
    moved = lone_moves(facts, agreed, _lone_clock,
                       lambda lone, group: _rival(lone, group, clocks, intervals, ctx))
    return merge_as_rivals(facts, moved, order)
