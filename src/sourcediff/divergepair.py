"""Tests between two mentions: may they diverge at all, do their values contradict, do they say the same.

Every divergence rule (diverge, divergeconsensus, divergeleftover,
divergecontext, divergeslots) ends in these questions about one pair, so
they live apart from the rules that find the pairs to ask about, and the
rules share one answer: `divergeable`, `values_contradict`, `one_size`, `bound_word`,
and the exemptions (`hedged_clocks_meet`, `unstated_years`, `nights_meet`,
`midnight_meets`) under which two different values still say the same.
"""

from __future__ import annotations

import re

from sourcediff.casesteps import steps_differ, steps_of
from sourcediff.compat import BOUND_REACH, base_factor, comparable, compatible, same_thing, slot_family
from sourcediff.deadlines import NOT_UNTIL
from sourcediff.evidence import Evidence
from sourcediff.extract.datebase import month_day
from sourcediff.extract.money import CONVERSION
from sourcediff.extract.numberpercents import CHANGE
from sourcediff.extract.roles import roles_of
from sourcediff.extract.stamps import time_marks
from sourcediff.extract.thresholds import THRESHOLD
from sourcediff.extract.times import HEDGED_CLOCK_MINUTES, written_reach
from sourcediff.extract.years import straddling
from sourcediff.model import Kind, Mention
from sourcediff.partcounts import counts_part, parts_differ
from sourcediff.regexcache import regex
from sourcediff.values import ClockTime, DateValue, Elapsed, Money, PartOfDay, Quantity, Value

# Divergence between two aligned passages needs a claim at least this
# strong: the cost of a false alarm is an editor's time.
DIVERGE_MIN_SCORE = 0.30
# ... or a claim the aligner's pair model is this sure of (Claim.score, its mean P(same claim)): two
# sentences worded apart ("The runway reopened at 11:15 p.m. after ..." and "The runway was returned to
# service at 22:15, once ...") share too few words for DIVERGE_MIN_SCORE, yet the model, which reads
# more than shared words, put them together with confidence, and that is the evidence the words lack.
STRONG_CLAIM_SCORE = 0.6


# "closed until about 1630 GMT", "by 5 p.m.", "since 2019": a value after one of these words bounds a
# span; a value with none ("struck at 3.40am") names the moment or figure itself. The hedges between
# are skipped, and "shortly after 4 a.m." is a hedged moment (_CLOCK_HEDGE), not a bound.
_BOUND = regex(
    r"(?<!shortly )(?<!just )(?<!soon )(?<!right )(?<!well )\b(until|till|by|before|after|since|from)\s+"
    r"(?:(?:about|around|approximately|roughly|circa|some|just|shortly|soon)\s+)*$",
    re.IGNORECASE)
# "The licence now runs to 2047", "a lease extended to 2040": a term's verb and "to" (or "through") bound
# the term as "until" does, so "runs to 2047" and another outlet's "licensed to run until 2045" are one
# kind of value, the year a term ends.
_TERM_TO = regex(r"\b(?:runs?|running|ran|lasts?|lasting|extended)\s+(?:to|through)\s+$", re.IGNORECASE)
# The bounds that end a term ("until 2045"): a year after one of them is the end of a licence, a lease or a
# closure, one per term; "by 2030" and "before 2030" are targets, and a claim may tell two goals' years.
TERM_END_BOUNDS = frozenset({"until", "till"})


def bound_word(ctx: Evidence, m: Mention) -> str | None:
    """The word that makes a value a bound of a span ("until", "by", ...), lower-cased, or None.

    A claim's sentences about one episode give its several moments ("closed
    until 16:30", "returning at 10am"): a bound and a plain moment are two
    facts, not rivals, whatever the consensus. A negated "until" ("did not
    notify them until 2 April") is no bound: it names the moment (NOT_UNTIL).
    """
    before = ctx.texts[m.source][max(0, m.span.start - 40):m.span.start]
    if _TERM_TO.search(before):
        return "until"
    found = _BOUND.search(before)
    if found is None or NOT_UNTIL.search(before):
        return None
    return found.group(1).lower()


