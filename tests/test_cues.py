"""The cheap tests of extract/cues.py never turn away a passage a pattern would match in.

Every test there is a substring condition, so it holds for a passage when it
holds for any part of it: checking it on each match's own words (stronger
than on the passage) over every example sentence the extractor tests use,
the seeds and the story articles covers the patterns' alternatives.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.extract import (
    amounts,
    dates,
    elapsed,
    intervals,
    leadmargins,
    odds,
    ordinals,
    quotes,
    stamps,
    statratios,
    tallies,
    times,
)
from sourcediff.extract import cues as C
from sourcediff.extract import patterns as P

ROOT = Path(__file__).resolve().parent.parent
_OTHER_NEEDS: dict[re.Pattern[str], Callable[[C.Cues], bool]] = {
    P.NUM_ATOM: C.may_have_number,
    P.NUM_VAGUE: lambda c: C.may_have_number(c) and amounts.may_be_vague(c),
    P.TALLY: tallies.may_pair,
    P.TALLY_SIDES: lambda c: c.has_ci(*tallies.SIDE_WORDS),
    elapsed._COLONS: lambda c: c.digit and c.has(":"),
    elapsed._UNITS: lambda c: (C.figure_unit(c.text, *elapsed.MINUTE_UNITS)
                               and C.figure_unit(c.text, *elapsed.SECOND_UNITS)),
    elapsed._HOURS_MINUTES: lambda c: C.figure_unit(c.text, *elapsed.MINUTE_UNITS),
    elapsed._MINUTES_SECONDS: lambda c: C.figure_unit(c.text, *elapsed.SECOND_UNITS),
    P.INTERVAL: intervals.may_hold,
    odds._PRICES[1]: odds.PRICE_NEEDS[1],
    odds._DECIMALS[1]: lambda c: c.has_ci("fav", "jf", "decimal"),
    P.STAMP_BEFORE: lambda c: C.may_contain_ci(c.text, *stamps._STAMP_WORDS),
    P.STAMP_DATE_BEFORE: lambda c: C.has_digit(c.text),
    P.ACCORDING_TO: lambda c: c.has("ccording to"),
    quotes.CHARACTERIZE: lambda c: c.has(*quotes._CHARACTERIZING_STEMS),
    # whole-word gates (Cues.has_word) of numbers._zero_counts, ordinals.day_rows, statratios, leadmargins
    P.NUM_ZERO: lambda c: c.has_word("no", "nobody", "none", "not"),
    ordinals._DAY_ROW: lambda c: (c.has_word("day")
                                  and c.has_word("straight", "consecutive", "successive", "running", "row")),
    statratios._INTERVAL: lambda c: c.has("CI", "CrI") or c.has_word("interval"),
    leadmargins._COMPOUND: lambda c: c.has_word(*leadmargins.MARGIN_NOUNS),
    leadmargins._BY_ONE: lambda c: c.has_word(*leadmargins.MARGIN_NOUNS),
}
NEEDS = {**dates.NEEDS, **times.NEEDS, **_OTHER_NEEDS}


def _texts() -> Iterator[str]:
    """String literals of the extractor tests, then the seeds and story articles, line by line."""
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.value
    for path in [*sorted((ROOT / "seeds").iterdir()), *sorted((ROOT / "tests/data/stories").glob("*/*"))]:
        if path.suffix in (".txt", ".md", ".html", ".json"):
            yield from path.read_text(encoding="utf-8", errors="replace").splitlines()


TEXTS = list(_texts())
# Words every alternative of the patterns can produce, in both cases, so that no branch goes untried.
EXTRA = [
    "in the second quarter of 2027, H1 2026, the first half of next year", "Q3", "late summer 2025",
    "THIS WEEK, earlier this month, mid-next year, the end of the quarter, in recent days, last night",
    "Tomorrow morning, Midday, tonight, overnight, early Thursday morning, Late on Friday evening",
    "mid-afternoon, late-night, late at night, in the wee hours, before first light, by nightfall, at dusk",
    "12 noon, Midnight GMT, 5:01 p.m. ET, 17.01 GMT, 14.00 hrs, 2201 UTC, 09:30 CET",
    "fiscal 2025, FY2025, the 1960s, the Act of 1964, a 1988 law, since 2019, early 2027",
    "From 1978 to 2001, between 1990 and 1994, from 2009–2012, from 1985 until",
    "Feb. 26, 26th Feb 2026, Sept. 2024, in May, 2026-02-23..2026-02-27, Thursday, Feb. 26, 2026",
    "a dozen, half a million, Forty-Eight, thirteen, fifteen, ninety, TWELVE, dozens of millions",
    "voted seven-to-two, a 5 to 4 vote, ELEVEN-one", "an hour after, hours before, two Days later",
    "Updated: Thursday, May 2, 2013, PUBLISHED on Fri, 11 Nov 2011 at", "posted in Local News on Jul. 7",
    "Modified 06/06/13, created 2013-09-26 at", "MON 22 JUL 2013 -",
    "according to the mayor, who described it as “a disgrace” and called it “a mess”",
    "the fifth straight day, its third day running, a 2nd consecutive day, their tenth day in a row",
    "No-one was hurt, nobody was injured, None of them were, not a single one was, NOT ONE had",
    "95% CI 1.1-1.4, 90% CrI 0.8 to 1.2, a 95 per cent confidence interval of 1.1 to 1.3",
    "a two-Shot lead, a 3-point cushion, led by a single run, won by a length, trailing by a goal.",
]


@pytest.mark.parametrize("pattern", list(NEEDS), ids=lambda p: p.pattern[:40])
def test_every_match_has_the_cues_its_pattern_needs(pattern: re.Pattern[str]) -> None:
    need = NEEDS[pattern]
    matched = 0
    for text in [*TEXTS, *EXTRA]:
        for m in pattern.finditer(text):
            matched += 1
            assert need(C.cues(m.group())), (pattern.pattern[:60], m.group())
    assert matched, "the examples should exercise the pattern"


def test_a_passage_without_the_cues_is_skipped() -> None:
    c = C.cues("The council met and talked at length.")
    assert not c.digit and not c.month and not C.may_have_number(c)
    assert not dates.NEEDS[P.DATE_WEEKDAY](c) and not times.NEEDS[P.TIME_12H](c)
    assert C.cues("Zoë met them on Monday").lower is None  # non-ASCII letter: no case-insensitive skip
    assert C.cues("Zoë met them").has_ci("week")


def test_non_ascii_letters_that_match_ascii_ones_case_insensitively_disable_the_lower_case_test() -> None:
    """"ſ" matches "s" and "K" (Kelvin) matches "k" under re.IGNORECASE: such a passage is never skipped."""
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        if letter.fullmatch(ch):
            assert C.NON_ASCII_WORD.fullmatch(ch), hex(code)


_WORD = st.text(alphabet="abAB.-s", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_WORD, min_size=1, max_size=8), text=st.text(alphabet="abAB.-s ", max_size=30))
def test_words_alternation_matches_like_the_plain_alternation(words: list[str], text: str) -> None:
    """Grouping by first character keeps every match and the order of preference (longest-first lists)."""
    plain = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})")
    grouped = re.compile(rf"\b{P.words_alternation(words)}")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


_NUMBERISH = st.lists(st.sampled_from([
    "US$", "U.S. $", "$", "€", "Rs. ", "USD ", "usd", "CAN$", "a", "an", "half", "A", "Half", "hundred",
    "dozen", "million", "m", "bn", "k", "Mio.", "two", "Twenty", "forty-eight", "FORTY eight", "seventeen",
    "one", "someone", "often", "1", "12", "3.5", "1,200", "2024", "0", " ", "  ", "-", ".", ",", "x", "the",
    "\n"]),
    max_size=14)


@settings(max_examples=400, deadline=None)
@given(parts=_NUMBERISH)
def test_atom_scan_from_number_starts_finds_what_the_full_search_finds(parts: list[str]) -> None:
    text = "".join(parts)
    lower = C.cues(text).lower
    fast = [m.span() for m in amounts._atom_matches(text, lower)]
    assert fast == [m.span() for m in P.NUM_ATOM.finditer(text)]


def test_atom_scan_on_the_example_texts() -> None:
    for text in [*TEXTS, *EXTRA]:
        fast = [m.span() for m in amounts._atom_matches(text, C.cues(text).lower)]
        assert fast == [m.span() for m in P.NUM_ATOM.finditer(text)], text


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="12 \u00a0\t_smineco.x\u0663", max_size=24))
def test_figure_unit_is_the_search_for_a_unit_after_a_figure(text: str) -> None:
    """Exactly ``\\d\\s?(?:unit|...)\\b``, for units sharing a prefix and for a lone letter."""
    for units in (("minutes", "minute", "mins", "min", "m"), ("secs", "sec", "s")):
        pattern = re.compile(rf"\d\s?(?:{'|'.join(units)})\b")
        assert C.figure_unit(text, *units) == (pattern.search(text) is not None), (units, text)


@pytest.mark.parametrize("pattern, need", [(odds._PRICES[0], odds.PRICE_NEEDS[0]),
                                           (odds._DECIMALS[0], lambda c: c.has_ci("fav", "jf", "decimal"))])
def test_a_price_read_with_its_noun_has_the_noun_cues(pattern: re.Pattern[str],
                                                       need: Callable[[C.Cues], bool]) -> None:
    """These betting-price patterns read their noun in a lookahead, outside the match: tested on the line."""
    matched = 0
    for text in [*TEXTS, *EXTRA]:
        for _ in pattern.finditer(text):
            matched += 1
            assert need(C.cues(text)), text
    assert matched
