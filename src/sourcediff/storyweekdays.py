"""A weekday its own words leave open takes the one of its two days that the story names (issue #11).

"The regents approved a 10.7% rise by 9 votes to 3 on Thursday", in an
article dated Monday: the clause's past verb is too far from the day for
its tense to count (extract/datetense.py), so the -3..+3 rule of
dates.py decides, and sends Thursday forward to the coming one. Such a day
is a guess between two Thursdays a week apart, the nearest before and the
nearest after. When the story's other sources name one of the two for sure
(a dated article's "Thursday", "yesterday", "Nov 12") and not the other,
that one is the day this article means too: a story is told over days,
and its sources speak of the same days.

Only a bare weekday the rule placed is moved: not one its clause's tense
placed ("will run on Saturday", "struck on Tuesday"), not "last Friday" or
"Thursday next week", not the second of a pair, not the publication day
itself unless its clause is a past perfect ("had been shut since Friday",
in an article dated a Friday, may be the Friday before). The days named
for sure are single days of dated articles, other than guesses of this
kind and publication stamps (undated.py counts the
same days for undated articles).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sourcediff.extract import patterns as P
from sourcediff.extract.datebase import WEEKDAYS, shift, span_value
from sourcediff.extract.daterelative import resolve_weekday
from sourcediff.extract.datetense import (
    _ahead_before,
    _back_before,
    _clause_before,
    _opening_tense,
    _tense_before,
)
from sourcediff.extract.stamps import STAMP
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.text import fold
from sourcediff.values import DateValue, PartOfDay

# A weekday that one of these opens a pair with ("Saturday and Sunday") was placed by its partner.
_PAIR_BEFORE = 12


def place_weekdays(infos: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """Every source, its guessed weekdays moved to the day the other sources name (module rules)."""
    # Only dates can be guesses or named days: the kind test spares a call per other mention.
    dates = [[m for m in info.mentions if m.kind is Kind.DATE] for info in infos]
    guesses = {id(m): day for info, ms in zip(infos, dates, strict=True) for m in ms
               if (day := _other_day(info, m)) is not None}
    if not guesses:
        return infos
    named: dict[str, set[dt.date]] = {}
    for info, ms in zip(infos, dates, strict=True):
        named[info.article.id] = {m.value.start for m in ms
                                  if id(m) not in guesses and _sure_day(info, m)
                                  and isinstance(m.value, DateValue) and m.value.start is not None}
    out = []
    for info, ms in zip(infos, dates, strict=True):
        if not any(id(m) in guesses for m in ms):  # nothing of this source can move
            out.append(info)
            continue
        others = set().union(*(days for sid, days in named.items() if sid != info.article.id))
        moved = _parts_follow([_moved(m, guesses.get(id(m)), others) for m in info.mentions], info.mentions)
        out.append(info if all(a is b for a, b in zip(moved, info.mentions, strict=True))
                   else replace(info, mentions=tuple(moved)))
    return tuple(out)


def _moved(m: Mention, other: dt.date | None, named: set[dt.date]) -> Mention:
    if other is None or not isinstance(m.value, DateValue) or m.value.start in named or other not in named:
        return m
    return replace(m, value=span_value(other))


def _parts_follow(moved: list[Mention], before: tuple[Mention, ...]) -> list[Mention]:
    """``moved``, each part of day whose weekday was moved ("on Sunday morning") set to its date's new day.

    The date reader and the times reader read "Sunday" of "set off on
    Sunday morning" alike, by the -3..+3 rule; when the weekday is moved to
    the Sunday the story names, its morning must move with it, or the one
    source says Sunday and Sunday morning of two weeks, and the morning
    reads as a rival of another outlet's "Sunday morning" or "Monday morning".
    """
    shifted = {(m.span.start, m.span.end): (old.value.start, m.value.start)
               for m, old in zip(moved, before, strict=True)
               if m is not old and isinstance(m.value, DateValue) and isinstance(old.value, DateValue)}
    if not shifted:
        return moved
    out = []
    for m in moved:
        v = m.value
        if isinstance(v, PartOfDay) and v.day is not None:
            move = next((new for (start, end), (old, new) in shifted.items()
                         if m.span.start <= start and end <= m.span.end and old == v.day
                         and new is not None), None)
            if move is not None:
                m = replace(m, value=replace(v, day=move))
        out.append(m)
    return out


def _sure_day(info: SourceInfo, m: Mention) -> bool:
    """A single day of a dated article, no publication stamp."""
    return (m.kind is Kind.DATE and info.article.published is not None and STAMP not in m.cues
            and isinstance(m.value, DateValue) and m.value.start is not None and m.value.start == m.value.end)


def _other_day(info: SourceInfo, m: Mention) -> dt.date | None:
    """For a bare weekday the -3..+3 rule placed, the same weekday a week the other way; else None."""
    published = info.article.published
    if published is None or not _sure_day(info, m) or fold(m.raw) not in WEEKDAYS:
        return None
    assert isinstance(m.value, DateValue) and m.value.start is not None
    day = m.value.start
    try:
        if day != published and day != resolve_weekday(m.raw, published):
            return None
    except OverflowError:  # a weekday said on 0001-01-01 or 9999-12-31 names no day the calendar holds
        return None
    text = info.article.text
    match = P.DATE_WEEKDAY.match(text, m.span.start)
    if match is None or match.end() != m.span.end or match["week"] or match["rel"]:
        return None
    if P.WEEKDAY_PAIR_LEAD.search(text, max(0, m.span.start - _PAIR_BEFORE), m.span.start):
        return None
    if day == published:
        return shift(day, -7) if _pluperfect_before(match) else None
    tense = _tense_before(match) or _opening_tense(match)
    if (tense > 0 and not _back_before(match)) or (tense < 0 and not _ahead_before(match)):
        return None  # its clause placed it
    if day > published and tense == 0 and _starts_ahead(match):
        return None
    return shift(day, -7 if day > published else 7)  # None past the calendar's edges


def _pluperfect_before(match: re.Match[str]) -> bool:
    """The weekday's clause has "had" before it: "the pier had been shut since Friday evening".

    Said of the publication day's own weekday, a past perfect looks back
    from some other past day, so the same weekday a week before is as good
    a reading as today; the other sources decide (``_moved``: only when
    they name that day and not today). Any other tense on the publication
    day ("said on Friday") is today's.
    """
    return "had" in _clause_before(match)


def _starts_ahead(match: re.Match[str]) -> bool:
    """A weekday right after "from" in a clause with no past verb: "switch off the fountain from Monday".

    "From" a day with no past tense starts something still to come, so the
    coming day the -3..+3 rule chose is the day meant; moved to the one
    before because another source names that one (the day of some other
    event), it agreed with a date it never stated. A past auxiliary in the
    clause ("had been shut from Monday") leaves it to the rule above, and so
    does a possessive ("oil from Tuesday's collision"): the day of an event
    the story tells, no start.
    """
    if match.string.startswith(("'s", "’s"), match.end()):
        return False
    return _clause_before(match)[-1:] == ["from"] and not _back_before(match)
