"""Plain text articles: paragraphs are lines, an optional date line is metadata.

The text is kept as written (minus a leading date prefix), so offsets in a
report point at the same words a user sees in the file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sourcediff.extract.datenumeric import DAY_FIRST, numeric_order
from sourcediff.ingest.builder import LINE_BREAKS
from sourcediff.ingest.byline import byline_outlet
from sourcediff.ingest.dates import head_metadata_date, parse_date
from sourcediff.ingest.embeds import plain
from sourcediff.ingest.pagefurniture import without_page_furniture
from sourcediff.model import Article, Block, Span
from sourcediff.regexcache import regex

FORMAT = "text"

# A leading "date 2026-02-26 " (or "published: 2026-02-26T10:00Z") prefix that
# scrapers put before the first sentence on the same line; group 1 is the date.
_DATE_PREFIX = regex(
    r"\A\s*(?:date|published|dated)\s*:?\s+(\d{4}-\d{2}-\d{2})(?:T[\d:.+\-Z]*)?[ \t]*\n?[ \t]*",
    re.IGNORECASE)
# A first line that is only a date key and value ("Date: February 26, 2026").
_DATE_LINE = regex(r"\A\s*(?:date|published|dated)\s*:\s*([^\n]{4,60})\n", re.IGNORECASE)
# Non-blank lines, with their offsets.
_LINE = regex(r"[^\n]*\S[^\n]*")
# Characters that may close a sentence after its final punctuation.
_CLOSERS = "\"'”’»)]*_"
# What a complete sentence (or a colon-introduced list) ends with.
_TERMINAL = ".!?…:;"
# A heading is a short line: longer lines without final punctuation are
# usually captions or credits, which we leave as paragraphs.
MAX_HEADING_CHARS = 120


@dataclass(frozen=True)
class Line:
    """A non-blank line: its span (white space trimmed) and whether a blank line precedes it."""

    start: int
    end: int
    after_blank: bool


# Characters at the head of a text where a date line under the headline may stand.
_ORDER_HEAD = 400


def parse(raw: str) -> Article:
    """Plain text -> Article: date prefix to ``published``, lines to blocks."""
    text, published = split_date_prefix(without_page_furniture(plain(raw.translate(LINE_BREAKS))))
    if published is None:  # "Published: 20 November 2026 | Category: Courts" under the headline
        published = head_metadata_date(text)
    if published is None and "/" in text[:_ORDER_HEAD]:
        # "12/5/2026" under the headline says nothing alone; the body's own dates ("June 30",
        # "15/12/2026") say which order the outlet writes, as they do for the body's numeric dates.
        order = numeric_order(text)
        if order:
            published = head_metadata_date(text, dayfirst=order == DAY_FIRST)
    blocks = paragraph_blocks(text)
    title = ""
    if blocks and blocks[0].role == "heading" and len(blocks) > 1:
        title = text[blocks[0].span.start:blocks[0].span.end]
        blocks = (Block(blocks[0].span, "title"), *blocks[1:])
    return Article(id="", text=text, format=FORMAT, title=title, published=published, blocks=blocks,
                   outlet=byline_outlet(text, blocks))


def split_date_prefix(raw: str) -> tuple[str, dt.date | None]:
    """Remove a leading date prefix or date line; return the rest and the date (or None)."""
    for pattern in (_DATE_PREFIX, _DATE_LINE):
        match = pattern.match(raw)
        if match:
            date = parse_date(match.group(1))
            if date is not None:
                return raw[match.end():].rstrip(), date
    return raw.strip(), None


def lines(text: str) -> list[Line]:
    """Every non-blank line with trimmed offsets."""
    out: list[Line] = []
    last_end = 0
    for match in _LINE.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        gap = text[last_end:match.start()]
        out.append(Line(start, end, after_blank=not out or gap.count("\n") >= 2))
        last_end = match.end()
    return out


def ends_sentence(line: str) -> bool:
    """Does a line end as a sentence (or clause) does, after any closing quotes?"""
    stripped = line.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def continues(previous: str, line: str, after_blank: bool) -> bool:
    """Is ``line`` a hard-wrapped continuation of the previous line's sentence?"""
    return not after_blank and not ends_sentence(previous) and line[:1].islower()


def heading_like(line: str) -> bool:
    """A short line that does not end as a sentence and starts like a title."""
    return (len(line) <= MAX_HEADING_CHARS and not ends_sentence(line)
            and (line[:1].isupper() or line[:1].isdigit()))


def paragraph_blocks(text: str) -> tuple[Block, ...]:
    """Lines become paragraphs (wrapped lines are joined); short unpunctuated lines are headings."""
    spans: list[list[int]] = []
    for line in lines(text):
        if spans and continues(text[spans[-1][0]:spans[-1][1]], text[line.start:line.end], line.after_blank):
            spans[-1][1] = line.end
        else:
            spans.append([line.start, line.end])
    return tuple(_block(text, start, end) for start, end in spans)


def _block(text: str, start: int, end: int) -> Block:
    body = text[start:end]
    role = "heading" if "\n" not in body and heading_like(body) else "paragraph"
    return Block(Span(start, end), role)
