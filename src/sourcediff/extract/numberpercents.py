"""Percents however written: "12.5%", "nine in ten", "half a percentage point", "by a quarter".

Split out of numbers.py because shares written as a proportion or a
fraction are read into the percent they state, with tables of their own
(bases, denominators, fractions), so that they compare with another
source's written percent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import (
    Amount,
    attached_before,
    hedge_before,
    in_code,
    left_match,
    percent_quantity,
    percent_unit,
)
from sourcediff.extract.cues import may_contain_ci
from sourcediff.extract.numberbase import Found
from sourcediff.model import Kind
from sourcediff.values import APPROX, Quantity

# "pp" (percentage points) is also pages: a figure this large with it is a page count.
_MAX_PP = 100
# Cue of a percent that states a change ("up 41%"), never the same thing as a level ("58.4% margin").
CHANGE = "change"


def _change_before(text: str, pos: int) -> bool:
    """True when the words before ``pos`` make the percent there a change: "rose 7%", "lifted output by 6%".

    A verb of change moves either its subject ("output rose 6%") or its
    object ("the trial lifted output by 6%"); read only in the first shape,
    one outlet's "raised output by 6%" was a level beside another's "output
    rose 6%", and the story's one change of output was cut in two facts.
    """
    return (left_match(P.PCT_CHANGE_BEFORE, text, pos, 40) is not None
            or left_match(P.PCT_OBJECT_CHANGE_BEFORE, text, pos, 64) is not None)


def _percent(text: str, a: Amount, m: re.Match[str]) -> Found | None:
    if in_code(text, a.num_start, a.num_end) or attached_before(text, a.num_start):
        return None
    if m["unit"].lower().startswith("pp") and a.low >= _MAX_PP:
        return None  # "320pp" is a page count: no change in points runs to a hundred
    unit = percent_unit(m["unit"])
    if unit == "%" and _swing_percent(text, a, m):
        unit = "percentage point"
    value = percent_quantity(a.low, unit, a.qualifier, a.high)
    change = (_change_before(text, a.num_start)
              or P.PCT_PERIOD_CHANGE_AFTER.match(text, m.end()) is not None
              or P.PCT_CHANGE_AFTER.match(text, m.end()) is not None)
    cues = (CHANGE,) if change else ()
    return Found(Kind.PERCENT, a.start, m.end(), value, "percent", cues)


def _swing_percent(text: str, a: Amount, m: re.Match[str]) -> bool:
    """ "a swing of 9.5%", "a 9.5% swing" in a passage about an election: percentage points.

    A swing is the average of two parties' moves in vote share, a figure in
    points; a tabloid that prints "%" states the same swing another outlet
    writes as "9.5 percentage points" or "9.5 points". Only in a passage
    about votes, seats or an election: a market's "5% swing" is a relative
    move.
    """
    if left_match(P.PCT_SWING_BEFORE, text, a.num_start, 40) is None \
            and P.PCT_SWING_AFTER.match(text, m.end()) is None:
        return False
    return P.PCT_SWING_ELECTORAL.search(text) is not None


def _bare_points(text: str, a: Amount) -> Found | None:
    """ "4.9 points", "more than three points": a change in percentage points when the sentence says so.

    Copy that has said "a gap of 5.8 percentage points" once goes on "up from
    4.9 points"; a tabloid writes "pass rates jumped by more than three
    points" where others write "3.6 percentage points". Read as counts, these
    never met the figures they state. "Points" alone is also a team's tally
    or an index's move, so it is read as percentage points only after an
    explicit percentage point earlier in the passage or right after a rate
    or share that moves ("rates rose by 2 points"); never a range, never a
    hundred or more.
    """
    m = P.PCT_BARE_POINTS_AFTER.match(text, a.num_end)
    if m is None or a.high is not None or a.low >= _MAX_PP or attached_before(text, a.num_start):
        return None
    value = percent_quantity(a.low, "percentage point", a.qualifier, None)
    if (P.PCT_POINTS_EARLIER.search(text, 0, a.start)
            or left_match(P.PCT_RATE_MOVE_BEFORE, text, a.start, 60)):
        return Found(Kind.PERCENT, a.start, m.end(), value, "percent", (CHANGE,))
    if not _share_gap(text, a):
        return None
    # A gap ("a margin of 0.27 points") is a level unless a move is said before it ("up 0.4 points").
    change = _change_before(text, a.num_start)
    return Found(Kind.PERCENT, a.start, m.end(), value, "percent", (CHANGE,) if change else ())


def _share_gap(text: str, a: Amount) -> bool:
    """ "Margin: 212 votes, or 0.24 points", "a lead of 1.2 pts in the poll": a gap between shares.

    A decimal figure of points in a passage about votes, polls, turnout or
    percents is a gap in percentage points, as other outlets write it ("0.24
    percentage points", "0.24 pp"). Sport and contest tallies are whole
    numbers (a jury's "12 points", a side's "3 points"), so a whole figure
    still needs an explicit percentage point or a moving rate; an index's
    points ("fell 0.4%, or 31.5 points") are never a share's gap.
    """
    if "." not in text[a.num_start:a.num_end]:
        return False
    return P.PCT_SHARE_PASSAGE.search(text) is not None and P.PCT_INDEX_PASSAGE.search(text) is None


# Bases of a share after any figure ("nine in ten", "3 in 100"); other bases only after "one".
_ROUND_BASES = frozenset(Decimal(n) for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000))
# A base that reads as a year ("one in 2027") is no share.
_YEAR_LIKE = re.compile(r"1[89]\d\d|2[01]\d\d")
# The largest base of a share in words as coarse as a fraction ("two in three", "nine in ten").
_SMALL_BASE = 10
_DENOMINATORS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a hundred": 100, "a thousand": 1000,
                 "hundred": 100, "thousand": 1000, "a million": 10**6, "a billion": 10**9,
                 "a trillion": 10**12}


def _proportion(text: str, a: Amount) -> Found | None:
    """ "Fewer than nine in ten", "one in five": a share written as a proportion, read as its percent.

    Health and polling copy writes "nine in ten children" where another source
    writes "86%"; as a percent with its hedge ("below 90%") the two compare.
    The whole "nine in ten" is the mention, so its second figure is no count.
    Any base is a share after "one" ("one in 25 patients", "1 in 2,500
    births", the risk idiom); after other figures only a round base is
    (2 to 10, 100, 1,000), as "3 in 12" may be a tally; a bare year is never
    a base ("opens one in 2027").

    A hedged share of a small base ("nearly two in three", "about one in
    five") is as coarse as a fraction in words ("nearly a quarter",
    _fraction_shares) and is read the same way, as an about-range a tenth of
    itself either side: its percent's many digits (66.666...) are the
    division's, not the writer's precision, and read as such they allowed
    "nearly two in three" no more slack than "nearly 66.67%" (62% diverged).
    """
    if a.high is not None or a.low <= 0 or attached_before(text, a.num_start):
        return None
    m = P.NUM_PROPORTION_AFTER.match(text, a.num_end)
    if m is None:
        return None
    word = " ".join(m["den"].lower().split())
    den = Decimal(_DENOMINATORS.get(word) or int(word.replace(",", "")))
    if a.low >= den or (den not in _ROUND_BASES and (a.low != 1 or _YEAR_LIKE.fullmatch(word))):
        return None
    share = a.low * 100 / den
    if a.qualifier == APPROX and den <= _SMALL_BASE:
        reach = share * _FRACTION_REACH
        value = Quantity(round(share - reach, 1), "%", APPROX, round(share + reach, 1))
    else:
        value = percent_quantity(share, "%", a.qualifier, None)
    return Found(Kind.PERCENT, a.start, m.end(), value, "percent", ())


# Basis points of a fraction of a percentage point written in words.
_FRACTION_BP = {"half": Decimal(50), "quarter": Decimal(25), "a quarter": Decimal(25),
                "three quarters": Decimal(75), "three quarter": Decimal(75)}


def _fraction_points(text: str) -> Iterator[Found]:
    """ "half a percentage point", "a quarter-point cut": a change in points, in basis points (50, 25).

    Sources that write "50 basis points" or "0.5 percentage points" for the
    same move then state one value. No figure is read here: NUM_ATOM reads no
    fraction word, so nothing else claims these words.
    """
    if not may_contain_ci(text, "point"):
        return
    for m in P.PCT_FRACTION_POINT.finditer(text):
        word = " ".join((m["frac"] or m["adj"] or m["short"]).lower().replace("-", " ").split())
        value = Quantity(_FRACTION_BP[word], "basis point", None, None)
        change = _change_before(text, m.start())
        yield Found(Kind.PERCENT, m.start(), m.end(), value, "percent", (CHANGE,) if change else ())


# Numerators and denominators of a fraction in words ("a fifth", "three-fifths", "an eighth").
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}


def fraction_share(words: str) -> Decimal | None:
    """The percent a fraction in words states ("three-fifths" 60, "a quarter" 25, "half" 50), or None.

    A trade outlet writes "seven-tenths of the fare" where a wire
    writes "70 per cent of the fare": read from its numerator and
    denominator, any such fraction is the percent it states, not only the
    few common ones a table would list. A numerator as large as its
    denominator ("five-fifths", "four-thirds") is no share of a whole.
    """
    parts = words.lower().replace("-", " ").split()
    if len(parts) == 1:
        parts = ["a", *parts]
    if len(parts) != 2 or parts[0] not in _NUMERATORS:
        return None
    num, part = _NUMERATORS[parts[0]], parts[1]
    den = _PARTS.get(part[:-1] if num > 1 and part.endswith("s") else part)
    if den is None or num >= den or (num > 1) != part.endswith("s"):
        return None
    return Decimal(100 * num) / den
# How far a fraction in words may lie from its exact value, either side: a writer says "a quarter" for
# 23% or 27%, as the same writer would round a figure of one significant digit.
_FRACTION_REACH = Decimal("0.1")


# Every fraction word holds one of these (a cheap test before the patterns run on a passage).
_FRACTION_CUES = ("half", "third", "quarter", "fifth", "sixth", "eighth", "tenth")
# Words before a fraction that make it a part, not a share: "the second half of", "the other half of",
# "one and a half", "the third quarter of".
_PART_BEFORE = re.compile(r"\b(?:first|second|third|fourth|final|last|other|latter|former|better|and|the|"
                          r"this|that|each|every)\s+$", re.IGNORECASE)


def _fraction_shares(text: str) -> Iterator[Found]:
    """ "cut the risk by nearly a quarter", "a tenth of its turnover": a fraction in words, as its percent.

    Sources that write "by 23%" state the same change, and "up to 10% of its
    turnover" the same share as "up to a tenth of its turnover" (a tabloid
    spells out what a wire writes in figures); a fraction is a coarse figure,
    so it is a range (a tenth of itself either side) that 23% sits in and 2.1%
    does not. A hedge ("nearly a quarter") makes it an about-range, which fits
    its neighbourhood without being evidence of one figure; a bound ("up to",
    "more than") is stated at the fraction. No figure is read here otherwise:
    NUM_ATOM reads no fraction word. A hedged fraction set off by punctuation
    ("with just over a third, some €600 million, from the state") is
    a share too: the hedge says it is an amount, the comma that it names
    nothing after it.
    """
    if not may_contain_ci(text, *_FRACTION_CUES):
        return
    shares = P.PCT_FRACTION_SHARE.finditer(text) if may_contain_ci(text, "by ") else iter(())
    wholes = (m for m in P.PCT_FRACTION_OF.finditer(text)
              if not _PART_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    read = [*shares, *wholes]
    taken = {m.start("frac") for m in read}
    alone = (m for m in P.PCT_FRACTION_HEDGED.finditer(text) if m.start("frac") not in taken)
    for m in (*read, *alone):
        share = fraction_share(m["frac"])
        if share is None:
            continue
        qualifier = hedge_before(text, m.start("frac"))
        start = m.start("hedge") if m["hedge"] else m.start("frac")
        reach = share * _FRACTION_REACH
        if qualifier in (None, APPROX):
            value = Quantity(round(share - reach, 1), "%", qualifier, round(share + reach, 1))
        else:  # "more than a third": a bound, stated at the fraction
            value = Quantity(round(share, 1), "%", qualifier, None)
        change = _change_before(text, start)
        yield Found(Kind.PERCENT, start, m.end("frac"), value, "percent", (CHANGE,) if change else ())
