"""A count of the first units of something longer: "his first 11 seasons" is no rival of "19 seasons".

"A club fixture who spent his first 11 seasons there as a player" and
another outlet's "the assistant has spent 19 seasons with the club" share
their words (spent, seasons, the club), so a rule that pairs values by the
words around them read two men's careers as one figure given two ways. A
figure written after "first" counts the leading part of a longer whole (the
first seasons of a career, the first days of a term, the first victims
named): it says nothing of the whole's length, so it is never the rival of
a figure written without it. Two "first" figures ("his first 11 seasons",
"his first 12 seasons") still contradict each other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

# "first" right before the figure: "his first 11 seasons", "in the first two days", "the first three victims".
_FIRST_BEFORE = regex(r"\bfirst\s+$", re.IGNORECASE)
_REACH = 12


def leading_part(m: Mention, texts: Mapping[str, str]) -> bool:
    """True when a count or measure is written right after "first": it counts a part of a longer whole."""
    if m.kind is not Kind.NUMBER:
        return False
    text = texts.get(m.source)
    if not text:
        return False
    return _FIRST_BEFORE.search(text, max(0, m.span.start - _REACH), m.span.start) is not None


def parts_differ(a: Mention, b: Mention, texts: Mapping[str, str]) -> bool:
    """True when one figure counts a leading part ("his first 11 seasons") and the other does not."""
    return leading_part(a, texts) != leading_part(b, texts)
