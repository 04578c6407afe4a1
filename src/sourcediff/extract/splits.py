"""Bare split times: "turned in 26.41", "went out in 26.41 at the wall", "last 50 in 29.3" are seconds.

Swimming, athletics and track-cycling reports give splits and lap times
without a unit: the race's own words say they are seconds. Unread, a
specialist outlet's "went out in 26.41" never met the wire's "26.41
seconds". Here such a figure is a duration in seconds, slot
"number:second" (no cue, as "26.41 seconds" has none), so the two agree.

Gated twice, so prices, scores and index levels are never touched: the
figure must follow a timing phrase ("turned in", "split", "a split of",
"went out in", "came home in", "touched in", "clocked", "first/last/final
100 in", "the last lap in") and be written to the tenth or hundredth under
60 ("26.41", "29.3"), then end its clause or go on with a small word ("at
the 50 m wall", "for the final 50 m"); and its passage must speak of a
timed race (lap, length, split, wall, halfway, a stroke, a race, a heat, a
final, metres...). A figure with a unit after it ("26.41 seconds", "24.9
mph") is the number reader's.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:second"
_MAX_SECONDS = 60
# The words of a timed race in the figure's passage.
_RACE = regex(r"\b(?i:race[sd]?|final|heats?|semi-?finals?|laps?|lengths?|splits?|wall|halfway|butterfly|"
              r"freestyle|backstroke|breaststroke|medley|relay|sprint(?:ed)?|pool|metres|meters|stroke|"
              r"swim|swam|ran|rode|velodrome|track)\b|\d\s?m\b")
_ORDINAL = r"(?:first|last|final|opening|closing|second|third|fourth|middle)"
_LEAD = (r"(?i:turned\s+in|turning\s+in|turn\s+in|splits?(?:\s+of)?|a\s+split\s+of|went\s+out\s+in|"
         r"going\s+out\s+in|came\s+(?:home|back)\s+in|coming\s+home\s+in|touched\s+in|clocked|"
         rf"(?:the\s+)?{_ORDINAL}\s+(?:\d{{2,4}}\s?(?:m|metres|meters)?|lap|length|leg|half|split)\s+in)")
_SMALL = (r"at|for|in|to|and|but|on|before|after|into|through|from|with|over|as|while|when|then|"
          r"behind|ahead|inside|outside|under")
# A figure written to the tenth or hundredth: the split's own shape, and a literal "." the engine finds
# fast. A passage without one holds no split, so neither pattern below is tried on it.
_DECIMAL = regex(r"\.\d")
_SPLIT = regex(rf"\b{_LEAD}\s+(?:a\s+)?(?P<n>[1-5]?\d\.\d{{1,2}})(?!\d|[.,]\d)"
               rf"(?=\s*(?:[,;)]|[.!?](?:\s|$)|$|[-\u2013\u2014]\s)|\s+(?i:{_SMALL})\b)")


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, seconds) for every bare split in ``text``; only in a passage about a timed race."""
    # Cheapest test first: most passages have no decimal figure, and _RACE tries every word of them.
    c = cues(text)
    if (not c.digit or _DECIMAL.search(text) is None
            or not c.has_ci("in", "split", "clocked") or _RACE.search(text) is None):
        return ()
    out: list[tuple[int, int, Quantity]] = []
    for m in _SPLIT.finditer(text):
        seconds = Decimal(m["n"])
        if 0 < seconds < _MAX_SECONDS:
            out.append((m.start("n"), m.end("n"), Quantity(seconds, "second")))
    return tuple(out)


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Bare splits in every passage, slot "number:second"; offsets absolute into ``article.text``."""
    return passage_mentions(article, passages, find, SLOT, ())
