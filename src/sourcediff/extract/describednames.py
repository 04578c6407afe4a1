"""Names the article describes with a common noun: "Hollow Quay, a five-piece folk band from Orrin".

A statement credited to "the band", "the charity" or "the orchestra" names
no one, and the noun is no role the speaker resolver knows, so such a quote
was left without a speaker: two outlets quoting a group's statement then
agreed on the words but neither said whose they were. An apposition right
after a capitalized name ("X, a ... band", "X, an ... charity") is where the
article says what kind of thing the name is; a later "the band said" means
that name, as "the company said" means the company named before it.

Only an apposition opened by "a" or "an" and closed by a comma, a full
stop, or a place or origin phrase ("from", "based", "in", "of") is read; its
head is the last word before that close.
"""

from __future__ import annotations

from bisect import bisect_left

from sourcediff.regexcache import regex

# "Hollow Quay, a five-piece folk band from Orrin": the name (up to four capitalized words), "a"/"an", at
# most four modifiers, the head noun, then a close. Searched over whole articles: the lookahead turns away
# every position but a capital's before the word boundary is tried, and a name's words are read
# possessively (a space or the comma follows them, neither of which they can give back).
_DESCRIBED = regex(
    r"(?=[A-Z])\b(?P<name>[A-Z][\w'’&-]*+(?: [A-Z][\w'’&-]*+){0,3}), an? "
    r"(?:[\w'’-]+ ){0,4}?(?P<head>[a-z]+(?:-[a-z]+)?)"
    r"(?=[,.;]| (?:from|based|in|of|formed|founded|that|which|who)\b)")


def described_names(text: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, name, head noun) of each name the text describes in apposition, in text order."""
    return tuple((m.start("name"), m["name"].removeprefix("The "), m["head"])
                 for m in _DESCRIBED.finditer(text))


def described_before(found: tuple[tuple[int, str, str], ...], head: str, at: int) -> str | None:
    """The latest name described with ``head`` before offset ``at`` ("band" -> "Hollow Quay"), if any."""
    for pos, name, noun in reversed(found[:bisect_left(found, at, key=lambda h: h[0])]):
        if noun == head and pos < at:
            return name
    return None


__all__ = ["described_before", "described_names"]
