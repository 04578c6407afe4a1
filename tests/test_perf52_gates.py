"""The digit-mark-digit gates of perf52 turn away only passages their patterns cannot match.

Clock and race-time patterns ("9.30", "14:05", "1m35.2s", "1′05″") have a digit either side of
a mark; times and elapsed skip them when `cues.digit_mark_digit` finds no such place, instead of
trying them at every character of a passage with a digit and a full stop. That is a speed-up
only if the search would have found nothing: random passages of invented fragments (clocks,
race times, prices, apostrophes, non-ASCII digits) check it, and both answers occur often.
"""

from __future__ import annotations

import random
import re

from sourcediff.extract import elapsed, times
from sourcediff.extract import patterns as P
from sourcediff.extract.cues import cues, digit_mark_digit
from sourcediff.extract.shared import scope

_FRAGMENTS = (
    "The ferry left at 9.30 this morning", "at 14:05", "14:05:22 GMT", "2:29.17", "1m35.211s",
    "1h32m45.678s", "5h03′48″", "at 1′05″", "2'31\"", "6′2″", "the mayor’s office", "it's", "'90s",
    "rose 2.5 per cent", "£3.20", "a 4m fence", "3 m 20", "12.", ".5", "at 7.45pm", "21.15 hrs",
    "10.30 in the morning", "Mr. Smith", "No. 4", "the 3:2 ratio", "a 12-3 win", "٣:٤٥", "٩.٣٠",
    "m", ":", ".", "’", "'", "′", "1", "0", "twelve", "at noon", "on 12 May", "08.15 local time",
)


def _passages(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 6))) + rng.choice((".", "", " 7"))
            for _ in range(n)]


def _check(gate: object, pattern: re.Pattern[str], texts: list[str]) -> tuple[int, int]:
    turned_away = matched = 0
    with scope():
        for text in texts:
            found = pattern.search(text) is not None
            if not gate(text):  # type: ignore[operator]
                turned_away += 1
                assert not found, (pattern.pattern[:40], text)
            matched += found
    return turned_away, matched


def test_digit_mark_digit_reads_as_the_pattern() -> None:
    for mark in ("-", ".", ":", "m", "’"):
        pattern = re.compile(r"\d" + re.escape(mark) + r"\d")  # not regex(): its table lists src's patterns
        for text in ("3" + mark + "4", "a" + mark + "1", "1" + mark, mark + "2", mark, "", "٣" + mark + "٤",
                     "²" + mark + "3", "1 " + mark + "2", "1" + mark + mark + "2"):
            assert digit_mark_digit(text, mark) == (pattern.search(text) is not None), (mark, text)
        for text in _passages(ord(mark), 1000):
            assert digit_mark_digit(text, mark) == (pattern.search(text) is not None), (mark, text)


def test_clock_gates_turn_away_only_passages_the_clocks_cannot_match() -> None:
    texts = _passages(5, 3000)
    for pattern in (P.TIME_24H_COLON, P.TIME_24H_DOT, P.TIME_DOT_HALF_OF_DAY):
        need = times.NEEDS[pattern]
        away, matched = _check(lambda t, need=need: need(cues(t)), pattern, texts)
        assert away > 100 and matched > 20, (pattern.pattern[:40], away, matched)


def test_race_time_gates_turn_away_only_passages_the_patterns_cannot_match() -> None:
    texts = _passages(6, 3000)
    colon = lambda t: digit_mark_digit(t, ":")  # noqa: E731
    primes = lambda t: any(digit_mark_digit(t, mark) for mark in "′'’")  # noqa: E731
    compact = lambda t: digit_mark_digit(t, "m")  # noqa: E731
    for gate, pattern in ((colon, elapsed._COLONS), (colon, elapsed._MINUTES_FRACTION),
                          (primes, elapsed._PRIMES), (compact, elapsed._COMPACT)):
        away, matched = _check(gate, pattern, texts)
        assert away > 100 and matched > 20, (pattern.pattern[:40], away, matched)
