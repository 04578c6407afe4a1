"""Markdown articles: headings and list items become blocks, markup is removed.

Scraped and generated news summaries are often Markdown saved as .txt, so the
parser is line-based and forgiving: it recognises the structures that matter
for splitting sentences (headings, list items, paragraphs) and strips inline
markup so that no ``**`` or ``](http`` leaks into compared text.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from sourcediff.ingest.builder import LINE_BREAKS, Piece, assemble, squash
from sourcediff.ingest.dates import BARE_HEAD_LINES, first_metadata_date, line_date, parse_date_or_range
from sourcediff.ingest.hiddenhtml import without_hidden_html
from sourcediff.ingest.text import continues, heading_like
from sourcediff.ingest.wordpress import outlet_from_url
from sourcediff.model import Article, Block
from sourcediff.regexcache import regex

FORMAT = "markdown"

# ATX heading "## Title ##": group 1 the hashes, group 2 the text.
_ATX = regex(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
# Setext underline: "===" makes the line above a level-1 heading, "---" level 2.
_SETEXT = regex(r"^ {0,3}(=+|-+)[ \t]*$")
# A thematic break ("---", "* * *", "___"), which carries no text.
_RULE = regex(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# A list item: bullet or number, then its text (group 1).
_ITEM = regex(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(.*)$")
# An indented line that continues the previous list item.
_INDENTED = regex(r"^(?: {2,}|\t)\S")
# A block quote marker, removed (the quoted text is kept as a paragraph).
_QUOTE_MARK = regex(r"^[ \t]*(?:>[ \t]?)+")
# A code fence opening or closing a code block.
_FENCE = regex(r"^[ \t]*(```|~~~)")
# YAML front matter at the very start: group 1 is its body.
_FRONT_MATTER = regex(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# One "key: value" line of front matter.
_FRONT_KEY = regex(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
# TOML front matter between "+++" lines, as Hugo and Zola write it: group 1 is its body.
_TOML_FRONT = regex(r"\A\+\+\+[ \t]*\n(.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# One top-level "key = value" line of TOML front matter (a "[table]" header ends the top level).
_TOML_KEY = regex(r"^([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.*?)[ \t]*$", re.MULTILINE)

# Inline markup, applied in order: (pattern, replacement).
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    # images carry no article text
    (regex(r"!\[[^\]]*\]\([^)]*\)"), ""),
    # [text](url "title") -> text
    (regex(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)"), r"\1"),
    # [text][ref] -> text
    (regex(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    # <https://example.com> -> the address
    (regex(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    # a line break or a block-level tag between words -> a space: "one<br>two" and
    # "<summary>Background</summary>The ferry" were glued into "onetwo", "BackgroundThe"
    (regex(r"</?(?:br|p|div|section|article|aside|header|footer|details|summary|figure|figcaption|"
           r"blockquote|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|h[1-6]|hr)\b[^>\n]*>",
           re.IGNORECASE), " "),
    # other inline HTML tags (<span ...>, <b>) -> nothing
    (regex(r"</?[A-Za-z][^>\n]*>"), ""),
    # `code` -> code
    (regex(r"(`+)(.+?)\1"), r"\2"),
    # **bold** or __bold__ -> bold
    (regex(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    # *italic* -> italic (not inside words, so 5*3*2 survives)
    (regex(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    # _italic_ -> italic (not snake_case)
    (regex(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    # ~~struck~~ -> struck
    (regex(r"~~(.+?)~~"), r"\1"),
)
# A character reference, as CommonMark reads it in any line ("31&ndash;9", "&#8217;", "&#x2019;"):
# the semicolon is required, so "AT&T" and "R&D" stay as written.
_ENTITY = regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An HTML tag that opens or closes a block of its own on a Markdown line: a list item, a
# paragraph, a heading, a caption, a definition or a table row. "<ul><li>Length: 14 miles</li>
# <li>Stops: 22</li></ul>" was one passage, its fact-box figures read as one sentence; group 1 is
# the tag's name when it opens a list item.
_HTML_BLOCK_TAG = regex(r"<(?:(li)\b[^>\n]*|/li|/?(?:p|h[1-6]|figcaption|dt|dd|tr)\b[^>\n]*)>", re.IGNORECASE)
# A backslash escape of a markup character: group 1 is the literal character.
_ESCAPE = regex(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
# Private-use code points stand for escaped characters while markup is removed.
_SHELTER = 0xE000


@dataclass(frozen=True)
class Heading:
    """A heading's level and cleaned text, to choose the title."""

    level: int
    text: str


