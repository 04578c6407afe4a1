"""Cricket scores: "312 for seven declared" and "312-7d" are one innings, "six for 48" and "6-48" one spell.

A cricket report gives an innings as runs for wickets and a bowler's spell
as wickets for runs, in words ("312 for seven", "six for 48") or in the
scorecard's figures ("312-7d", "6-48", "17.4-5-48-6"); a scoreline gives a
team's two innings joined by "&" ("312-7d & 198": the second all out). Read as loose
figures they were nothing: the word forms became a bare "312" and a bare
"seven", the hyphened ones a range or a tally, so "312 for seven declared"
never met "312-7d" and an outlet giving the other side's total went unseen.
Here each is one values.Code: an innings "312/7" (slot "number:innings",
all out is "287/10": "287 all out", "all out for 287", "bowled out for
198", "caved in for 198" where the passage is about cricket), a spell
"6w48" (slot "number:figures"); a declaration ("d",
"declared") is dropped from the value since outlets often leave it out.

Which is which is told by the sides: an innings has 20 or more runs and at
most ten wickets ("312 for seven"), a spell at most ten wickets and ten or
more runs ("six for 48"). A hyphened or slashed pair ("312-7", "6-48") is
read only in a passage that is about cricket (a cricket word, a declared
"312-7d", a not-out "118*" or a bowler's analysis), since "6-48" alone may
be ages or a range; a bowler's full analysis, overs-maidens-runs-wickets
("17.4-5-48-6"), is read as its spell. A series score ("2-1") is neither.
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import Cues, cues, digit_hyphen_digit
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Code

INNINGS_SLOT = "number:innings"
FIGURES_SLOT = "number:figures"

_SMALL_WORDS = "|".join(sorted((w for w, v in WORD_VALUES.items() if 0 <= v <= 10), key=len, reverse=True))
_SIDE = rf"(?:\d{{1,3}}|(?i:{_SMALL_WORDS}))"
# "312 for seven (declared)", "six for 48", "3 for 61".
_FOR = regex(rf"(?<![\w.,/-])(?P<a>{_SIDE})\s+for\s+(?P<b>{_SIDE})(?P<d>\s+declared|d\b)?(?![\w/-]|[.,]\d)")
# "312-7d", "226-6", "6-48", "312/7".
_PAIRED = regex(r"(?<![\w.,/–-])(?P<a>\d{1,3})[-–/](?P<b>\d{1,3})(?P<d>d(?:ec)?\b)?(?![\w/–-]|[.,]\d)")
# A bowler's analysis: overs (balls after a point), maidens, runs, wickets: "17.4-5-48-6".
_ANALYSIS = regex(r"(?<![\w.,/-])\d{1,2}(?:\.[1-5])?-\d{1,2}-(?P<r>\d{1,3})-(?P<w>\d{1,2})(?![\w/-]|[.,]\d)")
# All out: "287 all out", "all out for 287", "bowled out for 198", "dismissed for 287".
_ALL_OUT = regex(
    r"\b(?P<a>\d{2,3})\s+all\s+out\b|\b(?:all|bowled)\s+out\s+for\s+(?P<b>\d{2,3})\b"
    r"|\bbowled\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+out\s+for\s+(?P<c>\d{2,3})\b", re.IGNORECASE)
# "dismissed for 287": cricket only in a passage about cricket ("dismissed for misconduct").
_DISMISSED = regex(r"\bdismissed\s+for\s+(?P<a>\d{2,3})\b(?![\w/-]|[.,]\d)")
# A collapse told by a verb: "caved in for 198", "were skittled (out) for 198", "folded for 143" ("crumbled
# to 143 all out" is _ALL_OUT's); only where the passage is about cricket ("caved in for 20 minutes" has a
# noun after).
_COLLAPSED = regex(r"\b(?:caved\s+in|skittled(?:\s+out)?|folded|crumbled|collapsed|capitulated|slumped)"
                   r"\s+for\s+"
                   r"(?P<a>\d{2,3})\b(?![\w/-]|[.,]\d)", re.IGNORECASE)
# What may follow a score told in words and figures ("six for 48 in 17 overs"); a noun after it makes it
# a price or a count ("500 for three tickets").
_AFTER_FOR = regex(r"\s*(?:[,.;:!?)\]—–(]|$)|\s+(?:in|as|and|on|at|with|from|off|after|before|to|by|but|when|"
                   r"while|against|during|yesterday|today)\b")
# The words any cricket reader takes as "this passage is about cricket" (battingfigures adds its own to
# them): one list, so the two readers' gates do not drift apart.
CRICKET_WORDS = (r"wickets?|overs|innings|declar\w*|bowl(?:ed|er|ers|ing)|batt(?:ed|er|ing)|spell|stumps|"
                 r"all\s+out|not\s+out|ov")
# What makes a passage's hyphened pairs cricket: those words, a bowler's trade, a not-out star or a
# scorecard's shapes.
_CRICKET = regex(
    rf"\b(?:{CRICKET_WORDS}|seamers?|spinners?|test\s+match)\b|\d\*|\d{{2,3}}-\d{{1,2}}d\b|"
    r"\d(?:\.[1-5])?-\d{1,2}-\d{1,3}-\d{1,2}\b", re.IGNORECASE)
# CRICKET_WORDS as whole lower-case words ("declar\w*" is looked for as a substring; "all out", "not out"
# need their "out"), for `may_be_cricket`.
CRICKET_WORD_SET = ("wicket", "wickets", "overs", "innings", "bowled", "bowler", "bowlers", "bowling",
                    "batted", "batter", "batting", "spell", "stumps", "ov")


def may_be_cricket(c: Cues, *more: str) -> bool:
    """False when _CRICKET cannot match the passage (with ``more`` words, battingfigures' own list).

    _CRICKET opens with a boundary and a case-insensitive alternation, so its search tried every
    character of every passage with a figure (perf50); its words are looked up in the passage's word
    set, its figures' shapes need a star or a hyphen between digits.
    """
    return (c.has_word(*CRICKET_WORD_SET, "seamer", "seamers", "spinner", "spinners", *more)
            or c.has_ci("declar") or (c.has_word("out") and c.has_word("all", "not"))
            or (c.has_word("match") and c.has_word("test"))
            or "*" in c.text or digit_hyphen_digit(c.text))


# A scoreline's second innings after the first: "312-7d & 198" (no wickets given: all out).
_SECOND = regex(r"\s?&\s?(?P<a>\d{2,3})(?![\w/–-]|[.,]\d)")


def _side(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return WORD_VALUES.get(text.lower())


def _read(a: int, b: int) -> tuple[str, Code] | None:
    """The pair as an innings (runs for wickets) or a spell (wickets for runs), or None (a series "2-1")."""
    if a >= 20 and 0 <= b <= 10:
        return INNINGS_SLOT, Code(f"{a}/{b}")
    if 0 <= a <= 10 and b >= 10:
        return FIGURES_SLOT, Code(f"{a}W{b}")
    return None


@shared_text
def find(text: str) -> tuple[tuple[int, int, str, Code], ...]:
    """(start, end, slot, value) for every innings score and bowling spell in ``text``."""
    c = cues(text)
    if not c.digit and not c.has_ci(" for "):
        return ()
    out: list[tuple[int, int, str, Code]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, read: tuple[str, Code] | None) -> None:
        if read is not None and not any(s < end and start < e for s, e in taken):
            out.append((start, end, *read))
            taken.append((start, end))

    about_cricket = c.digit and may_be_cricket(c) and _CRICKET.search(text) is not None
    # Gates (perf53): every branch of _ALL_OUT has "out" as a whole word, _FOR "for" (`Cues.has_word`).
    for m in _ALL_OUT.finditer(text) if c.has_word("out") else ():
        runs = int(m["a"] or m["b"] or m["c"])
        add(m.start(), m.end(), (INNINGS_SLOT, Code(f"{runs}/10")))
    for m in _FOR.finditer(text) if c.has_word("for") else ():
        a, b = _side(m["a"]), _side(m["b"])
        if a is None or b is None or (m["a"].isdigit() == m["b"].isdigit() and not about_cricket):
            continue  # "3 for 61" only in a passage about cricket; "one for two" never
        if not m["a"].isdigit() and not m["b"].isdigit():
            continue
        if not m["d"] and not about_cricket and not _AFTER_FOR.match(text, m.end()):
            continue  # "500 for three tickets": a noun after it, and no cricket word to say otherwise
        add(m.start(), m.end(), _read(a, b))
    if about_cricket or out:  # a spell or an innings read above ("six for 48 as they caved in for 198")
        for m in _COLLAPSED.finditer(text):
            if _AFTER_FOR.match(text, m.end()):
                add(m.start(), m.end(), (INNINGS_SLOT, Code(f"{int(m['a'])}/10")))
    if about_cricket:
        for m in _DISMISSED.finditer(text):
            if _AFTER_FOR.match(text, m.end()):  # "dismissed for 12 months": a noun after it
                add(m.start(), m.end(), (INNINGS_SLOT, Code(f"{int(m['a'])}/10")))
        for m in _ANALYSIS.finditer(text):
            add(m.start(), m.end(), _read(int(m["w"]), int(m["r"])))
        for m in _PAIRED.finditer(text):
            read = _read(int(m["a"]), int(m["b"]))
            add(m.start(), m.end(), read)
            second = _SECOND.match(text, m.end()) if read and read[0] == INNINGS_SLOT else None
            if second is not None:
                add(second.start("a"), second.end("a"), (INNINGS_SLOT, Code(f"{int(second['a'])}/10")))
    return tuple(sorted(out))


def spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans numbers.py skips: the figures are read here."""
    return tuple((start, end) for start, end, _, _ in find(text))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Innings scores and bowling spells in every passage; offsets absolute into ``article.text``."""
    out: list[Mention] = []
    passages = holding(passages, find)
    for slot in (INNINGS_SLOT, FIGURES_SLOT):
        def scan(text: str, slot: str = slot) -> tuple[tuple[int, int, Code], ...]:
            return tuple((s, e, v) for s, e, sl, v in find(text) if sl == slot)
        out.extend(passage_mentions(article, passages, scan, slot, ("innings",) if slot == INNINGS_SLOT
                                    else ("figures",)))
    return tuple(out)
