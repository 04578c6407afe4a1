"""Sums stated per month or per week, read per year when another source states that very yearly sum.

A trade site writes a bill as "around £115,000 a month" where a wire writes
"1.38 million pounds a year": one cost, counted over two periods. Read as
written, the monthly sum was a fact of its own source alone (a sum per month
and a sum per year are never rivals, `compat.same_thing`), and the trade
site's part in the story's biggest figure was lost. Only a sum per year can
be checked against it: the monthly (weekly) sum is read per year, twelve
(fifty-two) times over, when another source states a yearly sum in the same
currency that the product meets (`compat.compatible`, hedges and rounding
as for any two sums). The mention keeps its text; its value becomes the
yearly sum, with the cue ``period:year`` and ANNUALISED, so it may join the
others' fact. With no such yearly sum in the story, nothing changes: a rent
per month and a fee per year stay two facts, and a monthly sum is never set
against a yearly one as a rival.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sourcediff.extract.money import PERIOD_PREFIX
from sourcediff.model import Mention, SourceInfo
from sourcediff.values import Money

# A year counted in each shorter period a sum is commonly stated for.
PER_YEAR = {"month": Decimal(12), "week": Decimal(52)}
YEAR_CUE = PERIOD_PREFIX + "year"
# Cue of a sum its writer stated for a shorter period, read per year here.
ANNUALISED = "annualised"


def _shorter_period(m: Mention) -> Decimal | None:
    """How many of the sum's period make a year, when it is a sum stated per month or per week."""
    if not isinstance(m.value, Money):
        return None
    return next((PER_YEAR[c.removeprefix(PERIOD_PREFIX)] for c in m.cues
                 if c.startswith(PERIOD_PREFIX) and c.removeprefix(PERIOD_PREFIX) in PER_YEAR), None)


def per_year(m: Mention, times: Decimal) -> Mention:
    """``m`` (a sum per month or week) read as the sum per year it comes to."""
    v = m.value
    assert isinstance(v, Money)
    high = v.high * times if v.high is not None else None
    cues = (*(c for c in m.cues if not c.startswith(PERIOD_PREFIX)), YEAR_CUE, ANNUALISED)
    return replace(m, value=replace(v, amount=v.amount * times, high=high), cues=cues)


def annualise(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """Each sum per month or week that another source's sum per year meets, read per year (module doc)."""
    yearly = [(s.article.id, m) for s in sources for m in s.mentions
              if isinstance(m.value, Money) and YEAR_CUE in m.cues]
    if not yearly:
        return sources
    sums = {s.article.id: [m for m in s.mentions if isinstance(m.value, Money)] for s in sources}
    out = []
    for s in sources:
        sid = s.article.id
        others = [m for other, m in yearly if other != sid]
        # The other sources' sums, built once a source at its first sum per month or week: built for
        # each such sum, the lists cost sources x short-period sums x all sums at many sources.
        elsewhere: list[Mention] | None = None
        ms = []
        for m in s.mentions:
            times = _shorter_period(m) if others else None
            if times is not None:
                if elsewhere is None:
                    elsewhere = _sums_elsewhere(sums, sid)
                read = per_year(m, times)
                m = read if _read_per_year(m, read, sums[sid], others, elsewhere) else m
            ms.append(m)
        kept = tuple(ms)
        out.append(s if kept == s.mentions else replace(s, mentions=kept))
    return tuple(out)


def _sums_elsewhere(sums: dict[str, list[Mention]], sid: str) -> list[Mention]:
    """Every sum of the sources other than ``sid``, in the sources' order."""
    return [o for k, v in sums.items() if k != sid for o in v]


def _read_per_year(m: Mention, read: Mention, own: list[Mention], yearly: list[Mention],
                   elsewhere: list[Mention]) -> bool:
    """Whether the monthly (weekly) sum ``m`` is read as ``read``, its sum per year.

    Another source's yearly sum must meet it; and the story must not state it already as two facts:
    when the writer gives the yearly sum too ("up £102.06, or just under £2 a week") the short period is
    their own aside for the reader, and when another source states the very monthly sum ("£1,520 a
    month" beside its "£18,240 a year") the price per month is a fact of the story of its own.
    """
    from sourcediff.compat import compatible  # compat reads the extractors' cues; import it late

    return (any(compatible(read, y) for y in yearly)
            and not any(compatible(read, o) for o in own if o is not m)
            and not any(compatible(m, o) for o in elsewhere))
