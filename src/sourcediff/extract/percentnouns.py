"""What a percentage measures, read from the words its writer puts around it ("a 78 per cent turnout").

A percent carries no noun of its own, and news passages often state two of
different things: a ballot's turnout and its vote share, a stake and a
premium, a rate and its growth. Passage by passage the judge then cannot
tell which of a partner's two percents a lone one answers, and two
percents of different things, aligned, read as rivals. Writers name the
measured thing in a few fixed places, each a strong sign:

- the noun right after the figure: "a 78 per cent turnout", "a 75% stake";
- the noun before "of" right before it: "turnout of 87 per cent", "a stake of 75%";
- the subject of a copula or a move right before it: "Turnout was 87
  percent", "unemployment rose to 5.2%", "inflation stood at 3%";
- the noun after "of" right after it: "87% of members", "a fifth of its staff".

Generic nouns ("per cent of the total", "of the vote"'s "the") name nothing
narrower and are left out, as are words that say how the figure moves or
compares ("5% higher", "3% more") rather than what it measures.
"""

from __future__ import annotations

from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex
from sourcediff.terms import STOP, stem

# A noun right after the figure ("78 per cent turnout"); a hyphen joins it as a compound ("a 5%-stake").
_AFTER = regex(r"[\s-]{1,2}([A-Za-z][a-z]{2,})\b")
# "87% of members", "94 per cent of those who voted" (a stop word there names nothing).
_OF_AFTER = regex(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?([A-Za-z][a-z]{2,})\b")
# "turnout of 87%", "a stake of 75 per cent": the noun, then "of", then (an optional hedge and) the figure.
_OF_BEFORE = regex(
    r"\b([A-Za-z][a-z]{2,})\s+of\s+(?:(?:about|around|almost|nearly|just|some|over|under)\s+)?$")
# "Turnout was 87 percent", "unemployment rose to 5.2%", "inflation stood at 3%"; not "prices rose 3%",
# whose figure is the change of its subject, not its measure.
_SUBJECT_BEFORE = regex(
    r"\b([A-Za-z][a-z]{2,})\s+(?:was|is|were|are|stood\s+at|reached|hit|(?:rose|fell|climbed|dropped|jumped|"
    r"slipped|increased|decreased|grew)\s+to)\s+(?:(?:about|around|almost|nearly|just|some)\s+)?$")
# How far before a figure its naming words may start.
_REACH = 48
# Nouns that measure nothing narrower than a percent does, and words of movement or comparison.
_GENERIC = frozenset(
    "total number figure amount share percent cent percentage proportion level rate one those them higher "
    "lower more less greater smaller fewer larger bigger increase decrease rise fall drop gain jump cut year "
    "month week day point points annual yearly monthly overall respectively while compared versus against"
    .split())


def _noun(word: str) -> str | None:
    w = word.lower()
    if w in STOP or w in _GENERIC:
        return None
    s = stem(w)
    return None if s in _GENERIC else s


def measured_nouns(text: str, start: int, end: int, *, whole: bool = True) -> frozenset[str]:
    """Stems of the nouns the writer says a percent at ``text[start:end]`` measures; empty when none is said.

    ``whole`` also reads the whole a share is of ("87% of members"): one
    whole is named with many nouns ("members", "pilots", "votes cast"), so
    it is evidence that two percents are alike, never that they are apart.
    """
    found: set[str] = set()
    for pattern in (_OF_AFTER, _AFTER):
        m = pattern.match(text, end)
        if m is not None:
            if (n := _noun(m[1])) is not None and (whole or pattern is _AFTER):
                found.add(n)
            break  # "87% of members": the word after the figure is "of", no noun of its own
    window = text[max(0, start - _REACH):start]
    for pattern in (_OF_BEFORE, _SUBJECT_BEFORE):
        m = pattern.search(window)
        if m is not None and (n := _noun(m[1])) is not None:
            found.add(n)
    return frozenset(found)


def percent_nouns(m: Mention, texts: dict[str, str]) -> frozenset[str]:
    """`measured_nouns` of a percent mention in its text, its whole included; empty for other kinds."""
    text = texts.get(m.source)
    if m.kind is not Kind.PERCENT or text is None:
        return frozenset()
    return measured_nouns(text, m.span.start, m.span.end)


# Stems of the nouns that make a percent a probability ("a 40 per cent chance of a cut", "a probability
# of 40%"): a forecast's odds, never a share of a whole nor a change of a measure.
_CHANCE = frozenset(stem(w) for w in ("chance", "probability", "likelihood", "odds"))


def chance_apart(a: Mention, b: Mention, texts: dict[str, str]) -> bool:
    """Two percents of which just one is a probability: "a 40% chance of a cut" and "40% of output".

    Why: a story often holds one round percent twice, as the odds markets
    give an event and as somebody's share of something; with no other
    context the equal values were shown as one agreed fact. Only the
    measure's own noun is read (not the whole after "of", which names the
    event a chance is of), so a probability is told only where its writer
    names it.
    """
    if a.kind is not Kind.PERCENT or b.kind is not Kind.PERCENT:
        return False
    sides = []
    for m in (a, b):
        text = texts.get(m.source)
        if text is None:
            return False
        sides.append(bool(measured_nouns(text, m.span.start, m.span.end, whole=False) & _CHANCE))
    return sides[0] != sides[1]


def nouns_alike(a: Mention, b: Mention, texts: dict[str, str]) -> bool:
    """Two percents that name one measured thing ("Turnout was 87 percent", "a 78 per cent turnout")."""
    return not percent_nouns(a, texts).isdisjoint(percent_nouns(b, texts))


__all__ = ["chance_apart", "measured_nouns", "nouns_alike", "percent_nouns"]
