"""Sports margins said without a bare figure: "a one-shot lead", "led by a shot", "a two-point lead".

Why: "one shot behind" is read as a count of one shot, but the same margin
written as a compound adjective ("a one-shot lead", "a two-goal cushion") or
with the article for one ("led by a shot", "won by a point") had no figure
the amount scanner could see, so an outlet saying it agreed with nobody and
could contradict nobody. Each is read as the count the plain wording would
give (the figure with its noun as cue), so the three spellings meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcediff.extract.cues import may_contain_word
from sourcediff.extract.numberbase import Found
from sourcediff.extract.numberparse import parse_quantity
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# The nouns a sports margin is counted in (singular), and the words that hold such a margin.
MARGIN_NOUNS = ("shot", "stroke", "goal", "point", "run", "try", "wicket", "length", "frame", "game")
_NOUNS = "|".join(MARGIN_NOUNS)
_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "a one-shot lead", "her two-stroke advantage", "a 3-point cushion": the figure and noun as a compound.
_COMPOUND = regex(
    r"\b(?P<num>" + _WORDS + r"|\d{1,2})-(?P<noun>" + _NOUNS + r")"
    r"\s+(?:lead|advantage|cushion|margin|deficit)\b", re.IGNORECASE)
# "led by a shot", "won by a single point", "trailing by a goal": one of the noun, said with "a".
_BY_ONE = regex(
    r"\b(?:led|leads?|leading|ahead|behind|trail(?:s|ed|ing)?|won|wins|winning|beat(?:s|en|ing)?|lost|"
    r"losing)\s+by\s+(?P<num>a|one)(?:\s+single)?\s+(?P<noun>" + _NOUNS + r")\b"
    # the noun ends its phrase ("by a point guard" names a player): punctuation or a linking word follows
    r"(?=\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:going|heading|into|at|after|before|in|on|over|with|from|and|but|"
    r"to|when|as|until|entering|overnight|clear|ahead)\b)", re.IGNORECASE)


def lead_margins(text: str) -> Iterator[Found]:
    """The margins of ``text`` said as a compound or with "a" for one, as counts of their noun."""
    if not may_contain_word(text, *MARGIN_NOUNS):  # a whole word in both patterns ("run" in "runway" is none)
        return
    for m in _COMPOUND.finditer(text):
        yield Found(Kind.NUMBER, m.start("num"), m.end("noun"), parse_quantity(m["num"].casefold()),
                    "number:count", (m["noun"].casefold(),))
    for m in _BY_ONE.finditer(text):
        if m["num"].casefold() == "one":
            continue  # "by one goal" is a figure the amount scanner already reads
        yield Found(Kind.NUMBER, m.start("num"), m.end("noun"), Quantity(parse_quantity("one").amount),
                    "number:count", (m["noun"].casefold(),))


__all__ = ["MARGIN_NOUNS", "lead_margins"]
