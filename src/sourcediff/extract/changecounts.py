"""The bare figures of a change whose noun is written once: "from 30 classes to 18", "the number of
classes from 30 to 18".

numbercontext.change_start gives the first figure of "from 140 to 410 people"
the noun written after the second. Outlets write the same change two other
ways: with the noun after the first figure only ("cut its timetable from 30
classes to 18"), or with no noun beside either figure because the subject
names what is counted ("the number of classes fell from 30 to 18"). Left
alone, each bare figure counts nothing and is dropped, so another outlet's
"18 classes" has nothing to agree or disagree with.
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import Amount, is_noise, singular
from sourcediff.extract.numberbase import Found
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# "from 30 classes to 18": between the first figure and the second, its noun (up to three words; none when
# "number of" named it) and "to" alone. The last word between must be the first figure's noun, so "from
# 30 classes in May to 18" (a date between) is left to the series rule. A word that only stresses how
# small the second figure is may stand after "to" ("from 30 classes to just 18", "to a mere 18"): it
# states no other noun.
_NOUN_THEN_TO = regex(r"\s+(?:(?:[a-z][a-z'’-]*\s+){0,2}(?P<noun>[a-z][a-z'’-]*)\s+)?to\s+"
                      r"(?:(?:just|only|merely|barely|a\s+mere|a\s+paltry)\s+)?",
                      re.IGNORECASE)
_FROM_BEFORE = regex(r"\bfrom\s+$", re.IGNORECASE)
# "the number of classes next term from 30 to 18": the noun after "number of", a few words (no clause
# break, no figure) up to "from" right before the first figure.
_NUMBER_OF_FROM = regex(
    r"\b(?:the|its|their|his|her|our)\s+(?:number|total|count)\s+of\s+(?P<noun>[a-z][a-z-]*[a-z])"
    r"(?:\s+[a-z'’-]+){0,5}?\s+from\s+$", re.IGNORECASE)
_TO_BETWEEN = regex(r"\s+to\s+", re.IGNORECASE)
_NUMBER_OF_REACH = 90


def _plain(a: Amount) -> bool:
    return a.currency is None and not a.year_like and not a.vague and a.high is None


def change_end(text: str, a: Amount, previous: Found | None) -> Found | None:
    """ "From 30 classes to 18": the second figure counts what the first does (its noun and cues)."""
    if (previous is None or previous.kind is not Kind.NUMBER or previous.slot != "number:count"
            or not previous.cues or not _plain(a) or is_noise(text, a)
            or _FROM_BEFORE.search(text, max(0, previous.start - 8), previous.start) is None
            or (gap := _NOUN_THEN_TO.fullmatch(text, previous.end, a.start)) is None
            or (gap["noun"] is not None and singular(gap["noun"]) not in previous.cues)):
        return None  # "from 30 classes in May to 18": the words between are no noun of the first figure
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, previous.value.unit, a.qualifier, None),
                 previous.slot, previous.cues)


def number_of_change(text: str, a: Amount, after: Amount | None) -> Found | None:
    """ "The number of classes ... from 30 to 18": the first figure counts what "number of" names.

    Only the first figure of "from <figure> to <figure>" is read here; the
    second then takes its noun through `change_end`.
    """
    if (after is None or not _plain(a) or not _plain(after) or is_noise(text, a)
            or _TO_BETWEEN.fullmatch(text, a.num_end, after.start) is None):
        return None
    m = _NUMBER_OF_FROM.search(text, max(0, a.start - _NUMBER_OF_REACH), a.start)
    if m is None:
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 (singular(m.group("noun")),))