# Kinds whose leftover figures are rivals: amounts, whose size says which leftover is whose rival. Not
# measures and counts: a passage states them of different things it names apart ("two miles from A and
# 13 miles east of B" against "23 miles north of C and two miles from A"). Calendar days are rivals too,
# on their own terms (`_leftover_rivals`, `_same_step`).
AMOUNT_KINDS = (Kind.MONEY, Kind.PERCENT)


def calendar_day(m: Mention) -> bool:
    """A date written as a day of a month ("4 April", "April 2, 2026"), not a weekday or "yesterday".

    A weekday or relative day is read against each outlet's own dateline,
    and outlets writing on different days name different days of one
    sequence by the same words; a day number is the writer's own.
    """
    return isinstance(m.value, DateValue) and any(c.isdigit() for c in m.raw)


# "At about 2045 GMT" and "shortly before 9pm" may both be right about an 8:49 p.m. alarm: a hedged
# clock time stands for a reading up to this many minutes either side, when it is written on the hour or
# half hour, or after "shortly before" / "just after" (which say nothing of how far).
# A hedged clock written on a quarter ("about 8.45pm") claims a quarter of an hour; one written to five
# minutes or to the minute ("about 6:50 a.m.") claims five: the writer chose that grid (`written_reach`).
_CLOCK_HEDGE = regex(
    r"\b(?:about|around|approximately|roughly|circa|some\s+time|(?:shortly|just|soon)\s+(?:before|after))"
    r"\s*$", re.IGNORECASE)
_SIDED_HEDGE = regex(r"\b(?:shortly|just|soon)\s+(?:before|after)\s*$", re.IGNORECASE)


