"""Divergent pairs of clock times that two sources give for one named moment of the story.

A divergence rule of diverge.divergent_pairs. "Keepers discovered his
enclosure was empty at 6.45am" and "the leopard was found missing at 06:15",
"The first call reached the fire service at 10:17 p.m." and "The alarm was
raised at 10.47pm": outlets word the one moment of a story differently, so
their sentences often do not align, and a bare clock has no zone for
`divergeslots._lone_clock_pairs` to meet it by. What names the moment is the
event word right before the clock ("was reported at", "broke out at", "was
brought under control at"), or right after a clock that opens its clause
("At 10.47pm, the alarm was raised").

Only moments a story has one of are named here (`EVENT_WORDS`): the first
alarm, the first responders' arrival ("the first crews arrived at", "the
first appliance was in attendance at"), a fire's or a riot's outbreak, its
coming under control, a collapse,
a quake striking, a landfall, a birth, a vessel boarded, a hijacking, a
storming or a warning lifted. Other arrivals, arrests, deaths and
sightings are left out: a story tells many of them ("police arrived at
6.20", "firefighters arrived at 6.10"). Each source must time a moment with
one clock (two values say nothing about which one a partner contradicts),
and the two windows must share a content word (the fire, the keepers, the
enclosure), so two alarms of two different things stay apart, unless the
aligner put the two passages in one claim: then the claim says they tell
one thing ("boarded the tanker at 04:40" against a trade site's terse "the
boarding took place at 05:40", which names nothing boarded).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import compatible
from sourcediff.divergepair import divergeable
from sourcediff.evidence import Evidence
from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.terms import content_stems
from sourcediff.values import ClockTime

# The moments a story has one of, each named by the words that say it happened. Folded lower case;
# matched in the clause right around a clock (`_clause`).
EVENT_WORDS: dict[str, re.Pattern[str]] = {
    # when someone first knew: the alarm, the first report or call, the discovery of an absence
    "alarm": regex(r"\balarm\b|\balerted\b|\b(?:was|were|been|first)\s+reported\b(?!\s+(?:that|to)\b)"
                   r"|\b(?:first|emergency|999|911|112)\s+calls?\b"
                   r"|\b(?:police|firefighters|crews|paramedics|ambulances?|coastguards?)\s+(?:was|were)\s+called\b"
                   r"|\bdiscovered\b|\bnoticed\b|\b(?:was|were|went|gone|found|reported)\s+missing\b"),
    # the first responders reaching the scene: a story has one first arrival ("the first crews arrived at",
    # "the first appliance was in attendance at"), though many arrivals
    "first-arrival": regex(r"\bfirst\s+(?:[a-z-]+\s+){0,2}(?:arrived|reached|got\s+there"
                           r"|(?:was|were)\s+(?:in\s+attendance|on\s+(?:the\s+)?scene))\b"
                           r"|\bfirst\s+to\s+arrive\b"),
    # a fire, a riot or fighting breaking out
    "outbreak": regex(r"\bbroke\s+out\b|\berupted\b|\bignited\b|\bcaught\s+fire\b"),
    # a fire or a spill brought under control, put out
    "control": regex(r"\bunder\s+control\b|\bextinguished\b|\bput\s+out\b|\bdoused\b"),
    "collapse": regex(r"\bcollapsed\b|\bcaved\s+in\b|\btoppled\b"),
    # a quake or a storm striking, a storm making landfall
    "strike": regex(r"\b(?:quake|earthquake|tremor|temblor)\b[^.;]*\bstruck\b|\bmade\s+landfall\b"),
    "birth": regex(r"\bwas\s+born\b|\bwere\s+born\b|\bgave\s+birth\b"),
    # a ship, a plane or a train boarded by attackers or raiders (not a passenger's boarding pass or gate)
    "boarding": regex(r"\bboarded\b|\bboarding\b(?!\s+(?:pass|card|gate|school|house)(?:es|s)?\b)"),
    # a vessel, a building or a haul taken by force: a hijacking, a storming, a seizure
    "seizure": regex(r"\bhijacked\b|\bstormed\b|\bseized\b|\bcommandeered\b"),
    # a museum, a shop, a stadium or a fair letting its public in: "doors opened at 10 a.m.", "opened its
    # doors again at 9:30", "the gates open at 7pm" (not "opened fire", not "opened the debate")
    "doors": regex(r"(?<!boarding\s)\b(?:doors?|gates?)\s+(?:(?:were|was|will|would|finally|first)\s+)?"
                   r"(?:re)?open(?:ed|s)?\b|\b(?:re)?open(?:ed|s|ing)?\s+(?:its|their|the|her|his)\s+(?:\w+\s+)?(?:doors|gates)\b"),
    # a warning, an order or a ban lifted: "the warning was lifted at", "the alert was called off at", "the
    # curfew was not lifted until", a timeline's "11:30 - warning cancelled"
    "lifting": regex(r"\b(?:warning|alert|order|curfew|lockdown|notice|advisory|ban|closure)s?\b[^.;]*"
                     r"\b(?:lifted|cancell?ed|called\s+off|rescinded|withdrawn)\b"),
    # an event, a show or a meeting getting going: "the keynote kicked off at 10:00 WEST", "the launch
    # started at 10.30am UK time", "the event began at 10 a.m. local time"
    "start": regex(r"\b(?:began|begun|started|kicked\s+off|got\s+under\s?way)\s+(?:at|shortly\s+after|just\s+"
                   r"after|soon\s+after)?\s*$"),
}
# How far before a clock its event words may stand, and after it when the clock opens its clause.
_BEFORE_CHARS = 64
_AFTER_CHARS = 40
# Where a clause ends: a sentence or clause mark, a clause of time ("when", "after"), or another figure (a
# second clock or date names another moment: "broke out at 9pm and was under control by 11pm"). A plain
# "and" does not end one before a clock ("the fire and rescue service at 22:47"); after it, it does.
_BEFORE_CUT = regex(r".*(?:[.;!?:](?:\s|$)|\d|\bwhile\b|\bwhen\b|\bbefore\b|\bafter\b)",
                    re.DOTALL)
_AFTER_CUT = regex(r"[.;!?:](?:\s|$)|\d|\band\b|\bbut\b|\bwhile\b|\bwhen\b|\bbefore\b|\bafter\b|\n")
# A clock opens its clause when only these precede it in its clause: the event words then follow it.
_OPENING = regex(r"^\s*(?:at|by|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))?\s*$",
                 re.IGNORECASE)


def event_moments(text: str, m: Mention) -> frozenset[str]:
    """The moments of `EVENT_WORDS` the clause around a clock names ("was reported at 22:47": alarm)."""
    return frozenset(_moment_words(text, m))


def _moment_words(text: str, m: Mention) -> dict[str, str]:
    """Each moment the clause around a clock names, with the words that name it."""
    before, after = _clause(text, m)
    found = {name: hit.group(0) for name, words in EVENT_WORDS.items() if (hit := words.search(before))}
    if found or not _OPENING.search(before):
        return found
    return {name: hit.group(0) for name, words in EVENT_WORDS.items() if (hit := words.search(after))}


def _clause(text: str, m: Mention) -> tuple[str, str]:
    """The folded words of the clock's clause before it and after it, each cut at the clause's end."""
    before = text[max(0, m.span.start - _BEFORE_CHARS):m.span.start].casefold()
    cut = _BEFORE_CUT.match(before)
    if cut:
        before = before[cut.end():]
    after = text[m.span.end:m.span.end + _AFTER_CHARS].casefold()
    stop = _AFTER_CUT.search(after)
    return before, after[:stop.start()] if stop else after


def event_clock_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' only clocks for one named moment that name different times.

    Each source must give the moment one clock value, the two windows must
    share a content word beyond the moment's own words and the day's (or,
    for one, the words of the sources agreeing with it: `_told`) or the two
    passages be in one claim, and the
    two clocks must be read in one frame: a bare "08:14" against "0714 GMT"
    may be one instant in two zones, which only the story's own conversion
    can tell (`_both_zoned_or_bare`). A deadline ("must leave by 6pm") is
    not a moment.
    """
    timed: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    subject: dict[int, frozenset[str]] = {}
    for i, m in enumerate(ms):
        if isinstance(m.value, ClockTime) and divergeable(m) and ctx.role(m) != "deadline":
            named = _moment_words(ctx.texts[m.source], m)
            for moment in named:
                timed[(moment, m.source)][m.canonical].append(i)
            if named:
                own = frozenset(content_stems(" ".join(named.values())))
                subject[i] = ctx.window(m) - own - _DAY_STEMS
    single: dict[str, list[int]] = defaultdict(list)
    for (moment, _), values in timed.items():
        if len(values) == 1:
            single[moment].append(next(iter(values.values()))[0])
    lone = _one_clock_sources(ms, ctx)
    pairs = []
    for moment, idx in single.items():
        for i, j in itertools.combinations(idx, 2):
            a, b = ms[i], ms[j]
            if a.source != b.source and _both_zoned_or_bare(a, b) and not compatible(a, b) \
                    and (subject[i] & _told(j, idx, ms, subject) or subject[j] & _told(i, idx, ms, subject)
                         or ctx.shared_claim(a, b) is not None
                         or (moment in _SUBJECT_IS_THE_STORY and {a.source, b.source} <= lone)
                         or (moment in _FIRST_OF_ITS_KIND and not (subject[i] and subject[j]))):
                pairs.append((i, j))
    return pairs


