"""One side of a vote told alone: "backed by seven councillors", "41 MPs voted against", "312 MPs in favour".

An outlet that writes only the winning side gives no tally, so its figure
was a plain head count and never met the others' "7 votes to 4" (a
`Tally`, slot "number:tally"): an agreement went unseen and a wrong side
("backed by eight councillors") never diverged. A count of voters with an
explicit for or against cue is read here as that side of the division
(`TallySide`, in the tallies' slot), which compat compares with a tally's
same side only. Conservative by design: a count with no such cue ("the
11-member committee", "seven councillors spoke") stays a head count, and so
does a hedged one ("some 230 delegates").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import Quantity, TallySide

# The noun stems (mention cues) of people or ballots that vote: a count of them with a side cue is a side.
VOTERS = frozenset({"councillor", "councilor", "mp", "mep", "member", "senator", "lawmaker", "legislator",
                    "delegate", "deputy", "representative", "peer", "alderman", "vote"})
# The count's noun right after the figure, with at most one word before it ("seven Labour councillors").
_NOUN = (r"\s+(?:[\w'’-]+\s+)?(?:councill?ors?|MPs|MEPs|members|senators|lawmakers|legislators|delegates|"
         r"deputies|representatives|peers|aldermen|votes)")
_NOUN_AHEAD = regex(_NOUN, re.IGNORECASE)
# After the noun: the side its members took ("voted for", "voted in favour", "voted against", "in favour",
# a bare "against" that ends the clause: "with 41 MPs against.").
_AFTER = regex(_NOUN + r"(?:\s+(?:voted|voting)\s+(?:(?P<f>for|in\s+favou?r)|(?P<a>against))\b"
               r"|\s+(?:were\s+)?(?P<f2>in\s+favou?r)\b"
               r"|\s+(?:were\s+)?(?P<a2>against)(?=\s*(?:[,.;:)]|and\b|$)))", re.IGNORECASE)
# Before the figure: a passive "backed by" names the for-side ("was backed by seven councillors").
_BACKED_BY = regex(r"\bbacked\s+by\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
# How far before the figure "backed by" is looked for (characters).
_BEFORE_REACH = 24
# How far after the figure its noun and side cue are looked for (characters).
_AFTER_REACH = 80


def side_of(text: str, m: Mention) -> str | None:
    """The side ("for", "against") a count of voters states, None when no explicit cue names one."""
    after = _AFTER.match(text[m.span.end:m.span.end + _AFTER_REACH])
    if after is not None:
        return "for" if after["f"] or after["f2"] else "against"
    if _BACKED_BY.search(text, max(0, m.span.start - _BEFORE_REACH), m.span.start) is None:
        return None
    return "for" if _NOUN_AHEAD.match(text, m.span.end, m.span.end + _AFTER_REACH) else None


def _candidate(m: Mention) -> int | None:
    """A plain, unhedged whole count of voters (its figure), None for anything else."""
    v = m.value
    if (m.kind is not Kind.NUMBER or m.slot != "number:count" or not isinstance(v, Quantity)
            or v.unit is not None or v.qualifier is not None or v.high is not None or v.near
            or "-" in m.raw or not VOTERS.intersection(m.cues)):
        return None
    if v.amount < 1 or v.amount != v.amount.to_integral_value():
        return None
    return int(v.amount)


def settle(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions with each count of voters that names its side read as that side of the division."""
    out = []
    for m in mentions:
        count = _candidate(m)
        side = side_of(text, m) if count is not None else None
        if count is None or side is None:
            out.append(m)
            continue
        out.append(replace(m, slot="number:tally", value=TallySide(count, side),
                           cues=("tally", *(c for c in m.cues if not c.startswith("role:")))))
    return out
