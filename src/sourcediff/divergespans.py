"""Two spans for one planned step: "finished within 18 months" against "completed in 24 months".

Two outlets' sentences about when a project ends ("The contractor is to
deliver the line within 18 months", "Work is due to be finished in 24
months") share few words beyond the figure, so their pair score fell under
DIVERGE_MIN_SCORE and the rival span stayed a detail only one outlet has,
though the aligner's model put the sentences together with confidence
(STRONG_CLAIM_SCORE). A sentence whose one figure is a span after "within",
"in", "over" ... is about that span, as a sentence whose one figure is a clock
is about that moment (diverge._lone_clocks). The spans then contradict when
their values do not fit; `_contradict` asks durations for matching words
around them as well, which two sentences worded apart lack. A span written as
a ceiling ("within 24 months", "under two years") fits any shorter one.

The time a party is given for a step is such a span too, written around the
figure rather than before it: "The companies have 28 days to lodge an
appeal" against "The sites have 21 days to appeal" (`_allowed_word`). A
second clause in one of the sentences ("..., and the firm has said it will
challenge the decision") pulled their pair score under DIVERGE_MIN_SCORE,
and the window the paper got wrong stayed its own detail. Only "has / have /
had / given / granted / allowed" right before the figure and "to <verb>" or
"in which to" right after it make the shape: "for 28 days", "28 days ago"
and "had worked 28 days" name no step's time.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from sourcediff.compat import comparable, compatible, same_thing, unit_info
from sourcediff.evidence import Evidence
from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# What stands right before a span of time a step takes: "within 18 months", "in the next two years",
# "over about three years". A duration after none of these ("18 months ago", "for 18 months") is a
# moment's distance or a state's length, not the time a step is given.
SPAN_BEFORE = regex(r"\b(?:within|in|over|inside|under)\s+(?:the\s+(?:next|coming)\s+)?"
                    r"(?:(?:about|around|roughly|some|just)\s+)?$", re.IGNORECASE)
# The window a party is given for a step: "have 28 days to appeal", "was given 14 days in which to pay".
# Before the figure, the verb of having or granting (an "only", "just", "another" or "a further" may stand
# between); right after it, "to" and a word, or "in which to".
ALLOWED_BEFORE = regex(r"\b(?:ha(?:s|ve|d)|given|granted|allowed)\s+"
                       r"(?:(?:only|just|another|a\s+further)\s+)?$", re.IGNORECASE)
ALLOWED_AFTER = regex(r"^\s+(?:in\s+which\s+)?to\s+[^\W\d_]", re.IGNORECASE)
# The span words that make a span a ceiling, not the span itself.
_CEILING = regex(r"\b(?:within|inside|under)\b", re.IGNORECASE)
# How far before the figure its span word is read, in characters.
_REACH = 30


def _span_word(m: Mention, ctx: Evidence) -> str | None:
    """The span word before a duration ("within", "in", ...), or None when it is no planned span."""
    if not isinstance(m.value, Quantity) or m.value.high is not None or m.value.qualifier is not None:
        return None
    info = unit_info(m.value.unit)
    if info is None or info[0] != "duration":
        return None
    text = ctx.texts[m.source]
    before = text[max(0, m.span.start - _REACH):m.span.start]
    found = SPAN_BEFORE.search(before)
    if found:
        return found.group()
    return _allowed_word(before, text[m.span.end:m.span.end + _REACH])


def _allowed_word(before: str, after: str) -> str | None:
    """The verb giving a party a span for a step ("have" in "have 28 days to appeal"), None for no such span.

    The text ``before`` and ``after`` the figure are read apart, as the two sides of the shape.
    """
    found = ALLOWED_BEFORE.search(before)
    return found.group() if found and ALLOWED_AFTER.match(after) else None


def planned_span(m: Mention, ctx: Evidence) -> bool:
    """A duration written as the time a step takes ("within 18 months", "over two years")."""
    return _span_word(m, ctx) is not None


def _hours(m: Mention) -> Decimal:
    assert isinstance(m.value, Quantity)
    info = unit_info(m.value.unit)
    assert info is not None
    return m.value.amount * info[1]


def _fits_ceiling(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Whether one span is a ceiling ("within 24 months") the other stays under ("in 18 months")."""
    for ceiling, other in ((a, b), (b, a)):
        if _CEILING.search(_span_word(ceiling, ctx) or "") and _hours(other) <= _hours(ceiling):
            return True
    return False


def spans_contradict(a: Mention, b: Mention, ctx: Evidence) -> bool:
    """Two planned spans of one step that cannot both be right (see module)."""
    return (comparable(a, b) and same_thing(a, b) and not compatible(a, b)
            and not _fits_ceiling(a, b, ctx))


def lone_spans(a: Mention, b: Mention, stated: Counter[tuple[str, int]], ctx: Evidence) -> bool:
    """Two planned spans, each its passage's only figure: rivals in a claim the aligner is sure of."""
    return (stated[(a.source, a.passage)] == 1 and stated[(b.source, b.passage)] == 1
            and planned_span(a, ctx) and planned_span(b, ctx))
