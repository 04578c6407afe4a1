"""Cheap tests that tell a scan a passage holds nothing for it, before its regular expression runs.

Most patterns of the extractors cannot use the regex engine's fast search
(they open with a word boundary, a lookbehind or a case-insensitive
alternation), so each scan tries to match at every character of every
passage: a dozen date patterns over a passage with no digit, no month name
and no "day" in it cost most of the extraction and find nothing. Each test
here is a necessary condition of a pattern, checked with plain substring
searches: a scan that the test turns away could not have matched, so the
mentions found are exactly those of the full scan (tests/test_cues.py checks
every condition against its pattern).

Case-insensitive words are looked for in the lower-cased text, which is
exact only when every letter of the passage is ASCII: the regex engine also
matches "ſ" to "s" and "K" (Kelvin) to "k". A passage with another letter
is therefore never turned away by a case-insensitive test.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sourcediff.extract.shared import shared_text
from sourcediff.regexcache import regex

_DIGIT = regex(r"\d")
_WORD = regex(r"\w+")
_ASCII_DIGITS = "0123456789"  # every character ``\d`` matches in ASCII text
# The first three letters of every month name and abbreviation the date patterns know (case-sensitive).
_MONTH = regex(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# Every year the date patterns read, "1800" to "2199" (the widest of their year groups).
_YEAR = regex(r"(?:1[89]|2[01])\d\d")
# An ordinal in figures ("3rd") as every ordinal pattern writes one: a digit, then its suffix in lower case.
FIGURE_ORDINAL = regex(r"\d(?:st|nd|rd|th)")
# A letter or digit outside ASCII: case-insensitive matching may then equate it with an ASCII letter.
NON_ASCII_WORD = regex(r"[^\W\x00-\x7f]")


@dataclass(frozen=True)
class Cues:
    """What one passage holds that the patterns need: digits, month names, its words in lower case."""

    text: str
    digit: bool
    month: bool
    year: bool  # four digits that can be a year the patterns read (1800-2199)
    lower: str | None  # the text lower-cased when that is exact for case-insensitive tests, else None

    def has(self, *parts: str) -> bool:
        """True when the text contains one of ``parts`` as written (for case-sensitive patterns)."""
        return any(map(self.text.__contains__, parts))  # no generator: runs for every pattern and passage

    def has_ci(self, *parts: str) -> bool:
        """True when the text may contain one of the lower-case ASCII ``parts`` in any case.

        Always True for a passage with a non-ASCII letter (see the module docstring).
        """
        return self.lower is None or any(map(self.lower.__contains__, parts))

    @functools.cached_property
    def words(self) -> frozenset[str] | None:
        """The passage's lower-case words (its maximal runs of ``\\w``), or None where ``lower`` is.

        A pattern ``\\b(?:golf\\w*|birdies?|par|...)\\b`` opens with a boundary and a case-insensitive
        alternation, so its search tries every character of every passage; in ASCII text it matches
        exactly where one of the passage's words is one of its words, a set lookup each (``has_word``).
        """
        return None if self.lower is None else frozenset(_WORD.findall(self.lower))

    def has_word(self, *words: str) -> bool:
        """True when the text may hold one of the lower-case ASCII ``words`` as a whole word, in any case.

        Always True for a passage with a non-ASCII letter (``words`` is None: see the module docstring).
        """
        w = self.words
        return w is None or not w.isdisjoint(words)

    @functools.cached_property
    def number_word(self) -> bool:
        """Whether a number word may be there (``has_ci(*NUMBER_WORDS)``); asked by several extractors."""
        return self.has_ci(*NUMBER_WORDS)

    @functools.cached_property
    def ordinal(self) -> bool:
        """Whether an ordinal, "3rd" or "third", may be there: every ordinal and place pattern needs one.

        Most passages hold no ordinal at all, and those scans open at every word ("a", "his", the
        name of an owner): the test keeps them from running there. A digit alone is not enough: the
        patterns' figures all end in "st", "nd", "rd" or "th", and a passage's year or sum has none.
        Asked up to six times a passage (editions, event counts, day rows, birthdays, titles, places):
        the twenty words are looked for once.
        """
        return self.has_ci(*ORDINAL_WORDS) or (self.digit and FIGURE_ORDINAL.search(self.text) is not None)


# A pattern's test: False when the passage cannot hold a match (an extractor's NEEDS maps patterns to them).
Need = Callable[[Cues], bool]


@shared_text
def cues(text: str) -> Cues:
    """The cues of ``text``, computed once per passage while an article is extracted."""
    ascii_words = _ascii_words(text)
    digit = has_digit(text)
    return Cues(text=text, digit=digit, month=_MONTH.search(text) is not None,
                year=digit and _YEAR.search(text) is not None, lower=text.lower() if ascii_words else None)


def by_pattern_id(needs: Mapping[re.Pattern[str], Need]) -> dict[int, Need]:
    """An extractor's tests (pattern -> test) keyed by each pattern's id, for its per-passage lookups.

    Hashing a compiled pattern hashes its whole program (1-3 us for a date or
    time pattern), and a scan looks its test up for every pattern of every
    passage. The patterns are module constants, so their ids stay theirs.
    """
    return {id(p): need for p, need in needs.items()}


def has_digit(text: str) -> bool:
    """True when ``text`` holds a digit (as the patterns' ``\\d`` reads one).

    ``\\d`` has no first character the regex engine can look for, so its
    search tests every character of a passage without a digit against a
    category (5 us for a 200-character passage); in ASCII text the only
    digits are 0-9, and ten substring searches find or rule them out in a
    quarter of that. Other text may hold other decimal digits: the pattern decides.
    """
    if text.isascii():
        return any(map(text.__contains__, _ASCII_DIGITS))
    return _DIGIT.search(text) is not None


def digit_hyphen_digit(text: str) -> bool:
    """True when ``text`` holds a hyphen between two digits (as ``\\d-\\d`` reads them)."""
    return digit_mark_digit(text, "-")


def digit_mark_digit(text: str, mark: str) -> bool:
    """True when ``text`` holds the character ``mark`` between two digits (as ``\\d`` reads them).

    ``\\d`` has no literal the regex engine can look for (see `has_digit`): a pattern such as a
    clock's ``\\d{1,2}\\.[0-5]\\d`` is tried at every character of every passage that holds a digit and
    a full stop, which is nearly all of them. A passage has few of any one mark, found by substring
    search, and ``str.isdecimal`` is ``\\d``'s class (Unicode Nd).
    """
    i = text.find(mark, 1)
    while i != -1:
        if text[i - 1].isdecimal() and text[i + 1:i + 2].isdecimal():
            return True
        i = text.find(mark, i + 1)
    return False


def figure_unit_pattern(*units: str) -> str:
    """``\\d\\s?(?:unit|...)\\b`` (one of ``units`` after a digit, directly or after one white space, ending
    a word), written to open with the units' common prefix. A module asking it of every passage compiles
    it once (``regex(figure_unit_pattern(...))``).

    The necessary condition of a pattern such as ``elapsed._HOURS_MINUTES``: such a pattern opens with
    a lookbehind and a figure, so its search tries every character of every passage with a digit, though
    a figure with a unit written after it is rare. Opening with the prefix as a literal ("m" of minutes),
    the search skips to each one in C and looks behind it for the digit; the same search written from the
    digit took 2.9 times as long, and the Python walk over every "m" it replaced 6.1 times (over the
    passages of a 30k-word pair and 120 stories, benchmarks/notes/perf62.md).
    """
    prefix = min(units, key=len)
    while not all(unit.startswith(prefix) for unit in units):
        prefix = prefix[:-1]
    head = re.escape(prefix)
    rests = "|".join(re.escape(unit[len(prefix):]) for unit in units)
    return rf"{head}(?:(?<=\d{head})|(?<=\d\s{head}))(?:{rests})\b"


def figure_unit(text: str, *units: str) -> bool:
    """True when one of ``units`` follows a digit, directly or after one space, and ends a word
    (:func:`figure_unit_pattern`)."""
    return _figure_unit_regex(units).search(text) is not None


@functools.lru_cache(maxsize=16)
def _figure_unit_regex(units: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled :func:`figure_unit_pattern` for any units a caller names (none of the shipped table)."""
    return re.compile(figure_unit_pattern(*units))


def _ascii_words(text: str) -> bool:
    """No letter or digit outside ASCII; ASCII text (most passages) has none, without a scan."""
    return text.isascii() or NON_ASCII_WORD.search(text) is None


def may_contain_ci(text: str, *words: str) -> bool:
    """True when ``text`` may hold one of the lower-case ASCII ``words`` in any case (``Cues.has_ci``).

    Asked of whole passages by several extractors, four times a passage: through the shared
    ``cues`` the passage is lower-cased and searched for non-ASCII letters once, not at each call.
    """
    return cues(text).has_ci(*words)


def may_contain_word(text: str, *words: str) -> bool:
    """True when ``text`` may hold one of the lower-case ASCII ``words`` as a whole word (``Cues.has_word``).

    The gate of a pattern that reads its word between boundaries: "no" as a substring is in "know",
    "economy" and most passages, as a word in few.
    """
    return cues(text).has_word(*words)


# The weekday names as the (case-sensitive) date and time patterns write them.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The ordinals in words the scans read, "first" to "twentieth" (ranks.ORDINALS numbers them).
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                 "seventeenth", "eighteenth", "nineteenth", "twentieth")
# Units whose "a" after a word of degree is one ("nearly a mile": P.NUM_A_LENGTH, amounts._a_lengths); the
# weights with their "a" ("more than a tonne"), since "ton" alone is inside too many words for a cheap cue.
LENGTH_WORDS = ("mile", "kilomet", "metre", "meter", "foot", "inch", "yard",
                "a ton", "a metric ton", "a kilo")
# Words a spelled-out number needs (NUM_ATOM, TALLY): every number word holds one of them
# ("fourteen" holds "four", "seventy" "seven"); "illion" covers million, billion and trillion.
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "ninety",
                "hundred", "thousand", "illion", "dozen",
                "decade", "fortnight",  # "a decade", "a fortnight" are one (amounts._decades)
                *LENGTH_WORDS)


def may_have_number(c: Cues) -> bool:
    """A figure in digits or in words may be in the passage (NUM_ATOM, NUM_VAGUE, TALLY)."""
    return c.digit or c.number_word
