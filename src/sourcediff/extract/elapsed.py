"""Elapsed times: a race or a record written "2:04:31" or "2hr 04min 31sec" is one duration.

Sports results, records and recordings give an elapsed time as hours,
minutes and seconds. Read as loose figures it is nothing ("2:04:31" is no
clock, since clock patterns refuse a third field) or two unrelated measures
("2hr" and "31sec", the minutes lost), so two outlets' race times were never
compared: 2:04:31 against 2:04:32 went unseen. Here it is one quantity in
seconds (values.Elapsed, judged to the second), slot "number:second", with
the cue ``elapsed``: two elapsed times
are measures of one kind of thing (compat.same_thing), while a margin ("41
seconds") or a gap ("an hour later") is not one of them.

Minutes and seconds with hundredths ("2:29.17", "1:58.3") are a timed
result too: no clock has a fraction of a second after two fields. Seconds
with a fraction take it along in words as well ("2 minutes 29.17 seconds").

Otherwise only the full three-field form is read with colons: "2:04" is a clock or a
score, and "62:01" may be minutes or a ratio. With units, hours and minutes
alone ("3hr 12min", "three hours and 12 minutes", "3 hours 21 minutes") are
one elapsed time too: read apart, the hours of two matches agreed (3 = 3)
and the minutes were set against each other on their own, so a final of
3h12 against 3h21 went unseen. Left to the loose figures: a hedged one
("about two hours and 30 minutes", which is no measurement to the second)
and a gap ("two hours and 10 minutes after the blast", intervals.py).

Minutes and seconds ("eight minutes and 41 seconds", "T+8 min 14 s", "8
minutes 41 seconds into the flight") are one elapsed time as well: read
apart, three outlets' "8 minutes" agreed and the seconds (41 against 14)
were never set against each other, or the seconds became a gap of their
own ("41 seconds after liftoff"). A time given to the second is timed, so
here a gap too is one ("... and 41 seconds after liftoff"): the interval
reader leaves its tail alone. For alignment such a time keys at its whole
minutes (align/features.value_family_key), as the loose "8 minutes" did:
the pair model never saw these keys otherwise, and an outlet that rounds
("eight minutes in") still shares it.

Days lead a long record ("41 days, 7 hours and 23 minutes", the log's
"41d 07h 23m", "1 day, 9 hours and 17 minutes"): read apart, the days were
one figure and the hours and minutes another (or "23m" became 23 metres),
so two outlets' round-the-world times or their margins never met. With its
minutes it is one elapsed time; with hours only ("42 days and 16 hours") it
is a plain duration in hours, stated to the hour (slot "number:hour"), so
it agrees with a source timing the same lap to the minute (compat
_timed_against_plain) where an elapsed time would be judged to the second.

Cycling, skiing and rally results write minutes and seconds with primes
("5h03′48″", "at 1′05″", the keyboard's "2'31\""): unread, a specialist
outlet's race time and gaps never met another outlet's 5:03:48 or "1 minute 5
seconds". Feet and inches look the same ("6′2″", "5'10\""), so a prime time
without hours is read only when its seconds cannot be inches: two digits,
zero-led ("1′05″") or past 11 ("2′31″").

A time of day with seconds is left alone: one led by a time preposition
("at 14:05:22"), followed by a.m./p.m. or a zone ("03:17:45 GMT", "local
time"), or stamped onto a date ("T14:05:22").
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues, digit_mark_digit, figure_unit_pattern
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Elapsed, Quantity

SLOT = "number:second"
HOURS_SLOT = "number:hour"
CUE = "elapsed"

# "2:04:31", "1:02:03.4": hours, minutes and seconds with colons.
_COLONS = regex(r"(?<![\w:.,/])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<frac>\d{1,3}))?(?![\d:])")
# "2:29.17", "1:58.3": minutes and seconds with hundredths, as racing and athletics give a time; the
# fraction of a second makes it no clock (a clock has no fraction) and no score.
_MINUTES_FRACTION = regex(r"(?<![\w:.,/])(?P<m>\d{1,2}):(?P<s>[0-5]\d)\.(?P<frac>\d{1,3})(?![\d:]|\.\d)")
# "2:04" alone is a clock or a score; after words that name a timed result ("a course record of 16:59",
# "a winning time of 17:42", "clocked 4:07", "stopped the clock at 17:42") it is minutes and seconds, which
# another outlet writes "17 minutes 42 seconds" or "17min 42sec". Read as a time of day it never met them.
_MINUTES_SECONDS_COLON = regex(r"(?<![\w:.,/])(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?![\d:]|\.\d)")
# The words are P.RESULT_TIME_BEFORE (extract/times.py reads no clock there).
# "3hr 12min", "3 hours 21 minutes", "three hours and 12 minutes": hours and minutes, no seconds.
_HOURS = "|".join(("one two three four five six seven eight nine ten eleven twelve").split())
# "2hr 04min 31sec", "2h 4m 31s", "2 hours, 4 minutes and 31 seconds", "one hour, 32 minutes and 45 seconds"
# (hours in words too: read from its minutes on, a race time of 1:32:45 became 0:32:45).
_UNITS = regex(
    rf"(?<![\w.,])(?P<h>\d{{1,2}}|(?i:{_HOURS}))\s?(?:hours?|hrs?|h)\b,?\s+(?P<m>\d{{1,2}})\s?(?:minutes?|mins?|m)\b,?\s+"
    r"(?:and\s+)?(?P<s>\d{1,2})\s?(?:seconds?|secs?|s)\b")
# "1h32m45.678s", "1m35.211s": the timing sheet's compact race or lap time, units written onto the figures
# with no space. Unread, a specialist outlet's lap time never met another's 1:35.211, and its "1m3" became
# a volume in cubic metres.
_COMPACT = regex(
    r"(?<![\w.,+-])(?:(?P<h>\d{1,2})h)?(?P<m>\d{1,2})m(?P<s>\d{1,2})(?:\.(?P<frac>\d{1,3}))?s(?![\w'’]|\.\d)")
_HOURS_MINUTES = regex(
    rf"(?<![\w.,-])(?P<h>\d{{1,2}}|(?i:{_HOURS}))\s?(?:hours?|hrs?|h)\b,?\s+(?:and\s+)?"
    r"(?P<m>\d{1,2})\s?(?:minutes?|mins?)\b"
    r"(?!,?\s+(?:and\s+)?\d{1,2}\s?(?:seconds?|secs?|s)\b|\s+(?:after|before|later|earlier|ago)\b)")
# "eight minutes and 41 seconds", "8 min 14 s", "8m 14s": minutes and seconds, no hours (see _UNITS).
_MINUTES = "|".join(("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                     "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty").split())
_MINUTES_SECONDS = regex(
    rf"(?<![\w.,-])(?P<m>\d{{1,2}}|(?i:{_MINUTES}))\s?(?:minutes?|mins?|m)\b,?\s+(?:and\s+)?"
    r"(?P<s>\d{1,2})(?:\.(?P<frac>\d{1,3}))?\s?(?:seconds?|secs?|s)\b")
# "5h03′48″", "1′05″", "2'31\"": minutes with a prime, seconds with a double prime (see the module doc).
_PRIMES = regex(
    r"(?<![\w.,'′’])(?:(?P<h>\d{1,2})h\s?)?(?P<m>\d{1,2})[′'’](?P<s>\d{2})(?:″|′′|''|\"|”)(?!\w)")
# "41 days, 7 hours and 23 minutes", "41d 07h 23m", "1 day, 9 hours": days and hours, minutes and seconds
# optional; a one-letter unit only written onto its figure ("41d", never "41 d").
_DAY_WORDS = "|".join(("one two three four five six seven eight nine ten eleven twelve").split())
_DAYS = regex(
    rf"(?<![\w.,:-])(?P<d>\d{{1,3}}|(?i:{_DAY_WORDS}))(?:\s?days?\b|d\b),?\s+(?:and\s+)?"
    rf"(?P<h>\d{{1,2}}|(?i:{_HOURS}))(?:\s?(?:hours?|hrs?)\b|h\b)"
    r"(?:,?\s+(?:and\s+)?(?P<m>\d{1,2})(?:\s?(?:minutes?|mins?)\b|m\b)"
    r"(?:,?\s+(?:and\s+)?(?P<s>\d{1,2})(?:\s?(?:seconds?|secs?)\b|s\b))?)?"
    r"(?!\s+(?:after|before|later|earlier|ago)\b)")
# The unit words after a figure of minutes and of seconds (_UNITS, _HOURS_MINUTES, _MINUTES_SECONDS): one
# of them after a digit is what a passage needs for those patterns to match (cues.figure_unit).
MINUTE_UNITS = ("minutes", "minute", "mins", "min", "m")
SECOND_UNITS = ("seconds", "second", "secs", "sec", "s")
_MINUTE_FIGURE = regex(figure_unit_pattern(*MINUTE_UNITS))
_SECOND_FIGURE = regex(figure_unit_pattern(*SECOND_UNITS))
# A hedge before it: an estimate, not a timed result.
_HEDGED = regex(
    r"\b(?:about|around|nearly|almost|roughly|approximately|some|over|under|more than|less than)\s+$",
    flags=re.IGNORECASE)
# What makes a three-field time a clock: a time preposition before it, a day half or a zone after it.
_CLOCK_BEFORE = regex(r"(?:\b(?:at|from|until|till|since|by|before|after)\s+|T)$")
_CLOCK_AFTER = regex(r"\s?(?:[ap]\.?m\b|(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|ET|PT|hrs)\b|local\b|Z\b)")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else WORD_VALUES[word.lower()]


def _days(text: str) -> list[tuple[int, int, Elapsed | Quantity]]:
    """Day-led times: an elapsed time in seconds with minutes, a plain duration in hours without."""
    out: list[tuple[int, int, Elapsed | Quantity]] = []
    for m in _DAYS.finditer(text) if _has_day(text) else ():
        hours, minutes, secs = _count(m["h"]), int(m["m"] or 0), int(m["s"] or 0)
        if hours > 23 or minutes > 59 or secs > 59 or _HEDGED.search(text, max(0, m.start() - 20), m.start()):
            continue
        total_hours = _count(m["d"]) * 24 + hours
        if m["m"] is None:
            out.append((m.start(), m.end(), Quantity(Decimal(total_hours), "hour")))
        else:
            seconds = total_hours * 3600 + minutes * 60 + secs
            out.append((m.start(), m.end(), Elapsed(Decimal(seconds), "second")))
    return out


def _primed(text: str) -> list[tuple[int, int, Elapsed]]:
    """Times in primes ("5h03′48″", "1′05″"); without hours only seconds that no inch count could be."""
    out: list[tuple[int, int, Elapsed]] = []
    # a digit either side of the minutes' prime; "’" and "'" are mostly apostrophes
    for m in _PRIMES.finditer(text) if any(digit_mark_digit(text, mark) for mark in "′'’") else ():
        minutes, secs = int(m["m"]), int(m["s"])
        if minutes > 59 or secs > 59 or (m["h"] is None and not (m["s"][0] == "0" or secs > 11)):
            continue
        hours = int(m["h"] or 0)
        out.append((m.start(), m.end(), Elapsed(Decimal(hours * 3600 + minutes * 60 + secs), "second")))
    return out


def _compact(text: str) -> list[tuple[int, int, Elapsed]]:
    """Compact times ("1h32m45.678s", "1m35.211s"); minutes past 59 only without hours, seconds never."""
    out: list[tuple[int, int, Elapsed]] = []
    for m in _COMPACT.finditer(text) if digit_mark_digit(text, "m") else ():  # "1m35": a digit either side
        hours, minutes, secs = int(m["h"] or 0), int(m["m"]), int(m["s"])
        if secs > 59 or (m["h"] is not None and minutes > 59):
            continue
        seconds = _with_fraction(hours * 3600 + minutes * 60 + secs, m)
        out.append((m.start(), m.end(), Elapsed(seconds, "second")))
    return out


def _has_day(text: str) -> bool:
    """A cheap gate: a day unit written as a word or a letter after a figure."""
    return "day" in text.lower() or "d " in text



def _with_fraction(seconds: int, m: re.Match[str]) -> Decimal:
    """Whole seconds plus the written fraction of the match's ``frac`` group ("2:29.17" -> 149.17).

    Three forms carry hundredths (colons, minutes-and-fraction, words); one
    reader keeps "29.17" the same figure whichever form an outlet used.
    """
    return Decimal(seconds) + (Decimal(f"0.{m['frac']}") if m["frac"] else Decimal(0))


@shared_text
def find(text: str) -> tuple[tuple[int, int, Elapsed | Quantity], ...]:
    """(start, end, value) for every elapsed time in ``text``; shared: numbers skips their figures.

    The value is an Elapsed time in seconds, or a plain Quantity in hours for a day-led time without
    minutes ("42 days and 16 hours").
    """
    c = cues(text)
    if not c.digit:
        return ()
    out: list[tuple[int, int, Elapsed | Quantity]] = _days(text)
    led = [(start, end) for start, end, _ in out]
    colon = digit_mark_digit(text, ":")  # both colon patterns have a digit either side of it
    for m in _COLONS.finditer(text) if colon else ():  # most passages hold no colon
        if (_CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start())
                or _CLOCK_AFTER.match(text, m.end())):
            continue
        seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"])
        out.append((m.start(), m.end(), Elapsed(_with_fraction(seconds, m), "second")))
    for m in _MINUTES_FRACTION.finditer(text) if colon else ():
        if _CLOCK_AFTER.match(text, m.end()) or any(s <= m.start() < e for s, e, _ in out):
            continue  # "stopped the clock at 2:27.36" is a time all the same: no clock has the fraction
        out.append((m.start(), m.end(), Elapsed(_with_fraction(int(m["m"]) * 60 + int(m["s"]), m), "second")))
    for m in _MINUTES_SECONDS_COLON.finditer(text) if colon else ():
        if (not P.RESULT_TIME_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or _CLOCK_AFTER.match(text, m.end()) or any(s <= m.start() < e for s, e, _ in out)):
            continue
        out.append((m.start(), m.end(), Elapsed(Decimal(int(m["m"]) * 60 + int(m["s"])), "second")))
    out.extend(_primed(text))
    # Most passages with a figure write no minutes or seconds after one: the three patterns below would try
    # every character of them and find nothing.
    in_minutes, in_seconds = _MINUTE_FIGURE.search(text) is not None, _SECOND_FIGURE.search(text) is not None
    for m in _UNITS.finditer(text) if in_minutes and in_seconds else ():
        minutes, secs = int(m["m"]), int(m["s"])
        if minutes > 59 or secs > 59:
            continue
        seconds = _count(m["h"]) * 3600 + minutes * 60 + secs
        out.append((m.start(), m.end(), Elapsed(Decimal(seconds), "second")))
    out.extend(_compact(text))
    for m in _HOURS_MINUTES.finditer(text) if in_minutes else ():
        minutes = int(m["m"])
        if minutes > 59 or _HEDGED.search(text, max(0, m.start() - 20), m.start()):
            continue
        hours = int(m["h"]) if m["h"].isdigit() else WORD_VALUES[m["h"].lower()]
        out.append((m.start(), m.end(), Elapsed(Decimal(hours * 3600 + minutes * 60), "second")))
    for m in _MINUTES_SECONDS.finditer(text) if in_seconds else ():
        minutes = int(m["m"]) if m["m"].isdigit() else WORD_VALUES[m["m"].lower()]
        secs = int(m["s"])
        if (minutes > 59 or secs > 59 or _HEDGED.search(text, max(0, m.start() - 20), m.start())
                or any(start <= m.start() < end for start, end, _ in out)):
            continue  # an hour's minutes (_UNITS has them) or an estimate
        out.append((m.start(), m.end(), Elapsed(_with_fraction(minutes * 60 + secs, m), "second")))
    return tuple(sorted((f for f in out if (f[0], f[1]) in led
                         or not any(start <= f[0] < end for start, end in led)), key=lambda f: f[0]))


def whole_minutes(v: Elapsed, raw: str) -> int | None:
    """The whole minutes of a time written in minutes and seconds ("8 min 14 s" -> 8); None otherwise.

    align/features keys such a time at its minutes for alignment (see the module's docstring); a race
    time of hours or written with colons keeps its own key.
    """
    if v.amount >= 3600 or ":" in raw or _MINUTES_SECONDS.search(raw) is None:
        return None
    return int(v.amount) // 60


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Elapsed times in every passage as durations in seconds; offsets absolute into ``article.text``.

    A day-led time to the hour is a plain duration in hours (slot HOURS_SLOT, no elapsed cue).
    """
    passages = holding(passages, find)
    return (passage_mentions(article, passages, _timed, SLOT, (CUE,))
            + passage_mentions(article, passages, _to_the_hour, HOURS_SLOT, ()))


def _timed(text: str) -> tuple[tuple[int, int, Elapsed], ...]:
    return tuple((s, e, v) for s, e, v in find(text) if isinstance(v, Elapsed))


def _to_the_hour(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    return tuple((s, e, v) for s, e, v in find(text) if not isinstance(v, Elapsed))


def parse_elapsed(text: str) -> Elapsed:
    """Parse one elapsed time back ("2:04:31", "2hr 04min 31sec", canonical text); ValueError otherwise."""
    found = _timed(text.strip())
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(text.strip()):
        raise ValueError(f"not an elapsed time: {text!r}")
    return found[0][2]
