"""Text folding shared by every stage that compares words.

Sources differ in typography (curly against straight quotes, em dashes,
non-breaking spaces) far more often than in substance; folding them once here
keeps every comparison in the tool consistent.
"""

from __future__ import annotations

import re
import unicodedata

from sourcediff.regexcache import regex

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\u2026": "...",
})
_SPACE = regex(r"\s+")
# A word: letters and digits, apostrophes, hyphens and dots inside ("o'clock", "U.S."); public so
# that a caller who has folded the text already can split it without folding again.
WORD = regex(r"[^\W_]+(?:['\-.][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """NFKC, typographic quotes and dashes to ASCII, white space collapsed, casefolded."""
    return fold_keep_case(text).casefold()


def fold_keep_case(text: str) -> str:
    """Like :func:`fold` but keeps case, so offsets-free display text stays readable.

    Runs for every passage several times a comparison, so the common cases are
    cut short: ASCII text is its own NFKC form and holds no character of the
    table (all non-ASCII), and ``" ".join(text.split())`` is
    ``_SPACE.sub(" ", text).strip()`` (``str.split``, ``str.strip`` and the
    pattern's ``\\s`` share one definition of white space; a test holds them
    equal over every code point), without a match object per space.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return " ".join(text.split())


def words(text: str) -> tuple[str, ...]:
    """The folded words of a text, punctuation dropped (apostrophes and hyphens kept inside words)."""
    return tuple(WORD.findall(fold(text)))
