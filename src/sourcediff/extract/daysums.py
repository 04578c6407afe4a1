"""Sums stated per week, read per day when another source states that very daily sum.

A nursery fee, a hotel room, a day rate: a wire writes "69 pounds a day",
a tabloid "a full week of care will jump from £300 to £345". One fee over
two periods; read as written the weekly sums were the tabloid's own facts
(a sum per week and one per day are never rivals, `compat.same_thing`). A
week is five days of care or work, or seven of a stay: the weekly sum is
read per day when dividing it by exactly one of 5 and 7 gives, to the
penny, a sum another source states for a day. A source's sum counts as
stated for a day when its own words say so ("£69 per day") or when its
passage states another sum per day ("from £60 to £69 per day": both
ends are fees per day). The mention keeps its text; its value becomes the
daily sum, with the cue ``period:day`` and PER_DAY, so that it may join
the others' fact. As for yearly sums (periodsums.py), nothing changes when
the source gives the daily sum itself (its weekly sum is an aside) or when
another source states the very weekly sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from sourcediff.extract.money import PERIOD_PREFIX
from sourcediff.model import Mention, SourceInfo
from sourcediff.values import Money

DAY_CUE = PERIOD_PREFIX + "day"
WEEK_CUE = PERIOD_PREFIX + "week"
# Cue of a sum its writer stated for a week, read per day here.
PER_DAY = "per_day"
# The days a week of care or work (5) and a week of a stay (7) count.
WEEK_DAYS = (Decimal(5), Decimal(7))


def _daily(s: SourceInfo) -> list[Mention]:
    """The source's sums stated for a day: its own words' ``period:day``, or beside one in its passage."""
    sums = [m for m in s.mentions if isinstance(m.value, Money)]
    day_passages = {m.passage for m in sums if DAY_CUE in m.cues}
    return [m for m in sums if m.passage in day_passages
            and not any(c.startswith(PERIOD_PREFIX) and c != DAY_CUE for c in m.cues)]


def _same_sum(a: Money, b: Money) -> bool:
    return a.currency == b.currency and a.amount == b.amount and a.high is None and b.high is None


def per_day(m: Mention, days: Decimal) -> Mention:
    """``m`` (a sum per week) read as the sum per day it comes to over ``days`` days."""
    v = m.value
    assert isinstance(v, Money)
    cues = (*(c for c in m.cues if c != WEEK_CUE), DAY_CUE, PER_DAY)
    return replace(m, value=replace(v, amount=v.amount / days), cues=cues)


def _states(ms: Sequence[Mention], v: Money) -> bool:
    return any(isinstance(o.value, Money) and _same_sum(o.value, v) for o in ms)


def _reading(m: Mention, own: Sequence[Mention], others: Sequence[Mention],
             other_sums: Sequence[Money]) -> Mention | None:
    """The daily sum ``m`` is read as, when exactly one week length gives another source's daily sum."""
    v = m.value
    if not isinstance(v, Money) or WEEK_CUE not in m.cues or v.high is not None:
        return None
    if any(_same_sum(o, v) for o in other_sums):
        return None  # another source states the very weekly sum: a fact of the story as written
    fits = [d for d in WEEK_DAYS if _states(others, replace(v, amount=v.amount / d))
            and not _states(own, replace(v, amount=v.amount / d))]
    return per_day(m, fits[0]) if len(fits) == 1 else None


def daily_from_weekly(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """Each sum per week that another source's sum per day meets, read per day (module doc)."""
    if not any(WEEK_CUE in m.cues for s in sources for m in s.mentions):
        return sources
    daily = {s.article.id: _daily(s) for s in sources}
    sums = {s.article.id: [m.value for m in s.mentions if isinstance(m.value, Money)] for s in sources}
    out = []
    for s in sources:
        sid = s.article.id
        others = [m for k, v in daily.items() if k != sid for m in v]
        other_sums = [v for k, vs in sums.items() if k != sid for v in vs]
        ms = []
        for m in s.mentions:
            read = _reading(m, daily[sid], others, other_sums) if others else None
            ms.append(read if read is not None else m)
        kept = tuple(ms)
        out.append(s if kept == s.mentions else replace(s, mentions=kept))
    return tuple(out)