def strip_inline(text: str) -> str:
    """Remove inline Markdown markup, keeping the words a reader sees."""
    text = _ESCAPE.sub(lambda m: chr(_SHELTER + ord(m.group(1))), text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = "".join(chr(ord(c) - _SHELTER) if _SHELTER <= ord(c) < _SHELTER + 128 else c for c in text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return squash(text)


def html_block_lines(line: str) -> list[str]:
    """A line holding block-level HTML as the Markdown lines a reader sees, each block its own.

    A list item becomes a "- " item and every other block a paragraph set off
    by blank lines; a line without such a tag is returned as it is.
    """
    if "<" not in line or not _HTML_BLOCK_TAG.search(line):
        return [line]
    out: list[str] = []
    item = False
    last = 0
    for match in _HTML_BLOCK_TAG.finditer(line):
        _add_block_segment(out, line[last:match.start()], item)
        item, last = bool(match.group(1)), match.end()
    _add_block_segment(out, line[last:], item)
    return out


def _add_block_segment(out: list[str], segment: str, item: bool) -> None:
    """One HTML block's text as its own Markdown block, blank lines around it so no neighbour runs into it."""
    if segment.strip():
        out.extend(("", f"- {segment.strip()}" if item else segment.strip(), ""))


# The front-matter keys static-site generators and newsroom exports name the outlet with; "publication"
# and "publisher" were not read, so those articles showed no outlet.
OUTLET_KEYS = ("source", "outlet", "publication", "publisher", "site_name", "sitename", "site")


def parse(raw: str) -> Article:
    """Markdown -> Article with heading, item and paragraph blocks."""
    meta, body = front_matter(raw.translate(LINE_BREAKS))
    pieces, headings = _pieces(without_hidden_html(body).split("\n"))
    title = meta.get("title", "") or _title(headings)
    pieces = [Piece(p.text, "title") if p.role == "heading" and p.text == title and i == _first(pieces, title)
              else p for i, p in enumerate(pieces)]
    text, blocks = assemble(pieces)
    published = parse_date_or_range(meta["date"]) if meta.get("date") else _date_from_lines(text, blocks)
    url = meta.get("url", "") or meta.get("link", "")
    outlet = next((meta[k] for k in OUTLET_KEYS if meta.get(k)), "") or outlet_from_url(url)
    return Article(id="", text=text, format=FORMAT, title=title, published=published, outlet=outlet,
                   url=url, blocks=blocks,
                   author=meta.get("author", "") or meta.get("byline", ""))


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    """YAML (``---``) or TOML (``+++``) front matter as flat key/value strings, and the text after it."""
    match = _FRONT_MATTER.match(raw)
    if match:
        meta = {k.lower(): _unquoted(v) for k, v in _FRONT_KEY.findall(match.group(1))}
        return meta, raw[match.end():]
    toml = _TOML_FRONT.match(raw)
    if toml:
        # Read as prose, "+++ title = ... date = ..." became the article's first passage and
        # its date was lost. Keys of a later "[table]" (an author's [params]) are not the page's.
        top = toml.group(1).split("\n[", 1)[0]
        meta = {k.lower(): _unquoted(v) for k, v in _TOML_KEY.findall(top)}
        return meta, raw[toml.end():]
    return {}, raw


def _unquoted(value: str) -> str:
    """A front-matter value without the quotes around it, and only those.

    Stripping every quote mark at either end cut a title that opens with a
    quotation ("'This one is yours too': ..." lost its first mark). A
    double-quoted value unescapes \\" and a single-quoted one '' (YAML's and
    TOML's own escapes for the quote itself).
    """
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _first(pieces: list[Piece], title: str) -> int:
    return next((i for i, p in enumerate(pieces) if p.role == "heading" and p.text == title), -1)


def _title(headings: list[Heading]) -> str:
    """The first level-1 heading, else the first heading of any level."""
    for heading in headings:
        if heading.level == 1:
            return heading.text
    return headings[0].text if headings else ""


def _date_from_lines(text: str, blocks: tuple[Block, ...]) -> dt.date | None:
    """The first metadata line's date ("**Published:** 20 November 2026 | **Category:** Courts").

    Blocks are read after markup is removed, so bold keys look like plain ones; a range gives its
    last day (see ingest.dates). Without a keyed line, a head line with a field that is only a date
    ("*Harbour Radio News | Friday 5 June 2026*", no "By" and no key) dates the article as it does
    plain text (ingest.dates.head_metadata_date): the date was read later, from the story, or not.
    """
    lines = [text[b.span.start:b.span.end] for b in blocks]
    return first_metadata_date(lines) or next(
        (d for line in lines[:BARE_HEAD_LINES] if (d := line_date(line)) is not None), None)


def _pieces(lines: list[str]) -> tuple[list[Piece], list[Heading]]:
    """Walk the lines once, building blocks; Markdown's block grammar is line-local enough."""
    pieces: list[Piece] = []
    headings: list[Heading] = []
    raw_prev = ""  # the previous line's raw text, for paragraph continuation
    after_blank = True
    in_fence = False
    for line in lines:
        if _FENCE.match(line):
            in_fence, after_blank = not in_fence, True
            continue
        if in_fence:
            pieces.append(Piece(line.strip(), "paragraph"))
            continue
        for part in html_block_lines(line):
            kind = _add_line(part, pieces, headings, raw_prev, after_blank)
            after_blank = kind == "blank" or kind in ("heading", "rule")
            raw_prev = part if kind in ("paragraph", "item") else ""
    return [_run_in_heading(p) for p in pieces if p.text], headings


def _run_in_heading(piece: Piece) -> Piece:
    """A short unpunctuated paragraph line ("Full Report") is a heading without the hashes."""
    return Piece(piece.text, "heading") if piece.role == "paragraph" and heading_like(piece.text) else piece


def _add_line(line: str, pieces: list[Piece], headings: list[Heading], prev: str, after_blank: bool) -> str:
    """Classify one line and add or extend a piece; return the line's kind."""
    if not line.strip():
        return "blank"
    setext = _SETEXT.match(line)
    if setext and prev and pieces and pieces[-1].role == "paragraph":
        level = 1 if setext.group(1).startswith("=") else 2
        headings.append(Heading(level, pieces[-1].text))
        pieces[-1] = Piece(pieces[-1].text, "heading")
        return "heading"
    if _RULE.match(line):
        return "rule"
    atx = _ATX.match(line)
    if atx:
        text = strip_inline(atx.group(2))
        headings.append(Heading(len(atx.group(1)), text))
        pieces.append(Piece(text, "heading"))
        return "heading"
    item = _ITEM.match(line)
    if item:
        pieces.append(Piece(strip_inline(item.group(1)), "item"))
        return "item"
    return _add_text_line(_QUOTE_MARK.sub("", line), pieces, prev, after_blank)


def _add_text_line(line: str, pieces: list[Piece], prev: str, after_blank: bool) -> str:
    text = strip_inline(line)
    last = pieces[-1] if pieces else None
    joins_item = last is not None and last.role == "item" and not after_blank and bool(_INDENTED.match(line))
    joins_para = (last is not None and last.role == "paragraph" and bool(prev)
                  and continues(prev, text, after_blank))
    if last is not None and (joins_item or joins_para):
        pieces[-1] = Piece(f"{last.text} {text}", last.role)
        return last.role
    pieces.append(Piece(text, "paragraph"))
    return "paragraph"
