"""Levels on a named scale: "alert level 4", "Level IV", "level four", "a Category 5 storm", "EF3".

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

A tornado's rating on the (Enhanced) Fujita scale ("EF3", "EF-4", "an F5
tornado") is a grade of its own scale, its prefix as its cue ("ef", "f"):
"EF-3" meets "EF3", "EF-4" contradicts it. It grades the story's subject,
which every outlet rates in its headline and lead, so it is one figure per
story: the judge sets two sources' single ratings against each other
wherever they stand (divergeslots._role_pairs), and the aligner does not key
it (`rating`), since a key every lead shares moved their other facts' seats.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sourcediff.extract import storeys
from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import cues
from sourcediff.extract.shared import holding, passage_mentions, shared_text
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


# A tornado's rating on the (Enhanced) Fujita scale: "EF3", "EF-4", "an F5 tornado". "EF" before a grade
# 0-5 is that scale's own prefix; a lone "F" is a code as often (an "F1" race, an "F-16"), so it is read
# only before "tornado"/"twister" or after "rated". The scale word is the prefix, in lower case.
_RATINGS = (
    regex(r"(?<![\w-])(?P<w>EF)-?(?P<n>[0-5])(?![\w-])"),
    regex(r"(?<![\w-])(?P<w>F)-?(?P<n>[0-5])(?=\s+(?i:tornado|twister)s?\b)"),
    regex(r"\b(?i:rated)\s+(?:(?i:an?)\s+)?(?P<w>F)-?(?P<n>[0-5])(?![\w-])"),
)
# The scale words of _RATINGS (lower case), each a slot cue of its own: an F3 is no EF3.
RATING_SCALES = ("ef", "f")


def rating(m: Mention) -> bool:
    """True for a tornado's rating ("EF3"): a grade of the story's subject, not of one of its facts.

    A story has one tornado and its rating; every outlet puts it in its
    headline and its lead, beside the toll and the damage. Shared by those
    passages as an alignment key it drew the headlines into one claim and
    moved the leads' other facts' seats (wrong pairs on the tornado story),
    so the aligner does not key it (align/features.value_family_key), as it
    keys no identifier of the story's subject. The judge still compares it.
    """
    return m.slot == SLOT and any(c in RATING_SCALES for c in m.cues)


def _grade(word: str) -> int | None:
    """The whole number a grade names, None for any other word."""
    if word.isdigit():
        return int(word) or None
    return WORD_VALUES.get(word.lower()) or _ROMAN.get(word)


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, grade, scale word) for every level or category in ``text``; shared: numbers skips them."""
    c = cues(text)
    patterns = ((_SCALES if c.has_ci("level", "category") else ())
                + (_RATINGS if c.digit and "F" in text else ()))  # c.digit: has_digit, found once
    out: list[tuple[int, int, Quantity, str]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            rated = m["w"] in ("EF", "F")
            value = int(m["n"]) if rated else _grade(m["n"])
            start = m.start("w") if rated else m.start()  # "rated an F-4": the rating is "F-4"
            if value is None or any(s < m.end() and start < e for s, e, _, _ in out):
                continue
            if not rated and any(s < m.end() and start < e for s, e, _ in storeys.find(text)):
                continue  # "from level 61" of a tower is a storey (storeys.py), no grade
            out.append((start, m.end(), Quantity(Decimal(value)), m["w"].lower()))
    return tuple(sorted(out, key=lambda f: f[0]))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Levels and categories in every passage, slot "number:level", cue the scale's word."""
    passages = holding(passages, find)
    return tuple(m for scale in ("level", "category", *RATING_SCALES)
                 for m in passage_mentions(article, passages, _scan(scale), SLOT, (scale,)))


def _scan(scale: str) -> Callable[[str], tuple[tuple[int, int, Quantity], ...]]:
    """The grades of one scale only, so that each mention carries its own scale's cue."""
    def scan(text: str) -> tuple[tuple[int, int, Quantity], ...]:
        return tuple((s, e, v) for s, e, v, w in find(text) if w == scale)
    return scan
