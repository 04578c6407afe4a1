"""Assembling an article's text from blocks while recording their spans.

Formats that rebuild text (HTML, Markdown, JSON) all need the same thing:
append cleaned blocks, separated by a blank line, and remember where each one
sits, so that every later offset points into exactly the text handed on.
"""

from __future__ import annotations

from dataclasses import dataclass

from sourcediff.model import Block, Span
from sourcediff.regexcache import regex

# Runs of white space inside one block (HTML and JSON strings carry newlines,
# tabs and no-break spaces that mean nothing to a reader).
# A no-break, figure or narrow no-break space between groups of three digits ("4\u202f500") is
# the figure's own group separator, kept so that the figure reads as 4,500 (patterns._N_DIGITS);
# made a plain space, it read as two numbers, "4" and "500".
_SPACE_RUN = regex(r"(?!(?<=\d)[\u00a0\u2007\u202f]\d{3}(?!\d))[ \t\r\n\f\v\u00a0\u2007\u202f]+")

BLOCK_SEPARATOR = "\n\n"

# Characters no reader sees: a soft hyphen (&shy;), a zero-width space, a word
# joiner, a zero-width no-break space. CMS exports and pasted drafts carry
# them; left in, "$4.5<ZWSP> million" read as "$4.5" and a draft failed its
# check against sources that say "$4.5 million". Joiners (ZWJ, ZWNJ) stay:
# other scripts and emoji need them.
INVISIBLE: dict[int, str | None] = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
# Hyphens that look exactly like "-": the Unicode hyphen and the no-break hyphen
# (Word's Ctrl+Shift+-, typesetting CMSs, pasted PDFs). Every figure pattern spells a
# compound with "-", so "a six\u2011mile detour" lost its measure and a quote
# with one of them differed from the same words typed with "-". One character for one
# character, like LINE_BREAKS below: offsets stay where they were. Dashes (en, em,
# minus) are left alone: they mean ranges, scores and signs, which the patterns read.
INVISIBLE.update(dict.fromkeys(map(ord, "\u2010\u2011"), "-"))
# Line breaks other than \n that text editors and clipboards write: a vertical tab (a
# manual line break copied out of Office), NEL, and the Unicode line and paragraph
# separators (macOS apps, JavaScript exports). Plain text and Markdown split lines at \n
# only, so a title and the paragraphs after them ran together into one passage. One
# character each for one character: every offset stays where it was.
LINE_BREAKS = dict.fromkeys(map(ord, "\v\x85\u2028\u2029"), "\n")


@dataclass(frozen=True)
class Piece:
    """One block's cleaned text and role, before it is placed in the article text."""

    text: str
    role: str = "paragraph"


def squash(text: str) -> str:
    """Collapse white space to single spaces, as a browser would render it."""
    return _SPACE_RUN.sub(" ", text.translate(INVISIBLE)).strip()


def assemble(pieces: list[Piece]) -> tuple[str, tuple[Block, ...]]:
    """Join non-empty pieces with a blank line; return the text and each piece's block."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for piece in pieces:
        if not piece.text.strip():
            continue
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        parts.append(piece.text)
        blocks.append(Block(Span(pos, pos + len(piece.text)), piece.role))
        pos += len(piece.text)
    return "".join(parts), tuple(blocks)


def with_title(title: str, body: list[Piece]) -> list[Piece]:
    """Put the title first as its own block unless the body already opens with it."""
    body = [p for p in body if p.text.strip()]
    if not title:
        return body
    if body and squash(body[0].text).casefold() == squash(title).casefold():
        return [Piece(body[0].text, "title"), *body[1:]]
    return [Piece(title, "title"), *body]
