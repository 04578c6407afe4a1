"""A sum with no noun after it, of a noun "every", "each" or "all" named before it in its clause.

"Bosses switched off every escalator of the same type across the city – 23
in all": the figure counts escalators, but nothing after it says so and no
count before it lends it a noun (numbercontext._total_of_count reads "12
schools, 40 in all"), so it counted nothing and was dropped; the outlet
writing the total this way then stated nothing another's "all 23
escalators" could meet or a rival's "27 escalators" contradict. A total
word right after the figure ("in all", "in total", "all told",
"altogether") and then the clause's end make the figure the sum of the set
the quantifier named before it in the same clause: "every escalator", "each
branch", "all the libraries", "all of its depots".
"""

from __future__ import annotations

import re

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import STOP_WORDS, Amount, is_noise, is_plural, singular
from sourcediff.extract.numberbase import Found
from sourcediff.extract.numbernouns import _NOT_HEADS, _noun_like
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# How far before the figure the quantifier may stand, in characters: within one clause of news copy.
REACH = 160
# The quantifier and the words after it: "every escalator of", "all the city's libraries".
_QUANTIFIED = regex(r"\b(?P<q>every|each|all)\s+(?:(?:the|its|their|of\s+the|of\s+its|of\s+their)\s+)?"
                    r"(?P<words>(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)", re.IGNORECASE)
# What may follow the total word when the figure ends its clause: a stop, a comma, a dash or a bracket.
_CLAUSE_END = regex(r"\s*(?:[.,;:!?)\u2013\u2014]|\s-\s|$)")
# Sentence or clause ends between the quantifier and the figure: the noun is of another clause.
_BREAK = regex(r"[.;!?](?:\s|$)")


def _noun(quantifier: str, words: list[str]) -> str | None:
    """The noun a quantifier names: the first noun after "every"/"each", the first plural after "all".

    An adjective before it is passed over ("every public library"); a function word, a unit or a
    label ends the search ("each of", "every day").
    """
    for w in words:
        low = w.lower().removesuffix("'s")
        if low in STOP_WORDS or low in _NOT_HEADS or not low.isalpha():
            return None
        if not _noun_like(low):
            continue
        if quantifier == "all":
            if is_plural(low):
                return singular(low)
            continue
        return None if is_plural(low) else low
    return None


def quantified_total(text: str, a: Amount) -> Found | None:
    """The sum a bare figure with a total word after it gives of a noun quantified before it, or None."""
    if a.currency is not None or a.year_like or a.vague or a.high is not None or is_noise(text, a):
        return None
    total = P.NUM_TOTAL_AFTER.match(text, a.num_end)
    if total is None or _CLAUSE_END.match(text, total.end()) is None:
        return None
    lo = max(0, a.start - REACH)
    found = None
    for m in _QUANTIFIED.finditer(text, lo, a.start):
        if _BREAK.search(text, m.end(), a.start) is None:
            found = m  # the nearest quantifier of the figure's own clause
    if found is None:
        return None
    noun = _noun(found["q"].lower(), found["words"].split())
    if noun is None:
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 (noun,))


__all__ = ["quantified_total"]
