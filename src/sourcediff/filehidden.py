"""The parts of a page's file that ingest never reads as article text: its head, scripts, tags, comments.

A finding's line is looked up in the source's own file by the mention's
words (diffinput.FileMap, render.locations.Locator): the k-th occurrence in
the file for the k-th in the extracted text. A news page repeats its lead in
places no reader sees as the article: ``<meta name="description">``, the
JSON-LD ``<script>`` in ``<head>``, an ``og:`` attribute. Counted as
occurrences, they sent "£45,000" in the first paragraph to line 9 of the
file, the JSON-LD, and every later figure one occurrence early. So hits
inside these spans are passed over: the words are looked up verbatim, then
across entities and tags, in the visible text first; only a figure written
nowhere else (a headline kept from ``<title>``) is placed in the head.

Spans are found with ``str.find``, in one pass: the file is untrusted, and
a lazy ``.*?`` per opening tag is quadratic on a page of unclosed ones.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sourcediff.regexcache import regex

# An element whose whole content is hidden: the page's head, code and styles, templates.
_HIDDEN_ELEMENT = regex(r"<(head|script|style|template)(?=[\s>/])", re.IGNORECASE)
# A tag's opening: a letter, "/", "!" or "?" after "<" ("x < 5" is no tag).
_TAG_START = regex(r"<[A-Za-z/!?]")


@dataclass(frozen=True)
class Hidden:
    """Sorted, disjoint (start, end) spans of a file that hold no article text."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, file_text: str) -> Hidden:
        spans = _hidden_spans(file_text)
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    def covers(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a hidden span."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]

    def visible(self, hits: Sequence[int]) -> list[int]:
        """The hits outside hidden spans."""
        return [h for h in hits if not self.covers(h)]


def _hidden_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each tag, comment and hidden element of ``text``, in order."""
    if "<" not in text:
        return []
    lowered = text.lower()
    spans = []
    at = text.find("<")
    while at >= 0:
        end = _span_end(text, lowered, at)
        if end > at:
            spans.append((at, end))
        at = text.find("<", max(end, at + 1))
    return spans


def _span_end(text: str, lowered: str, at: int) -> int:
    """Where the hidden span opening at ``at`` ends; ``at`` itself when no tag opens there."""
    if text.startswith("<!--", at):
        close = text.find("-->", at + 4)
        return len(text) if close < 0 else close + 3
    element = _HIDDEN_ELEMENT.match(text, at)
    if element is not None:
        close = lowered.find(f"</{element[1].lower()}", element.end())
        if close >= 0:
            stop = text.find(">", close)
            return len(text) if stop < 0 else stop + 1
    if _TAG_START.match(text, at) is None:
        return at
    stop = text.find(">", at + 1)
    return at if stop < 0 else stop + 1


__all__ = ["Hidden"]
