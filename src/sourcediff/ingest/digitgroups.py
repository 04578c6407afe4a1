"""Digit groups set apart by a thin or no-break space ("4\u202f500"), kept through trafilatura.

Some style guides (science desks, SI style) group thousands with a thin
space, a narrow no-break space or a no-break space: "4 500 jobs". The
figure patterns read such a group as one number (patterns._N_DIGITS), but
trafilatura turns every Unicode space into a plain one, after which "4 500"
read as two numbers, "4" and "500", and agreed with nothing. The page's group
spaces are therefore swapped for a printable stand-in before trafilatura
reads it, and the stand-in is made a narrow no-break space again in the text
it returns: one character for one character, so nothing else moves.
"""

from __future__ import annotations

import re

from sourcediff.regexcache import regex

# A printable character no English story uses (U+2E31, WORD SEPARATOR MIDDLE DOT), which
# trafilatura keeps as it is.
STAND_IN = "\u2e31"
GROUP_SPACE = "\u202f"
# A group space between a digit and exactly three digits, as a character or an HTML reference.
_RAW_GROUP_SPACE = regex(
    r"(?<=\d)(?:[\u00a0\u2007\u2009\u202f]|&(?:nbsp|thinsp|numsp|#160|#8199|#8201|#8239"
    r"|#x0*a0|#x0*2007|#x0*2009|#x0*202f);)(?=\d{3}(?!\d))", re.IGNORECASE)


def protect(raw: str) -> str:
    """``raw`` with each digit group's space made the stand-in (cheap when the page has none)."""
    if STAND_IN in raw:
        return raw  # the page uses the stand-in itself: leave its text as written
    return _RAW_GROUP_SPACE.sub(STAND_IN, raw)


def restore(text: str) -> str:
    """Text read from a protected page, its stand-ins made narrow no-break spaces again."""
    return text.replace(STAND_IN, GROUP_SPACE) if STAND_IN in text else text
