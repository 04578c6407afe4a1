"""Divergent pairs of abduction days: two sources' different days for when someone was kidnapped.

"She was abducted on May 9 along with two drivers" against "Okoye,
aged 41 and from Hollowmere, was abducted on 7 May when armed men stopped
the convoy": the day a hostage was taken is a moment a kidnapping story
tells once, yet outlets give it in passing, inside sentences about other
things (the hostage's age and home town, the raid, the colleagues taken
too), so the two sentences often align with other claims, and the rival day
stayed a detail only one outlet has. The same shape as divergeopenings
(the day an inquiry was opened): the words right before a calendar day name
the act ("was kidnapped on", "abducted by gunmen on", "since his abduction
on", "taken hostage on").

A source that gives two abduction days (a colleague taken a month before,
an earlier kidnapping) says the story has several, and which one a partner
contradicts is unknown: it is left out. Days that are not calendar days
("in June", "last year") compare with nothing here.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.compat import comparable, compatible
from sourcediff.divergepair import calendar_day, divergeable
from sourcediff.evidence import Evidence
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

# The act, then at most four words (an agent, a place: "by gunmen", "from a camp near Ardel") that are no
# clause of their own (no "and", no second act such as "released"), then "on" right before the day.
_ABDUCTED_BEFORE = regex(
    r"\b(?:kidnapp(?:ed|ing)|kidnap|abduct(?:ed|ion)|taken\s+(?:hostage|captive)|seized\s+as\s+a\s+hostage)"
    r"(?:\s+(?!and\b|but\b|then\b|was\b|were\b|released\b|freed\b|who\b|which\b)[A-Za-z'\u2019-]+){0,4}"
    r",?\s+on\s+$", )
# How far before a day the abduction words may begin, in characters.
_ABDUCTION_REACH = 80


def abduction_day(text: str, m: Mention) -> bool:
    """Whether ``m`` is a calendar day that the words right before it make the day of a kidnapping."""
    if m.kind is not Kind.DATE or not calendar_day(m):
        return False
    before = text[max(0, m.span.start - _ABDUCTION_REACH):m.span.start].casefold()
    return _ABDUCTED_BEFORE.search(before) is not None


def abduction_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' different abduction days, each the source's only one (see module)."""
    days: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if divergeable(m) and abduction_day(ctx.texts[m.source], m):
            days[m.source].append(i)
    single = [idx[0] for idx in days.values() if len({ms[i].canonical for i in idx}) == 1]
    pairs = []
    for i, j in itertools.combinations(single, 2):
        a, b = ms[i], ms[j]
        if comparable(a, b) and not compatible(a, b):
            pairs.append((i, j))
    return pairs


__all__ = ["abduction_day", "abduction_pairs"]
