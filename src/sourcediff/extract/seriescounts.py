"""A count given year by year: "complaints have risen from 150 in 2021 to 190 in 2022 and 260 in 2023".

Councils, police forces and regulators publish a figure per year, and news
copy gives the series after one verb of change, the noun written once before
the verb and every figure bare, each with its year. Read alone each figure
counted nothing and was dropped, so another outlet's "260 complaints last
year" or "190 complaints in 2022" had no partner, and an outlet that gave a
different figure for one of the years was never seen to differ.

Only a series: a verb of change, "from" a figure "in" a year, then at least
one more figure "in" a year after "to", "and" or a comma. Each figure takes
the noun its clause counts: the noun after "the number of", else the first
plural noun of the clause before the verb ("reports of dangerous dogs in the
district have risen" counts reports). A series whose clause names no plural
noun is left alone. Which year each figure belongs to is left to the year
next to it, as for any count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcediff.extract.amounts import STOP_WORDS, Amount, attached_after, is_noise, is_plural, singular
from sourcediff.extract.numberbase import Found
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

_HEDGE_WORDS = r"(?:about|around|nearly|almost|some|roughly|just|only)\s+"
_HEDGE = r"(?:" + _HEDGE_WORDS + r")?"
_FIGURE_IN_YEAR = _HEDGE + r"\d[\d,]*(?:\.\d+)?\s+in\s+(?:19|20)\d\d\b"
# The verb of change, up to three words after it ("have risen each year,"), "from" the first figure and its
# year, then one or more further figures with theirs.
_SERIES = regex(
    r"\b(?P<verb>rose|risen|grown|grew|fell|fallen|climbed|increased|decreased|dropped|jumped|soared|"
    r"declined|doubled|tripled|trebled|halved|(?:gone|went)\s+(?:up|down))"
    r"(?:\s+(?!from\b)[a-z]+){0,3},?\s+from\s+" + _FIGURE_IN_YEAR
    + r"(?:(?:,\s*(?:and\s+)?|\s+(?:to|and|then)\s+)" + _FIGURE_IN_YEAR + r")+",
    re.IGNORECASE)
# A hedge a mention's span may open with ("about 150").
_HEDGE_AT = regex(_HEDGE_WORDS, re.IGNORECASE)
# One figure of a series: the digits right before "in" and a year.
_FIGURE = regex(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?(?=\s+in\s+(?:19|20)\d\d\b)")
# Where the clause that holds the verb's subject opens: a comma, a semicolon, a colon or a reporting verb
# ("figures show reports of ... have risen").
_CLAUSE_OPEN = regex(r"[,;:]|\b(?:show|shows|showed|shown|say|says|said|found|find|finds|suggest|suggests|"
                     r"suggested|reveal|reveals|revealed|that)\b", re.IGNORECASE)
_NUMBER_OF = regex(r"\bnumbers?\s+of\s+(?P<word>[a-z][a-z-]+)", re.IGNORECASE)
_WORD = regex(r"[A-Za-z][a-z-]+")
# Plurals that name a figure or its source rather than what it counts ("figures", "statistics").
_NOT_COUNTED = frozenset({"figures", "statistics", "numbers", "data", "totals", "years", "months", "levels",
                          "rates", "records", "estimates", "results"})


@lru_cache(maxsize=256)
def _series(text: str) -> dict[int, tuple[str, ...]]:
    """The start of every figure in a series of the passage, with its counted noun's cue."""
    out: dict[int, tuple[str, ...]] = {}
    for m in _SERIES.finditer(text):
        noun = _counted_noun(text[:m.start("verb")])
        if noun is None:
            continue
        for f in _FIGURE.finditer(text, m.end("verb"), m.end()):
            out[f.start()] = (singular(noun),)
    return out


def _counted_noun(before: str) -> str | None:
    """The noun the verb's subject counts: after "the number of", else the clause's first plural noun."""
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(before)]
    clause = before[opens[-1]:] if opens else before
    named = _NUMBER_OF.search(clause)
    if named is not None:
        word = named["word"].lower()
        return word if is_plural(word) else None
    for w in _WORD.finditer(clause):
        word = w.group(0).lower()
        if word not in STOP_WORDS and word not in _NOT_COUNTED and is_plural(word):
            return word
    return None


def in_series(text: str, start: int) -> bool:
    """Whether a figure starting at ``start`` (its hedge or its digits) is one year's figure of a series."""
    hedge = _HEDGE_AT.match(text, start)
    return (hedge.end() if hedge is not None else start) in _series(text)


def series_count(text: str, a: Amount) -> Found | None:
    """The bare figure ``a`` as one year's count of a series, or None when it is no such figure."""
    if (a.currency is not None or a.year_like or a.vague or a.high is not None or a.spelled
            or attached_after(text, a.num_end) or is_noise(text, a)):
        return None
    cues = _series(text).get(a.num_start)
    if cues is None:
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 cues)


__all__ = ["in_series", "series_count"]
