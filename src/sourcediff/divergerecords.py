"""A record's year: "the driest eight months since 1976" against "the driest period since 1959" (issue #11).

A record is measured from a year: "the driest spell since 1976", "its
lowest level since records began in 1959", "the worst floods since 2007".
Two outlets that name different years for the same record contradict each
other, but a year written in digits diverges only by a claim's consensus
(diverge.py), and the sentences that give a record often state other
figures too (the rainfall, its share of the average), so the aligner seats
them in those figures' claims and the rival years never meet in one.

Here the superlative itself names the slot: a year after "since", in the
sentence of a superlative ("driest", "lowest", "worst", "most severe") a
few words before, is that record's year. Sources are set against each other
per superlative, and only when each states one year for it (a source that
gives two years for "highest" speaks of two records: inflation and rents)
and all but one source agree on a year stated by at least
RECORD_MIN_AGREE of them (recordyears.lone_dissent): the lone dissenter is the rival of the year
the others agree on. A superlative whose years split two against two, or
one against one, is left alone: nothing says which records are one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcediff.evidence import Evidence
from sourcediff.model import Mention
from sourcediff.recordyears import lone_dissent, record_year


def record_year_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """(the lone dissenter's year, an agreeing source's year) for each record the other sources agree on."""
    years: dict[str, dict[str, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    for i, m in enumerate(ms):
        text = ctx.texts.get(m.source)
        record = record_year(m, text) if text is not None else None
        if record is not None:
            years[record[0]][m.source].setdefault(record[1], i)  # each source's first mention of each year
    pairs = []
    for by_source in years.values():
        dissent = lone_dissent(by_source)
        if dissent is None:
            continue
        agreed, odd = dissent
        dissenter = next(stated[odd] for stated in by_source.values() if odd in stated)
        partner = next(stated[agreed] for stated in by_source.values() if agreed in stated)
        pairs.append((dissenter, partner))
    return pairs

__all__ = ["record_year_pairs"]
