"""The day a clock time or a part of day falls on: the resolved day named nearest to it in its passage.

`times` asks this once for every clock and part of day of a passage. A
passage that is one long paragraph names hundreds of days and hundreds of
clocks, and measuring every clock against every day cost the square of the
paragraph (perf21: 2.4 million distances at two paragraphs of 1,200
sentences). The days' edges are sorted once; each question is then two
bisections and a look-up, with the answer the old scan gave: the first day
(in the order found) whose start or end lies nearest.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from sourcediff.extract.dates import Found


class NearestDay:
    """The resolved days of one passage (`dates.day_anchors`), indexed by their edges."""

    def __init__(self, anchors: Sequence[Found]) -> None:
        self.anchors = tuple(anchors)
        # Each edge (a start or an end offset) -> the first day, in the order found, that has it.
        self.first: dict[int, int] = {}
        for n, f in enumerate(self.anchors):
            self.first.setdefault(f.start, n)
            self.first.setdefault(f.end, n)
        self.edges = sorted(self.first)

    def day(self, at: int, fallback: dt.date | None) -> dt.date | None:
        """The day whose start or end lies nearest ``at`` (the first found on a tie); ``fallback`` when none.

        A day's distance is that of its nearer edge, so the nearest days are those holding the edge
        nearest ``at``, on either side at that distance.
        """
        if not self.anchors:
            return fallback
        k = bisect.bisect_left(self.edges, at)
        gap = min(abs(self.edges[x] - at) for x in (k - 1, k) if 0 <= x < len(self.edges))
        n = min(self.first[p] for p in (at - gap, at + gap) if p in self.first)
        return self.anchors[n].value.start
