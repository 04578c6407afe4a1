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

Only the full three-field form is read with colons: "2:04" is a clock or a
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

A time of day with seconds is left alone: one led by a time preposition
("at 14:05:22"), followed by a.m./p.m. or a zone ("03:17:45 GMT", "local
time"), or stamped onto a date ("T14:05:22").
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues
from sourcediff.extract.shared import passage_mentions, shared
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Elapsed

SLOT = "number:second"
CUE = "elapsed"

# "2:04:31", "1:02:03.4": hours, minutes and seconds with colons.
_COLONS = regex(r"(?<![\w:.,/])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<frac>\d{1,3}))?(?![\d:])")
# "2hr 04min 31sec", "2h 4m 31s", "2 hours, 4 minutes and 31 seconds".
_UNITS = regex(
    r"(?<![\w.,])(?P<h>\d{1,2})\s?(?:hours?|hrs?|h)\b,?\s+(?P<m>\d{1,2})\s?(?:minutes?|mins?|m)\b,?\s+"
    r"(?:and\s+)?(?P<s>\d{1,2})\s?(?:seconds?|secs?|s)\b")
# "3hr 12min", "3 hours 21 minutes", "three hours and 12 minutes": hours and minutes, no seconds.
_HOURS = "|".join(("one two three four five six seven eight nine ten eleven twelve").split())
_HOURS_MINUTES = regex(
    rf"(?<![\w.,-])(?P<h>\d{{1,2}}|(?i:{_HOURS}))\s?(?:hours?|hrs?|h)\b,?\s+(?:and\s+)?"
    r"(?P<m>\d{1,2})\s?(?:minutes?|mins?)\b"
    r"(?!,?\s+(?:and\s+)?\d{1,2}\s?(?:seconds?|secs?|s)\b|\s+(?:after|before|later|earlier|ago)\b)")
# "eight minutes and 41 seconds", "8 min 14 s", "8m 14s": minutes and seconds, no hours (see _UNITS).
_MINUTES = "|".join(("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                     "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty").split())
_MINUTES_SECONDS = regex(
    rf"(?<![\w.,-])(?P<m>\d{{1,2}}|(?i:{_MINUTES}))\s?(?:minutes?|mins?|m)\b,?\s+(?:and\s+)?"
    r"(?P<s>\d{1,2})\s?(?:seconds?|secs?|s)\b")
# A hedge before it: an estimate, not a timed result.
_HEDGED = regex(
    r"\b(?:about|around|nearly|almost|roughly|approximately|some|over|under|more than|less than)\s+$",
    flags=re.IGNORECASE)
# What makes a three-field time a clock: a time preposition before it, a day half or a zone after it.
_CLOCK_BEFORE = regex(r"(?:\b(?:at|from|until|till|since|by|before|after)\s+|T)$")
_CLOCK_AFTER = regex(r"\s?(?:[ap]\.?m\b|(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|ET|PT|hrs)\b|local\b|Z\b)")


@shared
def find(text: str) -> tuple[tuple[int, int, Elapsed], ...]:
    """(start, end, seconds) for every elapsed time in ``text``; shared: numbers skips their figures."""
    c = cues(text)
    if not c.digit:
        return ()
    out = []
    for m in _COLONS.finditer(text) if c.has(":") else ():  # most passages hold no colon
        if (_CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start())
                or _CLOCK_AFTER.match(text, m.end())):
            continue
        seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"])
        frac = Decimal(f"0.{m['frac']}") if m["frac"] else Decimal(0)
        out.append((m.start(), m.end(), Elapsed(Decimal(seconds) + frac, "second")))
    for m in _UNITS.finditer(text):
        minutes, secs = int(m["m"]), int(m["s"])
        if minutes > 59 or secs > 59:
            continue
        seconds = int(m["h"]) * 3600 + minutes * 60 + secs
        out.append((m.start(), m.end(), Elapsed(Decimal(seconds), "second")))
    for m in _HOURS_MINUTES.finditer(text):
        minutes = int(m["m"])
        if minutes > 59 or _HEDGED.search(text, max(0, m.start() - 20), m.start()):
            continue
        hours = int(m["h"]) if m["h"].isdigit() else WORD_VALUES[m["h"].lower()]
        out.append((m.start(), m.end(), Elapsed(Decimal(hours * 3600 + minutes * 60), "second")))
    for m in _MINUTES_SECONDS.finditer(text) if c.has("s") else ():
        minutes = int(m["m"]) if m["m"].isdigit() else WORD_VALUES[m["m"].lower()]
        secs = int(m["s"])
        if (minutes > 59 or secs > 59 or _HEDGED.search(text, max(0, m.start() - 20), m.start())
                or any(start <= m.start() < end for start, end, _ in out)):
            continue  # an hour's minutes (_UNITS has them) or an estimate
        out.append((m.start(), m.end(), Elapsed(Decimal(minutes * 60 + secs), "second")))
    return tuple(sorted(out, key=lambda f: f[0]))


def whole_minutes(v: Elapsed, raw: str) -> int | None:
    """The whole minutes of a time written in minutes and seconds ("8 min 14 s" -> 8); None otherwise.

    align/features keys such a time at its minutes for alignment (see the module's docstring); a race
    time of hours or written with colons keeps its own key.
    """
    if v.amount >= 3600 or ":" in raw or _MINUTES_SECONDS.search(raw) is None:
        return None
    return int(v.amount) // 60


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Elapsed times in every passage as durations in seconds; offsets absolute into ``article.text``."""
    return passage_mentions(article, passages, find, SLOT, (CUE,))


def parse_elapsed(text: str) -> Elapsed:
    """Parse one elapsed time back ("2:04:31", "2hr 04min 31sec", canonical text); ValueError otherwise."""
    found = find(text.strip())
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(text.strip()):
        raise ValueError(f"not an elapsed time: {text!r}")
    return found[0][2]