def hedged_clocks_meet(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """True when two clock times, one of them hedged, lie within the hedge of each other.

    The hedge reaches as far as the coarser of the two clocks was written
    (`written_reach`): "about 6:50 a.m." and "06:40" are two readings on a
    ten-minute grid, while "about 7am" stands for the half hour round it, and
    so does an unhedged "7am" set beside "about 6:50" (the plain round clock
    may be the rounded one).
    """
    va, vb = a.value, b.value
    if not (isinstance(va, ClockTime) and isinstance(vb, ClockTime)):
        return False
    befores = [ctx.texts[m.source][max(0, m.span.start - 24):m.span.start] for m in (a, b)]
    if not any(_CLOCK_HEDGE.search(before) for before in befores):
        return False
    if any(_SIDED_HEDGE.search(before) for before in befores):
        # "shortly after 10 p.m." reaches only forward and "just before noon" only back (the value's
        # side): a reading on the other side of the clock is another time, not the same one rounded.
        if any(h.side and not _on_side(h, o) for h, o in ((va, vb), (vb, va))):
            return False
        reach = HEDGED_CLOCK_MINUTES
    else:
        reach = max(written_reach(va), written_reach(vb))
    return _minutes_apart(va, vb) <= reach


_MIDNIGHT = regex(r"\bmidnight\b", re.IGNORECASE)


def midnight_meets(a: Mention, b: Mention) -> bool:
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


def nights_meet(a: Mention, b: Mention) -> bool:
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


def unstated_years(a: Mention, b: Mention) -> bool:
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


def _on_side(hedged: ClockTime, other: ClockTime) -> bool:
    """True when ``other`` lies on the side ``hedged.side`` names (+1 after, -1 before), nearest readings."""
    if hedged.utc is not None and other.utc is not None:
        pairs = [(hedged.utc, other.utc)]
    else:
        pairs = [(x, y) for x in _readings(hedged) for y in _readings(other)]
    offset = min(((y - x + 720) % 1440 - 720 for x, y in pairs), key=abs)  # other minus hedged, mod a day
    return offset * hedged.side >= 0


def _readings(c: ClockTime) -> list[int]:
    """A clock's local reading, and its UTC one when known and not a declared local time."""
    return [c.hour * 60 + c.minute] + ([c.utc] if c.utc is not None and not c.local else [])


def values_contradict(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two aligned passages' single values of one family that cannot both be right.

    A passage often times several spans ("hospitalized for three weeks",
    "nine days after a heart attack"), so two durations contradict each other
    only when the words around them match too (evidence.CONTEXT_MIN_OVERLAP;
    beside a claim's consensus half of it will do, divergeconsensus).
    """
    if not comparable(a, b) or not same_thing(a, b) or compatible(a, b):
        return False
    if _part_beside_day(a, b, ctx) or _part_beside_day(b, a, ctx):
        return False
    if steps_differ(a, b, ctx.texts):  # "was sentenced on Tuesday", "convicted him on Thursday"
        return False
    if end_then_next(a, b, ctx):  # "extra flights until Sunday", "back to normal by Monday"
        return False
    if parts_differ(a, b, ctx.texts):  # "his first 11 seasons", "has spent 19 seasons"
        return False
    if family_dimension(a) == "duration":
        start = _start_day(a, ctx)
        return (ctx.same_context(a, b) or (start is not None and start == _start_day(b, ctx))
                or _two_timings(a, b, ctx) or compound_lengths(a, b))
    return True


# The words that end a state on the day they name ("extra flights until Sunday") and those that name the
# day a new state is reached ("back to normal by Monday").
_LAST_DAY_BOUNDS = frozenset({"until", "till"})
_REACHED_BOUNDS = frozenset({"by"})


def end_then_next(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """A state's last day ("until Sunday") and a day reached the day after it ("by Monday"): two steps.

    "The airline will add extra flights until Sunday" and another outlet's
    "its timetable will be back to normal by Monday" tell one sequence: what
    lasts through Sunday gives way on Monday. Read as one deadline told two
    ways, the days a day apart were rivals. Only days, and only the "by" day
    the one right after the "until" day: "closed until Friday" against
    "reopens by Wednesday" still disagree.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue) and va.precision == "day"
            and vb.precision == "day" and va.start is not None and vb.start is not None):
        return False
    days = {bound_word(ctx, a): va.start, bound_word(ctx, b): vb.start}
    last = next((days[w] for w in _LAST_DAY_BOUNDS if w in days), None)
    reached = next((days[w] for w in _REACHED_BOUNDS if w in days), None)
    return last is not None and reached is not None and (reached - last).days == 1


def _part_beside_day(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Whether ``a``'s passage also names, as a date, the other day ``b``'s part of day falls on.

    "She set out on Sunday and was reported missing on Monday morning" times
    two steps on two days; another outlet's "left her car on Sunday morning"
    times the first of them, which the passage states too. Its "Monday
    morning" is the second step, not a rival reading of the first.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, PartOfDay) and isinstance(vb, PartOfDay) and va.day and vb.day
            and va.day != vb.day):
        return False
    return vb.day in ctx.days_in.get((a.source, a.passage), ())


def other_time_told(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Whether either source of two parts of one day also times, elsewhere, the other's part of it.

    A wire's "broke off early on Monday, prompting the operator to shut the
    farm" met a tabloid's "the firm last night shut down all 22 turbines",
    whose article had already timed the breakage "at 4.45am yesterday": the
    tabloid tells the small hours as well, so its night is a second step
    (the shutdown), not a rival reading of the first. As for dates
    (lonedates: a source giving both days tells two events), one outlet
    naming both times is no evidence that they disagree. Another mention of
    the same source counts when it falls on the same day inside the other
    part's hours: a part of day on that day, or a clock in a passage naming
    that day and no other.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, PartOfDay) and isinstance(vb, PartOfDay) and va.day and va.day == vb.day):
        return False
    return _times_part(b, va, ctx) or _times_part(a, vb, ctx)


def _times_part(m: Mention, part: PartOfDay, ctx: Evidence) -> bool:
    """Whether ``m``'s source times, in a mention other than ``m``, a moment inside ``part`` on its day."""
    for o in ctx.times_of.get(m.source, ()):
        if o is m or o.span == m.span or time_marks(o.kind, o.slot, o.cues):
            continue
        v = o.value
        if isinstance(v, PartOfDay) and v.day == part.day and v.start_hour < part.end_hour \
                and part.start_hour < v.end_hour:
            return True
        if (isinstance(v, ClockTime) and ctx.days_in.get((o.source, o.passage)) == {part.day}
                and part.start_hour <= v.hour < part.end_hour):
            return True
    return False


