"""Levels on a named scale: "alert level 4", "Level IV", "level four", "a Category 5 storm".

Warnings, alerts and storms are graded on fixed scales, and outlets write the
grade each their own way: a wire "raised the alert level to 4", a trade site
"lifted its alert to Level IV", a live blog "level four". Read as loose
figures the grade was nothing (a bare "4" counts no noun, a Roman numeral is
no figure, "level four" no count), so two outlets' grades were never
compared, nor a "level 3" set against a "level 4". Here it is a whole number
in its own slot, "number:level", with the scale's word as its cue ("level",
"category"): a level is never a count or a measure, and an alert level never
a hurricane's category.

Only a grade that stands right after its scale word is read ("level 4",
"Category-5"), or after "alert/warning/threat level to" ("raised the alert
level to 4"), or after such a level's verb a few words on ("the danger
level across the valley was four", "the alert level was raised to 3"); a
figure with a unit after it is a measure of something at a level ("sea
level 6 metres", "water level 6.8m"), never a grade. Roman
numerals are read only in capitals, only after the scale word and never as a
lone "I" ("the level I expected" is a pronoun).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues
from sourcediff.extract.shared import passage_mentions, shared
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

SLOT = "number:level"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_CARDINALS = "|".join(w for w, v in WORD_VALUES.items() if 1 <= v <= 10)
# The grade: a small whole number, a number word, or a Roman numeral in capitals; never the
# first figure of a decimal or of a measure ("level 6.8 metres", "level 3 per cent").
_GRADE = (rf"(?P<n>\d{{1,2}}|(?i:{_CARDINALS})|(?-i:VIII|VII|VI|IV|IX|III|II|V|X))\b"
          r"(?![.,]\d|\s*(?:%|per\b|m\b|cm\b|mm\b|ft\b|feet\b|foot\b|inch|met(?:er|re)s?\b|km\b))")
_SCALES = (
    regex(rf"\b(?P<w>(?i:level|category))[\s-]+{_GRADE}"),
    regex(rf"\b(?i:alert|warning|threat|danger|hazard)\s+(?P<w>(?i:level))\s+(?i:to|of)\s+{_GRADE}"),
    # The grade after a verb, a few words on: "the danger level across the valley was four", "the alert
    # level was raised to 3", "the threat level remains at 2".
    regex(rf"\b(?i:alert|warning|threat|danger|hazard)\s+(?P<w>(?i:level))(?:\s+[\w'’-]+){{0,5}}?"
          r"\s+(?i:was|is|stood|stands|remained|remains|reached|hit)"
          r"(?:\s+(?i:raised|lowered|cut|put|set|increased|reduced))?(?:\s+(?i:at|to))?"
          rf"\s+{_GRADE}"),
)


def _grade(word: str) -> int | None:
    """The whole number a grade names, None for any other word."""
    if word.isdigit():
        return int(word) or None
    return WORD_VALUES.get(word.lower()) or _ROMAN.get(word)


@shared
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, grade, scale word) for every level or category in ``text``; shared: numbers skips them."""
    if not cues(text).has_ci("level", "category"):
        return ()
    out: list[tuple[int, int, Quantity, str]] = []
    for pattern in _SCALES:
        for m in pattern.finditer(text):
            value = _grade(m["n"])
            if value is None or any(s < m.end() and m.start() < e for s, e, _, _ in out):
                continue
            out.append((m.start(), m.end(), Quantity(Decimal(value)), m["w"].lower()))
    return tuple(sorted(out, key=lambda f: f[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Levels and categories in every passage, slot "number:level", cue the scale's word."""
    return (passage_mentions(article, passages, _scan("level"), SLOT, ("level",))
            + passage_mentions(article, passages, _scan("category"), SLOT, ("category",)))


def _scan(scale: str) -> Callable[[str], tuple[tuple[int, int, Quantity], ...]]:
    """The grades of one scale only, so that each mention carries its own scale's cue."""
    def scan(text: str) -> tuple[tuple[int, int, Quantity], ...]:
        return tuple((s, e, v) for s, e, v, w in find(text) if w == scale)
    return scan
