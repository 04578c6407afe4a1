"""Scores on a scale: "a score of 42 out of 100", "42/100", "rated one out of five".

An inspection, a review or an exam is reported as a mark on a stated scale,
and each outlet writes it its own way: a local paper "a score of 42 out of
100", a tabloid "a dismal 42 out of 100", a trade site "scored 42/100", a
broadcaster "42 out of a possible 100". Read as loose figures they counted
no noun and were dropped, so two outlets' marks were never compared and a
misreported one contradicted nothing. Here the mark is a figure in its own
slot, "number:score", with its scale as its cue ("out of 100"), so that a
mark out of 5 never meets one out of 100.

"N out of M" followed by a noun is a proportion, not a mark ("nine out of
ten patients", "three out of four voters"): only a scale that ends its
phrase (punctuation, the end, a preposition or a conjunction, "points") is
read. The slash form is read only for the usual scales (5, 10, 20, 100) and
in a passage that speaks of a score, a rating, marks or a grade, since
"24/7" and "3/10" (a date) are no marks.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sourcediff.extract.cues import cues
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SCORE_SLOT = "number:score"

_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
_SMALL = r"zero|one|two|three|four|five|six|seven|eight|nine|ten"
# What may follow a scale that ends its phrase: punctuation or the end, or a word that opens another phrase.
_ENDS = (r"(?=\s*(?:[^\w\s]|$)|\s+(?:on|in|for|at|from|and|but|when|after|with|by|to|during|last|this|"
         r"points|marks|overall|while|as|against|compared|down|up)\b)")
_OUT_OF = regex(
    rf"(?<![\w.,-])(?P<n>\d{{1,4}}(?:\.\d)?|(?i:{_SMALL}))\s+(?i:out\s+of)\s+"
    rf"(?:(?i:a\s+possible|a\s+maximum\s+of|a\s+maximum|the\s+maximum)\s+)?"
    rf"(?P<m>\d{{1,4}}|(?i:five|ten))\b{_ENDS}")
_SLASH = regex(r"(?<![\w/.,-])(?P<n>\d{1,3}(?:\.\d)?)/(?P<m>5|10|20|100)(?![\w/]|[.,]\d)")
# The words of a passage about marks, any of which lets the slash form be read.
_SCORE_WORDS = ("score", "rated", "rating", "marks", "grade")


def _figure(s: str) -> Decimal:
    return Decimal(_WORDS.get(s.lower(), 0)) if s.isalpha() else Decimal(s)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, mark, cue "out of M") for every mark on a scale in ``text``."""
    c = cues(text)
    if not c.digit and not c.number_word:  # c.digit is has_digit of the text, found once
        return ()
    out: list[tuple[int, int, Quantity, str]] = []
    if c.has_ci("out of"):
        for m in _OUT_OF.finditer(text):
            n, scale = _figure(m["n"]), _figure(m["m"])
            if scale > 0 and n <= scale:
                out.append((m.start("n"), m.end("m"), Quantity(n), f"out of {scale}"))
    if "/" in text and c.has_ci(*_SCORE_WORDS):
        for m in _SLASH.finditer(text):
            n, scale = Decimal(m["n"]), Decimal(m["m"])
            if n <= scale:
                out.append((m.start("n"), m.end("m"), Quantity(n), f"out of {scale}"))
    return tuple(sorted(out, key=lambda f: f[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Marks on a scale (slot "number:score", cue "out of M")."""
    passages = holding(passages, find)
    found = {cue for p in passages for _, _, _, cue in find(p.text)}
    return tuple(m for cue in sorted(found)
                 for m in passage_mentions(article, passages, _scan(cue), SCORE_SLOT, (cue,)))


def _scan(cue: str) -> Callable[[str], tuple[tuple[int, int, Quantity], ...]]:
    """The marks of one scale only, so that each mention carries its own scale."""
    def scan(text: str) -> tuple[tuple[int, int, Quantity], ...]:
        return tuple((s, e, v) for s, e, v, w in find(text) if w == cue)
    return scan


__all__ = ["SCORE_SLOT", "extract", "find"]
