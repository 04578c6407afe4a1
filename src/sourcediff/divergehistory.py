"""A date long past against dates still to come: a thing's history beside its next occurrence.

"The regatta, first rowed in 1921, ..." seated with two outlets' "the
regatta will now be rowed on 9 August": the years of a recurring event's
history (its first staging, a founding, an earlier edition) and the day of
its next edition share the event's name and its verb, so the aligner seats
them together and the judge would set the year against the day as one date
told two ways. A day that every agreeing source dates after its own
publication is an event to come; a date ended more than a year before
every source was published reports the past. An outlet misdating a coming
event gets its day or its month wrong, not its decade: the two are two
events, not rivals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sourcediff.model import Mention
from sourcediff.values import DateValue

# How long before every source's publication a date must have ended to be history: more than a year, so
# a coming day misdated by a year ("1 August 2025" for "1 August 2026") stays a rival.
_HISTORY_GAP = dt.timedelta(days=366)


def _coming(m: Mention, published: Mapping[str, dt.date]) -> bool:
    """A date that starts after its own article's publication day: an event still ahead when written."""
    day = published.get(m.source)
    return isinstance(m.value, DateValue) and day is not None and m.value.start is not None and (
        m.value.start > day)


def _history(m: Mention, published: Mapping[str, dt.date]) -> bool:
    """A date that ended more than a year before every dated source was published."""
    if not isinstance(m.value, DateValue) or m.value.end is None or not published:
        return False
    return m.value.end < min(published.values()) - _HISTORY_GAP


def history_against_coming(ms: Sequence[Mention], o: int, rest: Sequence[int],
                           published: Mapping[str, dt.date]) -> bool:
    """Whether the dissenting date and the agreeing ones are, one side, history and the other, to come."""
    sides = ([ms[o]], [ms[i] for i in rest])
    return any(all(_history(m, published) for m in past) and all(_coming(m, published) for m in ahead)
               for past, ahead in (sides, sides[::-1]))
