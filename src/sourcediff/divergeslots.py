"""Divergent pairs by a slot's role: counts of one role, deadlines, clock times, zoned lone clocks, lone
weights.

Divergence rules of diverge.divergent_pairs that pair two sources' values by
what the value is for (a death toll, a deadline, the moment a clock and a
part of day both name) anywhere in the story, with no claim or matching words
needed beyond that role. Split out of diverge.py as one job: the story has
one value of such a slot, so two sources' single values of it are rivals.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from sourcediff.compat import (
    clock_fits_part,
    comparable,
    compatible,
    counted,
    deep_time,
    magnitude,
    role_key,
    slot_family,
    unit_info,
)
from sourcediff.divergepair import Compatible, divergeable, end_then_next, one_size, same_day
from sourcediff.divergestarts import sentence_stems
from sourcediff.eventordinals import one_of_several
from sourcediff.evidence import Evidence, _ends
from sourcediff.extract import dates
from sourcediff.extract.levels import rating
from sourcediff.extract.numberunits import TIME_UNITS
from sourcediff.extract.roles import PART, roles_of
from sourcediff.extract.scenecounts import SCENE
from sourcediff.extract.times import find as find_times
from sourcediff.mentionindex import context_pairs, near_pairs
from sourcediff.model import Kind, Mention
from sourcediff.partcounts import parts_differ
from sourcediff.regexcache import regex
from sourcediff.terms import content_stems, stem
from sourcediff.values import CEILING, ClockTime, Converted, DateValue, Money, PartOfDay, Quantity, Tally


def _role_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
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

    A tornado's rating on one scale is such a figure too (extract.levels.rating):
    the story's tornado has one, and a source that rates two tornadoes (an
    outbreak) states two values and is left out. Any two grades are rivals.

    A count its sentence marks as a part ("1,200 killed in the province
    alone", partcounts) is no rival of a count of the whole.
    """
    stated: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, m in enumerate(ms):
        if SCENE in m.cues or PART in m.cues:
            # "four died at the scene" beside its own "five dead", "the last two bodies were recovered"
            # beside its "21 dead": a part of its source's toll, no second toll
            continue
        if ((m.kind is Kind.NUMBER and m.slot.endswith(":count") and not magnitude(m.value)) or _based(m)) \
                and divergeable(m):
            stated[(role_key(m), m.source)][m.canonical].append(i)
        elif rating(m) and divergeable(m):
            stated[(f"{role_key(m)}:{'/'.join(m.cues)}", m.source)][m.canonical].append(i)
    single: dict[str, list[int]] = defaultdict(list)
    for (key, _), values in stated.items():
        if len(values) == 1:
            single[key].append(next(iter(values.values()))[0])
        for noun, i in _by_noun(ms, values).items():
            single[f"{key}#{noun}"].append(i)
    same = Compatible()
    pairs = []
    for idx in single.values():
        for i, j in itertools.combinations(idx, 2):
            a, b = ms[i], ms[j]
            rivals = True if rating(a) else one_size(a, b) if _based(a) else _rival_counts(a, b)
            if rivals and not same(a, b, slot_family(a)) and not parts_differ(a, b, ctx.texts):
                pairs.append((i, j))
    return pairs


def _by_noun(ms: Sequence[Mention], values: dict[str, list[int]]) -> dict[str, int]:
    """One source's values of a role told apart by the one noun each counts ("patient": 31, "nurse": 2).

    A source may give a role two figures for two sets of people ("the deaths
    of 31 patients and two nurses"): two values of the role, so it said
    nothing about which one a partner's toll contradicts, and another
    outlet's "Thirty-four patients and two nurses died" was never set
    against it. Counted by noun, each source states one value of the patients
    and one of the nurses. Only when the nouns tell every value apart:
    each value's mentions name one noun, and no two values the same one. A
    source whose "21 died" names no noun beside its "Seventeen seals died
    on the sand" (a part) states no value of the seals by noun, and its 17
    is no rival of another's whole toll "Twenty-three seals died".
    """
    nouns: dict[str, int] = {}
    for idx in values.values():
        named = {_role_noun(ms[i]) for i in idx}
        noun = next(iter(named))
        if len(named) != 1 or noun is None or noun in nouns:
            return {}
        nouns[noun] = idx[0]
    return nouns


