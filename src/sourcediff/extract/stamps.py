"""Publication stamps: the dates and clock times of bylines, not of events.

News pages open with lines such as "Updated: May 3, 2013, 9:56 AM" or "Jul. 7
5:59 PM EDT". Those say when an outlet published, so two outlets' stamps
differ without contradicting each other; read as event times they were the
most common false alarm on real multi-outlet stories. A stamp is still a
mention (it may match another source's date), marked with the cue ``stamp``
so the judge never reports it as a divergence.

A date or clock is a stamp when a stamp word ("updated", "published",
"posted") leads it through nothing but date words, or when a date and a
clock time stand side by side with no preposition putting them in running
prose ("on May 2, 2013, at 1:32 PM" is an event; "checks into rehab May 2,
2013 12:50 PM" is a byline).
"""

from __future__ import annotations

import datetime as dt
import itertools

from sourcediff.extract import patterns as P
from sourcediff.extract.cues import has_digit, may_contain_ci

STAMP = "stamp"
# The cue of a live blog's entry stamp ("23:30 The county says ..."): when the outlet posted (see
# `entry_starts`); a mention still, never a fact of its own.
ENTRY = "entry"
# The cue of a clock that dates a briefing ("said at its 5pm briefing"): when a source spoke, which two
# outlets may time differently, never a time of the events the story tells (`clock_dates_briefing`).
BRIEFING = "briefing"
# The cue of a clock that names a scheduled service by its departure ("the 07:52 from Pellbury", "the
# 17:05 Tarrow to Orley service"): the train's timetable, never a time of the events (`clock_names_service`).
SERVICE = "service-clock"
# The marker cues above share the words of counted nouns: "402,815 entries" has the cue "entry" too.
TIME_MARKS = frozenset({STAMP, ENTRY, BRIEFING, SERVICE})


def time_marks(kind: str, slot: str, cues: tuple[str, ...]) -> frozenset[str]:
    """The marker cues (STAMP, ENTRY, BRIEFING) a mention carries; none on a count.

    A count's cues are the nouns it counts: "(mean 6.6 entries per
    candidate)" counts entries, and reading its noun as a live blog's entry
    marker dropped it as no fact and kept it from ever diverging. The
    markers are set on clocks and dates (times.extract), never on counts.
    """
    if kind == "number" and slot.endswith(":count"):
        return frozenset()
    return TIME_MARKS.intersection(cues)


# A live blog opens at least this many lines with a clock time; fewer is a passage or two that start so.
ENTRY_LINES_MIN = 3
# How far before a mention a stamp word or date may stand, in characters.
_LOOK_BACK = 90
# How far after a mention a date or clock may stand, in characters.
_LOOK_AHEAD = 40
# The stamp words STAMP_BEFORE opens with (lower case).
_STAMP_WORDS = ("updated", "published", "posted", "modified", "created")


def _prose_before(text: str, pos: int) -> bool:
    """True when a preposition or verb of saying stands right before ``pos``."""
    return P.STAMP_PROSE_BEFORE.search(text[max(0, pos - 24):pos]) is not None


def _stamp_word_before(text: str, start: int) -> bool:
    before = text[max(0, start - _LOOK_BACK):start]
    # The pattern is slow to search (it ends at $ after a long run of date words): look for its word first.
    return may_contain_ci(before, *_STAMP_WORDS) and P.STAMP_BEFORE.search(before) is not None


def _published_in_prose(text: str, start: int) -> bool:
    """The stamp word before ``start`` is a participle of a sentence: "a release published at 10:00".

    A statistics office's release, a regulator's notice, a court's ruling
    "published at 8:30 a.m." is an event the story times, and two outlets
    giving it different hours contradict each other; a byline's stamp
    ("Published 05:50", "· updated 6.30pm", "2026, updated 16:30") never
    follows a word of running prose.
    """
    before = text[max(0, start - _LOOK_BACK):start]
    m = P.STAMP_BEFORE.search(before)
    if m is None:
        return False
    word = start - len(before) + m.start()
    if not text[word].islower():
        return False
    return P.STAMP_PARTICIPLE_BEFORE.search(text, max(0, word - 40), word) is not None


