"""A figure after "all" that names no noun: the whole of a count just made ("held five men. All five ...").

"The port has taken all 11 out of service" and "All five were released
on bail" restate a count the sentence before (or the same sentence) made,
with nothing after the figure to say what it counts, so the figure counted
nothing and was dropped; another outlet's "took its 11 tugboats out of
service" then had nothing to agree with. "all" before the figure makes
it the whole of a set already counted: when a count of the same value
stands just before it (earlier in the sentence, or the last count of the
sentence before), the figure is that count again, with its noun and role.
A part of that count ("one of 14") is not what "all" restates: its cue
PART is dropped, the whole keeps the rest.
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import Amount
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import PART
from sourcediff.model import Kind
from sourcediff.values import Quantity

# "all" (or "All") right before the figure, alone: "all 14", "All five"; not "overall 14" or "all but 14".
_ALL_BEFORE = re.compile(r"(?:^|(?<=[\s\"'\u201c\u2018(]))[Aa]ll\s+$")


def after_all(text: str, pos: int) -> bool:
    """True when the word right before ``pos`` is "all": "taken all " before "11"."""
    return _ALL_BEFORE.search(text, max(0, pos - 8), pos) is not None


def all_of_before(text: str, a: Amount, previous: Found | None, before: Found | None) -> Found | None:
    """The count "all N" restates (see the module doc), or None."""
    if a.currency is not None or a.year_like or a.vague or a.high is not None or not after_all(text, a.start):
        return None
    for counted in (previous, before):
        if (counted is not None and counted.slot == "number:count" and counted.value.unit is None
                and counted.value.high is None and counted.value.amount == a.low):
            cues = tuple(c for c in counted.cues if c != PART)
            if cues:
                return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None),
                             "number:count", cues)
    return None


__all__ = ["after_all", "all_of_before"]