# Moments whose subject is the story's own venue, named elsewhere in the article, not beside the clock:
# "Doors opened at 10 a.m." names no museum, "opened its doors again at 9:30" no other word of it. Two
# sources that each time one moment in their whole article, and name it so, time this one
# (`_one_clock_sources`). A boarding or an alarm names what was boarded or raised, and stays with the
# subject test: a story may tell two.
_SUBJECT_IS_THE_STORY = frozenset({"doors", "start"})


# Moments that "first" makes one a story ("the first crews arrived at"): when one outlet's sentence names
# nothing beside the moment ("The first appliance was in attendance at 02:24.", trade-press terse), the
# subject test has no word to meet, and the moment's own words decide. Two sentences that both name a
# subject still must share it: "the first ambulance arrived" and "the first fire crews arrived" are two.
_FIRST_OF_ITS_KIND = frozenset({"first-arrival"})


def _one_clock_sources(ms: Sequence[Mention], ctx: Evidence) -> frozenset[str]:
    """The sources whose whole article gives one clock time, however often it repeats it.

    "Doors opened at 10 a.m., and about 3,000 people were admitted" against
    "The museum opened its doors again at 9:30 a.m. today": the words around
    the two clocks share only the moment's own ("doors", "opened"), so the
    subject test says nothing. But each article times one moment of the
    whole story, and names it as the same opening: two such clocks are
    rivals for it (`_SUBJECT_IS_THE_STORY`). A deadline is no moment, and
    counts as no clock here either.
    """
    values: dict[str, set[str]] = defaultdict(set)
    for m in ms:
        if isinstance(m.value, ClockTime) and divergeable(m) and ctx.role(m) != "deadline":
            values[m.source].add(m.canonical)
    return frozenset(s for s, v in values.items() if len(v) == 1)


