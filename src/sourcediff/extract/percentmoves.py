"""Which way a percentage moves, read from its own clause ("up 12%", "a 13.6% cut", "slashed by 14%").

A story about prices and pack sizes states a rise and a cut as two
percentages, and an outlet that puts both in one sentence ("shoppers will
pay 10 per cent more ..., and the bar is getting smaller") lets the aligner
seat its rise beside the other outlets' cuts: read as one fact, the rise
and the cuts diverged (a false alarm), and the rise's real rival, another
outlet's rise, was never set against it. A rise and a cut are never one
fact, whatever their values. Writers say the way in a few fixed places,
each read only when it is the figure's own word:

- the word right after it, or the one after a single noun: "12 per cent
  more", "a 13.6% cut", "a 12 per cent price rise";
- the verb or adverb right before it: "up 12%", "prices soar 12 per cent";
- the verb of its clause before "by": "will raise the price of its bars by
  12%", "will be slashed by almost 14 per cent".

A level reached ("rose to 5.2%", "stood at 3%") is no change, and its verb
says nothing about the figure: two outlets' rival levels may be reached
from either side, so "to" and "at" before the figure read no way.
"""

from __future__ import annotations

from functools import lru_cache

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

UP, DOWN = "up", "down"

_UP_WORDS = frozenset(
    "up more higher rise rises rising rose risen raise raises raised raising increase increases increased "
    "increasing soar soars soared soaring jump jumps jumped jumping climb climbs climbed climbing grow "
    "grows grew grown growing gain gains gained lift lifts lifted hike hikes hiked hiking boost boosts "
    "boosted surge surges surged".split())
_DOWN_WORDS = frozenset(
    "down less lower cut cuts cutting fall falls fell fallen falling drop drops dropped dropping slash "
    "slashes slashed reduce reduces reduced reducing reduction decrease decreases decreased decline "
    "declines declined shrink shrinks shrank shrunk shrinking plunge plunges plunged slump slumps slumped "
    "sink sinks sank sunk slide slides slid tumble tumbled tumbles lose loses lost dip dips dipped fewer "
    "cheaper".split())
# Hedges a writer puts between a way and its figure ("up almost 14%"), left out when reading before it.
_HEDGES = frozenset("about around almost nearly just some over under roughly approximately by".split())
# How far before a figure its clause's verb may stand ("is to increase list prices across its chocolate
# bar range by 12 per cent"), and where a clause ends.
_REACH = 80
_CLAUSE_END = regex(r"[,;:.!?()\u2013\u2014]|\b(?:and|but|while|whereas|as|after|before)\s")
_WORD = regex(r"[A-Za-z]+")


def _way(word: str) -> str | None:
    w = word.lower()
    return UP if w in _UP_WORDS else DOWN if w in _DOWN_WORDS else None


def _after(text: str, end: int) -> str | None:
    """The way said by the word after the figure, or by the one after a single noun ("a 12% pay rise")."""
    words = _WORD.findall(text[end:end + 30].split(".")[0].split(",")[0])[:2]
    if not words:
        return None
    if (way := _way(words[0])) is not None or words[0].lower() in ("of", "to", "on", "in", "than"):
        return way
    return _way(words[1]) if len(words) > 1 else None


def _before(text: str, start: int) -> str | None:
    """The way said by the figure's own verb before it: adjacent, or its clause's verb before "by"."""
    window = text[max(0, start - _REACH):start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    clause = window[ends[-1]:] if ends else window
    words = _WORD.findall(clause)
    through_by = False
    while words and words[-1].lower() in _HEDGES:
        through_by = through_by or words[-1].lower() == "by"
        words.pop()
    if not words or words[-1].lower() in ("to", "at"):
        return None
    if not through_by:
        return _way(words[-1])
    for w in reversed(words):
        if (way := _way(w)) is not None:
            return way
    return None


@lru_cache(maxsize=4096)
def percent_way(text: str, start: int, end: int) -> str | None:
    """UP or DOWN when the clause of the percent at ``text[start:end]`` says which way it moves, else None."""
    return _after(text, end) or _before(text, start)


def ways_apart(a: Mention, b: Mention, texts: dict[str, str]) -> bool:
    """Two percents whose own clauses move them opposite ways: a rise and a cut, never one fact."""
    if a.kind is not Kind.PERCENT or b.kind is not Kind.PERCENT:
        return False
    ta, tb = texts.get(a.source), texts.get(b.source)
    if ta is None or tb is None:
        return False
    wa = percent_way(ta, a.span.start, a.span.end)
    wb = percent_way(tb, b.span.start, b.span.end)
    return wa is not None and wb is not None and wa != wb


__all__ = ["DOWN", "UP", "percent_way", "ways_apart"]
