"""Quotation marks: where quotations begin and end in an article's paragraphs.

Quotes are found by pairing quote marks inside one paragraph (a quote never
runs past its paragraph, so an unbalanced mark cannot swallow the article);
straight, curly and guillemet marks, apostrophes and elisions told apart by
their neighbours. Scraped social-media embeds ("... — Name (@handle) Month
D, YYYY") count as quotes of their author even without marks. Who said a
quote is :mod:`sourcediff.extract.quotes`' job.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sourcediff.extract import patterns as P
from sourcediff.model import Article, Passage, Span

# Marks that open a quotation, and marks that close one (straight marks are told apart by context).
OPENERS = "“„«"
CLOSERS = "”»"
# Characters after which a straight mark opens a quotation rather than closing one.
OPEN_CONTEXT = " \t\n([{—–-/“‘\"'"


@dataclass(frozen=True)
class Quote:
    """A quotation's marks and inner text, in absolute offsets."""

    open: int  # offset of the opening mark (of the text start for embeds)
    close: int  # offset of the closing mark (of the end for run-on and embed quotes)
    span: Span  # inner text, trimmed
    paragraph: int
    embed_speaker: str | None = None
    run_on: bool = False


# --------------------------------------------------------------------------- paragraphs


def paragraph_ranges(article: Article, passages: tuple[Passage, ...]) -> list[Span]:
    """Paragraph extents from the passages (their paragraph numbers), else from line breaks."""
    if passages:
        ranges: dict[int, Span] = {}
        for p in passages:
            old = ranges.get(p.paragraph)
            ranges[p.paragraph] = Span(min(old.start, p.start), max(old.end, p.end)) if old else p.span
        return sorted(ranges.values())
    return [Span(m.start(), m.end()) for m in P.LINE.finditer(article.text)]


# --------------------------------------------------------------------------- quote marks


def _role(text: str, i: int) -> str:
    """'open', 'close' or '' for the quote-like character at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    at_open = prev in OPEN_CONTEXT
    if ch in "‘’'" and P.ELISION.match(text, i):
        return ""
    if ch in OPENERS:
        return "close" if nxt.isspace() and not prev.isspace() else "open"
    if ch in CLOSERS:
        return "open" if at_open and not nxt.isspace() and prev.isspace() else "close"
    if ch == '"':
        return "open" if at_open and not nxt.isspace() else ("close" if not at_open else "")
    if ch == "‘" or (ch == "'" and at_open):
        return "open_s" if at_open and nxt.isalnum() else ""
    return "close_s" if not prev.isspace() and not nxt.isalnum() else ""


def _pairs(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """(open, close, is_double) mark pairs in text[start:end]; close == end for a quote left open."""
    open_d = open_s = -1
    for m in P.QUOTE_CHAR.finditer(text, start, end):
        i, role = m.start(), _role(text, m.start())
        if open_d >= 0:
            if role == "close":
                yield open_d, i, True
                open_d = -1
            elif role == "open":
                open_d = i  # the earlier mark was never closed
        elif role == "open":
            open_d, open_s = i, -1
        elif open_s >= 0 and role == "close_s":
            yield open_s, i, False
            open_s = -1
        elif role == "open_s":
            open_s = i
    if open_d >= 0:
        yield open_d, end, True


def trim(text: str, start: int, end: int) -> Span | None:
    """Inner span without outer space and the writer's trailing comma, colon or semicolon."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span(start, end) if end > start else None


def _next_opens_with_quote(text: str, para: Span | None) -> bool:
    return para is not None and text[para.start:para.end].lstrip()[:1] in OPENERS + '"'


def _paragraph_quotes(text: str, para: Span, number: int, following: Span | None) -> Iterator[Quote]:
    """The quotations of one paragraph, single quotes needing two words when straight."""
    for o, c, double in _pairs(text, para.start, para.end):
        run_on = c == para.end
        if run_on and not _next_opens_with_quote(text, following):
            continue  # an unbalanced mark: drop rather than guess where the quote ends
        span = trim(text, o + 1, c)
        if span is None or (not double and text[o] == "'" and len(text[span.start:span.end].split()) < 2):
            continue
        yield Quote(open=o, close=c, span=span, paragraph=number, run_on=run_on)


def _embed(text: str, para: Span, number: int) -> Quote | None:
    """A scraped social post: the paragraph's text up to the ellipsis or link, by the named author."""
    # The pattern needs the "(@" of a handle; without one it would try its lazy body at every character.
    if text.find("(@", para.start, para.end) < 0:
        return None
    m = P.SOCIAL_EMBED.fullmatch(text, para.start, para.end)
    if not m:
        return None
    body = trim(text, m.start("body"), m.end("body"))
    if body is None:
        return None
    return Quote(open=body.start, close=body.end, span=body, paragraph=number,
                 embed_speaker=m.group("name").strip())


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    """Every quotation in reading order.

    Kept for the article just read: the quote extractor and the quoted-deixis
    mark (quoteddeixis.py) both ask for the same article's quotations.
    """
    return list(_quotes_of(text, tuple(paragraphs)))


@lru_cache(maxsize=4)
def _quotes_of(text: str, paragraphs: tuple[Span, ...]) -> tuple[Quote, ...]:
    out: list[Quote] = []
    for n, para in enumerate(paragraphs):
        embed = _embed(text, para, n)
        if embed:
            out.append(embed)
            continue
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        out.extend(_paragraph_quotes(text, para, n, following))
    return tuple(out)
