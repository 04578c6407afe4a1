"""A player's rating as a bare figure: "was rated 2790", "Elo 2790", "Ostrov's 2790", "Ana 2745, Lev 2790".

"a rating of 2745" names its noun and is read as a count of rating points
(cue "rating"); the same figure told with "rated" or "Elo" before it, or as a
bare figure after the player's name in a passage about ratings, counted
nothing and was dropped, so two outlets' ratings of one player were never
compared. Read here with the same slot and cue, they join or diverge. A
possessive or a name before a figure says nothing by itself ("Smith's 2019
album"), so those two forms need a rating word in the passage and a figure
that ends its phrase (a comma, a full stop, a bracket, the end).
"""

from __future__ import annotations

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import Amount, attached_after, is_noise
from sourcediff.extract.numberbase import Found
from sourcediff.model import Kind
from sourcediff.values import Quantity

# The lower-case words a passage about ratings holds (P.RATED_FIGURE_BEFORE, P.RATING_WORD).
RATING_WORDS = ("rated", "rating", "elo")


def rated(text: str, a: Amount) -> Found | None:
    """The rating figure ``a`` as a count of rating points (cue "rating"), or None when it is no rating."""
    if (a.currency is not None or a.high is not None or a.vague or a.qualifier is not None
            or a.low != a.low.to_integral_value() or not 100 <= a.low <= 9999 or a.start != a.num_start
            or is_noise(text, a) or attached_after(text, a.num_end)):
        return None
    head = text[max(0, a.num_start - 40):a.num_start]
    if P.RATED_FIGURE_BEFORE.search(head) is None and not _named(text, a, head):
        return None
    value = Quantity(a.low, None, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", ("rating",))


# Capitalized words before a figure that open a phrase rather than name its holder ("In 2019, ...").
_NOT_NAMES = frozenset(
    "in at on by of for from to since until till about around over under nearly some the a an with after "
    "before by during between among only just almost roughly approximately page game move round no".split())


def _named(text: str, a: Amount, head: str) -> bool:
    """A figure right after its holder's name in a passage about ratings ("Ostrov's 2790", "Ana 2745,").

    Not a year-like figure: "Smith's 2019" is more often a year than a rating.
    """
    if a.year_like or P.RATED_FIGURE_END.match(text, a.num_end) is None:
        return False
    m = P.RATED_NAME_BEFORE.search(head)
    return (m is not None and m["name"].lower().rstrip("'’") not in _NOT_NAMES
            and P.RATING_WORD.search(text) is not None)
