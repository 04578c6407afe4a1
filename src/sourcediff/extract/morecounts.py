"""Counts of additional things: "options on 25 more", "30 more planes", "a further 25 airframes".

An order, a plan or a toll often names a first count and then how many
more come on top ("ordered 60 jets, with options on 25 more"). "more" is a
function word, so the reading of what a figure counts stopped at it: "25
more aircraft" and the bare "25 more" counted nothing and were dropped,
while another outlet's "a further 25 airframes" was read as a plain count,
so an outlet saying 30 more stated nothing the others could contradict, and
a plain reading would have made the additional 25 a rival of the first 60.

A count of additional things carries the cue MORE: it meets the other
outlets' additional counts, and never rivals a count without it
(compat.same_thing). Read here:
- a count whose figure is followed by "more", "further", "additional",
  "extra" (the noun after it is read by numbernouns as usual) or preceded by
  "a further", "another", "an additional", "an extra": cue MORE added;
- a bare figure followed by "more", or preceded by "a further" or "another"
  ("cancelled 610 flights on Monday and a further 380 on Tuesday"), then the
  clause's end ("options on 25 more."), a phrase of its own ("on Tuesday")
  or the verb of the clause it is the subject of ("35 more will be
  recruited", "12 more to be hired"), after a count in its clause: a count of
  that count's noun, MORE.

The count the additional ones join is often given bare as well ("will hire
nine new pilots, adding to the 27 it employs now", "nine more pilots on top
of the 27 already employed"): "the N" after "adding to", "on top of", "in
addition to", "besides", "alongside", in the clause of a count of new or
additional things, counts the same noun as it, without NEW or MORE
(base_of_more). It was dropped as counting nothing, so the outlets that
gave the standing count this way stated nothing another's "Pilots: 27 now"
could meet.
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import Amount, attached_after, left_match
from sourcediff.extract.newcounts import NEW
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import PART, ROLE_PREFIX
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

MORE = "more"

# The word after a figure that makes it a count of additional things ("25 more aircraft"). Not "more than"
# (a hedge of the next figure) nor "more or less".
MORE_AFTER = regex(r"\s+(?:more|further|additional|extra)\b(?!\s+(?:than|or\s+less)\b)(?![-'’])")
# The words before a figure that make it a count of additional things ("a further 25 airframes").
_MORE_BEFORE = regex(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$")
# What may follow a bare "N more" with no noun after it: the clause's end or the next clause, or the
# verb of a clause whose subject it is ("240 midwives, and 35 more will be recruited", "... 12 more were
# hurt", "hire 35 more next year").
_BARE_END = regex(r"\s*(?:[,;.)]|\s+(?:and|but|on|later|by|in|from|with|while|if|next|this|to"
                  r"|will|would|could|should|may|might|must|are|were|is|was|have|has|had)\b|$)")
# The words before a bare figure that make it the count additional things join ("adding to the 27",
# "on top of the 27", "in addition to its current 27").
_BASE_BEFORE = regex(r"\b(?:add(?:ing|ed|s)?\s+to|on\s+top\s+of|in\s+addition\s+to|besides|alongside)"
                     r"\s+(?:the|its|their|our)\s+(?:existing\s+|current\s+)?$", re.IGNORECASE)
# How far back a bare "N more" may reach for the count that names its noun.
_REACH = 120


def is_more(text: str, a: Amount) -> bool:
    """True when the words around the figure say it counts additional things ("25 more", "a further 25")."""
    return (MORE_AFTER.match(text, a.num_end) is not None
            or left_match(_MORE_BEFORE, text, a.start, 24) is not None)


def with_more(found: Found, text: str, a: Amount) -> Found:
    """A count ``found`` with the cue MORE when its figure counts additional things, else unchanged."""
    if found.slot != "number:count" or MORE in found.cues or not is_more(text, a):
        return found
    return Found(found.kind, found.start, found.end, found.value, found.slot, (*found.cues, MORE))


def more_item(text: str, a: Amount, previous: Found | None) -> Found | None:
    """A bare "N more" after a count in its clause ("60 jets, with options on 25 more"), as a MORE count.

    So is a bare "a further N" or "another N" ("cut 300 jobs in May and a
    further 120 in June"): the noun is left out as it is after "more", and
    read as counting nothing the second count was dropped.
    """
    if a.currency is not None or a.year_like or a.vague or a.high is not None or a.scaled:
        return None
    more = MORE_AFTER.match(text, a.num_end)
    end = more.end() if more is not None else (
        a.num_end if left_match(_MORE_BEFORE, text, a.start, 24) is not None else None)
    if (end is None or _BARE_END.match(text, end) is None or previous is None
            or previous.slot != "number:count" or a.start - previous.end > _REACH
            or any(c in ".;!?()" for c in text[previous.end:a.start])):
        return None
    cues = tuple(c for c in previous.cues if c not in (PART, NEW, MORE) and not c.startswith(ROLE_PREFIX))
    if not cues:
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 (*cues, MORE))


def base_of_more(text: str, a: Amount, previous: Found | None) -> Found | None:
    """A bare "the N" that new or additional things join ("nine new pilots, adding to the 27 it employs").

    It counts the noun of the count of new or additional things before it in
    its clause, without their NEW or MORE cue: the standing count, which
    another outlet's "27 pilots now" states. The additional count must carry
    NEW or MORE, so the two figures never read as rival values of one count.
    """
    if (a.currency is not None or a.year_like or a.vague or a.high is not None or a.scaled
            or previous is None or previous.slot != "number:count"
            or not (NEW in previous.cues or MORE in previous.cues)
            or a.start - previous.end > _REACH or any(c in ".;!?()" for c in text[previous.end:a.start])
            or left_match(_BASE_BEFORE, text, a.start, 40) is None or attached_after(text, a.num_end)):
        return None
    cues = tuple(c for c in previous.cues if c not in (PART, NEW, MORE) and not c.startswith(ROLE_PREFIX))
    if not cues:
        return None
    return Found(Kind.NUMBER, a.start, a.num_end, Quantity(a.low, None, a.qualifier, None), "number:count",
                 cues)
