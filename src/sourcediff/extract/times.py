"""Clock times ("5:01 PM ET", "17.01 GMT", "noon") and parts of day ("Friday evening").

A clock time with a zone is resolved to UTC with zoneinfo on the day it
refers to, because daylight saving decides the offset: "5:01 PM ET" is
22:01Z in February and 21:01Z in July. The day is the nearest day the same
passage names ("5:01 PM ET on Friday"), else the published date. With no day
at all the UTC instant is still computed for zones without daylight saving
(GMT, JST), and left None for zones with it rather than guessed.

"5:01 pm (22:01 GMT)" is one mention: the local clock the writer led with and
the UTC instant from the parenthesis. When the first part names no zone, the
value takes zone UTC from the parenthesis, so it prints as "22:01Z" and still
remembers the local 17:01 for comparison with a floating "5:01 p.m.".

A 24-hour time with a colon and no zone is kept only when it cannot be a
12-hour time missing its a.m./p.m. ("17:01", "09:30"); "5:01" alone is
ambiguous and dropped, unless the article keeps the 24-hour clock (it writes
such an unambiguous time, or sets a colon clock on its day, and no a.m./p.m.)
and a time preposition leads it:
"talks at 10:00 tomorrow" in a live blog stamped "18:20", "05:15". A dotted
time ("17.01") needs a zone or "hrs" so that decimals stay numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from zoneinfo import ZoneInfo

from sourcediff.extract import dates
from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import WEEKDAY_NAMES, Cues, by_pattern_id, cues, digit_mark_digit, may_contain_ci
from sourcediff.extract.datebase import WEEKDAYS
from sourcediff.extract.nearday import NearestDay
from sourcediff.extract.placezones import place_zone
from sourcediff.extract.spanset import disjoint
from sourcediff.extract.stamps import (
    BRIEFING,
    ENTRY,
    SERVICE,
    STAMP,
    box_field_at,
    clock_dates_briefing,
    clock_is_stamp,
    clock_names_service,
    entry_starts,
    part_dates_saying,
)
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import ClockTime, PartOfDay

# Zone words as written in news copy -> IANA names. Ambiguous abbreviations
# take their most common news meaning (IST: India; CST: US Central).
ZONES = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "eastern": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    # Canada's Atlantic and Newfoundland clocks and Alaska's, written out ("Atlantic time"): never an
    # abbreviation, as AST is also Arabia Standard Time and NST elsewhere.
    "atlantic": "America/Halifax", "newfoundland": "America/St_Johns", "alaska": "America/Anchorage",
    "gmt": "UTC", "utc": "UTC", "z": "UTC", "zulu": "UTC",
    "bst": "Europe/London", "british": "Europe/London", "uk": "Europe/London",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "central european": "Europe/Berlin",
    "eet": "Europe/Athens", "eest": "Europe/Athens", "wet": "Europe/Lisbon", "west": "Europe/Lisbon",
    "msk": "Europe/Moscow", "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
    "hkt": "Asia/Hong_Kong", "sgt": "Asia/Singapore", "awst": "Australia/Perth",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
}
LOCAL = "local"  # "3 p.m. local time": a zone exists but is not named -> floating
# The words of the zone names written out before "time" ("Eastern Standard Time", "UK time").
_ZONE_WORDS = frozenset({"eastern", "pacific", "central", "mountain", "standard", "daylight", "british",
                         "summer", "european", "uk", "atlantic", "newfoundland", "alaska"})

# Parts of day as local hour ranges [start, end); hours past 24 run into the
# next day, so a night overlaps the small hours after it. "early/late X" follow
# wire-service usage: early = before the working day, late = the evening.
# Sub-ranges ("early afternoon") split their part roughly in thirds and lie
# inside it, so "early afternoon" agrees with "afternoon" and diverges from
# "late afternoon" on the same day. Dawn and dusk move with season and
# latitude, so their ranges are wide rather than precise.
PARTS = {
    "early": (0, 9),
    "early hours": (0, 5),  # "in the early/small/wee hours": after midnight, before dawn
    "dawn": (4, 8),  # also daybreak, first light
    "morning": (5, 12),
    "early morning": (5, 9),
    "mid-morning": (9, 11),
    "late morning": (10, 12),
    "midday": (11, 14),
    "afternoon": (12, 17),
    "early afternoon": (12, 15),
    "mid-afternoon": (14, 16),
    "late afternoon": (15, 17),
    "dusk": (16, 21),  # also nightfall: sunset runs from about 16h in winter to 21h in summer
    "evening": (17, 21),
    "early evening": (17, 19),
    "mid-evening": (18, 20),
    "late evening": (19, 21),
    "late": (18, 24),
    "tonight": (17, 29),
    "night": (18, 29),  # "Thursday night" for an 8:30 p.m. shooting: news night takes in the evening
    "late night": (22, 28),  # "late at night", "late-night talks"
    "overnight": (22, 30),
}
# The PARTS key for the words of a PART_EDGE match.
_LIGHT = {"dawn": "dawn", "daybreak": "dawn", "first light": "dawn", "dusk": "dusk", "nightfall": "dusk"}


@dataclass(frozen=True)
class Found:
    """One time expression found in a text: offsets relative to that text."""

    start: int
    end: int
    value: ClockTime | PartOfDay


# ---------------------------------------------------------------------------
# zones and UTC
# ---------------------------------------------------------------------------


def zone_name(word: str) -> str | None:
    """The IANA name for a zone word ("ET", "Eastern Standard Time"), LOCAL, or None if unknown."""
    key = fold(word)
    if key.startswith("local"):
        return LOCAL
    if key.startswith("central european"):
        return ZONES["central european"]
    *place, last = key.split()
    if last == "time" and not set(place) <= _ZONE_WORDS:
        # "Swedish time", "Colorado time": a place's clock is its zone when the place keeps one
        # (placezones). Any other ("Koslavian time", "Texas time") floats, like "local time", rather than
        # take the zone its first word may spell ("British Columbia" is no BST).
        return place_zone(" ".join(place)) or LOCAL
    return ZONES.get(key) or ZONES.get(key.split()[0])


@cache
def _fixed_offset(zone: str) -> int | None:
    """The zone's UTC offset in minutes when it has no daylight saving (else None)."""
    info = ZoneInfo(zone)
    offsets = {dt.datetime(2025, m, 15, 12, tzinfo=info).utcoffset() for m in (1, 7)}
    if len(offsets) != 1:
        return None
    (offset,) = offsets
    return None if offset is None else int(offset.total_seconds() // 60)


def utc_minutes(hour: int, minute: int, zone: str, day: dt.date | None) -> int | None:
    """Minutes after midnight UTC of a local clock in ``zone`` on ``day`` (None when DST leaves it open)."""
    if zone == "UTC":
        return hour * 60 + minute
    if day is None:
        offset = _fixed_offset(zone)
        return None if offset is None else (hour * 60 + minute - offset) % 1440
    local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))
    try:
        instant = local.astimezone(dt.UTC)
    except OverflowError:  # a day at the calendar's edge (9999-12-31): its UTC instant has no date
        return None
    return instant.hour * 60 + instant.minute


