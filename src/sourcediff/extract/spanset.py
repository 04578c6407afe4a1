"""Spans chosen so far, none overlapping another: whether a new span overlaps one, by bisection.

`dates` and `times` choose their matches longest first, keeping one only when
it overlaps none kept before. Testing each against every kept one cost the
square of the matches in one long paragraph (perf23: 1.4 million tests at two
paragraphs of 1,200 sentences). Kept spans that do not overlap, sorted by
start, also have sorted ends, so of those starting before a new span's end
only the last can reach into it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence


class DisjointSpans:
    """``[start, end)`` spans, none overlapping another (as `free` tells), kept sorted."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.reversed = False  # a span ending before its start: ends are then not sorted, scan them all

    def free(self, start: int, end: int) -> bool:
        """True when no kept span overlaps ``[start, end)``: each ends by its start or starts at its end."""
        if self.reversed or end < start:
            return all(end <= s or e <= start for s, e in self.spans)
        k = bisect.bisect_left(self.spans, (end, -1))  # the spans starting before ``end``
        return k == 0 or self.spans[k - 1][1] <= start

    def add(self, start: int, end: int) -> None:
        self.reversed = self.reversed or end < start
        bisect.insort(self.spans, (start, end))

    def take(self, start: int, end: int) -> bool:
        """Keep ``[start, end)`` when it is `free`; True when it was kept."""
        if not self.free(start, end):
            return False
        self.add(start, end)
        return True


# Up to this many candidates are tested against every kept span: building the sorted set costs more.
_FEW = 12


def disjoint(spans: Sequence[tuple[int, int]]) -> list[int]:
    """The indexes of the spans kept, in order: each that overlaps none kept before it (`DisjointSpans`)."""
    if len(spans) <= _FEW:
        kept: list[int] = []
        for n, (start, end) in enumerate(spans):
            if all(end <= spans[k][0] or spans[k][1] <= start for k in kept):
                kept.append(n)
        return kept
    held = DisjointSpans()
    return [n for n, (start, end) in enumerate(spans) if held.take(start, end)]
