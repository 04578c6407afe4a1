"""Words of the speaker's moment inside a quotation ("tonight", "last night") are no times of the story.

An article's "today" or "last night" is read against its own date, the day
it was written. Inside direct speech the same words point at the moment the
speaker spoke, which the article seldom states: a leader's "tonight I accept
their verdict", quoted by a paper two days later, is not that paper's night,
and taken for one it met the other outlets' "in the early hours of Monday" as
a rival time of the speech. So a part of day that is nothing but such a word
("tonight", "last night", "this morning", "yesterday evening") inside a
quotation carries the cue ``briefing``, as a clock that dates a briefing
does (stamps.py): when a source spoke, never a time of the events, so it
is no rival of another outlet's time. The day such a word alone names (a
quoted "today", "yesterday") is marked the same way: read against each
article's own date, one statement quoted on two days had two days. The
mention stays (sources quoting one statement share it, which helps their
passages pair); a quoted time that names its hour or day ("at 6pm", "on
Tuesday night") keeps its reading, and so does the same word outside the
quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from sourcediff.extract.quotemarks import find_quotes, paragraph_ranges
from sourcediff.extract.stamps import BRIEFING
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex

# A word whose day is the moment of speaking, alone or with a part of that day.
_DEICTIC = regex(
    r"(?:today|tonight|tomorrow|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


# The day is read from the same words as the part of day: a quoted "today" or "this morning" is dated
# against the article's own date, and two outlets quoting one statement on different days gave it two
# days, a rival date of nothing the story tells ("this morning" on the 3rd against "Today" on the 5th).
_SPOKEN_KINDS = frozenset({Kind.TIME, Kind.DATE})


def _inside(spans: Sequence[Span], span: Span) -> bool:
    """True when ``span`` lies within one of ``spans`` (sorted by start, not overlapping)."""
    i = bisect_right([s.start for s in spans], span.start) - 1
    return i >= 0 and span.end <= spans[i].end


def with_quoted_deixis_marked(article: Article, passages: tuple[Passage, ...],
                              mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each speaker's "tonight" inside a quotation marked as the time of speaking."""
    if not any(_deictic(m) for m in mentions):
        return list(mentions)
    spans = sorted((q.span for q in find_quotes(article.text, paragraph_ranges(article, passages))),
                   key=lambda s: s.start)
    return [replace(m, cues=(*m.cues, BRIEFING)) if _deictic(m) and _inside(spans, m.span) else m
            for m in mentions]


def _deictic(m: Mention) -> bool:
    """True for a part of day or a day that is nothing but a word of the moment of speaking."""
    return (m.kind in _SPOKEN_KINDS and BRIEFING not in m.cues
            and _DEICTIC.fullmatch(m.raw.strip()) is not None)
