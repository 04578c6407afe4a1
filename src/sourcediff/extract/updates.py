"""Updated figures: which figure the writer gives as superseded and which as the latest.

A death toll rises while a story is written: one outlet says "9 dead", a later
one "the toll rose to 61", another "61 dead, up from 9". The words before a
figure say when the writer gives it as the latest ("rose to", "was revised
to", "now stands at", "later") or as superseded ("up from", "first
reported", "an earlier toll of"). The judge (compare.py, updates.py there)
reads these cues: two sources whose figures one of them gives as earlier and
later are an update, not a contradiction, and the report shows it as such.

Only money, counts, measures and percents get the cue; the words must stand
right before the figure (a hedge such as "more than" may sit between), since
"later" and "earlier" are also plain time words a few words away.

A running total is also given at a stated time: "By Sunday night it had
reached 71,150", "62,400 by Tuesday evening". Such a
figure gets an ``AT`` cue with the day it holds on, read against the
article's date (a day after that date is a target, not a total, and gets
none): the judge (factverdicts.py) leaves apart, as an update rather than a
rival, two totals of which one is given at a day later than every day the
other holds on. "so far" and "to date" state no day: a later article's
"184 km laid so far" may cite the same report as an earlier "148 km so far".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sourcediff.extract import patterns as P
from sourcediff.extract.datebase import WEEKDAYS
from sourcediff.extract.daterelative import resolve_day_word, resolve_weekday
from sourcediff.extract.seriescounts import in_series
from sourcediff.model import Kind, Mention, Passage
from sourcediff.regexcache import regex

UPDATE_PREFIX = "update:"
EARLIER = UPDATE_PREFIX + "earlier"
LATER = UPDATE_PREFIX + "later"
# How far left of a figure the cue words may reach, in characters.
_REACH = 64
_FIGURES = frozenset({Kind.MONEY, Kind.NUMBER, Kind.PERCENT})
# The day a running total holds on: "update:at:2026-12-06".
AT = UPDATE_PREFIX + "at:"
_AT_REACH = 120
_DAY = (r"(?:(?P<rel>last|this)\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"yesterday|today|tonight|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?\b")
# "By Sunday night the appeal for the lido had reached", "as of Monday, ": a stated time, then up to twelve
# words without a figure, in the figure's clause.
_AT_BEFORE = regex(r"\b(?:by|as\s+(?:of|at))\s+" + _DAY + r",?(?:\s+[^\s\d.;:!?]+){0,12}?\s*(?:[$£€]|US\$)?$",
                   re.IGNORECASE)
# "62,400 pounds by Tuesday evening": the time right after the figure and at most two words.
_AT_AFTER = regex(r"^(?:\s+[^\s\d.,;:!?]+){0,2}?\s+(?:by|as\s+(?:of|at))\s+" + _DAY, re.IGNORECASE)


def update_cue(text: str, start: int) -> str | None:
    """``EARLIER``/``LATER`` when the words right before ``text[start:]`` give the figure as such."""
    left = text[max(0, start - _REACH):start]
    if P.UPDATE_EARLIER_BEFORE.search(left):
        return EARLIER
    if P.UPDATE_LATER_BEFORE.search(left):
        return LATER
    return None


def update_cue_start(text: str, start: int) -> int | None:
    """Where the words that give the figure at ``text[start:]`` as earlier or later begin, if any.

    The cue words ("up from", "rose to") belong to the figure they stand
    before: a reach measured from an earlier count to the figure must stop
    where they begin, or a long cue uses up the room that the clause's
    place and period words ("on the Eastmoor route so far this year") need.
    """
    offset = max(0, start - _REACH)
    left = text[offset:start]
    found = P.UPDATE_EARLIER_BEFORE.search(left) or P.UPDATE_LATER_BEFORE.search(left)
    return offset + found.start() if found is not None else None


def at_day(text: str, start: int, end: int, published: dt.date | None) -> dt.date | None:
    """The day the figure at ``text[start:end]`` is given as a running total on, if its words state one.

    None for a day after ``published``: "to reach 80,000 by Friday" is a target, not a total.
    """
    if published is None:
        return None
    left, right = text[max(0, start - _AT_REACH):start], text[end:end + 48]
    found = _AT_BEFORE.search(left) or _AT_AFTER.search(right)
    if found is not None:
        word, rel = " ".join(found.group("day").split()), found.group("rel")
        try:
            day = (resolve_weekday(word, published, rel) if word.casefold() in WEEKDAYS
                   else resolve_day_word(word, published))
        except OverflowError:
            return None
        return day if day is not None and day <= published else None
    return None


def mark(mentions: tuple[Mention, ...], passages: tuple[Passage, ...],
         published: dt.date | None = None) -> tuple[Mention, ...]:
    """The mentions with an update cue added to every figure its words give as earlier or later.

    A figure of a year series ("rose from 212 in 2023 to 341 in 2025") is that year's figure, not a
    superseded or latest value of one toll: another outlet's "314 in 2025" is its rival (seriescounts.py).
    """
    out = []
    for m in mentions:
        passage = passages[m.passage] if m.passage < len(passages) else None
        if (m.kind in _FIGURES and passage is not None and passage.start <= m.span.start
                and not in_series(passage.text, m.span.start - passage.start)):
            cue = update_cue(passage.text, m.span.start - passage.start)
            if cue is not None:
                m = replace(m, cues=(*m.cues, cue))
            day = at_day(passage.text, m.span.start - passage.start, m.span.end - passage.start, published)
            if day is not None:
                m = replace(m, cues=(*m.cues, AT + day.isoformat()))
        out.append(m)
    return tuple(out)


def at_of(m: Mention) -> dt.date | None:
    """The day a running total is given on (``at_day``), if its mention carries one."""
    for c in m.cues:
        if c.startswith(AT):
            return dt.date.fromisoformat(c[len(AT):])
    return None


def update_side(m: Mention) -> str | None:
    """The update cue of a mention, if any."""
    return EARLIER if EARLIER in m.cues else LATER if LATER in m.cues else None
