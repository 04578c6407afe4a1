"""Divergent pairs of opening days: two sources' different days for when one inquiry was opened.

"The regulator opened its inquiry on March 3" against "The watchdog's
inquiry, opened on 13 March, ...": the day an inquiry, an investigation, a
probe or a review was opened is a moment a story tells once, yet outlets
mention it in passing, inside sentences about other things (the remedies it
rejected, the report that ended it), so the two sentences rarely align, and
the rival day stayed a detail only one outlet has. Split out as its own
rule, as divergestarts reads start days and divergeevents named clocks.

A day is an opening day when the words right before it name the opening of
such a body of work ("opened its inquiry on", "inquiry, opened on",
"investigation was launched on"). Two sources' opening days are rivals when
they open the same kind of work (an "enquiry" is an inquiry, a "probe" an
investigation), are both calendar days, do not fit, and each source gives
that kind of opening one value only: a source naming two (an earlier
inquiry and this one) says a story may have two, and which one a partner
contradicts is unknown.
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

# The bodies of work whose opening a story dates once, each folded to the plain word for it.
_WORK_NOUNS = {"inquiry": "inquiry", "inquiries": "inquiry", "enquiry": "inquiry", "enquiries": "inquiry",
               "investigation": "investigation", "investigations": "investigation", "probe": "investigation",
               "probes": "investigation", "review": "review", "reviews": "review"}
_NOUN = r"(?P<{}>inquir(?:y|ies)|enquir(?:y|ies)|investigations?|probes?|reviews?)"
_OPEN_VERB = r"(?:opened|launched|began|begun|started)"
# The noun before its verb ("inquiry, opened on", "investigation was launched on", "probe began on") or
# the verb before its object ("opened its inquiry on", "launched a formal investigation on"), right before
# the day.
_OPENING_BEFORE = regex(
    rf"\b{_NOUN.format('first')},?\s+(?:(?:was|were|had\s+been|been)\s+)?{_OPEN_VERB}\s+(?:on\s+|in\s+)?$"
    rf"|\b{_OPEN_VERB}\s+(?:its|an|a|the|their|his|her)\s+(?:[a-z-]+\s+)?{_NOUN.format('after')}\s+(?:on\s+|in\s+)?$")
# How far before a day its opening words may begin, in characters.
_OPENING_REACH = 72


def opened_work(text: str, m: Mention) -> str | None:
    """The kind of work ("inquiry", "investigation", "review") a day is the opening day of, else None."""
    if m.kind is not Kind.DATE or not calendar_day(m):
        return None
    before = text[max(0, m.span.start - _OPENING_REACH):m.span.start].casefold()
    hit = _OPENING_BEFORE.search(before)
    return _WORK_NOUNS[hit["first"] or hit["after"]] if hit else None


def opening_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """Two sources' different opening days of one kind of work, each the source's only one (see module)."""
    days: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if divergeable(m) and (work := opened_work(ctx.texts[m.source], m)) is not None:
            days[(work, m.source)].append(i)
    single: dict[str, list[int]] = defaultdict(list)
    for (work, _), idx in days.items():
        if len({ms[i].canonical for i in idx}) == 1:
            single[work].append(idx[0])
    pairs = []
    for idx in single.values():
        for i, j in itertools.combinations(idx, 2):
            a, b = ms[i], ms[j]
            if a.source != b.source and comparable(a, b) and not compatible(a, b):
                pairs.append((i, j))
    return pairs
