"""A bare figure set against the count before it: "160 stewards were on duty, fewer than the 220 planned".

News copy names a noun once and gives the figure it is measured against
bare, after a word of comparison and a definite article: "fewer than the 220
named in the plan", "against the 65 listed in the rota", "compared with the
1,400 it promised". Read alone such a figure counted nothing and was
dropped, so the outlet that gave the planned or earlier figure this way had
nothing to meet another outlet's "220 stewards".

The figure takes the noun of the count before it in its clause (numbercontext
``_may_take_count``: no role count, no year, sum, range or vague figure, no
sentence or bracket between). The article "the" after the comparison is
required: "more than 70 were hurt" is a hedge on a figure of its own, not a
figure set against another. "compared with", "against" and "versus" never
hedge, so after them the article may be left out ("2,340 cases this year,
compared with 410 in 2025") when the period or year the earlier figure was
counted in follows it. The figure must not name a noun of its own: only
a clause end, a participle ("named", "planned", "required"), a preposition or
a relative clause's pronoun may follow it. The other side's figure given
with its owner's possessive is set against the count the same way ("34
seats to the Greens' 17", "40 votes against the mayor's 12"). "up from the
62" and "down from the
62" are left to extract/updates.py: an earlier value of the same figure is no
rival of it, and read here as a plain count it paired passages wrongly.
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import Amount, attached_after, is_noise, left_match
from sourcediff.extract.numberbase import Found
from sourcediff.extract.numbercontext import _may_take_count
from sourcediff.extract.roles import MARGIN, PART, ROLE_PREFIX
from sourcediff.extract.standingtotals import totals as standing_totals
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# A comparison and "the" right before the figure ("fewer than the", "compared with the", "against the").
_COMPARED_BEFORE = regex(
    r"\b(?:(?:fewer|more|less|lower|higher|greater|smaller|larger|bigger)\s+than|compared\s+(?:with|to)|"
    r"against|versus|short\s+of|below|above|instead\s+of|rather\s+than)\s+the\s+$",
    re.IGNORECASE)
# The other side's figure, set against a count by "to" or "against" and its owner's possessive: "won 34
# seats to the Greens' 17", "three goals to Harlow's one", "40 votes against the mayor's 12". The owner
# is one to three words ending in a possessive; the figure's noun is the count's, left out.
_SET_AGAINST_OWNER_BEFORE = regex(
    r"\b(?:to|against|versus|vs\.?)\s+(?:the\s+)?(?:[\w.&-]+\s+){0,2}[\w.&-]*\w(?:['’]s|s['’])\s+$",
    re.IGNORECASE)
# A comparison that needs no article: "compared with 410 in 2025", "against 230 a year earlier". Unlike
# "more than 70" or "below 30" these words never hedge a figure; they only set it against another.
_COMPARED_BARE_BEFORE = regex(r"\b(?:compared\s+(?:with|to)|against|versus)\s+(?:just\s+|only\s+)?$",
                              re.IGNORECASE)
# What must follow a bare compared figure: the earlier period or place it was counted in ("in 2025", "in
# the whole of last year", "last year", "a year earlier"), so that "against 17" of a tally is left alone.
_COMPARED_BARE_AFTER = regex(
    r"\s+(?:in\s+(?:the\s+(?:whole|same|previous|first)\b|all\s+of\b|(?:19|20)\d\d\b|last\b|"
    r"the\s+year\b)|last\s+(?:year|month|week|season)\b|a\s+(?:year|month|week|decade)\s+(?:earlier|"
    r"before|ago)\b|the\s+(?:year|month|week)\s+before\b)",
    re.IGNORECASE)
# What may follow a figure whose noun is left out: a clause end, a participle or a preposition.
_COMPARED_AFTER = regex(
    r"(?:\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:[a-z]+ed|in|on|at|for|from|by|under|set|sold|held|kept|"
    r"shown|given|seen|made|paid|put|built|agreed|required|promised|planned|it|they|we|he|she|that|which)\b)")


def compared_count(text: str, a: Amount, previous: Found | None) -> Found | None:
    """The bare figure ``a`` counted as the count before it counts, when a comparison sets it against it."""
    if previous is None or not _may_take_count(text, a, previous):
        return None
    cues = tuple(c for c in previous.cues
                 if c not in (PART, MARGIN) and not c.startswith(("named:", ROLE_PREFIX)))
    if not cues:
        return None
    owned = left_match(_COMPARED_BEFORE, text, a.start, 40) is None and \
        left_match(_SET_AGAINST_OWNER_BEFORE, text, a.start, 60) is not None
    if owned and any(start == a.start for start, _, _, _ in standing_totals(text)):
        # "188pts to Dunmore's 196": a standings total, read with its owner's name by standingtotals
        return None
    if owned or left_match(_COMPARED_BEFORE, text, a.start, 40) is not None:
        if _COMPARED_AFTER.match(text, a.num_end) is None:
            return None
    elif left_match(_COMPARED_BARE_BEFORE, text, a.start, 40) is None or \
            _COMPARED_BARE_AFTER.match(text, a.num_end) is None:
        return None
    if attached_after(text, a.num_end) or is_noise(text, a):
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 cues)


__all__ = ["compared_count"]
