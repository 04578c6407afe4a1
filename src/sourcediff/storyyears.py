"""A month and day written without a year takes the year the story's other sources write that day with.

"The final night is at the Kelworth Bowl on July 18", in an article dated
in December: the year is the reader's guess (extract/dates.py places it
by the clause's tense, else on the nearer of the July before and the July
after publication), and a guess can land on the wrong side, here the July
already gone. When the story's other dated sources write that same day
with its year ("18 July 2027") and all with one year, a year off the
guess, that year is the one this article means too: a story's sources
speak of the same days, and an outlet drops a year its readers can supply.
Read alone, the two would sit as two dates a year apart, split one fact in
two or read as a rival date.

Only a month and day the article writes without a year (no "2027", no
"next year", no dated range end) and whose own article never writes that
day with a year is moved, and only by one year; a day the other sources
write with two years, or only with the guessed year, stays. So does a
guess that a source names as a day in words of its own reading, a weekday
or "yesterday" resolved against its own date ("on Saturday" in a wire of
that Saturday, "last Saturday" in the next week's paper): that day is the
story's, and another source's "3 October 2027" is then a day a year on, say
next year's event, not the year this article dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sourcediff.extract import patterns as P
from sourcediff.extract.datebase import span_value
from sourcediff.extract.datecalendar import weekday_pins_year
from sourcediff.extract.dates import _has_written_year
from sourcediff.extract.stamps import STAMP
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.values import DateValue

# The patterns of a month and day that may be written without a year.
_MONTH_DAY = (P.DATE_MDY, P.DATE_DMY)
# A day's year as the writer wrote it: four digits, a century on either side of ours.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def place_years(infos: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """Every source, its month-and-day guesses moved to the year the other sources write (module rules)."""
    days = [[m for m in info.mentions if _single_day(info, m)] for info in infos]
    written = [_written_years(ms) for ms in days]
    guesses = [{id(m) for m in ms if _guessed(info, m)} for info, ms in zip(infos, days, strict=True)]
    if not any(guesses):
        return infos
    named = {_start(m) for ms, guessed in zip(days, guesses, strict=True) for m in ms
             if id(m) not in guessed and not _written(m)}
    out = []
    for n, info in enumerate(infos):
        if not guesses[n]:
            out.append(info)
            continue
        moved = [_moved(m, written, n) if id(m) in guesses[n] and _start(m) not in named else m
                 for m in info.mentions]
        out.append(info if all(a is b for a, b in zip(moved, info.mentions, strict=True))
                   else replace(info, mentions=tuple(moved)))
    return tuple(out)


def _written_years(ms: list[Mention]) -> dict[tuple[int, int], set[int]]:
    """Month and day -> every year one source writes it with ("1 September 2026" and "1 September 2027")."""
    out: dict[tuple[int, int], set[int]] = {}
    for m in ms:
        if _written(m):
            out.setdefault(_month_day(m), set()).add(_start(m).year)
    return out


def _moved(m: Mention, written: list[dict[tuple[int, int], set[int]]], own: int) -> Mention:
    assert isinstance(m.value, DateValue) and m.value.start is not None
    key = _month_day(m)
    if key in written[own]:  # the article writes this day with its year elsewhere: that year stands
        return m
    years = set().union(*(w[key] for n, w in enumerate(written) if n != own and key in w))
    if len(years) != 1:
        return m
    year = years.pop()
    if abs(year - m.value.start.year) != 1:
        return m
    try:
        day = m.value.start.replace(year=year)
    except ValueError:  # February 29 of a year without one
        return m
    return replace(m, value=span_value(day))


def _single_day(info: SourceInfo, m: Mention) -> bool:
    """A single resolved day of a dated article, no publication stamp."""
    return (m.kind is Kind.DATE and info.article.published is not None and STAMP not in m.cues
            and isinstance(m.value, DateValue) and m.value.start is not None and m.value.start == m.value.end)


def _start(m: Mention) -> dt.date:
    assert isinstance(m.value, DateValue) and m.value.start is not None
    return m.value.start


def _month_day(m: Mention) -> tuple[int, int]:
    return _start(m).month, _start(m).day


def _written(m: Mention) -> bool:
    """The day's year is in its words ("18 July 2027", "July 18, 2027", or the weekday of "Sunday 18 July",
    which names one year within reach), not supplied by the reader."""
    assert isinstance(m.value, DateValue) and m.value.start is not None
    if str(m.value.start.year) in _YEAR.findall(m.raw):
        return True
    match = next((found for pattern in _MONTH_DAY if (found := pattern.fullmatch(m.raw)) is not None), None)
    return match is not None and weekday_pins_year(match, m.value.start)


def _guessed(info: SourceInfo, m: Mention) -> bool:
    """A month and day with no year of its own, "next year" or dated range end: the reader chose its year."""
    if _YEAR.search(m.raw):
        return False
    text = info.article.text
    for pattern in _MONTH_DAY:
        match = pattern.match(text, m.span.start)
        if match is not None and match.end() == m.span.end:
            return not (_has_written_year(match) or weekday_pins_year(match, _start(m)))
    return False
