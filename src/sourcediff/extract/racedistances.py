"""Racing distances: "1m4f", "a mile and a half", "two miles and a furlong" are one length in miles.

A race card writes its trip in miles and furlongs glued together ("1m4f",
"2m1f110y"), a news report in words ("over a mile and a half"), a
continental outlet in metres ("2,400 metres") and a trade paper in furlongs
("12 furlongs"). Read as loose figures the card's "1m" was a million (the
press's short form) and "a mile and a half" was nothing, so two outlets'
trips never met. Here each is one length in miles (a furlong is an eighth
of a mile, a yard 1/1760), slot "number:trip" (its family the judge's
distance): the judge converts miles, furlongs and metres to one distance and
lets a rounded "2,400 metres" meet 1m4f (2,414 m).

Read: a card's digits glued to "m" then "f", with yards after if given
("1m4f", "2m1f110y", "1m 4f"); in words, "a/the/one/two ... mile(s) and a
half / a quarter / three quarters" and "... mile(s) and N furlong(s)" ("the
mile and a half" is one mile and a half). A spoken trip is read wherever it
stands ("a mile and a half away" too): it is a length all the same. Not
read: a bare "7f" or "1m", which may be a million or a metre.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.shared import passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:trip"
_EIGHTH = Decimal(1) / 8
_YARD = Decimal(1) / 1760
_WORDS = {"a": 1, "an": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7}
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"),
              "quarters": Decimal("0.75")}
# "1m4f", "2m 1f", "2m1f110y": a race card's trip (miles 1-4, furlongs 1-7, yards after).
_CARD = regex(r"(?<![\w.,£$€])(?P<m>[1-4])m\s?(?P<f>[1-7])f(?:\s?(?P<y>\d{1,3})y)?\b")
_N = r"(?i:an?|one|two|three|four|five|six|seven)|[1-7]"
# "a mile and a half", "one mile and three quarters", "two miles and a furlong", "a mile and two furlongs".
_SPOKEN = regex(
    rf"\b(?P<m>{_N}|(?i:the)(?=\s+(?i:mile)\b))\s+(?i:miles?)\s+(?i:and)\s+(?:(?i:a\s+(?P<h>half|quarter))|(?i:three[\s-](?P<q>quarters?))"
    rf"|(?P<f>{_N})\s+(?i:furlongs?))\b")


def _count(word: str) -> int:
    """The miles or furlongs a trip's digit or word gives: "a" and "the" before "mile" are one."""
    return int(word) if word.isdigit() else _WORDS[word.lower()]


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """(start, end, miles) for every racing distance in ``text``, offsets into it."""
    c = cues(text)
    out = []
    if c.digit:
        for m in _CARD.finditer(text):
            miles = Decimal(m["m"]) + Decimal(m["f"]) * _EIGHTH + Decimal(m["y"] or 0) * _YARD
            out.append((m.start(), m.end(), Quantity(miles.quantize(Decimal("0.001")), "mile")))
    if c.has_ci("mile"):
        for m in _SPOKEN.finditer(text):
            if m["h"]:
                extra = _FRACTIONS[m["h"].lower()]
            elif m["q"]:
                extra = _FRACTIONS["quarters"]
            else:
                extra = _count(m["f"]) * _EIGHTH
            out.append((m.start(), m.end(), Quantity(_count(m["m"]) + extra, "mile")))
    return tuple(sorted(out, key=lambda t: t[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Racing distances in every passage, in miles; offsets absolute into ``article.text``."""
    return passage_mentions(article, passages, find, SLOT, ())
