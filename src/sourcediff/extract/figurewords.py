"""A bare figure after "the figure was": the count before, given again for another period or place.

"Bailiffs evicted 214 households between January and March. In the same
three months of 2026 the figure was 163." The second sentence names what it
counts only as "the figure" (or "the number", "the total", "the count"),
leaving the noun to the count just made, so 163 counted nothing and was
dropped; another outlet's "163 households a year earlier" then had nothing
to meet, and a source that gave the earlier figure only this way stated no
fact. The figure is read as a count of the nouns of that count (earlier in
the sentence, else the last count of the sentence before), without its
part, margin, role or name cues: it is another value of the same measure,
not that count restated, so it need not share its value.
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import Amount, left_match
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import MARGIN, PART, ROLE_PREFIX
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# "the figure was", "the comparable number was", "the total stood at", right before the figure.
_FIGURE_WAS_BEFORE = regex(
    r"\b(?:the|that)\s+(?:comparable\s+|equivalent\s+|corresponding\s+|same\s+)?"
    r"(?:figure|number|total|count|tally)\s+(?:was|were|is|had\s+been|has\s+been|stood\s+at|came\s+to)"
    r"\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE)
# What may follow: the end of the clause, or a period or place phrase ("163 in 2026", "163 a year earlier").
_CLAUSE_END_AFTER = regex(r"(?:\s*[.,;:!?)]|\s*$|\s+(?:in|a|last|the|for|at|across|compared|against)\b)")


def _noun_cues(counted: Found | None) -> tuple[str, ...]:
    """The nouns a count counts, without what marks it as a part, margin, role or named item."""
    if counted is None or counted.slot != "number:count" or counted.value.unit is not None:
        return ()
    return tuple(c for c in counted.cues if c not in (PART, MARGIN) and ":" not in c
                 and not c.startswith(ROLE_PREFIX))


def figure_was(text: str, a: Amount, previous: Found | None, before: Found | None) -> Found | None:
    """The bare figure ``a`` as a count of the count before's nouns after "the figure was" (module doc)."""
    if (a.currency is not None or a.year_like or a.vague or a.high is not None
            or left_match(_FIGURE_WAS_BEFORE, text, a.start, 60) is None
            or _CLAUSE_END_AFTER.match(text, a.num_end) is None):
        return None
    cues = _noun_cues(previous) or _noun_cues(before)
    if not cues:
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


__all__ = ["figure_was"]
