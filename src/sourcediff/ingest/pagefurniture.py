"""Page furniture of a PDF saved as text: page numbers and the running header or footer of each page.

A press release or report exported from a PDF as text carries, on every
page, a line such as "Page 1 of 2" and the header or footer the PDF repeats
("Islands Ferry Company    Press Release"). Read as paragraphs they were
passages: the page numbers stated figures ("1", "2") only that source has,
and the repeated header was a passage of its own on each page.

Here such lines are blanked (each character a space, line breaks kept), so
offsets and line numbers in a report stay the file's. A text with no page
number line is left exactly as it is: only a page marker says the text came
from pages, and a repeated line in an ordinary article (a refrain, a list
item) is the article's. A repeated line is taken as furniture only when it
is no sentence (no closing punctuation) and stands next to a page break
(within two lines of a page number, or the text's first line).
"""

from __future__ import annotations

import re

from sourcediff.regexcache import regex

# A line that is only a page number: "Page 3", "Page 3 of 7", "- 3 -", "3 / 7", "p. 3".
PAGE_NUMBER = regex(r"[ \t]*(?:page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?|[-\u2013\u2014][ \t]*\d{1,3}[ \t]*"
                    r"[-\u2013\u2014]|\d{1,3}[ \t]*/[ \t]*\d{1,3}|p\.[ \t]*\d{1,3})[ \t]*", re.IGNORECASE)
# How many non-blank lines from a page number (or the top) a running header or footer may stand.
REACH = 2
# What a sentence, not a header, ends with.
_TERMINAL = ".!?\"'\u201d\u2019:;"


def _blank(line: str) -> str:
    return " " * len(line)


def page_breaks(text: str) -> tuple[int, ...]:
    """The offsets of the page-number lines of ``text`` (where one PDF page ends and the next begins).

    Why: a sentence the PDF broke over a page ("... during the" / "Page 1 of 2" /
    "summer season.") is one sentence; the paragraph builder joins across these
    offsets where it would not join across an ordinary blank line.
    """
    out: list[int] = []
    offset = 0
    for line in text.split("\n"):
        if PAGE_NUMBER.fullmatch(line):
            out.append(offset)
        offset += len(line) + 1
    return tuple(out)


def without_page_furniture(text: str) -> str:
    """``text`` with its page numbers and running headers blanked, when it has page numbers (see module)."""
    lines = text.split("\n")
    pages = [i for i, line in enumerate(lines) if PAGE_NUMBER.fullmatch(line)]
    if not pages:
        return text
    filled = [i for i, line in enumerate(lines) if line.strip()]
    rank = {i: k for k, i in enumerate(filled)}
    near: set[int] = set(filled[:REACH])
    for p in pages:
        k = rank[p]
        near.update(filled[max(0, k - REACH):k + REACH + 1])
    counts: dict[str, int] = {}
    for i in filled:
        key = " ".join(lines[i].split())
        counts[key] = counts.get(key, 0) + 1
    out = list(lines)
    for i in filled:
        key = " ".join(lines[i].split())
        repeated = counts[key] > 1 and i in near and not key.endswith(tuple(_TERMINAL))
        if i in pages or repeated:
            out[i] = _blank(lines[i])
    return "\n".join(out)
