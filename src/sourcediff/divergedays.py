"""Two calendar days a claim the aligner is sure of sets side by side: one day told apart.

"Tellanby had pleaded guilty in April ... after 6,500 litres escaped from
its plant on Feb. 3" and "The incident began on 4 February, when a failed
valve released 6,500 litres" date one spill, yet the first sentence is
mostly about the plea, so the pair shares too few words for
DIVERGE_MIN_SCORE and the planted rival day stayed a unique fact. The
aligner's model put them together with confidence (STRONG_CLAIM_SCORE).

Two days of one claim are not always one event's: a sentence may date the
spill and its partner the hearing. So the rule is narrow. Each day must be
the only day of a month its passage writes (a passage with two dates two
events), the two must lie within RIVAL_DAY_REACH of each other (a
misreported day is off by a day or a few, while an event and its hearing,
inquest or sentencing lie weeks or months apart), and no other date of
either passage may hold the partner's day (the plea's "in April" beside
"Feb. 3" dates a hearing on "22 April" again, not a rival spill).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.divergepair import calendar_day
from sourcediff.model import Mention
from sourcediff.values import DateValue

__all__ = ["RIVAL_DAY_REACH", "lone_days", "passage_dates"]

# A day misreported by one outlet is off by one or a few days (the night an event crossed, the day it was
# found, a typo); a week covers those, and a second event of the story (a hearing, a funeral, an inquest)
# is seldom nearer.
RIVAL_DAY_REACH = dt.timedelta(days=7)

PassageDates = dict[tuple[str, int], list[Mention]]


def passage_dates(ms: Sequence[Mention]) -> PassageDates:
    """Each passage's resolved dates, read once per comparison (a day meets many partners in a claim)."""
    out: PassageDates = defaultdict(list)
    for m in ms:
        v = m.value
        if isinstance(v, DateValue) and v.start is not None and v.end is not None:
            out[(m.source, m.passage)].append(m)
    return out


def _one_day(m: Mention) -> dt.date | None:
    """The day a mention writes as a day of a month, or None (a weekday, a month, a range)."""
    v = m.value
    if isinstance(v, DateValue) and calendar_day(m) and v.start is not None and v.start == v.end:
        return v.start
    return None


def _lone_day(m: Mention, partner: dt.date, dates: PassageDates) -> bool:
    """``m`` is its passage's one day of a month, and no other date of the passage holds ``partner``."""
    for other in dates.get((m.source, m.passage), ()):
        if other is m:
            continue
        if _one_day(other) is not None:
            return False
        v = other.value
        assert isinstance(v, DateValue) and v.start is not None and v.end is not None
        if v.start <= partner <= v.end:
            return False
    return True


def lone_days(a: Mention, b: Mention, dates: PassageDates) -> bool:
    """Two days of a month, each its passage's one, a few days apart: rivals in a sure claim.

    Asked only of a pair the claim admits on its confidence alone (the pair scored under DIVERGE_MIN_SCORE).
    """
    da, db = _one_day(a), _one_day(b)
    if da is None or db is None or da == db or abs(da - db) > RIVAL_DAY_REACH:
        return False
    return _lone_day(a, db, dates) and _lone_day(b, da, dates)
