"""Article -> passages: sentences inside each block, with exact offsets.

A hand-written splitter rather than pysbd: news prose needs a few decisions a
general-purpose splitter gets wrong (pysbd splits "5:01 p.m. Friday" and
"Inc. No. 5"), and offsets must point into the article's text unchanged.
The rules, in order of precedence:

* never cross a block (paragraph, heading, list item) that ingest found;
* never split inside a quotation whose closing mark is in the same block, so
  "First. Second," he said. stays one passage; an unclosed quote protects nothing;
* a period after an abbreviation or initial ends a sentence only when the next
  word is one that starts sentences ("p.m. The" splits, "p.m. Friday" does not),
  or a bracket opens on a capital ("p.m. (The" splits, "p.m. (1822 GMT)" does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from sourcediff.bylines import BYLINE_BLOCKS, is_byline
from sourcediff.extract.chrome import is_chrome
from sourcediff.model import Article, Block, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.text import fold

# Final punctuation, then any closing quotes or brackets, then white space and
# the first character of what follows (group "next").
# A match starts only at the first of a run of marks and never gives back what
# it took, so a paragraph of 100,000 periods is one linear scan, not n². The first mark comes before the
# lookbehind (widened over it): a pattern opening with a lookbehind is tried at every character, one opening
# with a character set lets the engine skip to the marks (4x faster over the seeds; the same matches,
# tests/test_pattern_rewrites.py). Plain form: (?<![.!?…])(?P<punct>[.!?…]++) then the rest.
_BOUNDARY = regex(r"(?P<punct>[.!?…](?<![.!?…][.!?…])[.!?…]*+)(?P<close>[\"'”’»)\]]*+)\s++(?P<next>\S)")
# Characters of the word right before a period: letters, digits and inner
# periods ("U.S", "p.m", "Jan"). Read backwards from the period, at most
# MAX_TOKEN of them: no abbreviation is longer, and re-reading the paragraph
# from its start for every period made splitting quadratic.
_TOKEN_PUNCT = frozenset(".&'’-")
MAX_TOKEN = 64
# Dotted abbreviations ("U.S.", "p.m.", "e.g.", "5:01p.m."), matched at a token's end.
_DOTTED = regex(r"(?:^|[^A-Za-z])(?:[A-Za-z]\.){2,}$")
# The first word after a boundary.
_NEXT_WORD = regex(r"[\"“‘'(\[]*([\w’'-]+)")
# An abbreviation before a number at a sentence's start ("No. 5", "Jan. 23"): not an opener.
_NUMBERED = regex(r"[A-Za-z]{1,4}\.\s?\d")
# A number marking an item of a ranked list written inline, after the block's start, a colon or a
# semicolon: "Men: 1. A (KEN) 2:05:10; 2. B (ETH) 2:05:31; 3. C". Group "n" is the number.
_INLINE_MARKER = regex(r"(?:^|(?<=[:;])\s+)(?P<n>\d{1,2})\.\s+(?=[A-Z])", re.MULTILINE)
# Non-blank lines: blocks for an article built in memory without ingest's blocks.
_LINE = regex(r"[^\n]*\S[^\n]*")

# Titles and other abbreviations that are (almost) never the end of a sentence.
NEVER_FINAL = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "gov", "sen", "rep", "reps", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "atty", "messrs", "fr", "sr", "jr",
    "vs", "v", "cf", "fig", "figs", "approx", "dept", "univ", "assn", "ft", "mt", "e.g", "i.e",
})
# Abbreviations that end a sentence when no number follows ("No. 5", "Jan. 23", the rupee's "Rs. 500" do not).
BEFORE_NUMBER = frozenset({
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "p", "pp", "vol", "art", "sec", "ch", "op", "ed", "rs",
})
# Abbreviations that often end a sentence: split only before a sentence-opening word.
MAYBE_FINAL = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "st", "ave", "blvd", "rd", "etc", "al", "est",
})
# Closed-class words that open sentences; after an ambiguous abbreviation
# ("U.S.", "p.m.", "Inc.") they signal a new sentence, a name does not.
SENTENCE_OPENERS = frozenset("""
a an the this that these those there then thus he she it they we i you his her its their our my your
but and or so yet nor in on at for with by from after before during since until when while if as
although though because despite however meanwhile moreover still also instead otherwise earlier later
now today yesterday tomorrow what why how who where which some many most all both each several few
no not none one two three only even such other another more less according asked under over about
""".split())
ROLES = {"paragraph": "sentence", "title": "title", "heading": "heading", "item": "item",
         "caption": "caption"}
_OPENERS = "“„«"
_CLOSERS = "”»"
# Any double quotation mark, opening or closing.
_QUOTE_MARK = regex(f"[{_OPENERS}{_CLOSERS}\"]")
# A straight double quote opens a quotation after these (or at block start).
_BEFORE_OPENING = " \t\n([{—–-/\u00a0"


def segment(article: Article) -> tuple[Passage, ...]:
    """Split an article into passages, block by block, in text order.

    A line of share buttons or an advert label copied with the story
    ("Share", "Facebook", "Advertisement") is no passage: it stated no fact
    already, but the header counted it, and two pasted copies could align on
    their button rows. Spans are the text's own, so line numbers do not move.
    A byline near the top ("By Jane Doe, Political Editor | 5 December 2026") is no
    passage either: it says who wrote the story and when, not what happened (bylines.py).
    """
    blocks = article.blocks or line_blocks(article.text)
    passages: list[Passage] = []
    for number, block in enumerate(blocks):
        role = ROLES.get(block.role, "sentence")
        for start, end in sentence_spans(article.text, block.span.start, block.span.end):
            chunk = article.text[start:end]
            if is_chrome(chunk) or _is_top_byline(chunk, number, block):
                continue
            passages.append(Passage(source=article.id, index=len(passages), paragraph=number,
                                    span=Span(start, end), text=chunk, norm=fold(chunk), role=role))
    return tuple(passages)


def _is_top_byline(chunk: str, number: int, block: Block) -> bool:
    return number < BYLINE_BLOCKS and block.role != "title" and is_byline(chunk)


def bylines_above(article: Article) -> int:
    """How many byline passages segment left out at the top of ``article`` (0 for most).

    The pair model places a passage by its rank in the article (align.features): it
    was fitted on articles whose bylines were passages, so their rank still counts
    the bylines above them, and a passage keeps the place it has in the article.
    """
    blocks = (article.blocks or line_blocks(article.text))[:BYLINE_BLOCKS]
    chunks = ((number, block, article.text[start:end]) for number, block in enumerate(blocks)
              for start, end in sentence_spans(article.text, block.span.start, block.span.end))
    return sum(1 for number, block, chunk in chunks
               if not is_chrome(chunk) and _is_top_byline(chunk, number, block))


def line_blocks(text: str) -> tuple[Block, ...]:
    """Each non-blank line is a paragraph (for articles built without ingest)."""
    return tuple(Block(Span(m.start(), m.end())) for m in _LINE.finditer(text))


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the sentences of ``text[start:end]``, white space trimmed."""
    cuts = [start, *boundaries(text, start, end), end]
    return [span for a, b in pairwise(cuts) if (span := _trim(text, a, b))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def boundaries(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets where a new sentence starts inside one block."""
    quoted = quote_spans(text, start, end)
    markers = _inline_list(text, start, end)
    marker_periods = {m.end("n") for m in markers}
    cuts = [m.start("n") for m in markers[1:]]
    for match in _BOUNDARY.finditer(text, start, end):
        punct_at = match.start("punct")
        closed_at = match.end("close")
        if any(qo < punct_at and closed_at <= qc for qo, qc in quoted):
            continue  # inside a quotation that closes later in this block
        if punct_at in marker_periods:
            continue  # "1." opens its list item, it ends nothing
        while cuts and cuts[0] < match.start("next"):
            yield cuts.pop(0)
        if _ends_sentence(text, start, match):
            yield match.start("next")
    yield from cuts


def _inline_list(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The markers of a ranked list written inline in one block ("1. A; 2. B; 3. C"), else none.

    Results and rankings are printed so ("Men: 1. A (KEN) 2:05:10; 2. B ...").
    Read as prose, each marker's period ended a sentence: the number went
    to the item before and "Men: 1." stood alone. The markers must count
    1, 2, 3 ... from the first, so "finished 3. Then" is left alone; each
    item from the second on starts a passage, and the first keeps its label.
    """
    if text.find(";", start, end) < 0:  # no copy of the block: asked for every block of every article
        return []
    run: list[re.Match[str]] = []
    for m in _INLINE_MARKER.finditer(text, start, end):
        if int(m["n"]) == len(run) + 1:
            run.append(m)
    return run if len(run) >= 2 else []


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of balanced double quotations in one block; unclosed ones are dropped."""
    stack: list[int] = []
    spans: list[tuple[int, int]] = []
    for m in _QUOTE_MARK.finditer(text, start, end):  # the marks only: a loop over every character was slow
        i, ch = m.start(), m.group()
        if ch in _OPENERS or (ch == '"' and (i == start or text[i - 1] in _BEFORE_OPENING)):
            stack.append(i)
        elif (ch in _CLOSERS or ch == '"') and stack:
            spans.append((stack.pop(), i))
    return spans


def _ends_sentence(text: str, block_start: int, match: re.Match[str]) -> bool:
    """Judge one candidate boundary by the punctuation, the word before it and the word after."""
    nxt = match.group("next")
    if nxt.islower():
        return False
    if not match.group("punct").endswith("."):
        return True  # "?", "!" and "…" end sentences before a capital
    token = last_token(text, block_start, match.end("punct"))
    next_word = "" if _NUMBERED.match(text, match.start("next")) else _next_word(text, match.start("next"))
    return _period_ends(token, next_word, nxt)


def last_token(text: str, start: int, end: int) -> str:
    """The word ending at ``end`` (periods inside it included), at most MAX_TOKEN characters."""
    at = end
    limit = max(start, end - MAX_TOKEN)
    while at > limit and (text[at - 1].isalnum() or text[at - 1] == "_" or text[at - 1] in _TOKEN_PUNCT):
        at -= 1
    return text[at:end]


def _period_ends(token: str, next_word: str, next_char: str) -> bool:
    """Does a period after ``token`` end the sentence, given what follows?"""
    word = token.rstrip(".").lower()
    # A quotation mark opens a sentence; a bracket only when a capital follows it:
    # "11:52 p.m. (1822 GMT) near the town" is one sentence, the time's conversion
    # in brackets, which was split off and left the time without its place.
    if next_char in "([":
        opener = next_word[:1].isupper()
    else:
        opener = next_word.lower() in SENTENCE_OPENERS or next_char in "“\"‘'"
    if word in NEVER_FINAL:
        return False
    if word in BEFORE_NUMBER:
        return not next_char.isdigit()
    if word in MAYBE_FINAL or _DOTTED.search(token) or _is_initial(token):
        return opener
    return True


def _is_initial(token: str) -> bool:
    """A single capital letter and a period ("J." in "J. Smith")."""
    return len(token) == 2 and token[0].isupper() and token[1] == "."


def _next_word(text: str, at: int) -> str:
    match = _NEXT_WORD.match(text, at)
    return match.group(1) if match else ""
