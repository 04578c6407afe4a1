"""A part of a count whose whole is restated without its noun: "21 of the 30 had returned".

"Nine of the 30 pupils were sent home. By Friday, 21 of the 30 had
returned": the second sentence names the whole again ("the 30") but not
what it counts, which the sentence before said. Both figures then counted
nothing and were dropped, and another outlet's "21 of 30 pupils returned"
had nothing to agree with. When the figure after "of the" has the value of
a count just made (earlier in the sentence, or the last count of the
sentence before) and names no noun of its own, it is that count again, with
its noun and role; the figure before "of the" counts some of the same
things, and is read as "21 of the 30 pupils" is read: with the whole's cues,
and PART when the whole counts a role ("four of the 11 injured", as
`numbercontext.part_of_whole_after` reads it).
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import Amount
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import PART, ROLE_PREFIX
from sourcediff.model import Kind
from sourcediff.values import Quantity

# "of the" between a part and its whole: "21 of the 30"; the whole's figure follows at once.
_OF_THE = re.compile(r"\s+of\s+the\s+", re.IGNORECASE)
# "of the" right before a figure: "... of the 30".
_OF_THE_BEFORE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)


def _plain(a: Amount) -> bool:
    """A single figure, neither money nor a year nor a vague "dozens"."""
    return a.currency is None and not a.year_like and not a.vague and a.high is None


def _count(a: Amount, cues: tuple[str, ...]) -> Found:
    """The figure as a count with ``cues``."""
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


def _restated(value: Amount, counted: tuple[Found | None, ...]) -> Found | None:
    """The count just made that ``value`` states again: a count of something, of the same value."""
    for found in counted:
        if (found is not None and found.kind is Kind.NUMBER and found.slot == "number:count"
                and found.value.unit is None and found.value.high is None and found.value.amount == value.low
                and any(c != PART for c in found.cues)):
            return found
    return None


def restated_whole(text: str, a: Amount, previous: Found | None, before: Found | None) -> Found | None:
    """ "of the 30" with no noun after it: the count of 30 just made, again (see the module doc)."""
    if not _plain(a) or _OF_THE_BEFORE.search(text, max(0, a.start - 12), a.start) is None:
        return None
    counted = _restated(a, (previous, before))
    if counted is None:
        return None
    cues = tuple(c for c in counted.cues if c != PART)
    return _count(a, cues)


def part_of_restated_whole(text: str, a: Amount, whole: Amount, previous: Found | None,
                           before: Found | None) -> Found | None:
    """ "21 of the 30", where "the 30" restates a count just made: a part of it (see the module doc).

    ``whole`` is the figure scanned right after ``a``, and must name no noun
    of its own (the caller checks it was read as no count).
    """
    of = _OF_THE.match(text, a.num_end)
    if of is None or of.end() != whole.start or not _plain(a) or not _plain(whole):
        return None
    counted = _restated(whole, (previous, before))
    if counted is None:
        return None
    cues = tuple(c for c in counted.cues if c != PART)
    if any(c.startswith(ROLE_PREFIX) for c in cues):
        cues = (*cues, PART)
    return _count(a, cues)


__all__ = ["part_of_restated_whole", "restated_whole"]
