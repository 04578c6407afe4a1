"""A day of the month written as a bare ordinal ("meet again on the 15th"): the month is the reader's.

A local paper dated Tuesday 9 March writes "The two sides are due to meet
again on the 15th": no month, since its reader takes the month in hand.
Unread, the day could not meet another source's "Monday 15 March", and the
next round of talks read as one outlet's detail. The pattern
(patterns.DATE_ORDINAL_DAY) takes only an ordinal after a preposition of
time and "the" with nothing after it that it could number ("the 21st
century", "the 89th minute" and "the 5th of May" stay out), so a rank or a
round ("finished 15th") is no date.

The month is the one of publication or the one either side of it, as the
clause's tense says (datetense): ahead, the first such day on or after the
published date; back, the last on or before it; with neither, the nearer of
the two (a tie goes ahead, as a day named without a month is most often
one still to come).
"""

from __future__ import annotations

import datetime as dt
import re

from sourcediff.extract.datebase import _valid_day, span_value, unresolved
from sourcediff.extract.datetense import _tense
from sourcediff.values import DateValue


def _months_around(published: dt.date) -> tuple[tuple[int, int], ...]:
    """(year, month) of the month before publication, its own and the one after."""
    out = []
    for shift in (-1, 0, 1):
        n = published.year * 12 + published.month - 1 + shift
        out.append((n // 12, n % 12 + 1))
    return tuple(out)


def ordinal_day(m: re.Match[str], published: dt.date | None) -> DateValue | None:
    """The day "the 15th" names, in the month the clause's tense and the published date give (module doc)."""
    if published is None:
        return unresolved(m.group(), "day")
    day = int(m["day"])
    days = [dt.date(y, mo, day) for y, mo in _months_around(published) if _valid_day(y, mo, day)]
    ahead = next((d for d in days if d >= published), None)
    back = next((d for d in reversed(days) if d <= published), None)
    tense = _tense(m)
    if tense > 0:
        chosen = ahead
    elif tense < 0:
        chosen = back  # none when the month before has no such day ("the 31st" in March): no date
    elif ahead is None or back is None:
        chosen = ahead or back
    else:
        chosen = ahead if ahead - published <= published - back else back
    return None if chosen is None else span_value(chosen)
