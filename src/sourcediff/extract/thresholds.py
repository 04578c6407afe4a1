"""A figure that is the threshold of a condition, not a value the story states.

"Carriers say the longer route pays once tolls exceed about $12 a trip"
names the point at which something would change; it says nothing of what
the toll is. Read as a toll it made a lone rival of three sources' agreed
toll whenever the aligner put the condition's sentence beside theirs (its
words are the toll's words). The cue keeps such a figure out of the judge's
contradictions (divergepair.divergeable), as a writer's conversion is kept.
"""

from __future__ import annotations

from sourcediff.extract import patterns as P

THRESHOLD = "threshold"
# How far before its figure a threshold's condition word may stand, in characters: a clause.
_REACH = 120


def threshold_cue(text: str, start: int) -> tuple[str, ...]:
    """(THRESHOLD,) when the figure at ``text[start:]`` is passed in a condition ("if X tops 4%"), else ().

    The condition word must open the clause that passes the figure: "if
    approved, the fee will rise to $12" states the fee (no verb of passing),
    and "Tolls exceed $12" states what the tolls are.
    """
    before = text[max(0, start - _REACH):start]
    return (THRESHOLD,) if P.FIGURE_THRESHOLD_BEFORE.search(before) else ()
