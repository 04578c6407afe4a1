"""Updated figures: which figure the writer gives as superseded and which as the latest.

A death toll rises while a story is written: one outlet says "9 dead", a later
one "the toll rose to 61", another "61 dead, up from 9". The words before a
figure say when the writer gives it as the latest ("rose to", "was revised
to", "now stands at", "later") or as superseded ("up from", "first
reported", "an earlier toll of"). The judge (compare.py, updates.py there)
reads these cues: two sources whose figures one of them gives as earlier and
later are an update, not a contradiction, and the report shows it as such.

Only money, counts, measures and percents get the cue; the words must stand
right before the figure (a hedge such as "more than" may sit between), since
"later" and "earlier" are also plain time words a few words away.
"""

from __future__ import annotations

from dataclasses import replace

from sourcediff.extract import patterns as P
from sourcediff.extract.seriescounts import in_series
from sourcediff.model import Kind, Mention, Passage

UPDATE_PREFIX = "update:"
EARLIER = UPDATE_PREFIX + "earlier"
LATER = UPDATE_PREFIX + "later"
# How far left of a figure the cue words may reach, in characters.
_REACH = 64
_FIGURES = frozenset({Kind.MONEY, Kind.NUMBER, Kind.PERCENT})


def update_cue(text: str, start: int) -> str | None:
    """``EARLIER``/``LATER`` when the words right before ``text[start:]`` give the figure as such."""
    left = text[max(0, start - _REACH):start]
    if P.UPDATE_EARLIER_BEFORE.search(left):
        return EARLIER
    if P.UPDATE_LATER_BEFORE.search(left):
        return LATER
    return None


def update_cue_start(text: str, start: int) -> int | None:
    """Where the words that give the figure at ``text[start:]`` as earlier or later begin, if any.

    The cue words ("up from", "rose to") belong to the figure they stand
    before: a reach measured from an earlier count to the figure must stop
    where they begin, or a long cue uses up the room that the clause's
    place and period words ("on the Eastmoor route so far this year") need.
    """
    offset = max(0, start - _REACH)
    left = text[offset:start]
    found = P.UPDATE_EARLIER_BEFORE.search(left) or P.UPDATE_LATER_BEFORE.search(left)
    return offset + found.start() if found is not None else None


def mark(mentions: tuple[Mention, ...], passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """The mentions with an update cue added to every figure its words give as earlier or later.

    A figure of a year series ("rose from 212 in 2023 to 341 in 2025") is that year's figure, not a
    superseded or latest value of one toll: another outlet's "314 in 2025" is its rival (seriescounts.py).
    """
    out = []
    for m in mentions:
        passage = passages[m.passage] if m.passage < len(passages) else None
        if (m.kind in _FIGURES and passage is not None and passage.start <= m.span.start
                and not in_series(passage.text, m.span.start - passage.start)):
            cue = update_cue(passage.text, m.span.start - passage.start)
            if cue is not None:
                m = replace(m, cues=(*m.cues, cue))
        out.append(m)
    return tuple(out)


def update_side(m: Mention) -> str | None:
    """The update cue of a mention, if any."""
    return EARLIER if EARLIER in m.cues else LATER if LATER in m.cues else None