def compound_lengths(a: Mention, b: Mention) -> bool:
    """Two lengths written as compounds before one noun: "after a five-day trial", "a six-day trial".

    A passage times several spans, so durations need the words around them
    to match (`values_contradict`); a sentence dating a judgment also holds a
    clock, a date and names, and two outlets' wordings of it shared too few
    words. A compound length ("five-day", "24-hour") is the length of the
    noun it stands before, and the extractor keeps that noun as a cue: two
    such lengths of one noun measure one thing, so they cannot both be right.
    Not ages: "a 23-year-old man" and "a 32-year-old man" are two people.
    """
    return ("-" in a.raw and "-" in b.raw and bool(a.cues) and bool(b.cues)
            and bool(set(a.cues) & set(b.cues)) and not (_age(a) or _age(b)))


def _age(m: Mention) -> bool:
    """A compound age ("23-year-old"): two of them before "man" are two people, not rival lengths."""
    return m.raw.lower().rstrip("s").endswith("old")


def _two_timings(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two timed results (extract/elapsed.py), each its passage's one, with a word around them in common.

    A passage times several spans, so durations need their words to match
    (`values_contradict`); but a lap or race time to the second is a measurement,
    and two aligned passages' only ones about the same thing ("the fastest lap
    of the race, 1:35.112" and "took the fastest lap, a 1:35.211") are one
    result written twice: the rest of each sentence (who set it, on which
    lap, at what speed) weighed the overlap below the bar. Words that share
    nothing ("won in 2:04:31", "was second in 2:05:10") stay two results.
    """
    return (isinstance(a.value, Elapsed) and isinstance(b.value, Elapsed)
            and not ctx.window(a).isdisjoint(ctx.window(b)))


# A state that lasts up to a time: "14 pistes remain closed tonight", "the road was still shut at 6pm"; the
# verb and at most a few words before the time, no clause break between.
# A time after "until", "by", "from" ... is when the state ends or starts ("stay off work until midnight"):
# that one is a fact of its own.
_LASTING_BEFORE = regex(r"\b(?:remain(?:s|ed|ing)?|still|stay(?:s|ed|ing)?)\b"
                        r"(?:(?!\b(?:until|till|by|before|after|from|since|to|through)\b)[^.;:!?,()]){0,30}$",
                        re.IGNORECASE)
# How far before a time its lasting verb may stand, in characters.
_LASTING_REACH = 40


def lasting_time(m: Mention, ctx: Evidence) -> bool:
    """A time at which a state still holds, not when something happened: never a rival time.

    "Seravel closed 14 pistes on Tuesday afternoon" and "14 pistes remain
    closed tonight" sit in one claim with two parts of one day, yet the
    second only says the closure lasts into the night: no rival of the
    first's time.
    """
    if m.kind is not Kind.TIME:
        return False
    text = ctx.texts[m.source]
    return _LASTING_BEFORE.search(text, max(0, m.span.start - _LASTING_REACH), m.span.start) is not None


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


def statement_key(m: Mention, ctx: Evidence) -> tuple[object, ...]:
    """Everything `values_contradict` reads of a mention: what it states, the words around a duration,
    the steps a date's or a time's clause names (`casesteps`), a count marked as a part (`partcounts`),
    the bound word before a date (`end_then_next`)."""
    duration = family_dimension(m) == "duration"
    window = ctx.window(m) if duration else None
    return (m.kind, m.slot, m.value, m.cues, window, _start_day(m, ctx) if duration else None,
            steps_of(ctx.texts[m.source], m), counts_part(m, ctx.texts),
            bound_word(ctx, m) if isinstance(m.value, DateValue) else None)


def family_dimension(m: Mention) -> str:
    """The dimension a slot family measures ("duration", "count", ...): `diverge` and `divergeconsensus`
    read it to keep unsized families and durations apart as this module's rival test does."""
    return slot_family(m).rsplit(":", 1)[-1]


class Compatible:
    """`compatible` for two mentions of one slot family, remembered by their values.

    Within a family the rules read only the values, and a story states the
    same values again and again (every source, every claim).
    """

    def __init__(self) -> None:
        self.seen: dict[tuple[str, Value, Value], bool] = {}

    def __call__(self, a: Mention, b: Mention, family: str) -> bool:
        # One lookup on a hit, not two: the key hashes two values (dataclasses hash their fields on each
        # call), and the consensus walks ask this 36,000 times at 80 sources, nearly all hits.
        key = (family, a.value, b.value)
        known = self.seen.get(key)
        if known is None:
            known = self.seen[key] = compatible(a, b)
        return known


def one_size(a: Mention, b: Mention) -> bool:
    """Two figures within a factor of BOUND_REACH of each other: rival figures for one total.

    Compared in their dimension's base unit (`compat.base_factor`): "three
    years" and "48 months" are one size, 36 against 48 months.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity | Money) and isinstance(vb, Quantity | Money)):
        return False
    low, high = sorted((va.amount * base_factor(va), vb.amount * base_factor(vb)))
    return low > 0 and high <= low * BOUND_REACH


def same_day(a: Mention, b: Mention) -> bool:
    """Parts of day only contradict each other on the same day."""
    if isinstance(a.value, PartOfDay) and isinstance(b.value, PartOfDay):
        return a.value.day is not None and a.value.day == b.value.day
    return True


def written_year(m: Mention) -> bool:
    """A whole calendar year written as its four digits ("in 1891"), nothing relative ("last year")."""
    return (isinstance(m.value, DateValue) and m.value.precision == "year" and m.value.relative is None
            and m.raw.strip().isdigit() and len(m.raw.strip()) == 4)


def written_month(m: Mention) -> bool:
    """A whole month written with its year ("in March 2024", "September 2023"), nothing relative.

    Like a year in digits (`written_year`) it names a period, not a day, so
    it is no rival of another in an aligned passage by itself
    (`divergeable`): "opened in May 2019" and "expanded in June 2021" date
    two steps. Only a claim's consensus sets it against another
    (divergeconsensus): three sources' "last inspected in March 2024"
    against a fourth's "September 2023". A month without its year ("in
    March") is read against each outlet's dateline, and left out.
    """
    v = m.value
    return (isinstance(v, DateValue) and v.precision == "month" and v.relative is None
            and v.start is not None and v.end is not None
            and (v.start.year, v.start.month) == (v.end.year, v.end.month)
            and _YEAR_DIGITS.search(m.raw) is not None)


_YEAR_DIGITS = regex(r"\b\d{4}\b")


# Where `divergeable` keeps its answer on the mention itself (as compat.slot_family keeps the family).
_DIVERGEABLE_ATTR = "_sourcediff_divergeable"


def divergeable(m: Mention) -> bool:
    """Slots where two different values are a real contradiction, not two facts.

    A byline's publication stamp is never one (outlets publish at different
    times), nor a briefing's clock (when a source spoke, not a time of the
    story), nor a writer's currency conversion (exchange rates differ).

    Asked of every mention by a dozen of the judge's rules (perf54: 33,000
    askings of ~4,000 mentions in a 30k-word compare); the answer reads the
    mention's own fields alone, so it is worked out once and kept in the
    frozen mention's ``__dict__``, which equality, hashing and ``replace`` ignore.
    """
    known: bool | None = m.__dict__.get(_DIVERGEABLE_ATTR)
    if known is None:
        known = m.__dict__[_DIVERGEABLE_ATTR] = _divergeable(m)
    return known


def _divergeable(m: Mention) -> bool:
    if time_marks(m.kind, m.slot, m.cues) or CONVERSION in m.cues:
        return False  # a live blog's entry stamp is when it posted: minutes after the event it tells
    if THRESHOLD in m.cues:
        return False  # "once tolls exceed $12": where a condition would be met, not what the toll is
    if isinstance(m.value, Quantity) and m.value.unit == "degree":
        return False  # no scale written: "115 degrees" may be Fahrenheit against "46.2C"
    if m.kind is Kind.NUMBER and m.slot.endswith(":count"):
        # "12 dead" against "15 dead", "fell by 38,000" against "down 83,000" in an aligned passage (a
        # change is of the level its passage states); other counts need matching context
        return bool(roles_of(m.cues)) or CHANGE in m.cues
    if isinstance(m.value, DateValue):
        # one day, or one academic, fiscal or sports year ("the 2029-30 season"): either names one period;
        # so does a month and day an undated article leaves without its year ("reopens by March 15")
        return ((m.value.start is not None and m.value.start == m.value.end) or straddling(m.value)
                or (m.value.start is None and month_day(m.value.relative or "") is not None))
    return m.kind in (Kind.MONEY, Kind.NUMBER, Kind.PERCENT, Kind.TIME, Kind.DATE)
