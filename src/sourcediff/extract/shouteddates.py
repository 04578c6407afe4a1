"""Month and weekday names set in capitals for emphasis, read as the names they are: "from JUNE 1".

Tabloids shout the words that matter ("premiums will soar by 18 PER CENT
from JUNE 1", "the strike starts on MONDAY"). Every date pattern wants a
month or weekday capitalized as running text writes it, so a shouted date
was no date at all: a source that put a deadline a month later than the
others showed no rival, and the others' agreement hid it. Here the name is
written back in running-text case, letter for letter, so that every span
the date patterns find still points at the article's own characters.

Only where the capitals are a date: a weekday name anywhere ("ON MONDAY"),
a month only beside a day number or a year ("JUNE 1", "1 JUNE", "1st JUNE",
"JUNE 2027"), since a month alone in capitals is as often the verb or noun
it spells ("YOU MAY", "THE MARCH ON PARLIAMENT"). A month in capitals inside
a word in capitals ("MAYHEM") is no month. Only inside running text: a line
all in capitals (a headline, a page's "PUBLISHED: MONDAY, MAY 23" stamp) is
left as it was.
"""

from __future__ import annotations

import re

from sourcediff.regexcache import regex

_MONTHS = "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
_WEEKDAYS = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"
# A shouted month with a day number or a year after it, or a day number (an ordinal's letters in either
# case) before it; a shouted weekday alone. "MARCH" and "MAY" are verbs too ("HUNDREDS MARCH 12 MILES"):
# with a figure after them they are months only when the figure ends its clause or a year follows it.
_SHOUTED = regex(
    rf"(?<![A-Za-z])(?:(?P<month>{_MONTHS})(?<!MARCH)(?<!MAY)"
    rf"(?=\s+(?:[0-3]?\d(?:st|nd|rd|th|ST|ND|RD|TH)?|\d{{4}})(?![\d%]))"
    rf"|(?P<verb_month>MARCH|MAY)(?=\s+(?:[0-3]?\d|\d{{4}})(?:\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+\d{{4}}))"
    rf"|(?<=\d\s)(?P<after_day>{_MONTHS})|(?<=\d[snrtSNRT][tdhTDH]\s)(?P<after_nth>{_MONTHS})"
    rf"|(?P<weekday>{_WEEKDAYS}))(?![A-Za-z])")
# The cheap test that a text may hold a shouted name at all: three capitals in a row (every name has three).
_CAPITALS = regex(r"[A-Z]{3}")


def recase(text: str) -> str:
    """``text`` with each shouted date name in running-text case ("JUNE 1" -> "June 1"), same length.

    Text with no run of three capitals (every name has that many) is returned unscanned.
    """
    if _CAPITALS.search(text) is None:
        return text
    return _SHOUTED.sub(lambda m: m.group(0).capitalize() if _in_running_text(text, m) else m.group(0), text)


def _in_running_text(text: str, m: re.Match[str]) -> bool:
    """Whether the line of ``m`` has a lower-case letter: the name is shouted inside running text.

    A line all in capitals is a page's stamp ("PUBLISHED: WEDNESDAY, MARCH
    13, 2027, 2:29 PM") or a headline, not a sentence that shouts one word;
    read as dates, such stamps moved the alignment of real pages (ECB+),
    so they are left as the date patterns found them before.
    """
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start:end if end >= 0 else len(text)]
    return line != line.upper()


__all__ = ["recase"]