def _role_noun(m: Mention) -> str | None:
    """The one noun a count of a role names ("31 patients died": "patient"); None for none ("12 people")
    or two, and for a span of time: "over four nights" in "50 arrests were made over four nights" took
    the clause's role but counts no set of the arrested, and keyed apart from the 50 it let a source's
    cumulative 50 arrests meet another's 46 of one night."""
    if m.kind is not Kind.NUMBER or not roles_of(m.cues):
        return None
    nouns = counted(m)
    noun = next(iter(nouns)) if len(nouns) == 1 else None
    return None if noun in _SPANS_OF_TIME else noun


# Nouns of a span of time: a count of them is how long, never a set of people a role counts (the
# units a figure is measured in, and the spans a count of them names: "over four nights").
_SPANS_OF_TIME = TIME_UNITS | {"night", "weekend", "season"}


def _tally_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' vote tallies with one side equal and the other not: one division, one side misread.

    An outlet that gets a vote wrong gets one side wrong ("312 to 296" for
    "312 to 298"), and the sentences that give the tally are often worded
    far apart ("The final tally was ..." against "backed the budget by
    ..."), so no claim sets them side by side. Two divisions of one story
    (the motion's "38 to 21", an amendment's "35 to 24") share neither side
    and stay apart; equal tallies are no rivals. Only votes (`_vote_tally`):
    a night of games has many results sharing a side ("won 77-68", "an
    85-68 win"), each its own game.
    """
    tallies = [(i, m) for i, m in enumerate(ms)
               if isinstance(m.value, Tally) and divergeable(m) and _vote_tally(m, ctx)]
    pairs = []
    for (i, a), (j, b) in itertools.combinations(tallies, 2):
        va, vb = cast(Tally, a.value), cast(Tally, b.value)
        if a.source != b.source and (va.ayes == vb.ayes) != (va.noes == vb.noes):
            pairs.append((i, j))
    return pairs


# Words of a vote around a tally: "by 12 votes to 5", "voted 52-48", "the final tally was", "7 against".
_VOTE_WORDS = regex(r"\b(?:vot(?:e|es|ed|ing)|ballots?|tally|division|motion|abstain\w*|abstentions?|"
                    r"against)\b", re.IGNORECASE)
# How far around a tally its vote words are looked for (characters each side).
_VOTE_REACH = 60


def _vote_tally(m: Mention, ctx: Evidence) -> bool:
    """Whether a tally's words around it name a vote, not a game's result."""
    text = ctx.texts[m.source]
    return _VOTE_WORDS.search(text, max(0, m.span.start - _VOTE_REACH), m.span.end + _VOTE_REACH) is not None


def _based(m: Mention) -> bool:
    """An amount whose basis its writer states ("the hammer price was £31m", "£36.4m with fees").

    Like a count's role, the basis names one figure of the story (its hammer
    price, its profit before tax), so two sources' single amounts on one
    basis are rivals wherever they stand (`_role_pairs`).
    """
    return isinstance(m.value, Money) and m.value.basis is not None


# A "nobody was hurt" meets another source's count of the role only when that count is a handful: a zero
# has no size for `one_size` to compare, and a count of dozens is another event's, not a missed case.
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
    return counted(a) == counted(b) and one_size(a, b)


def _deadline_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Incompatible values that different sources both give as a deadline, at about the same place.

    A long story may name one deadline after another; its sources meet each
    at about the same place in their articles (evidence.CONTEXT_REACH). In a
    short story every deadline is near every other, so two are rivals only
    when their sentences name one thing the deadline is for (`_same_subject`):
    "stay away from the beaches until Wednesday" and "apply to the hardship
    fund until 4 December" are two deadlines, not one misdated.
    """
    # A month's end ("by the end of September") is read as its last day, so it meets a day deadline.
    seen = {i: _month_end_day(m, ctx.texts[m.source]) for i, m in enumerate(ms)
            if m.kind in (Kind.TIME, Kind.DATE)}
    deadlines = [i for i, m in seen.items()
                 if (divergeable(m) or _month_deadline(m)) and (ctx.role(m) == "deadline" or m is not ms[i])
                 and not _loose_anchor(ctx.texts[m.source], m)]
    # The test reads only what each mention states (kind, slot, value, cues), as `_context_pairs`'
    # statements: decided once per pair of statements. In one paragraph every deadline is near every
    # other (376 deadlines of 72 statements made 35,000 near pairs in a dense one).
    said = {i: (seen[i].kind, seen[i].slot, seen[i].value, seen[i].cues, seen[i].raw) for i in deadlines}
    decided: dict[tuple[object, object], bool] = {}
    pairs = []
    for i, j in sorted(near_pairs(ms, deadlines, ctx)):
        key = (said[i], said[j])
        if key not in decided:
            a, b = seen[i], seen[j]
            decided[key] = (comparable(a, b) and same_day(a, b) and not compatible(a, b)
                            and (_month_deadline(a) == _month_deadline(b) or _month_a_year_apart(a, b))
                            and not _guessed_year_apart(a, b))
        if not decided[key] or end_then_next(seen[i], seen[j], ctx):
            continue
        if (seen[i] is ms[i] and seen[j] is ms[j] and _same_subject(ms[i], ms[j], ctx)) or (
                _shared_subject_words(ms[i], ms[j], ctx) >= MONTH_END_SHARED_WORDS):
            pairs.append((i, j))
    return pairs


# How many content words (deadline words aside) the sentences of a month's end deadline and its rival
# must share. "opening on Sundays until the end of January" (a ticket office) met a ferry's "until 18
# January" on the port's name alone, and "a decision on cover before the end of January" a storm's "by
# tomorrow" on "expects": one shared word is chance, where a month named as a deadline's end ("by the end
# of October") is no day the extractor vouched for. Closures' "47 ... stores ... jobs at risk" and a
# review that "reports" share two or more.
MONTH_END_SHARED_WORDS = 2


def _shared_subject_words(a: Mention, b: Mention, ctx: Evidence) -> int:
    """How many content words the sentences around two deadlines share, the deadline's own aside."""
    sa = sentence_stems(ctx.texts[a.source], a) - _DEADLINE_STEMS
    sb = sentence_stems(ctx.texts[b.source], b) - _DEADLINE_STEMS
    return len(sa & sb)


# A deadline at a month's end, right before the month's name: "by the end of September", "until the end
# of the month of May", "before the end of June".
_END_OF_BEFORE = regex(r"\b(?:by|until|till|before)\s+the\s+end\s+of\s+(?:the\s+month\s+of\s+)?$",
                       re.IGNORECASE)
# How far before a month's name those words are looked for, in characters.
_END_OF_REACH = 40


def _month_end_day(m: Mention, text: str) -> Mention:
    """A month written as its end ("by the end of October") as that month's last day.

    The extractor reads "the end of October" as the whole month, and a month
    meets only a month (`_month_deadline`), so a wire's "by the end of
    October", a trade paper's "by 31 October" and a local paper's "by the end
    of September" for one set of closures were three lone dates. As a
    deadline ("by the end of", "until the end of") a month's end names one
    moment, its last day, as the day-numbered form does; read so, it is a
    day deadline like any other. The deadline word sits before "the end of",
    out of `Evidence.role`'s reach, so the reading itself marks it one.
    """
    v = m.value
    if not (isinstance(v, DateValue) and v.precision == "month" and v.relative is None
            and v.start is not None and v.end is not None and v.start.month == v.end.month):
        return m
    if _END_OF_BEFORE.search(text, max(0, m.span.start - _END_OF_REACH), m.span.start) is None:
        return m
    return replace(m, value=DateValue(v.end, v.end, "day"))


def _guessed_year_apart(a: Mention, b: Mention) -> bool:
    """Two deadlines in one month of different years, one of them with no year written.

    "by the end of October" takes a year the extractor guesses; against "by
    31 October 2028" a wrong guess would be a year's divergence no one wrote.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue) and va.start and vb.start):
        return False
    return (va.start.month == vb.start.month and va.start.year != vb.start.year
            and (_WRITTEN_YEAR.search(a.raw) is None or _WRITTEN_YEAR.search(b.raw) is None))


# Words any sentence about a deadline may use, whatever it is for, and the parts of day around its day.
_DEADLINE_STEMS = frozenset(content_stems(
    "deadline deadlines cutoff cut-off due expire expires expired set given must until till before ahead "
    "later morning afternoon evening night noon midnight end"))


def _same_subject(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """True when the sentences around two deadlines share a content word besides the deadline's own.

    A deadline whose sentence names nothing it is for (a fact box's "Deadline: 4 October") is the
    story's deadline, and may be any other's rival.
    """
    sa = sentence_stems(ctx.texts[a.source], a) - _DEADLINE_STEMS
    sb = sentence_stems(ctx.texts[b.source], b) - _DEADLINE_STEMS
    return not sa or not sb or bool(sa & sb)


def _month_deadline(m: Mention) -> bool:
    """A deadline stated as a calendar month with its year: "to finish by June 2027".

    A month in general is no rival of another month (a story names many),
    so `divergeable` leaves months out; but a deadline names one moment, the
    month's end, and two sources (or a draft and its sources) that set the
    same deadline at about the same place in different months contradict
    each other, as "by June 2028" does "by June 2027". The year must be
    written ("by December" takes a guessed one), and a month meets only a
    month: "by December" against "by May 9" may be two steps of one plan.
    """
    v = m.value
    return (isinstance(v, DateValue) and v.precision == "month" and v.relative is None
            and v.start is not None and v.end is not None and _WRITTEN_YEAR.search(m.raw) is not None)


_WRITTEN_YEAR = regex(r"\b(?:1[89]|2[01])\d\d\b")


def _month_a_year_apart(a: Mention, b: Mention) -> bool:
    """A month deadline against a day deadline in that month of another year: one deadline, misdated.

    A month meets only a month (`_month_deadline`: "by December" and "by
    May 9" may be two steps of one plan), but a paper's "by March 2031"
    against a wire's "by March 31, 2030" names the wire's month with another
    year: one deadline, its year misstated. Both years written.
    """
    month, day = (a, b) if _month_deadline(a) else (b, a)
    if not _month_deadline(month) or _month_deadline(day):
        return False
    mv, dv = month.value, day.value
    return (isinstance(mv, DateValue) and isinstance(dv, DateValue) and dv.precision == "day"
            and dv.relative is None and mv.start is not None and dv.start is not None
            and _WRITTEN_YEAR.search(day.raw) is not None
            and mv.start.month == dv.start.month and mv.start.year != dv.start.year)


# "shortly before midnight", "was extinguished by 7 a.m.", "By noon, smoke still rose": a time that dates
# an event, not a deadline someone must meet ("must be approved by Friday" stays a deadline). A done
# passive ("parents were texted before 8am", "the cubs were moved to their dens by 07:00") reports when
# something happened, however long the phrase after its participle; an order ("were told to leave
# before 6pm", an infinitive after the participle) still sets a deadline. So does a past perfect: "the
# office had received 212 forms from growers by Sunday" tells when a tally was reached, as a done passive
# does, unless an infinitive or a modal after it sets the deadline ("had agreed to finish by Friday", "had
# said the works would end by June"); "had until" names one.
_LOOSE_BEFORE = regex(
    r"(?:\b(?:shortly|just|right|soon|well|around|about|sometime|some\s+time)\s+(?:before|by|after)"
    r"|\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+){0,3}by"
    r"|\b(?:was|were|had\s+been)\s+[a-z]+ed\s+(?:(?!to\s)[a-z]+\s+){0,4}(?:by|before)"
    r"|\bhad\s+(?!(?:to|until|till|been)\b)[a-z]+\s+"
    r"(?:(?!(?:to|until|till|would|will|must|should|shall|could|can)\s)[^\s.;!?]+\s+){0,8}(?:by|before)"
    r"|(?:^|[.!?]\s+)by)\s*$",
    re.IGNORECASE,
)
# How far before a time to look for those words, in characters: a participle and a short phrase.
_LOOSE_REACH = 64


def _loose_anchor(text: str, m: Mention) -> bool:
    """True when "by"/"before" only dates an event; such times are compared by context, not as deadlines."""
    return _LOOSE_BEFORE.search(text[max(0, m.span.start - _LOOSE_REACH):m.span.start]) is not None


# A state in force by a clock time ("investigators were at the scene by 10 a.m.", "the road was open again
# by 6 p.m."): the time bounds when it began, and it goes on after, so a later part of day that another
# source times something there by ("surveyed the scene in the afternoon") does not contradict it.
_STATE_BY = regex(
    r"\b(?:was|were|is|are|(?:had|has|have)\s+been)\s+(?:at|on|in|inside|outside|back|there|here|open|closed"
    r"|ready|underway|out)\b[^.;!?\n]{0,40}?\s+by\s*$",
    re.IGNORECASE,
)


def _state_bound_before(text: str, clock: Mention, part: PartOfDay) -> bool:
    """True when ``clock`` bounds a state that lasts into ``part`` (see ``_STATE_BY``)."""
    assert isinstance(clock.value, ClockTime)
    if part.start_hour * 60 < clock.value.hour * 60 + clock.value.minute:
        return False
    return _STATE_BY.search(text[max(0, clock.span.start - _LOOSE_REACH):clock.span.start]) is not None


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
                   for i, j in context_pairs(ms, clocks, ctx, other=parts, tight=True))
    pairs = []
    for i, j in found:
        a, b = ms[i], ms[j]
        if a.source == b.source or not ctx.same_local_context(a, b):
            continue
        assert isinstance(a.value, ClockTime) and isinstance(b.value, PartOfDay)
        if _other_day(ctx.texts[a.source], a, b.value):
            continue
        if not clock_fits_part(a.value, b.value) and not _state_bound_before(ctx.texts[a.source], a, b.value):
            pairs.append((i, j))
    return pairs


# What joins a clock to the day written with it: "at 10:57 on 11 October 2011", "11 October 2011 at 10:57".
_CLOCK_DAY_GAP = regex(r",?\s+(?:(?:on|at)\s+)?")


def _other_day(text: str, clock: Mention, part: PartOfDay) -> bool:
    """True when the clock's own written date and the part of day's day differ: two moments, no rivals.

    "Service was restored at 10:57 on 11 October 2011" times the end of an
    outage another outlet says began "on Saturday afternoon" (another day):
    the clock's date sits right beside it, a calendar date with its year.
    """
    if part.day is None:
        return False
    start, end = clock.span.start, clock.span.end
    window = text[max(0, start - 30):end + 30]
    offset = max(0, start - 30)
    for f in dates.find(window, None):
        v = f.value
        if v.precision != "day" or v.start is None or v.start != v.end:
            continue
        gap = text[offset + f.end:start] if offset + f.end <= start else text[end:offset + f.start]
        if _CLOCK_DAY_GAP.fullmatch(gap):
            return v.start != part.day
    return False


def _lone_clock_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' only clock times, each given with its zone, that name different instants.

    A writer who names a zone ("5 p.m. ET", "10pm UK time") times one event
    precisely, for readers elsewhere; when each of two sources times exactly
    one moment of the story so, and a rare word around the two is shared ("a
    conference call at 5 p.m. ET", "a call that started at 10pm UK time"),
    they time one event, however differently the sentences are worded.
    The words for making something public count as one (`made_public`): a
    wire's "published its decision at 07:00 GMT" and a trade paper's "the
    determination, released at 08:00 GMT" time one release.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if isinstance(m.value, ClockTime) and divergeable(m):
            by_source[m.source].append(i)
    lone = [idx[0] for idx in by_source.values()
            if len({ms[i].value for i in idx}) == 1 and _zone_written(ms[idx[0]])]
    people = _people_at(ms, lone)
    pairs = []
    for i, j in itertools.combinations(lone, 2):
        a, b = ms[i], ms[j]
        assert isinstance(a.value, ClockTime) and isinstance(b.value, ClockTime)
        if (a.value.utc is not None and b.value.utc is not None and a.value.utc != b.value.utc
                and (made_public(ctx.window(a)) & made_public(ctx.window(b))
                     or people[(a.source, a.passage)] & people[(b.source, b.passage)])
                and not one_of_several(ms, i, [j], ctx) and not one_of_several(ms, j, [i], ctx)):
            pairs.append((i, j))
    return pairs


def _people_at(ms: Sequence[Mention], idx: Sequence[int]) -> dict[tuple[str, int], frozenset[str]]:
    """The people named in the passage of each of ``idx``, as the story names them (extract.people).

    Two outlets' one zoned clock each, in sentences naming the same person
    ("Varga told a news conference at 11:00 GMT", "Dame Ines told the
    launch event at 10:30 GMT"), time that person's one appearance however
    differently the event is named: the words around the clocks share
    nothing but the person, named two ways.
    """
    wanted = {(ms[i].source, ms[i].passage) for i in idx}
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in ms:
        if m.kind is Kind.PERSON and (m.source, m.passage) in wanted:
            found[(m.source, m.passage)].add(m.canonical)
    return {k: frozenset(found.get(k, ())) for k in wanted}


# Stems of the verbs and nouns by which a paper, a decision or figures are made public, folded to one:
# "published its decision at 07:00 GMT" and "the determination, released at 08:00 GMT" time one release.
_MADE_PUBLIC = frozenset(stem(w) for w in ("published", "released", "issued", "announced", "unveiled"))


def made_public(stems: frozenset[str]) -> frozenset[str]:
    """Window stems with each word for making something public folded to "publish"."""
    return frozenset("publish" if s in _MADE_PUBLIC else s for s in stems)


def _zone_written(m: Mention) -> bool:
    """Whether the writer named the clock's zone at the time itself ("5 p.m. ET", "0940 GMT").

    A live blog's note "All times local (EET)" zones every bare clock it
    prints, but a bare "until 3 p.m." under it is no time written for
    readers elsewhere: the blog's one stray clock beside its entry stamps
    times a road closure as readily as the story's event. "Local time"
    written at the clock names the zone as surely as "GMT" does.
    """
    if _LOCAL_WRITTEN.search(m.raw):
        return True  # "5.35am local time": the story's own clock, named at the time
    return any(isinstance(f.value, ClockTime) and f.value.zone is not None for f in find_times(m.raw, None))


_LOCAL_WRITTEN = regex(r"\blocal\b", re.IGNORECASE)


# Dimensions whose figure a story gives for one thing: the animal's weight, the seized haul, the speed the
# crashed vehicle was doing. A story of lengths or areas measures many things (a road, a walk, a burnt
# area), so those are left to claims.
LONE_MEASURE_FAMILIES = frozenset({"mass", "speed"})
# A span of millions of years is the age a fossil, a rock or a crater story gives its find: the one figure
# of its kind in each outlet ("152 million years ago", "approximately 148 million years"), however the
# sentences around it are worded, so it is weighed as a lone measure too, whatever words stand beside it.
DEEP_TIME = "deep time"

# A speed the writer states as a limit, not as what something did: "the speed limit is 100 km/h", "limited
# to 50 mph", "the limiter is set at 90 km/h", "above the 70mph limit", "a 20mph zone". The words before
# the figure reach back to the limit word with no other figure, and no clause break, between.
_LIMIT_BEFORE = regex(
    r"\b(?:limit(?:s|er|ers|ed)?|maximum|max|restricted|restriction|capped)\b(?:(?!\b\d)[^.,;:!?]){0,60}$",
    re.IGNORECASE,
)
_LIMIT_AFTER = regex(r"^\s*(?:\([^)]{0,24}\)\s*)?(?:speed\s+)?(?:limits?|limiters?|zones?|maximum)\b",
                     re.IGNORECASE)
_LIMIT_REACH = 72
# How far around a speed its sentence is read for a word shared with another source's (`_speed_words`).
_SPEED_REACH = 200


def stated_limit(text: str, m: Mention) -> bool:
    """Whether a speed is written as a limit ("the 100 km/h limit"), which is no speed anything went at.

    A story of a crash states the vehicle's speed and often the road's limit
    beside it; the limit is another figure, never the vehicle's, so it is
    left out of the vehicle's lone speed (`_lone_measure_pairs`).
    """
    before = text[max(0, m.span.start - _LIMIT_REACH):m.span.start]
    after = text[m.span.end:m.span.end + _LIMIT_REACH]
    return bool(_LIMIT_BEFORE.search(before) or _LIMIT_AFTER.search(after))


def _peak(m: Mention) -> bool:
    """A speed stated as a peak over a span ("winds of up to 45 km/h", "speeds reaching up to 90 mph").

    A peak bounds many readings (gusts, a run of speeds) rather than giving
    the one speed something did; a hedged rival ("almost 30mph") is not
    weighed against a bound's side with its hedge, so the pair is left out.
    """
    return isinstance(m.value, Quantity) and m.value.qualifier == CEILING


def _lone_measure_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' only weights (or speeds) that name one subject and cannot both be right.

    "Six-year-old Oska, a 60kg beast" against "Oska, a male weighing 48 kg":
    a tabloid's weight sits in a sentence of several facts, which aligns with
    another of the partner's sentences, so no claim sets it against the
    partner's figure. When each source weighs one thing only (one value,
    its own conversion aside), the two figures are of one size (a rival
    figure, not a part or a total) and a word right beside them is shared
    (the subject's name, "weighing"), they weigh one thing. A speed is read
    the same way ("the coach was hurtling along at 80mph" against "police
    said the coach was travelling at 110 km/h"), its units converted, and a
    stated limit ("the speed limit is 100 km/h") is no speed of the subject.
    """
    by_source: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        family = _lone_family(m)
        if family is None or not divergeable(m):
            continue
        if family == "speed" and (stated_limit(ctx.texts[m.source], m) or _peak(m)):
            continue
        by_source[(m.source, family)].append(i)
    lone = [(idx[0], family) for (_, family), idx in by_source.items()
            if len({ms[i].canonical for i in idx}) == 1]
    same = Compatible()
    pairs = []
    for (i, family), (j, other) in itertools.combinations(lone, 2):
        a, b = ms[i], ms[j]
        if (family == other and slot_family(a) == slot_family(b) and one_size(a, b)
                and (family == DEEP_TIME or _shared_words(a, b, ctx)) and not same(a, b, slot_family(a))):
            pairs.append((i, j))
    return pairs


def _lone_family(m: Mention) -> str | None:
    """The lone-measure family of a mention's own figure (`LONE_MEASURE_FAMILIES`, DEEP_TIME), or None."""
    own = isinstance(m.value, Quantity) and not isinstance(m.value, Converted)  # "48 kg (106 lb)": one
    info = unit_info(m.value.unit) if own and isinstance(m.value, Quantity) else None
    if info is None:
        return None
    if info[0] in LONE_MEASURE_FAMILIES:
        return info[0]
    return DEEP_TIME if deep_time(m.value) else None


def _shared_words(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Whether a content word beside two lone measures is shared: the window's for a weight, the
    sentence's for a speed.

    A weight names its subject right beside it ("Koda, a 300kg monster"); a
    speed is a verb's ("The double-decker, carrying nearly 50 tourists, was
    ploughing along at 80mph ... when it smashed off the road"), whose
    subject and scene stand at the sentence's ends, past the window's reach.
    """
    if ctx.window(a) & ctx.window(b):
        return True
    return slot_family(a).endswith(":speed") and bool(
        _speed_words(ctx.texts[a.source], a) & _speed_words(ctx.texts[b.source], b))


def _speed_words(text: str, m: Mention) -> frozenset[str]:
    """Content stems of the sentence around ``m`` (within `_SPEED_REACH`), its own words left out."""
    before = text[max(0, m.span.start - _SPEED_REACH):m.span.start]
    after = text[m.span.end:m.span.end + _SPEED_REACH]
    cuts = _ends(before)
    before = before[cuts[-1]:] if cuts else before
    cuts = _ends(after)
    after = after[:cuts[0] - 1] if cuts else after
    return frozenset(w for w in content_stems(before + " " + after)
                     if w not in _SPEED_UNIT_STEMS and not any(c.isdigit() for c in w))


# A unit or a writer's conversion beside a speed ("(68 mph)") is shared by any two speeds: no subject.
_SPEED_UNIT_STEMS = frozenset(content_stems("mph kph kmh km hour hours mile miles kilometres kilometers "
                                             "knots"))
