"""Golf scores: a round's card ("a closing 64"), a total ("on 283") and a score to par ("9 under", "-9").

A golf report gives three kinds of score, none with a unit: the strokes of
one round ("shot 71", "closed with an eight-under 64", "Final round: 64"), the
strokes of the whole event ("finished on 279", "a total of 283") and the
score against par ("9-under", "nine under par", "-11", "level par").
Read as loose figures the round and the total were bare counts or nothing,
and the score to par was never read, so an outlet's 68 never met the
others' 64 and "nine under par" never met "-9". Here each is a whole
number in its own slot: "number:round", "number:total", "number:to-par"
(under par negative, over par positive, level par zero).

A figure is read only where golf is spoken of: a passage with a golf word
("birdie", "par", "caddie", "strokes" ...) or a shape no other sport writes
("Final round: 64", "283 (-9)"), and then only in the shapes
above: a round after a scoring verb ("shot", "carded", "returned", "closed
with", "went round in", "after a") or a round's label, from 55 to 89; a
total after "on", "total of", "aggregate of" or in brackets after a score
to par, from 190 to 299 (three or four rounds). The par of a round told
with its card ("eight-under-par 64", "64, eight under par") is part of the
card, not a second score to par: the event's score to par stays the only one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import Cues, cues
from sourcediff.extract.shared import answers, shared_text
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

ROUND_SLOT = "number:round"
TOTAL_SLOT = "number:total"
TO_PAR_SLOT = "number:to-par"

# What makes a passage's bare figures golf scores.
# Not "major" nor "greens" (a party): a weather report's "temperatures fell to -11" is no score to par.
_GOLF = regex(r"\b(?:golf\w*|birdies?|bogeys?|eagles?|par|under-par|over-par|putts?|putted|fairways?|caddie|"
              r"strokes?|shots?|tee(?:d|s)?|holes?)\b", re.IGNORECASE)
_WORDS = "|".join(sorted((w for w, v in WORD_VALUES.items() if 1 <= v <= 30), key=len, reverse=True))
_NUM = rf"(?:\d{{1,2}}|(?i:{_WORDS}))"
# A score to par: "9-under", "nine under par", "two over", "eight-under-par"; "level par", "even par".
_UNDER_OVER = rf"(?P<n>{_NUM})[\s-](?P<side>(?i:under|over))(?:[\s-](?i:par))?\b"
_PAR = regex(rf"\b(?:{_UNDER_OVER}(?!\s*\d{{1,2}}\b)|(?P<level>(?i:level|even)[\s-]par)\b)")
# A signed score to par where a score stands: "(-11)", "at -13", "on -9", "Total: 283 (-9)"; not a
# temperature or a change ("to -11 degrees", "at -3%").
_SIGNED = regex(r"(?:\(|\b(?:at|on|to)\s+)(?P<sign>[-−–+])(?P<n>\d{1,2})\b(?![/-]|[.,:]\d)"
                r"(?!\s*(?:°|º|degrees?\b|[CF]\b|per\b|%|percent\b|points?\b))")
# The end of a card or a total: a break or a word that goes on the sentence, not a noun the figure counts
# ("shot 71 rounds", "on 214 votes"), and no hyphen or decimal ("a 64-year-old", "on 283.5").
_END = (r"\b(?![-–/]|[.,:]\d)(?=\s*(?:[,.;:!?)\]—–(]|$)|\s+(?:to|and|on|in|at|for|with|after|before|that|"
        r"which|as|but|while|when|was|is|gave|put|took|left|despite|under|over|from|of|the|this|her|his|"
        r"their|yesterday|today)\b)")
# Words between a scoring verb's article and the card: "a sizzling eight-under 64", "a bogey-free 67".
_BETWEEN = r"(?:[\w'’-]+\s+){0,3}?"
# A round: "shot 71", "fired a 64", "carded a level-par 70", "returned a 71", "closed with a 68", "went round
# in 64", "after a 71", "a final-round 64"; a card's label, "Final round: 64", "third round of 68".
_ROUND = regex(
    r"\b(?:shoots?|shot|shooting|fired?|fires|firing|carded|cards?|carding|returned|returns?|posted|posts?|"
    r"signed\s+for|clos(?:ed|es|ing)\s+with|open(?:ed|s|ing)\s+with|went\s+round\s+in|goes\s+round\s+in|"
    r"go\s+round\s+in|after)\s+(?:(?:a|an)\s+" + _BETWEEN + r")?(?P<n>[5-8]\d)" + _END
    + r"|\b(?i:final|closing|opening|first|second|third|fourth|last)[\s-](?i:round)(?::|\s+of)?\s+(?:a\s+)?"
    r"(?P<m>[5-8]\d)" + _END)
# A total: "on 283", "finished on 9-under 279", "a total of 283", "aggregate of 201", "Total: 283",
# "-9 (283)".
_TOTAL = regex(
    r"\b(?:on|total\s+of|aggregate\s+of|(?i:total):)\s+(?:" + _UNDER_OVER.replace("?P<n>", "").replace(
        "?P<side>", "") + r"\s+)?(?P<n>(?:19|2\d)\d)" + _END
    + r"|(?<=[\d)])\s\((?P<b>(?:19|2\d)\d)\)")
# Shapes that are golf scores without a golf word beside them, as in a fact box's lines: a round's label
# ("Final round: 64") and a total with its score to par in brackets ("Total: 283 (-9)").
_SELF_TOLD = regex(r"\b(?i:final|closing|opening|first|second|third|fourth|last)[\s-](?i:round):\s+[5-8]\d\b"
                   r"|\b(?:19|2\d)\d\s\([-−–+]\d{1,2}\)")
# A round's card right before its par ("64, eight under par"): that par is the card's, not the event's.
_CARD_BEFORE = regex(r"\b[5-8]\d,?\s+$")

# _GOLF's words as whole lower-case words ("under-par" holds the word "par"; "golf\w*" is looked for as
# a substring), and what _SELF_TOLD cannot do without: a digit and its colon or bracket.
_GOLF_WORDS = ("birdie", "birdies", "bogey", "bogeys", "eagle", "eagles", "par", "putt", "putts", "putted",
               "fairway", "fairways", "caddie", "stroke", "strokes", "shot", "shots", "tee", "teed", "tees",
               "hole", "holes")


def _may_be_golf(c: Cues) -> bool:
    """False when neither _GOLF nor _SELF_TOLD can match the passage: most passages, without a search.

    Both patterns open with a boundary or a case-insensitive alternation, so each search tried
    every character of every passage with a figure (perf50: a tenth of a second on two
    30,000-word articles); the words are looked up in the passage's word set instead.
    """
    return (c.has_word(*_GOLF_WORDS) or c.has_ci("golf")
            or (c.digit and (":" in c.text or "(" in c.text)))


def _number(word: str) -> int | None:
    """A score to par in digits or words ("9", "nine"): both spellings are one value; else None."""
    return int(word) if word.isdigit() else WORD_VALUES.get(word.lower())


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, value, slot) for every golf card, total and score to par in ``text``."""
    c = cues(text)
    if not c.digit and not c.has_ci("under", "over", "par"):
        return ()
    if not _may_be_golf(c) or (_GOLF.search(text) is None and _SELF_TOLD.search(text) is None):
        return ()
    out: list[tuple[int, int, Quantity, str]] = []
    for m in _ROUND.finditer(text):
        group = "n" if m["n"] else "m"
        out.append((m.start(), m.end(group), Quantity(Decimal(int(m[group]))), ROUND_SLOT))
    rounds = [(s, e) for s, e, _, _ in out]
    for m in _TOTAL.finditer(text):
        group = "n" if m["n"] else "b"
        start = m.start() if group == "n" else m.start(group)
        if not any(s < m.end(group) and m.start(group) < e for s, e in rounds):
            out.append((start, m.end(group), Quantity(Decimal(int(m[group]))), TOTAL_SLOT))
    for m in _PAR.finditer(text):
        if any(s <= m.start() < e for s, e in rounds) or _CARD_BEFORE.search(text, max(0, m.start() - 6),
                                                                              m.start()):
            continue  # the card's own par: "an eight-under-par 64", "64, eight under par"
        if m["level"]:
            value = 0
        else:
            n = _number(m["n"])
            if n is None:
                continue
            value = -n if m["side"].lower() == "under" else n
        out.append((m.start(), m.end(), Quantity(Decimal(value)), TO_PAR_SLOT))
    for m in _SIGNED.finditer(text):
        n = int(m["n"])
        value = n if m["sign"] == "+" else -n
        out.append((m.start("sign"), m.end("n"), Quantity(Decimal(value)), TO_PAR_SLOT))
    return tuple(sorted(out, key=lambda f: f[0]))


def spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans numbers.py skips: the figures are read here."""
    return tuple((start, end) for start, end, _, _ in find(text))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Golf cards, totals and scores to par in every passage; offsets absolute into ``article.text``."""
    # One pass over the passages, not one per slot: most passages hold no golf score, and three
    # passes asked `find`'s memory and built an empty tuple three times for each (perf42). The
    # mentions keep their order: every round, then every total, then every score to par.
    by_slot: dict[str, list[Mention]] = {ROUND_SLOT: [], TOTAL_SLOT: [], TO_PAR_SLOT: []}
    for p, found in zip(passages, answers(find, [p.text for p in passages]), strict=True):
        for start, end, value, slot in found:
            span = Span(p.start + start, p.start + end)
            by_slot[slot].append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                                         raw=article.text[span.start:span.end], value=value, slot=slot,
                                         cues=_CUES[slot]))
    return (*by_slot[ROUND_SLOT], *by_slot[TOTAL_SLOT], *by_slot[TO_PAR_SLOT])


# Each slot's cue word, as its mentions carry it.
_CUES = {ROUND_SLOT: ("round",), TOTAL_SLOT: ("total",), TO_PAR_SLOT: ("par",)}
