"""The year a record is measured from: "the driest spell since 1976", "its lowest since records began".

Read apart from the judge (divergerecords.py) and the aligner
(align/recordjoin.py), which both ask it: the superlative names the record,
the year after "since" in its sentence says since when. See
divergerecords.py for why a record's year needs its own rule.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping

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
# The record a new one beat, and the year it was set: "the previous record of 39.8 C set in January 1972",
# "the station's previous low of −39.8 °C recorded in 1974", "the old mark of 2:03:23 set in 2013", "the
# previous record, a pike of 46lb caught at Fenmoor in 1998", "the old record had stood since 2011". Up to
# ten words (the old figure) between the record and its verb, up to three (who set it, where: "by Ada
# Finch", "at Fenmoor") between the verb and its "in" / "since", up to two ("January", "the spring of") after.
_PREVIOUS_VERB = (r"(?:set|recorded|established|registered|measured|reached"
                  r"|caught|landed|achieved|posted|stood)")
_PREVIOUS_BEFORE = regex(
    r"\b(?:previous|old|former|earlier|standing)\s+(?:all-time\s+)?"
    r"(?:record|mark|best|high|low|peak|benchmark)\b,?"
    rf"(?:\s+(?!{_PREVIOUS_VERB}\b)[^\s;!?]+){{0,10}}?"
    rf"\s+(?:(?:was|had\s+been|had|has)\s+)?{_PREVIOUS_VERB}(?:\s+(?!(?:in|on|during|since)\b)[^\s;!?]+){{0,3}}?"
    r"\s+(?:in|on|during|since)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Every previous record falls under one key: one outlet's "previous record" is another's "old mark".
PREVIOUS = "previous record"
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
        return (PREVIOUS, int(year["year"])) if _PREVIOUS_BEFORE.search(before) else None
    sup = re.sub(r"\s+", " ", found["sup"].casefold())
    if sup in _NOT_SUPERLATIVE:
        return None
    return sup, int(year["year"])


# A lone dissenter is set against a year only this many sources agree on (as divergeconsensus's
# CONSENSUS_MIN_AGREE: two sources stating one year show which record the superlative names).
RECORD_MIN_AGREE = 2


def lone_dissent(years: Mapping[str, Collection[int]]) -> tuple[int, int] | None:
    """(the year the others agree on, the lone dissenter's year) of one superlative's record, or None.

    ``years`` holds each source's years for the superlative. A source giving
    two years speaks of two records ("the highest since 1982" of inflation,
    "since 2008" of rents), so none is weighed; nor is a split vote.
    """
    if any(len(stated) != 1 for stated in years.values()):
        return None
    votes = Counter(next(iter(stated)) for stated in years.values())
    if len(votes) != 2:
        return None
    (agreed, n_agreed), (odd, n_odd) = votes.most_common()
    return (agreed, odd) if n_odd == 1 and n_agreed >= RECORD_MIN_AGREE else None


__all__ = ["RECORD_MIN_AGREE", "RECORD_REACH", "lone_dissent", "record_year"]
