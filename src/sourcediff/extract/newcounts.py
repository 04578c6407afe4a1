"""Counts of new things: "seven new arenas", "six to be newly built", "6 new-build" are one subset count.

A plan that names a total ("28 arenas") and how many of them are new gives
two counts of one noun. Read alike, "eight brand-new arenas" was a rival of
another outlet's "28 arenas", and an outlet's "eight to be newly built" or
"8 new-build" (no noun after the figure) was no count at all, so the one
outlet that said nine new arenas stated nothing the others could
contradict. A count of new things carries the cue NEW: it meets the other
outlets' counts of new things of that noun, and never rivals a total or a
part that is not new (compat.same_thing).

Read here:
- a count whose figure is followed by "new", "brand-new", "newly built",
  "new-build" (the noun after it, if any, is read as usual): cue NEW added;
- a bare figure followed by such words after a count in its clause ("28
  arenas, 20 of them existing and eight to be newly built"): a count of the
  count before's noun, cue NEW;
- the items of a list after a count's noun and a colon ("28 sports arenas:
  20 existing or temporary and 8 new-build"): counts of the noun before
  the colon, NEW when new, else a part (roles.PART), as "20 of them".
NEW is kept only in a passage that counts the same noun another time (a
total, the other part): alone, "the council bought 40 new trams" says new
as a mere description, and another outlet's "41 trams" is its rival.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from sourcediff.extract.amounts import Amount, left_match, singular
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import PART
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

NEW = "new"

# What makes a figure a count of new things, right after it: "new", "brand-new", "newly built", "to be
# newly built", "new-build"; not "new" as a noun's own name ("New York", "New Year": capitalized).
_NEW_AFTER = regex(r"\s+(?:to\s+be\s+)?(?:(?:brand[\s-])?new(?:[\s-]build)?|newly[\s-](?:built|constructed|"
                   r"created|opened|added|made))\b(?![-'’]|\s+(?:year|years|record|high|low|normal)\b)")
# What may follow a bare new count with no noun after it: the clause's end or the next item.
_ITEM_END = regex(r"(?:\s+(?:ones?|venues?|sites?|units?))?\s*(?:[,;.)]|\s+(?:and|including|with|while)\b|$)")
# A list after a count's noun and a colon: "28 sports arenas: 20 existing or temporary and " before an item.
_COLON_LIST_BEFORE = regex(
    r"\b\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][a-z-]*s):\s+"
    r"(?:\d[\d,]*(?:\s+[a-z][\w-]*){0,4}?(?:,\s+(?:and\s+)?|\s+and\s+))*$")
# How far back a bare new count's clause may reach for the count that names its noun.
_REACH = 120


def is_new(text: str, a: Amount) -> bool:
    """True when the words right after the figure say it counts new things ("seven new arenas")."""
    return _NEW_AFTER.match(text, a.num_end) is not None


def with_new(found: Found, text: str, a: Amount) -> Found:
    """A count ``found`` with the cue NEW when its figure counts new things, else unchanged."""
    if found.slot != "number:count" or NEW in found.cues or not is_new(text, a):
        return found
    return Found(found.kind, found.start, found.end, found.value, found.slot, (*found.cues, NEW))


def new_item(text: str, a: Amount, previous: Found | None) -> Found | None:
    """A bare figure of new things or a list item after a colon, as a count of its noun (see module doc)."""
    if a.currency is not None or a.year_like or a.vague or a.high is not None or a.scaled:
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    new = _NEW_AFTER.match(text, a.num_end)
    listed = left_match(_COLON_LIST_BEFORE, text, a.start, _REACH)
    if listed is not None:
        listed_cues = (singular(listed["noun"]), NEW if new else PART)
        return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", listed_cues)
    if (new is None or not _ITEM_END.match(text, new.end()) or previous is None
            or previous.slot != "number:count" or a.start - previous.end > _REACH
            or any(c in ".;!?()" for c in text[previous.end:a.start])):
        return None
    cues = tuple(c for c in previous.cues if c not in (PART, NEW))
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (*cues, NEW)) if cues else None


def new_beside_total(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with NEW dropped from a count whose passage counts its noun no other time (module doc)."""
    nouns: dict[tuple[str, int], list[frozenset[str]]] = defaultdict(list)
    for m in mentions:
        if m.slot == "number:count":
            nouns[(m.source, m.passage)].append(_nouns(m))
    out = []
    for m in mentions:
        if NEW in m.cues and m.slot == "number:count":
            own = _nouns(m)
            if sum(bool(own & other) for other in nouns[(m.source, m.passage)]) < 2:
                m = dataclasses.replace(m, cues=tuple(c for c in m.cues if c != NEW))
        out.append(m)
    return out


def _nouns(m: Mention) -> frozenset[str]:
    """The nouns a count counts, without the marks of a part or of new things."""
    return frozenset(c for c in m.cues if c not in (NEW, PART) and ":" not in c)
