"""An article whose weekday and date disagree ("Monday, June 10" when June 10 is a Wednesday).

No other source is needed to see this mistake, so it is no divergence
between sources but one within a source; the report still lists it with the
divergences, since an editor must fix one of the two words. The extractor
(extract/dates.py) splits such an expression into its weekday and its date,
each cued ``WEEKDAY_MISMATCH``; this module pairs them back into one finding
and words it. Those two mentions are kept out of the cross-source judging:
which of them the writer meant is unknown.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from sourcediff.extract.dates import WEEKDAY_MISMATCH, WEEKDAYS
from sourcediff.model import Mention
from sourcediff.values import DateValue

# The weekday half ends this close before the date half ("Monday, June 10": a comma and a space).
_GAP = 3


def mismatched(m: Mention) -> bool:
    return WEEKDAY_MISMATCH in m.cues


def mismatch_groups(ms: Sequence[Mention]) -> list[list[Mention]]:
    """The (weekday, date) pairs of every "Monday, June 10" whose two halves name different days."""
    halves = sorted((m for m in ms if mismatched(m)), key=lambda m: (m.source, m.span.start))
    return [[a, b] for a, b in itertools.pairwise(halves)
            if a.source == b.source and a.passage == b.passage and 0 <= b.span.start - a.span.end <= _GAP]


def mismatch_summary(group: Sequence[Mention]) -> str:
    """ "weekday and date disagree in 001: “Monday, June 10” — 2026-06-10 is a Wednesday"."""
    weekday, date = group[0], group[-1]
    value = date.value
    if not isinstance(value, DateValue) or value.start is None:
        return f"weekday and date disagree in {date.source}"
    named = WEEKDAYS[value.start.weekday()].capitalize()
    return (f"weekday and date disagree in {date.source}: \u201c{weekday.raw}\u201d, \u201c{date.raw}\u201d "
            f"\u2014 {value.start.isoformat()} is a {named}")
