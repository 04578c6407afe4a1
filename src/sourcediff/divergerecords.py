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
CONSENSUS_MIN_AGREE of them: the lone dissenter is the rival of the year
the others agree on. A superlative whose years split two against two, or
one against one, is left alone: nothing says which records are one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from sourcediff.divergeconsensus import CONSENSUS_MIN_AGREE
from sourcediff.evidence import Evidence
from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.values import DateValue

# How far back from a year its record's superlative may stand (characters; one sentence at most).
RECORD_REACH = 120
# A superlative after a determiner, up to eight words, "since", up to four words ("records began in", "the
# scorching summer of"), then the year's mention: group sup is the superlative ("driest", "most severe").
# No other "since" in between: "the wettest June since 1959 followed the driest spring since" is driest's.
_RECORD_BEFORE = regex(
    r"\b(?:the|its|their|his|her|our|a)\s+(?:[\w'-]+\s+)?"
    r"(?P<sup>(?:most|least)\s+[a-z]+|worst|best|[a-z]{2,}est)\b"
    r"(?:\s+(?!since\b)[\w'’,-]+){0,8}?\s+since\s+(?:(?!since\b)[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# Words ending in "-est" that are no superlatives ("the protest since 2019", "the interest since 2008").
_NOT_SUPERLATIVE = frozenset(
    "interest forest harvest protest request west midwest test contest guest nest rest unrest chest arrest "
    "quest conquest inquest behest manifest honest modest earnest priest crest suggest invest digest attest "
    "detest pest vest zest jest".split())
# The four digits a record's year is written with, at the end of its mention ("1976", "summer of 1976").
_YEAR_AT_END = regex(r"(?<!\d)(?P<year>1[89]\d\d|20\d\d)$")
_SENTENCE_END = regex(r"[.!?]\s")


def record_year(m: Mention, text: str) -> tuple[str, int] | None:
    """(the superlative, the year) when ``m`` is the year a record is measured from; None otherwise."""
    if not isinstance(m.value, DateValue):
        return None
    year = _YEAR_AT_END.search(m.raw.strip())
    if year is None:
        return None
    before = text[max(0, m.span.start - RECORD_REACH):m.span.start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    found = _RECORD_BEFORE.search(before)
    if found is None:
        return None
    sup = re.sub(r"\s+", " ", found["sup"].casefold())
    if sup in _NOT_SUPERLATIVE:
        return None
    return sup, int(year["year"])


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
        if any(len(stated) != 1 for stated in by_source.values()):
            continue  # a source naming two years for one superlative: two records
        votes = Counter(next(iter(stated)) for stated in by_source.values())
        if len(votes) != 2:
            continue
        (agreed, n_agreed), (odd, n_odd) = votes.most_common()
        if n_odd != 1 or n_agreed < CONSENSUS_MIN_AGREE:
            continue
        dissenter = next(stated[odd] for stated in by_source.values() if odd in stated)
        partner = next(stated[agreed] for stated in by_source.values() if agreed in stated)
        pairs.append((dissenter, partner))
    return pairs


__all__ = ["RECORD_REACH", "record_year", "record_year_pairs"]
