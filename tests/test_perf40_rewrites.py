"""The #13 rewrites (perf40) find exactly what the scans found before, on random invented text.

Each gate added to a scan is a necessary condition of its patterns, and each
lookahead added to a pattern names the first letters its alternatives can
start with: neither may change a match. These tests hold the rewritten scans
to the ungated ones, and the rewritten patterns to their former text, over
random sentences built from the words the patterns look for.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from sourcediff.extract import odds, ordinals
from sourcediff.extract import patterns as P
from sourcediff.extract.cues import Cues

_WORDS = (
    "his", "her", "a", "the", "its", "Pell's", "Derby", "Derbies", "Oscar", "Oscars", "third", "second",
    "first", "fifth", "twentieth", "3rd", "12th", "ride", "rides", "start", "appearance", "won", "has",
    "landed", "had", "two", "three", "seven", "title", "titles", "crown", "major", "medal", "trophy",
    "grand-slam", "straight", "consecutive", "day", "running", "in", "row", "40-1", "5/2", "11 to 4",
    "outsider", "favourite", "fav", "jf", "shot", "odds", "of", "at", "sent", "off", "SP", "3.50", "41.0",
    "decimal", "price", "Monday", "Friday", "Sunday", "Sundays", "last", "next", "this", "This", "week",
    "Black", "Good", "Easter", "Man", "early", "late", "mid-", "month", "year", "quarter", "weekend",
    "today", "Tonight", "overnight", "recent", "days", "end", "start", "beginning", "May", "March",
    "Sept.", "Jan", "December", "2026", "1999", "2101", "1750", "In", "since", "By", "until", "dated",
    "scheduled", "for", "targeted", "due", "set", "ſtart", "K", "Ünal", "٣", ",", ".", "(", ")", "–", "-",
    "’s", "'s", "\n",
)
# Whole phrases the patterns read, mixed in so that the scans find something to compare.
_PHRASES = (
    "his third Derby win", "a 2nd Oscar", "her fifth ride", "has won two Derbies", "had three rides",
    "a fifth straight day", "the 12th day running", "its third day in a row", "his second grand-slam title",
    "a fourth major.", "a 40-1 outsider", "at odds of 5/2", "the 3.50 fav", "decimal odds of 41.0",
    "last Monday", "Friday next week", "later this month", "the end of next year", "in March 2026",
    "Sept. 1999", "since 2026", "scheduled for 2031", "targeted for 2029", "In 2101",
)


def _texts(seed: int, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choices(_WORDS + _PHRASES * 3, k=rng.randint(1, 25))
        out.append("".join(w + rng.choice(("", " ", " ", " ", "  ", "-")) for w in words))
    return out


def _open_cues(text: str) -> Cues:
    """Cues that pass every test: the scan then runs each of its patterns, as an ungated scan would."""
    return Cues(text=text, digit=True, month=True, year=True, lower=None)


@pytest.mark.parametrize("scan", [odds.find, ordinals.event_counts, ordinals.day_rows, ordinals.find])
def test_gated_scans_find_what_the_full_scans_find(scan: Callable[[str], tuple[object, ...]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(13)
    gated = [scan(t) for t in texts]
    monkeypatch.setattr(odds, "cues", _open_cues)
    monkeypatch.setattr(ordinals, "cues", _open_cues)
    assert [scan(t) for t in texts] == gated
    assert any(gated)  # the random texts do reach the patterns


def test_the_gates_keep_what_users_read() -> None:
    assert odds.find("She won as a 40-1 outsider.")
    assert not odds.find("She won as the outsider at the line.")
    assert ordinals.event_counts("It was his third Derby win, after he had won two Derbies.")
    assert ordinals.day_rows("Prices fell for a fifth straight day on Monday.")
    assert not ordinals.day_rows("Prices fell on the fifth day of trading.")
    assert ordinals.find("It was her second grand-slam title.")


# The patterns as they were written before the lookaheads: the rewrite must match exactly the same.
def _former(pattern: re.Pattern[str], lookahead: str, moved_boundary: str | None = None) -> re.Pattern[str]:
    text = pattern.pattern
    assert lookahead in text
    text = text.replace(lookahead, "", 1)
    if moved_boundary is not None:
        text = text.replace(moved_boundary, moved_boundary + r"\b", 1)
    return re.compile(text, pattern.flags)


_REWRITTEN = [
    (P.DATE_WEEKDAY, r"\b(?=[LlNnTtMWFS])", "(?<!Girl )"),
    (P.DATE_RELATIVE, "(?=[elmtsbnpiyo])", None),
    (P.DATE_MONTH_YEAR, "(?=[JFMASOND])", None),
    (P.DATE_YEAR, "(?=[IiSsBbUuTtDdAafWw])", None),
]


@pytest.mark.parametrize(("pattern", "lookahead", "moved"), _REWRITTEN)
def test_rewritten_date_patterns_match_as_before(pattern: re.Pattern[str], lookahead: str,
                                                  moved: str | None) -> None:
    former = _former(pattern, lookahead, moved)
    hits = 0
    for text in _texts(40, 600):
        new = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert new == [(m.span(), m.groupdict()) for m in former.finditer(text)], text
        hits += bool(new)
    assert hits > 50


def test_weekday_after_a_holiday_word_is_still_no_date() -> None:
    assert not P.DATE_WEEKDAY.search("shoppers queued on Black Friday")
    assert P.DATE_WEEKDAY.search("shoppers queued on Friday")["weekday"] == "Friday"
    assert P.DATE_RELATIVE.search("the vote is due later THIS month")
    assert P.DATE_YEAR.search("the line is scheduled for 2031")["year"] == "2031"