def clock_is_stamp(text: str, start: int, end: int) -> bool:
    """True when the clock time at ``text[start:end]`` is a byline's time of publication."""
    if _stamp_word_before(text, start) and not _published_in_prose(text, start):
        return True
    if _entry_with_own_clock(text, start, end):
        return True
    before = text[max(0, start - _LOOK_BACK):start]
    # Every date a byline writes has a digit; without one the costly search cannot match.
    m = P.STAMP_DATE_BEFORE.search(before) if has_digit(before) else None
    if m is not None:
        return not _prose_before(text, start - len(before) + m.start())
    if P.STAMP_DATE_AFTER.match(text[end:end + _LOOK_AHEAD]):
        return not _prose_before(text, start)
    return False


def _entry_with_own_clock(text: str, start: int, end: int) -> bool:
    """A live blog entry's opening stamp when the entry states a clock time of its own.

    "16:45 The council briefing starts at 17:15" is written at 16:45 about 17:15:
    the stamp is when the entry was posted, and the time the entry reports
    is the other one. An entry with no clock of its own ("20:05 GOAL! The
    home side lead") is the stamp's moment told as it happens, so its stamp
    stays the event's time (outlets' "8:05 p.m." meets it); so do a
    timeline's lines.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t*#>-"):
        return False  # not at the start of its line: a clock in running prose
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    return bool(rest[:1].isspace()) and P.ENTRY_OWN_CLOCK.search(rest) is not None


def date_is_stamp(text: str, start: int, end: int) -> bool:
    """True when the date at ``text[start:end]`` is a byline's date of publication.

    Only a day with its year qualifies: a bare "May 2" or "2010" in a byline
    is rare and in prose common; but a wire's dateline (`dateline_date`) is
    the day it filed, with or without its year.
    """
    if dateline_date(text, start, end):
        return True
    if not P.STAMP_FULL_DATE.search(text, start, end):
        return False
    if _stamp_word_before(text, start):
        return True
    if _prose_before(text, start):
        return False
    near_clock = (P.STAMP_CLOCK_AFTER.match(text[end:end + _LOOK_AHEAD]) is not None
                  or P.STAMP_CLOCK_BEFORE.search(text[max(0, start - _LOOK_AHEAD):start]) is not None)
    return near_clock or _standalone(text, start)


# How far a byline's date may stand from the article's own date: a stamp says when the outlet published or
# last updated, within days; a fact box's date of an event months before is no such day.
BYLINE_REACH = dt.timedelta(days=7)


def box_field_at(text: str, start: int, day: dt.date | None, published: dt.date | None) -> bool:
    """True when a stamp-like date or clock at ``start`` is a fact box's field, not a byline.

    "Date and time: 14 March 2026, 23:20 GMT" in a list after the lead is a
    date and clock side by side with no prose before them, as a byline's
    are, so both were left out as stamps and the event's day and time were
    lost. A field label ("Date and time:", "When:") opens the line, no stamp
    word ("Updated:") leads it, and the date on the line (``day``) lies
    farther from the article's own date than any byline's could.
    """
    if day is None or published is None or abs(day - published) <= BYLINE_REACH:
        return False
    if _stamp_word_before(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    label = P.BOX_FIELD_LABEL.match(text, line_start, start)
    return label is not None and start - label.end() <= _LOOK_AHEAD


def _standalone(text: str, start: int) -> bool:
    """A dated line with no prose word before it: a dateline ("WASHINGTON, April 28, 2009") or a header.

    A header's fields are split by a bar, a dash, or a middle dot or bullet ("Olszowa Courier · Monday
    16 November 2026", "Business • 3 May 2026"): the dot is no prose word, so the date is still the
    header's, and read as an event day it placed other sources' bare weekdays on it.
    """
    before = text[max(0, start - 40):start].rstrip(" ,|-–—·•")
    if not before or before.endswith("\n"):
        return True
    last = before.split()[-1] if before.split() else ""
    if last in _OPENING_PREPOSITIONS:
        return False
    return last[:1].isupper() or last[:1].isdigit()


# A preposition opening a sentence with the date it governs ("From 1 March 2028, no shop may ...",
# "On 4 May 2026, the board ..."): capitalised only because the sentence starts there, it is running
# prose as much as its lower-case form (`_prose_before`). A header's date follows a name, a section or
# a weekday.
_OPENING_PREPOSITIONS = frozenset({"From", "On", "Since", "Until", "Till", "Before", "After", "Between",
                                   "By"})


def entry_starts(text: str) -> frozenset[int]:
    """Where the entry stamps of a live blog start: the clock times that open its lines, newest first.

    "23:30 The emergency manager gives an estimate", "22:15 Arkota Power
    says ...": a live blog posts its entries under the time it wrote them,
    newest on top. Read as event clocks, each stamp became a clock time the
    story's other outlets never state, one unique fact per entry (nine on
    one blog), though it says when the outlet wrote, not when anything
    happened. A timeline's lines, which run oldest first ("16:48 The tornado
    touches down"), are the times of its events and are not stamps; nor are
    fewer than ENTRY_LINES_MIN such lines. The stamps stay mentions
    (times.extract marks them with the cue ENTRY): an entry that tells its
    event as it happens ("20:05 GOAL!") still meets another outlet's
    "8:05 p.m.".
    """
    if not has_digit(text):
        return frozenset()
    found: list[tuple[int, int]] = []
    for m in P.ENTRY_LINE.finditer(text):
        minutes = _minutes(m["h"], m["m"], m["ap"])
        if minutes is not None:
            found.append((m.start("h"), minutes))
    if len(found) < ENTRY_LINES_MIN:
        return frozenset()
    rises = sum(b > a for (_, a), (_, b) in itertools.pairwise(found))
    if rises > 1:  # one rise is a blog running past midnight; more is a timeline, oldest first
        return frozenset()
    return frozenset(start for start, _ in found)


def _minutes(hour: str, minute: str, ampm: str | None) -> int | None:
    """Minutes after midnight of a stamp's clock, None for no clock time ("25:10", "9.75")."""
    h, m = int(hour), int(minute)
    if m > 59 or h > 23 or (ampm and not 1 <= h <= 12):
        return None
    if ampm:
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    return h * 60 + m