# Words of the day and the clock, not of the subject: two alarms "on Friday" need not be one alarm.
_DAY_STEMS = frozenset(content_stems(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december morning afternoon evening night overnight today tonight "
    "yesterday tomorrow local time gmt utc"))


def _told(k: int, idx: list[int], ms: Sequence[Mention],
          subject: dict[int, frozenset[str]]) -> frozenset[str]:
    """The subject words around clock ``k`` and around the other sources' clocks agreeing with it.

    "The fire was reported at 22:47" and "The alarm was raised at 10.47pm"
    tell one moment; a third outlet's "first call reached the fire service"
    shares a word with the first only, yet contradicts both.
    """
    m = ms[k]
    words = set(subject[k])
    for o in idx:
        if ms[o].source != m.source and compatible(ms[o], m):
            words |= subject[o]
    return frozenset(words)


def _both_zoned_or_bare(a: Mention, b: Mention) -> bool:
    """Two clocks read in one frame: both instants, both bare, or a bare one and a known local one.

    A clock the story itself reads as local time ("All times local (CET)",
    a reading it converts elsewhere: localclock.bridged) is compared with a
    bare clock by its local reading, as compat._clock does; a bare clock
    against "0714 GMT" is not judged.
    """
    va, vb = a.value, b.value
    assert isinstance(va, ClockTime) and isinstance(vb, ClockTime)
    if (va.utc is None) == (vb.utc is None):
        return True
    return (va.utc is None and vb.local) or (vb.utc is None and va.local)