def clock(hour: int, minute: int, zone_word: str | None, day: dt.date | None) -> ClockTime:
    """A ClockTime from a local clock and the zone word written after it."""
    zone = zone_name(zone_word) if zone_word else None
    if zone is None or zone == LOCAL:
        return ClockTime(hour, minute)
    return ClockTime(hour, minute, zone, utc_minutes(hour, minute, zone, day))


# ---------------------------------------------------------------------------
# matches -> values
# ---------------------------------------------------------------------------


def _hour24(hour: int, ap: str | None) -> int:
    if not ap:
        return hour
    return hour % 12 + (12 if ap.casefold().startswith("p") else 0)


def _paren(text: str, end: int, day: dt.date | None, first: ClockTime) -> tuple[int, ClockTime] | None:
    """A parenthesised restatement right after a time: its end and value.

    A zoned one ("5:01 pm (22:01 GMT)"), or, after a UTC time, the local
    reading it converts to ("03:35 UTC (04:35 local time)"): the same
    conversion written the other way round, one instant.
    """
    m = P.TIME_PAREN.match(text, end)
    if m is None:
        return None
    hour = _hour24(int(m["hour"]), m["ap"])
    value = clock(hour, int(m["minute"] or 0), m["zone"], day)
    if value.utc is not None or (first.zone == "UTC" and zone_name(m["zone"]) == LOCAL):
        return m.end(), value
    return None


def _combine(first: ClockTime, second: ClockTime) -> ClockTime:
    """The local clock with the UTC instant.

    ``first``'s reading and ``second``'s zone when ``first`` has none;
    ``second``'s local reading and ``first``'s instant when the writer led
    with UTC ("03:35 UTC (04:35 local time)").
    """
    if first.utc is not None:
        if second.utc is None:  # "03:35 UTC (04:35 local time)"
            return ClockTime(second.hour, second.minute, first.zone, first.utc)
        return first
    return ClockTime(first.hour, first.minute, first.zone or "UTC", second.utc)


# The a.m./p.m. of a 12-hour clock, looked for in the lower-cased passage.
_AM_PM = regex(r"[ap]\.?\s?m")
# What a passage must hold for each pattern to match in it (extract/cues.py); the scans it cannot
# match are skipped. "part" words: PART_EDGE needs a part of day, the hours, or dawn/dusk/light.
NEEDS: dict[re.Pattern[str], Callable[[Cues], bool]] = {
    P.TIME_12H: lambda c: c.digit and (c.lower is None or _AM_PM.search(c.lower) is not None),
    # each clock has a digit either side of its colon or full stop (cues.digit_mark_digit)
    P.TIME_24H_COLON: lambda c: c.digit and digit_mark_digit(c.text, ":"),
    P.TIME_24H_DOT: lambda c: c.digit and digit_mark_digit(c.text, "."),
    # "at 0115": the hour's leading zero (the "at" before it lies outside the match)
    P.TIME_4DIGIT: lambda c: c.digit and c.has("GMT", "UTC", "local time", "0"),
    P.TIME_DOT_HALF_OF_DAY: lambda c: c.digit and digit_mark_digit(c.text, "."),
    P.TIME_WORD: lambda c: c.has("oon", "idnight", "idday"),
    P.TIME_WORD_OFFSET: lambda c: c.has("oon", "idnight") and c.has("past", "after", "to", "before"),
    # whole words, each between spaces or a boundary ("o'clock" holds the word "clock"): has_word, so that
    # "pasta", "thereafter" or "tonight" let no scan run
    P.TIME_WORD_HOUR: lambda c: c.has_word("morning", "afternoon", "evening", "night") and c.has_word(
        "past", "after", "to", "clock"),
    P.TIME_WORD_HOUR_BARE: lambda c: c.has_word("past", "after", "to"),  # its "at " is a lookbehind
    P.PART_OF_DAY: lambda c: c.has(*WEEKDAY_NAMES, "oday", "esterday", "omorrow", "This", "this", "Last",
                                   "last", "night", "idday"),
    P.PART_EDGE: lambda c: c.has("morning", "afternoon", "evening", "night", "hours", "dawn", "daybreak",
                                 "light", "dusk"),
}


