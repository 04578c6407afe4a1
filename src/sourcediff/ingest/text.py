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
from sourcediff.ingest.pagefurniture import page_breaks, without_page_furniture
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
# A press release's marker line, which heads it but names nothing ("FOR IMMEDIATE RELEASE").
RELEASE_MARK = regex(r"\s*(?:for\s+immediate\s+release|embargoed?|(?:media|press|news)\s+release"
                     r"|(?:for\s+release|embargoed?)(?:\s*:|\s+(?:until|till|to|at|on|after|before)\b)[^\n]{0,60})"
                     r"[\s:.\-\u2013\u2014]*", re.IGNORECASE)
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
    whole = plain(raw.translate(LINE_BREAKS))
    cleaned = without_page_furniture(whole)
    text, published = split_date_prefix(cleaned)
    head = cleaned.find(text) if text else 0  # blanking keeps offsets; the date prefix and white space go
    breaks = tuple(b - head for b in page_breaks(whole) if b >= head)
    if published is None:  # "Published: 20 November 2026 | Category: Courts" under the headline
        published = head_metadata_date(text)
    if published is None and "/" in text[:_ORDER_HEAD]:
        # "12/5/2026" under the headline says nothing alone; the body's own dates ("June 30",
        # "15/12/2026") say which order the outlet writes, as they do for the body's numeric dates.
        order = numeric_order(text)
        if order:
            published = head_metadata_date(text, dayfirst=order == DAY_FIRST)
    blocks = paragraph_blocks(text, breaks)
    title = ""
    first = _title_index(text, blocks)
    if first is not None:
        title = text[blocks[first].span.start:blocks[first].span.end]
        blocks = (*blocks[:first], Block(blocks[first].span, "title"), *blocks[first + 1:])
    return Article(id="", text=text, format=FORMAT, title=title, published=published, blocks=blocks,
                   outlet=byline_outlet(text, blocks))


def _title_index(text: str, blocks: tuple[Block, ...]) -> int | None:
    """Which block is the title: the first heading, or the headline under a press release's marker.

    Why: "FOR IMMEDIATE RELEASE" (or "MEDIA RELEASE", "EMBARGOED UNTIL ...") heads
    a press release but names nothing, nor does the release date under it; the
    headline after them is the title.
    """
    if not blocks or blocks[0].role != "heading":
        return None
    first = 0
    if RELEASE_MARK.fullmatch(_said(text, blocks[0])):
        first = 1
        while (first < len(blocks) and blocks[first].role == "heading"
               and parse_date(_said(text, blocks[first])) is not None):
            first += 1
        if first >= len(blocks) or blocks[first].role != "heading":
            return None
    return first if len(blocks) > first + 1 else None


def _said(text: str, block: Block) -> str:
    return text[block.span.start:block.span.end]


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


def paragraph_blocks(text: str, breaks: tuple[int, ...] = ()) -> tuple[Block, ...]:
    """Lines become paragraphs (wrapped lines are joined); short unpunctuated lines are headings.

    ``breaks`` are the offsets of PDF page breaks (page-number lines, blanked): a
    line after one continues the sentence before it as if no blank line stood
    between, since the blank lines there are the page's, not the writer's.
    """
    spans: list[list[int]] = []
    for line in lines(text):
        across = bool(spans) and any(spans[-1][1] < b < line.start for b in breaks)
        after_blank = line.after_blank and not across
        if spans and continues(text[spans[-1][0]:spans[-1][1]], text[line.start:line.end], after_blank):
            spans[-1][1] = line.end
        else:
            spans.append([line.start, line.end])
    return tuple(_block(text, start, end) for start, end in spans)


def _block(text: str, start: int, end: int) -> Block:
    body = text[start:end]
    role = "heading" if "\n" not in body and heading_like(body) else "paragraph"
    return Block(Span(start, end), role)
