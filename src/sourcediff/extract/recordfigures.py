"""A record's bare figure: "breaking the record of eight set by ...", "beating the eight won by ...".

A report of a record broken names the new figure with its noun ("nine
wins") and the old one bare, its noun elided: "the record of eight set by
Lantern Road", "beating the eight won by Lantern Road". numbers.py emits a
plain count only with the noun it counts, so the old record was dropped and
an outlet that gives it as "8 wins" had nothing to meet, nor one that dates
or sizes it differently anything to contradict. Here such a figure is read
as a count of what the count before it in the sentence counts ("The nine
wins ... the record of eight"), else of nothing named: a count without a noun
is no rival of any other count by its noun (compat.same_thing), so the
passage alignment decides what it meets.
"""

from __future__ import annotations

from sourcediff.extract.amounts import Amount, left_match
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import MARGIN, ROLE_PREFIX
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# "the record of", "the previous record of", "a record tally of": the record named, its figure next.
_RECORD_OF_BEFORE = regex(r"\brecord (?:(?:tally|total|haul|mark|number) )?of $")
# "beating the", "surpassing the": a verb of passing a record right before "the" and the figure ...
_PASSING_BEFORE = regex(r"\b(?:beating|beat|surpassing|surpassed|eclipsing|eclipsed|passing|passed|topping|"
                        r"topped|breaking|broke|bettering|bettered|overtaking|overtook) the $")
# ... which the holder "won", "set" or "held".
_HELD_BY_AFTER = regex(r" (?:won|set|held|taken|claimed|achieved|managed|scored|collected) by\b")
# After "the record of eight": the holder or the end of the clause, never a noun ("of eight titles").
_RECORD_END_AFTER = regex(r"(?:\s*[,;.)]|\s+(?:set|held|won|achieved|established|shared) by\b|\s+in\b|\s*$)")

# How far before the figure the count that lends its noun may stand, inside one sentence.
_REACH = 160


def record_figure(text: str, a: Amount, previous: Found | None) -> Found | None:
    """The bare figure ``a`` as a record's count, or None when it is not one (see module doc)."""
    if a.currency is not None or a.year_like or a.vague or a.high is not None or a.start != a.num_start:
        return None
    # The anchored match after the figure first (one try, and " by" is rare), the search before it second;
    # "record " as written is the first pattern's own word, so a passage without it skips that search.
    recorded = ("record " in text and _RECORD_END_AFTER.match(text, a.num_end) is not None
                and left_match(_RECORD_OF_BEFORE, text, a.start, 60) is not None)
    passed = (_HELD_BY_AFTER.match(text, a.num_end) is not None
              and left_match(_PASSING_BEFORE, text, a.start, 40) is not None)
    if not (recorded or passed):
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", _lent_cues(text, a, previous))


def _lent_cues(text: str, a: Amount, previous: Found | None) -> tuple[str, ...]:
    """The nouns of the count before the figure in its sentence ("nine wins ... of eight"), if any."""
    if (previous is None or previous.slot != "number:count" or a.start - previous.end > _REACH
            or any(c in ".!?" for c in text[previous.end:a.start])):
        return ()
    return tuple(c for c in previous.cues if not c.startswith(ROLE_PREFIX) and c != MARGIN)