_NEEDS_BY_ID = by_pattern_id(NEEDS)


def _scan(pattern: re.Pattern[str], text: str, found: Cues | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, skipped when the passage lacks what the pattern needs.

    ``found`` is ``cues(text)`` when the caller has it already: a caller scanning for several
    patterns asks once instead of once a pattern (a shared-memo lookup each).
    """
    needed = _NEEDS_BY_ID[id(pattern)](cues(text) if found is None else found)
    return pattern.finditer(text) if needed else iter(())


def _event_clock(text: str, m: re.Match[str]) -> bool:
    """A clock naming an event's time, "the 10:30 start" or "the 07:12 train": set like "at 10:30".

    Only taken where the article keeps the 24-hour clock; elsewhere "the 10:30 start" may be either half.
    """
    return bool(P.TIME_THE_BEFORE.search(text, max(0, m.start() - 6), m.start())
                and P.TIME_EVENT_NOUN_AFTER.match(text, m.end()))


def _clock_matches(text: str, h24: bool = False, plain: bool = False,
                   dayed: frozenset[int] = frozenset()) -> Iterator[tuple[re.Match[str], int, int, bool]]:
    """Every clock-time match with its 24-hour hour and minute, and whether its half of day is unknown.

    ``h24``: the article keeps the 24-hour clock (`keeps_24h`), so "at 10:00" is ten in the morning.
    ``plain``: the article writes no a.m./p.m., so a clock it sets "at" a day it names is read too
    (`_set_on_its_day`). ``dayed``: offsets of such clocks whose day the sentence before names
    (`dayed_clocks`, read over the whole article). A clock a 12-hour writer sets "at" on its day
    without its a.m./p.m. ("on Monday at 11:50") is read with its half of day unknown (`ClockTime.halves`).
    """
    found = cues(text)
    for pattern in (P.TIME_12H, P.TIME_24H_COLON, P.TIME_24H_DOT, P.TIME_4DIGIT):
        for m in _scan(pattern, text, found):
            ap = m.groupdict().get("ap")
            hour, minute = _hour24(int(m["hour"]), ap), int(m["minute"] or 0)
            if pattern is P.TIME_24H_COLON and not m["zone"] and P.RESULT_TIME_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()):
                continue  # "a course record of 16:59": minutes and seconds (extract/elapsed.py)
            if pattern is P.TIME_24H_COLON and not m["zone"] and not _unambiguous_24h(m["hour"]) and not (
                    _noon(m["hour"], minute)) and not (
                    h24 and (P.TIME_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start())
                             or _entry_stamp(text, m.start(), m.end()) or _event_clock(text, m))) and not (
                    plain and (m.start() in dayed or _set_on_its_day(text, m.start()))) and not (
                    _ranged_24h(text, m)):
                part = P.TIME_HALF_OF_DAY_AFTER.match(text, m.end())
                if part is None and 1 <= hour <= 12 and (
                        (not h24 and not plain and _set_on_its_day(text, m.start()))
                        or P.TIME_EVENT_NOUN_AT.search(text, max(0, m.start() - 24), m.start())):
                    # "on Monday at 11:50", "a press briefing at 11:30": a time of day, a.m. or p.m., the
                    # writer left it out
                    yield m, hour, minute, True
                    continue
                if part is None or not 1 <= hour <= 12:
                    continue
                # "since 4:12 this morning", "at 3:15 this afternoon": the part of day is the a.m./p.m.
                hour = _hour24(hour, "a" if part["part"].casefold() == "morning" else "p")
            yield m, hour, minute, False
    for m in _scan(P.TIME_DOT_HALF_OF_DAY, text, found):
        if P.TIME_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "at 2.30 this afternoon": the half of the day is the a.m./p.m. (TIME_HALF_OF_DAY_AFTER)
            part = P.TIME_HALF_OF_DAY_AFTER.match(text, m.end())
            if part is not None:
                yield m, _hour24(int(m["hour"]), "a" if part["part"].casefold() == "morning" else "p"), int(
                    m["minute"]), False
    for m in _scan(P.TIME_WORD, text, found):
        yield m, (0 if m["word"].casefold() == "midnight" else 12), 0, False
    for m in _scan(P.TIME_WORD_OFFSET, text, found):
        offset = _word_offset(m)
        if offset is not None:
            base = 12 * 60 if m["word"].casefold() == "noon" else 0
            hour, minute = divmod((base + offset) % (24 * 60), 60)
            yield m, hour, minute, False
    for m in _scan(P.TIME_WORD_HOUR, text, found):
        minutes = _word_hour_minutes(m)
        if minutes is not None:
            hour, minute = divmod(minutes, 60)
            yield m, hour, minute, False
    for m in _scan(P.TIME_WORD_HOUR_BARE, text, found):
        if P.TIME_WORD_ODDS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the odds stood at ten to one": a price, no clock
        minutes = _bare_word_minutes(m)
        if minutes is not None:
            hour, minute = divmod(minutes, 60)
            yield m, hour, minute, True  # "at a quarter to five": a.m. or p.m., the writer left it out


def _word_hour_minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a clock told in words (P.TIME_WORD_HOUR); None for no clock.

    "half past eleven in the morning" is 11:30, "a quarter to nine in the evening" 20:45, "twelve
    o'clock at night" midnight. The half of day after the clock is its a.m./p.m.
    """
    hour = int(WORD_VALUES[(m["hour"] or m["oclock"]).casefold()])
    if m["oclock"]:
        offset = 0
    else:
        ahead = m["dir"].casefold() in ("past", "after")
        if m["quarter"]:
            minutes = 15
        elif m["half"]:
            if not ahead:
                return None  # "half to" is not English
            minutes = 30
        else:
            minutes = _minute_count(m["count"] or m["step"])
        if not 0 < minutes < 60:
            return None
        offset = minutes if ahead else -minutes
    # "at night" is p.m. up to eleven and a.m. from twelve to four ("one o'clock at night").
    morning = (m["part"] or "").casefold() == "morning" or (m["night"] is not None and hour % 12 <= 4)
    hour24 = hour % 12 + (0 if morning else 12)
    return (hour24 * 60 + offset) % (24 * 60)


def _bare_word_minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a worded clock with no half of day (P.TIME_WORD_HOUR_BARE), read as a.m.

    "at a quarter to five" is 4:45 and, its half of day unknown, 16:45 as well (`ClockTime.halves`):
    another outlet's "4.45pm" or "16:45" is the same moment. None for no clock ("half to" is not English).
    """
    hour = int(WORD_VALUES[m["hour"].casefold()])
    offset = _word_offset(m, "step")
    if offset is None:
        return None
    return ((hour % 12) * 60 + offset) % (12 * 60)


def _word_offset(m: re.Match[str], count: str = "count") -> int | None:
    """The signed minutes of "one minute past", "a quarter to", "half past" (TIME_WORD_OFFSET); None if none.

    Under an hour only: "ninety minutes after midnight" is a duration, and "half to" is not English.
    ``count`` names the group holding a count of minutes ("step" in TIME_WORD_HOUR_BARE's "ten to six").
    """
    ahead = m["dir"].casefold() in ("past", "after")
    if m["quarter"]:
        minutes = 15
    elif m["half"]:
        if not ahead:
            return None
        minutes = 30
    elif m[count].casefold() in ("a", "an") and not m[0].casefold().split()[1].endswith("minute"):
        return None  # "a minutes past" is no English
    else:
        minutes = _minute_count(m[count])
    if not 0 < minutes < 60:
        return None
    return minutes if ahead else -minutes


def _minute_count(word: str) -> int:
    """ "5", "five", "twenty-five", "forty five", "a" -> the number (0 when it is no count of minutes).

    "a minute past midnight" is the regional press's "one minute past midnight": the article is one.
    """
    if word.isdigit():
        return int(word)
    if word.casefold() in ("a", "an"):
        return 1
    parts = re.split(r"[- ]", word.casefold())
    return sum(WORD_VALUES.get(part, 0) for part in parts)  # the figures' table (amounts.py)


# The cue of a clock read only because it opens a live blog entry (`_entry_stamp`). The alignment keys
# leave it out (align/features.value_family_key): the pair model was trained before these clocks were
# read, and an entry's stamp says when the outlet wrote as often as when the event happened.
ENTRY_CLOCK = "clock:entry"
# The cue of a dotted clock read by the half of the day after it ("at 2.30 this afternoon",
# P.TIME_DOT_HALF_OF_DAY). The pair model was trained before these were read, and a new clock in a lead
# that states several facts moved the aligner's claims (measured on a four-source story: recall 0.84 ->
# 0.77), so the aligner does not see it (pipeline._aligner_view); the judge compares it.
DOTTED_CLOCK = "clock:dotted"
# Clocks the aligner's view leaves out.
UNALIGNED_CLOCKS = frozenset({ENTRY_CLOCK, DOTTED_CLOCK})


def _entry_stamp(text: str, start: int, end: int) -> bool:
    """A clock that opens its line and is followed by the entry's words: a live blog's or a timeline's stamp.

    In an article that keeps the 24-hour clock, the "11:42" opening an entry
    is as surely 11:42 as its "09:30" and "12:05" are: stamps run through the
    day, and a blog that writes "14:10" writes ten to twelve "11:50".
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t*#>-"):
        return False
    return P.ENTRY_TEXT_AFTER.match(text, end) is not None


def _read_as_entry(text: str, start: int, end: int) -> bool:
    """True for a clock kept only as an entry's stamp (`_entry_stamp`): "11:42", which could be 12-hour."""
    m = P.TIME_24H_COLON.fullmatch(text, start, end)
    if m is None or m["zone"] or _unambiguous_24h(m["hour"]):
        return False
    return _entry_stamp(text, start, end)


# The "at" between a day and its clock ("17 February 2027 at 10:00", "on Friday, at 09:30").
_AT_AFTER_DAY = regex(r",?\s+at\s+$")


def _set_on_its_day(text: str, start: int) -> bool:
    """True for a clock set "at" right after a day the passage names: "the sitting is on 9 March at 10:00".

    In an article that writes no a.m./p.m. anywhere, a scheduled time given
    with its day is the 24-hour clock's: a writer of the 12-hour clock who
    dates an appointment to the day gives its "a.m." too ("at 10 a.m."),
    while a trade paper writes "at 10:00". A lone "at 10:00" (no day) stays
    unread, as a 12-hour writer may drop the a.m./p.m. of a time of day.
    """
    at = _AT_AFTER_DAY.search(text, max(0, start - 8), start)
    if at is None:
        return False
    return (any(f.end == at.start() and f.value.precision == "day" for f in dates.find(text, None))
            or _day_after(text, start))


# The "at" before a clock whose day follows it: "at 11:40 on 3 March", "at 09:15 on Friday".
_AT_BEFORE = regex(r"\bat\s+$")
# What joins such a clock to its day: " on ", ", on ".
_ON_AFTER_CLOCK = regex(r",?\s+on\s+")


def _day_after(text: str, start: int) -> bool:
    """True for a clock set "at" with its day right after it: "the last unit stopped at 11:40 on 3 March".

    The same appointment as "on 3 March at 11:40" (`_set_on_its_day`), in
    the other order; a trade paper dating an event to the minute writes it
    so as often. Only "at" before and "on" and a whole day after: a lone
    "at 11:40" stays unread.
    """
    if _AT_BEFORE.search(text, max(0, start - 4), start) is None:
        return False
    clock = P.TIME_24H_COLON.match(text, start)
    on = None if clock is None else _ON_AFTER_CLOCK.match(text, clock.end())
    if on is None:
        return False
    return any(f.start == on.end() and f.value.precision == "day" for f in dates.find(text, None))


def dayed_clocks(text: str) -> frozenset[int]:
    """Offsets of the "at 10:00" clocks whose day the sentence before, in their paragraph, names.

    "A cast goes on display on December 12, with the skull in a case of its
    own. Doors open at 10:00." gives the opening its day one sentence
    earlier: the same appointment, from a writer who never writes a.m./p.m.
    (`_set_on_its_day`). Read over the whole article, since a passage is
    often one sentence and would not see the day.
    """
    clocks = [m.start() for m in P.TIME_24H_COLON.finditer(text)
              if _AT_AFTER_DAY.search(text, max(0, m.start() - 8), m.start())]
    if not clocks:
        return frozenset()
    days = [f for f in dates.find(text, None) if f.value.precision == "day"]
    found = set()
    for start in clocks:
        para = text.rfind("\n", 0, start) + 1
        if any(para <= f.start and f.end <= start and len(P.SENTENCE_END.findall(text, f.end, start)) == 1
               for f in days):
            found.add(start)
    return frozenset(found)


def _read_by_half_of_day(text: str, start: int, end: int) -> bool:
    """True for a dotted clock read by the half of the day written after it (`DOTTED_CLOCK`)."""
    m = P.TIME_DOT_HALF_OF_DAY.match(text, start)
    return m is not None and m.end() == end


def _noon(hour_text: str, minute: int) -> bool:
    """ "12:00" is noon on either clock: a 12-hour writer calls the other twelve o'clock "midnight".

    So a wire's "fired at 12:00" is read, as its "04:17" is, though "10:00" (ten in the morning or at
    night) is not; "12:30" stays unread, a 12-hour writer's half past midnight as often as lunchtime.
    """
    return hour_text == "12" and minute == 0


def _ranged_24h(text: str, m: re.Match[str]) -> bool:
    """Whether a clock is one end of a range whose other end is plainly 24-hour: the "10:00" of "10:00-18:00".

    Opening hours are written "10:00-18:00" or "10:00 to 18:00"; the range's
    "18:00" cannot be a 12-hour time, so neither can its "10:00", which was
    dropped as ambiguous while another outlet's "10am" stood alone.
    """
    other_ends = (P.TIME_RANGE_END_AFTER.match(text, m.end()),
                  P.TIME_RANGE_START_BEFORE.search(text, max(0, m.start() - 16), m.start()))
    return any(end is not None and _unambiguous_24h(end["hour"]) and int(end["hour"]) <= 23
               for end in other_ends)


def _unambiguous_24h(hour_text: str) -> bool:
    """An hour no 12-hour writer gives ("13" to "23", or a leading zero, "09"): the clock is a 24-hour one."""
    return int(hour_text) >= 13 or hour_text.startswith("0")


def keeps_24h(text: str) -> bool:
    """True when an article writes its clock times the 24-hour way: one that cannot be 12-hour, no a.m./p.m.

    Such an article writes ten in the morning "10:00" and ten at night "22:00",
    so its "10:00" is no 12-hour time missing its a.m./p.m. (the reason a lone
    "10:00" is dropped, see the module docstring).
    """
    if ":" not in text or P.TIME_12H.search(text):  # no colon, no 24-hour time: skip the 12-hour scan
        return False
    return any(not m["zone"] and _unambiguous_24h(m["hour"]) for m in P.TIME_24H_COLON.finditer(text))


def dates_a_plain_clock(text: str) -> bool:
    """True when an article sets a colon clock on the day it names: "felled at 11:00 on 3 March".

    Asked only of an article that writes no a.m./p.m. anywhere. Such a clock
    is read as the 24-hour clock's (`_set_on_its_day`: a 12-hour writer dating
    an event to the day gives its "a.m."), and so the writer keeps the 24-hour
    clock throughout, as `keeps_24h` finds from a "17:30": its undated "the
    road reopened at 12:40" is twenty to one in the afternoon, not a time
    missing its half of the day.
    """
    return any(not m["zone"] and _set_on_its_day(text, m.start()) for m in P.TIME_24H_COLON.finditer(text))


def writes_no_meridiem(text: str) -> bool:
    """True when an article holds a colon clock and no a.m./p.m. anywhere (see `_set_on_its_day`)."""
    return ":" in text and P.TIME_12H.search(text) is None


def _clocks(text: str, published: dt.date | None, h24: bool = False, plain: bool = False,
            dayed: frozenset[int] = frozenset()) -> Iterator[Found]:
    days: NearestDay | None = None  # the dates are read only for a passage with a clock
    for m, hour, minute, halves in _clock_matches(text, h24, plain, dayed):
        if days is None:
            days = NearestDay(dates.day_anchors(text, published))
        day = days.day(m.start(), published)
        value, end = clock(hour, minute, m["zone"], day), m.end()
        if halves:
            value = replace(value, halves=True)
        paren = _paren(text, end, day, value)
        if paren is not None:
            end, value = paren[0], _combine(value, paren[1])
        yield Found(m.start(), _trim(text, m.start(), end), value)


def _trim(text: str, start: int, end: int) -> int:
    """Drop trailing white space from a span (zone groups may swallow it)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _part_day(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    word = fold(m["day"] or m["alone"])
    if published is None:
        return None
    if word in ("this", "tonight"):
        return published
    if word in ("last", "overnight"):
        return dates.shift(published, -1)  # None on 0001-01-01
    return dates.resolve_day_word(word, published)


# A verb of stopping, ending or arriving (with "down"/"off" after it: "shut down", "closed off") right
# before "early": the word says ahead of time, not the small hours ("the engine shut down early on
# Tuesday", "the session ended early on Friday", "the ferry arrived early on Monday"). A particle alone is
# no such verb: "a fire broke out early on Tuesday", "power was cut off early Monday" are the small hours.
_AHEAD_OF_TIME_VERB = regex(
    r"\b(?:shut|quit|(?:close|end|finish|stop|halt|arrive|retire)[sd]?|stopped|finished|ended|halted"
    r"|(?:clos|end|finish|stopp|halt|arriv|retir|shutt)ing)(?:\s+(?:down|off))?\s+$",
    re.IGNORECASE,
)


def _edge_is_adverb(m: re.Match[str]) -> bool:
    """``m``'s "early" qualifies the verb before it (see ``_AHEAD_OF_TIME_VERB``), no part of the day."""
    return (m["edge"] is not None and fold(m["edge"]) == "early"
            and _AHEAD_OF_TIME_VERB.search(m.string, max(0, m.start() - 24), m.start()) is not None)


def _weekday_day(m: re.Match[str], anchors: tuple[dates.Found, ...]) -> dt.date | None:
    """The day the date reader gives the weekday of a part of day ("on Tuesday morning"), if it read one.

    Its weekday is placed by its clause's tense ("entered the cave on
    Tuesday morning", written on a Sunday, is the Tuesday before, not the
    coming one), as the same words read as a date are; alone, the -3..+3
    rule of `_part_day` would give the part of day another day than its date.
    """
    at = m.start("day")
    return next((f.value.start for f in anchors if f.start <= at < f.end), None)


def _parts(text: str, published: dt.date | None) -> Iterator[Found]:
    anchors: tuple[dates.Found, ...] | None = None  # the dates are read only for a part with a weekday
    for m in _scan(P.PART_OF_DAY, text):
        edge = "" if _edge_is_adverb(m) else fold(m["edge"] or "")
        part = fold(m["part"] or m["alone"] or edge)
        if not part or (m["day"] and fold(m["day"]) in ("this", "last", "today", "tomorrow", "yesterday")
                        and not m["part"]):
            continue
        if fold(m["day"] or "") == "last" and part != "night":
            continue  # "last morning" is not English; "last Friday" is a date, not a part of day
        start_hour, end_hour = PARTS[part]
        if part == "morning" and edge == "early":
            # "early Tuesday morning" takes in the small hours (a 2 a.m. arrest), as "early Tuesday" does
            start_hour = PARTS["early"][0]
        day = None if part == "midday" else _part_day(m, published)
        if day is not None and m["day"] and fold(m["day"]) in WEEKDAYS:
            if anchors is None:
                anchors = dates.day_anchors(text, published)
            day = _weekday_day(m, anchors) or day
        yield Found(m.start(), m.end(), PartOfDay(part, start_hour, end_hour, day))


def _edge_part(m: re.Match[str]) -> tuple[str, int]:
    """The PARTS key of a PART_EDGE match and where its raw words start (prepositions left out)."""
    if m["part"]:
        edge = fold(m["edge"])
        return (f"mid-{m['part']}" if edge == "mid" else f"{edge} {m['part']}"), m.start()
    if m["late"] or m["lateat"]:
        return "late night", m.start()
    if m["hours"]:
        return "early hours", m.start()
    return _LIGHT[" ".join(m["light"].split())], m.start("light")


def _edge_parts(text: str, published: dt.date | None) -> Iterator[Found]:
    """Parts of day without a day word ("in the early afternoon"): the day comes from the sentence.

    The day is the nearest single day the text names ("at dawn on Saturday", "yesterday ... in the
    early hours"), and None when it names none: the published date would be a guess.
    """
    days: NearestDay | None = None  # read only for a passage with a part of day
    for m in _scan(P.PART_EDGE, text):
        if days is None:
            days = NearestDay(dates.day_anchors(text, published))
        part, start = _edge_part(m)
        day = days.day(start, None)
        yield Found(start, m.end(), PartOfDay(part, *PARTS[part], day=day))


def find(text: str, published: dt.date | None, h24: bool = False,
         plain: bool = False, dayed: frozenset[int] = frozenset()) -> tuple[Found, ...]:
    """Every time expression in ``text``: longest match wins, no two overlap.

    ``h24``: the whole article keeps the 24-hour clock (`keeps_24h`; one passage rarely shows it).
    ``plain``: the whole article writes no a.m./p.m. (`writes_no_meridiem`).
    ``dayed``: offsets in ``text`` of plain clocks set on the day the sentence before names (`dayed_clocks`).
    """
    cands = sorted([*_clocks(text, published, h24, plain, dayed), *_parts(text, published),
                    *_edge_parts(text, published)], key=lambda f: (-(f.end - f.start), f.start))
    chosen = [cands[n] for n in disjoint([(f.start, f.end) for f in cands])]
    return tuple(sorted(chosen, key=lambda f: f.start))


# ---------------------------------------------------------------------------
# public entry points
# ---------------------------------------------------------------------------


def _parse_canonical(text: str) -> ClockTime | PartOfDay | None:
    m = P.TIME_CANONICAL.match(text)
    if m:
        hour, minute = int(m["hour"]), int(m["minute"])
        if m["z"]:
            return ClockTime(hour, minute, "UTC", hour * 60 + minute)
        if not m["zone"]:
            return ClockTime(hour, minute)
        utc = int(m["uh"]) * 60 + int(m["um"]) if m["uh"] else None
        return ClockTime(hour, minute, m["zone"], utc)
    m = P.PART_CANONICAL.match(text)
    if m and m["part"] in PARTS:
        day = dt.date.fromisoformat(m["day"]) if m["day"] else None
        return PartOfDay(m["part"], *PARTS[m["part"]], day=day)
    return None


def parse_time(text: str, published: dt.date | None = None) -> ClockTime | PartOfDay:
    """Parse one time expression ("5:01 PM ET", "Friday evening") or a canonical form ("22:01Z").

    Raises ValueError when ``text`` is not exactly one time expression.
    """
    stripped = text.strip()
    found = find(stripped, published)
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(stripped.rstrip(".")):
        return found[0].value
    # Canonical forms second: "tonight" as words resolves against ``published``.
    canonical = _parse_canonical(stripped)
    if canonical is None:
        raise ValueError(f"not a single time expression: {text!r}")
    return canonical


def declared_zone(text: str) -> tuple[str, bool] | None:
    """The zone word an article declares for all its clocks ("All times local (CET)"), if the table knows it.

    Live blogs and timelines stamp their entries and write their times bare
    once they have said which zone they keep; without it "4:40 am" in such a
    blog could never meet another outlet's "03:40 UTC". The flag says the note
    calls them the story's local time ("local (CET)", "Paris time (CET)"), as
    against a foreign desk's "All times GMT": another outlet's bare clock is
    then the same local time, not possibly its UTC reading.
    """
    if not may_contain_ci(text, "times"):  # most articles have no such note; the pattern, opening with \b,
        return None  # is tried at every character of the article (about 0.1 ms an article)
    m = P.TIMES_DECLARED.search(text)
    if m is None or zone_name(m["zone"]) in (None, LOCAL):
        return None
    return m["zone"], m["local"] is not None
# The local offset an article states once for its UTC times: "20:40 GMT (local time is GMT+2)",
# "local time, UTC+5:30", "GMT+2 local time". Group sign/h/m; either order of "local time" and the offset.
_STATED_OFFSET = regex(
    r"\blocal\s+time\W{0,3}(?:is\s+|being\s+)?(?:GMT|UTC)\s*(?P<sign>[+\-\u2212\u2013])\s*(?P<h>1[0-4]|0?\d)"
    r"(?::?(?P<m>[0-5]\d))?\b"
    r"|\b(?:GMT|UTC)\s*(?P<sign2>[+\-\u2212\u2013])\s*(?P<h2>1[0-4]|0?\d)(?::?(?P<m2>[0-5]\d))?\W{0,3}local\s+time\b",
    re.IGNORECASE,
)


def stated_offset(text: str) -> int | None:
    """Minutes the article's local clock runs ahead of UTC, when it states one offset (else None).

    A writer who gives times in GMT for readers abroad often says once what
    the local clock reads ("local time is GMT+2"); other outlets give the same
    moments on the local clock ("10:40 p.m.") with no zone. Two different
    stated offsets leave it open: the article spans places.
    """
    offsets = set()
    for m in _STATED_OFFSET.finditer(text):
        sign, hours, minutes = (m["sign"], m["h"], m["m"]) if m["sign"] else (m["sign2"], m["h2"], m["m2"])
        offset = int(hours) * 60 + int(minutes or 0)
        offsets.add(offset if sign == "+" else -offset)
    return offsets.pop() if len(offsets) == 1 else None


def _localized(value: ClockTime | PartOfDay, offset: int | None) -> ClockTime | PartOfDay:
    """A plain UTC clock read on the article's stated local clock too: "20:40 GMT" with GMT+2 reads 22:40.

    The instant stays the UTC one; only the local reading a floating time is
    compared with changes, as for "5:01 pm (22:01 GMT)" (`_combine`).
    """
    if (offset is None or not isinstance(value, ClockTime) or value.zone != "UTC" or value.utc is None
            or value.hour * 60 + value.minute != value.utc):
        return value
    hour, minute = divmod((value.utc + offset) % 1440, 60)
    return ClockTime(hour, minute, "UTC", value.utc)


# A clock hedge on both sides of the reading ("at around 7pm"), or on one ("just after 11pm", "shortly
# before 9pm": the side is named, the distance is the grid's, as the judge reads it in
# divergepair.hedged_clocks_meet).
_HEDGE_BEFORE = regex(r"\b(?:about|around|approximately|roughly|circa)\s+(?:at\s+)?$", re.IGNORECASE)
_SIDED_BEFORE = regex(r"\b(?:just|shortly|soon)\s+(?P<side>before|after)\s+$", re.IGNORECASE)
# How far a hedge on a clock reaches, by the grid the writer chose (`written_reach`).
HEDGED_CLOCK_MINUTES = 30
QUARTER_HEDGE_MINUTES = 15
FINE_HEDGE_MINUTES = 5


def written_reach(c: ClockTime) -> int:
    """Minutes either side that a hedge on this clock may stretch, by the grid its minute lies on.

    Why: "about 7pm" and "around half past six" are written to the half hour
    and may stand for any minute near it; "about 6:50" names a minute no one
    picks unless they knew it within a few.
    """
    if c.minute % 30 == 0:
        return HEDGED_CLOCK_MINUTES
    if c.minute % 15 == 0:
        return QUARTER_HEDGE_MINUTES
    return FINE_HEDGE_MINUTES


def hedge_reach(text: str, start: int, value: ClockTime) -> ClockTime:
    """The clock with the reach of a hedge written just before it ("at around 7pm"), else as it is.

    A sided hedge ("just after 11pm") reaches one way only: 11:15 p.m. is the
    same moment, 10:45 p.m. is not.

    Only a clock on the hour or half hour: "around 7pm" is a reading rounded
    to the grid, one fact with 6:52 p.m.; "about 2045 GMT" names its minute,
    and set into one fact with both 20:40 and 20:49 it made those two a
    divergence no one wrote. The judge still lets such a clock meet a near
    reading without diverging (divergepair.hedged_clocks_meet).
    """
    if value.minute % 30 != 0:
        return value
    before = text[max(0, start - 24):start]
    if _HEDGE_BEFORE.search(before):
        return replace(value, reach=written_reach(value))
    if sided := _SIDED_BEFORE.search(before):
        return replace(value, reach=written_reach(value), side=1 if sided["side"].lower() == "after" else -1)
    return value


def _box_clock(text: str, start: int, day: dt.date | None, published: dt.date | None) -> bool:
    """True for a stamp-like clock on a fact box's line ("Date and time: 14 March 2026, 23:20 GMT").

    The line's own day says whether it can be a byline (stamps.box_field_at).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    days = [f.value.start for f in dates.find(line, day)
            if f.value.start is not None and f.value.start == f.value.end]
    return bool(days) and box_field_at(text, start, days[0], published)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Time mentions of every passage: slot "clock" for clock times, "part" for parts of day.

    A byline's time of publication carries the cue ``stamp``, a live blog's entry stamp the cue
    ``entry``, a briefing's clock ("at its 5pm briefing") and a part of day timing a verb of saying
    ("staff said last night") the cue ``briefing`` (see stamps.py).
    """
    out: list[Mention] = []
    plain = writes_no_meridiem(article.text)
    dayed = dayed_clocks(article.text) if plain else frozenset()
    h24 = keeps_24h(article.text) or (plain and (bool(dayed) or dates_a_plain_clock(article.text)))
    declared = declared_zone(article.text)
    lower = cues(article.text).lower  # the article's cues, built for declared_zone's gate already
    offset = stated_offset(article.text) if "local" in (lower or article.text.casefold()) else None
    entries = entry_starts(article.text)
    for passage in passages:
        day = article.day_at(passage.start)  # a live blog entry's own day
        here = frozenset(o - passage.start for o in dayed if passage.start <= o < passage.end)
        for found in find(passage.text, day, h24, plain, here):
            if declared and isinstance(found.value, ClockTime) and found.value.zone is None:
                zoned = clock(found.value.hour, found.value.minute, declared[0], day)
                found = Found(found.start, found.end, replace(zoned, local=declared[1]))
            span = Span(passage.start + found.start, passage.start + found.end)
            slot = "clock" if isinstance(found.value, ClockTime) else "part"
            found = Found(found.start, found.end, _localized(found.value, offset))
            if isinstance(found.value, ClockTime):
                found = Found(found.start, found.end, hedge_reach(article.text, span.start, found.value))
            stamp = (slot == "clock" and clock_is_stamp(article.text, span.start, span.end)
                     and not _box_clock(article.text, span.start, day, article.published))
            entry = slot == "clock" and span.start in entries
            entry_clock = slot == "clock" and _read_as_entry(article.text, span.start, span.end)
            dotted = slot == "clock" and _read_by_half_of_day(article.text, span.start, span.end)
            briefing = (clock_dates_briefing(article.text, span.start, span.end) if slot == "clock"
                        else part_dates_saying(article.text, span.start, span.end))
            service = slot == "clock" and clock_names_service(article.text, span.start, span.end)
            out.append(Mention(kind=Kind.TIME, source=article.id, passage=passage.index, span=span,
                               raw=article.text[span.start:span.end], value=found.value, slot=slot,
                               cues=(STAMP,) * stamp + (ENTRY,) * entry + (ENTRY_CLOCK,) * entry_clock
                               + (BRIEFING,) * briefing + (SERVICE,) * service + (DOTTED_CLOCK,) * dotted))
    return tuple(out)