def dateline_date(text: str, start: int, end: int) -> bool:
    """True when the date at ``text[start:end]`` stands in a wire's dateline: "KASTEL, Nov 12 (CPA) -".

    The dateline says where and when the agency filed, as a byline does: a
    lead that also names the day an event takes effect ("from April 1")
    states one date of the story, not two, and the filing day is no rival to
    another outlet's date. Only the place in capitals opening the line, the
    date, and the agency in parentheses before a dash make one.
    """
    line_start = text.rfind("\n", 0, start) + 1
    return (P.DATELINE_PLACE_BEFORE.match(text[line_start:start]) is not None
            and P.DATELINE_AGENCY_AFTER.match(text, end) is not None)


def part_dates_saying(text: str, start: int, end: int) -> bool:
    """True for a part of day that times a verb of saying: "hospital staff said last night he was stable".

    Like a briefing's clock it says when a source spoke, not when anything in
    the story happened: a wire's "in a stable condition on Friday afternoon"
    and a paper's "staff said last night he was in a stable condition" tell
    one condition, reported at two moments, not two rival times of one event.
    A possessive ("said last night's crash") times the noun after it instead.
    """
    return (P.PART_SAID_BEFORE.search(text[max(0, start - 48):start]) is not None
            and P.PART_POSSESSIVE_AFTER.match(text, end) is None)


def clock_dates_briefing(text: str, start: int, end: int) -> bool:
    """True for a clock written as the modifier of a briefing: "at its 5pm briefing", "a 10 a.m. update".

    Like a byline's stamp it says when an outlet was told, not when anything
    in the story happened: a newsletter's "the fire service said at its 5pm
    briefing" and a wire's "died in hospital at about 8 p.m." sit in aligned
    passages, and were judged one clock that the two outlets disagree on.
    Only the attributive form, with a determiner before the clock: "the
    briefing began at 5pm" times the briefing as an event of the story.
    """
    return (P.BRIEFING_CLOCK_AFTER.match(text, end) is not None
            and P.BRIEFING_CLOCK_BEFORE.search(text[max(0, start - 8):start]) is not None)


def clock_names_service(text: str, start: int, end: int) -> bool:
    """True for a clock that names a scheduled service: "the 07:52 from Pellbury", "the 17:05 train".

    Rail and ferry copy names a service by its timetabled departure ("the
    07:52 Pellbury to Ashcombe service struck the tractor at 08:17"). The
    clock is the timetable's, not a moment of what happened: read as an event
    time it was a second, rival time of the collision, set against the other
    outlets' "8:14 a.m." as if the trade site gave 07:52 for the crash. Only
    the attributive form, with a determiner before the clock and a service
    noun or "from"/"to" and a place name after it: "the train left at 07:52"
    times a departure as an event of the story.
    """
    return (P.SERVICE_CLOCK_AFTER.match(text, end) is not None
            and P.BRIEFING_CLOCK_BEFORE.search(text[max(0, start - 8):start]) is not None)
