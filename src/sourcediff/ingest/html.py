"""HTML pages and fragments -> text blocks, without executing or fetching anything.

Full pages go through trafilatura, which separates the story from navigation,
ads and footers and reads the page's metadata (Open Graph, JSON-LD, <title>).
Fragments (a CMS's rendered content) and pages trafilatura declines are walked
with lxml: scripts, styles and page chrome are dropped, block elements become
blocks, and entities are decoded by the parser.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import lxml.html  # type: ignore[import-untyped]
from lxml import etree

from sourcediff.errors import FormatError
from sourcediff.ingest.builder import Piece, assemble, squash, with_title
from sourcediff.ingest.dates import first_metadata_date, line_date, page_date
from sourcediff.ingest.digitgroups import protect, restore
from sourcediff.ingest.embeds import without_embeds
from sourcediff.ingest.liveblog import EntryTime, entry_times, live_blog_headline, matched_entries
from sourcediff.ingest.pagetitle import MAX_OUTLET_WORDS, folded, title_outlet
from sourcediff.model import Article

FORMAT = "html"

# Elements whose content is never article text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "math", "canvas",
                       "nav", "header", "footer", "aside", "form", "button", "select", "object", "embed",
                       "head", "title", "meta", "link"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that hold one block of running text: their whole content is one block.
LEAF_TAGS = {"p": "paragraph", "li": "item", "figcaption": "caption", "caption": "caption",
             "pre": "paragraph", "dt": "paragraph", "dd": "paragraph", "td": "paragraph", "th": "paragraph",
             "blockquote": "paragraph"}
# Elements that start a new block but may hold other blocks.
CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "table",
                            "thead", "tbody", "tfoot", "tr", "figure", "center", "details", "summary",
                            "fieldset", "address", "hgroup"})
# trafilatura's output vocabulary -> block roles.
_TRAFILATURA_ROLES = {"head": "heading", "p": "paragraph", "item": "item", "quote": "paragraph",
                      "cell": "paragraph", "code": "paragraph"}
# Stands for <br> while text is collected, so that a line break splits blocks
# but the source's own formatting newlines do not.
_BREAK = "\u2028"


def parse(raw: str) -> Article:
    """A whole HTML page -> Article: main text by trafilatura, metadata from the page.

    An embedded social post is no part of the story (ingest/embeds.py).
    """
    raw = without_embeds(raw)
    doc = _trafilatura(protect(raw))
    body = _trafilatura_pieces(doc.body) if doc is not None and doc.body is not None else []
    if body and only_page_chrome(body, raw):
        body = []
    if not body:
        body = fragment_pieces(raw)
    title = live_blog_headline(raw) or squash(restore(_attr(doc, "title"))) or _page_title(raw)
    published = page_date(_attr(doc, "date"), raw) or byline_page_date(raw) or stated_page_date(raw)
    body, days = stamp_entries(body, entry_times(raw), published)
    pieces = with_title(title, body)
    text, blocks = assemble(pieces)
    shift = len(pieces) - len([p for p in body if p.text.strip()])  # a title block put before the body
    entry_days = tuple((blocks[i + shift].span.start, day) for i, day in sorted(days.items()))
    return Article(id="", text=text, format=FORMAT, title=title,
                   outlet=_outlet(doc, raw, title),
                   published=published, url=_attr(doc, "url"), blocks=blocks, entry_days=entry_days,
                   author=squash(_attr(doc, "author")))


# A block that already opens with a clock ("14:05 The council ..."): the page printed its stamp.
_OPENS_WITH_CLOCK = re.compile(r"\d{1,2}[:.]\d\d\b")


def stamp_entries(body: list[Piece], entries: tuple[EntryTime, ...],
                  published: dt.date | None) -> tuple[list[Piece], dict[int, dt.date]]:
    """A live blog's blocks with each entry's time put before the block it opens, and each entry's day.

    trafilatura keeps an entry's words but drops its ``<time>``, so an HTML
    blog's entries lost the stamps a plain-text blog keeps: its passages
    said nothing of when they were posted, and the entry-stamp reading
    (stamps.entry_starts) never saw one. The stamp goes on the entry's own
    line as "14:05 ...", with the entry's day after the clock when it is not
    the page's ("14:05 2 March 2026 - ..."); the stamp is part of the text
    every offset points into, so line and column stay true to what is shown.
    Returned days are keyed by the index of the block in ``body`` (blank
    blocks left out, as ``assemble`` leaves them out).
    """
    kept = [p for p in body if p.text.strip()]
    found = matched_entries(entries, [p.text for p in kept]) if entries else {}
    if not found:
        return body, {}
    out = list(kept)
    for i, entry in found.items():
        if _OPENS_WITH_CLOCK.match(kept[i].text):
            continue
        day = "" if entry.day == published else f" {entry.day.day} {entry.day:%B %Y} -"
        out[i] = Piece(f"{entry.clock}{day} {kept[i].text}", kept[i].role)
    return out, {i: entry.day for i, entry in found.items()}


# Page chrome: the menus, mastheads and footers around a story.
CHROME_TAGS = ("nav", "header", "footer", "aside")
# A main text longer than this is never only chrome, and the page is not parsed a second time.
CHROME_CHECK_CHARS = 2000
_WORD = re.compile(r"\w+")


def only_page_chrome(body: list[Piece], raw: str) -> bool:
    """Whether every word trafilatura took for the story stands in the page's menus and footers.

    A page that builds its story with JavaScript holds only its chrome
    until a browser runs it; trafilatura then returned the menu ("Harbor
    News Home Local Sport Opinion", dated by the footer's copyright year),
    which was compared as an article. Such a body is dropped, so the page
    is "no article text found". Text from the page's JSON-LD or from its
    own paragraphs has words no menu holds, and stays.
    """
    if sum(len(p.text) for p in body) > CHROME_CHECK_CHARS:
        return False
    try:
        root = lxml.html.document_fromstring(raw)
    except (etree.ParserError, ValueError, AssertionError, IndexError):
        return False
    chrome = {w.casefold() for el in root.iter(*CHROME_TAGS) for w in _WORD.findall(el.text_content())}
    words = {w.casefold() for p in body for w in _WORD.findall(p.text)}
    return bool(words) and words <= chrome


# The page a web server builds for a folder: Python's http.server ("Directory
# listing for /"), Apache, nginx and lighttpd ("Index of /files/"). Its title and
# its <h1> both name the folder's path.
_LISTING = re.compile(r"(?:index of|directory listing for) /[^<>\n]{0,300}", re.IGNORECASE)
_TITLE_AND_H1 = re.compile(r"<title[^>]*>([^<]*)</title>.*?<h1[^>]*>([^<]*)</h1>", re.IGNORECASE | re.DOTALL)
LISTING_CHECK_CHARS = 4000


def folder_listing(raw: str) -> str | None:
    """The heading of a web server's folder listing, when the page is one; else None.

    Serving a folder of saved articles (``python -m http.server``) and giving
    its address instead of an article's read the listing as an article: its
    file names became one passage, it stated no fact, and every other
    source's facts came out "unique" with no word of what went wrong. A page
    whose <title> and first <h1> both say "Index of /path" or "Directory
    listing for /path" is such a listing; a story about an index ("Index of
    consumer prices") has no path after the words and is read.
    """
    match = _TITLE_AND_H1.search(raw[:LISTING_CHECK_CHARS])
    if match is None:
        return None
    title, heading = squash(match.group(1)), squash(match.group(2))
    if title != heading or not _LISTING.fullmatch(title):
        return None
    return title


# The latest publication date a page may state. htmldate's default ceiling is
# the machine's today: a page dated after the clock (a clock or time zone
# behind the newsroom's, a post scheduled ahead) lost the date its metadata
# states and got one guessed from its text ("2026-12-01" for a page whose
# article:published_time says 2026-12-10), so the same page read differently
# by the day the tool ran. A fixed ceiling keeps the reading the same on any
# day; the other settings are trafilatura's own defaults.
LATEST_PUBLICATION = "2099-12-31"
DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": LATEST_PUBLICATION}


def stated_page_date(raw: str) -> dt.date | None:
    """The date a page states on a metadata line ("By Ann Lee · Published 11 November 2026"), else None.

    The fallback when the metadata reader gives no date or only a guessed day (page_date):
    a byline's "Published" line is what a reader of the page would go by.
    """
    return first_metadata_date(line for piece in fragment_pieces(raw) for line in piece.text.split("\n"))


def _trafilatura(raw: str) -> Any:
    """trafilatura's Document for a page (None if it finds no main text); never fetches."""
    import trafilatura  # a heavy import, paid only when an HTML page is read

    try:
        return trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                           include_tables=False, include_images=False,
                                           date_extraction_params=dict(DATE_PARAMS))
    except (ValueError, etree.ParserError) as exc:
        raise FormatError(f"cannot parse HTML: {exc}") from None


def _outlet(doc: Any, raw: str, headline: str) -> str:
    """The page's site name: its metadata's, unless that is the headline, else its title tag's, else its host.

    The metadata reader, finding no site name, may take the headline part
    of "Headline | The Harbour Gazette" for one; the title tag's other part
    is the outlet then (ingest.pagetitle), as it is when the "site name" is
    longer than any outlet's name (the title tag's headline, worded apart
    from the page's h1).
    """
    sitename = _attr(doc, "sitename")
    if sitename and not _folded_in(sitename, headline) and len(sitename.split()) <= MAX_OUTLET_WORDS:
        return sitename
    return title_outlet(_page_title(raw), headline) or _attr(doc, "hostname")


def _folded_in(part: str, text: str) -> bool:
    return bool(folded(part)) and folded(part) in folded(text)


def _attr(doc: Any, name: str) -> str:
    value = getattr(doc, name, None) if doc is not None else None
    return value if isinstance(value, str) else ""


def _trafilatura_pieces(body: Any) -> list[Piece]:
    """Blocks from trafilatura's XML body (head, p, list/item, quote).

    trafilatura writes a page's ``<br>`` as ``<lb/>``; its tail is marked as
    a break, as ``fragment_pieces`` marks ``<br>``. Unmarked, a story whose
    paragraphs a CMS separates with ``<br><br>`` became one block with its
    sentences glued ("...Whitlock said."This is..."), which the splitter
    could not part, so every claim shared one passage.
    """
    for lb in body.iter("lb"):
        lb.tail = _BREAK + (lb.tail or "")
    pieces: list[Piece] = []
    for el in body.iter():
        role = _TRAFILATURA_ROLES.get(el.tag)
        if role is None or _has_block_ancestor(el, body):
            continue
        pieces.extend(Piece(restore(part), role) for part in _leaf_texts(el, frozenset()))
    return pieces


def _has_block_ancestor(el: Any, root: Any) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not root:
        if parent.tag in _TRAFILATURA_ROLES:
            return True
        parent = parent.getparent()
    return False


# Elements that carry a page's visible date line: a byline ("By Ana Ruiz · Saturday 17 October 2026"),
# a dateline or timestamp. Matched on class names, which every CMS spells its own way.
_DATE_LINE_XPATH = ("//*[contains(translate(@class, 'BYLINEDATM', 'bylinedatm'), 'byline')"
                    " or contains(translate(@class, 'BYLINEDATM', 'bylinedatm'), 'date')"
                    " or contains(translate(@class, 'BYLINEDATM', 'bylinedatm'), 'timestamp')]")
# A date line is short; a longer element is a container around the story.
MAX_DATE_LINE = 200


def byline_page_date(raw: str) -> dt.date | None:
    """The full date a page's byline or date element writes, for a page whose metadata gave none.

    trafilatura takes the byline out of the text, so the date it writes
    ("By Ana Ruiz, Economics Correspondent · Saturday 17 October 2026") was
    lost with it when the page has no date metadata, and every "yesterday"
    went unresolved or, worse, counted from a guessed day. Only a line that
    is a date field (ingest.dates.line_date) counts: no day is guessed.
    """
    try:
        root = lxml.html.document_fromstring(raw)
    except (etree.ParserError, ValueError):
        return None
    for element in root.xpath(_DATE_LINE_XPATH):
        line = squash(element.text_content())
        if line and len(line) <= MAX_DATE_LINE:
            date = line_date(line)
            if date is not None:
                return date
    return None


def _page_title(raw: str) -> str:
    try:
        root = lxml.html.document_fromstring(raw)
    except (etree.ParserError, ValueError):
        return ""
    titles = root.xpath("//title/text()")
    return squash(str(titles[0])) if titles else ""


def html_to_text(fragment: str) -> str:
    """Inline HTML (a title, a short field) -> plain text with entities decoded."""
    if "<" not in fragment and "&" not in fragment:
        return squash(fragment)
    return " ".join(p.text for p in fragment_pieces(fragment))


def fragment_pieces(fragment: str) -> list[Piece]:
    """Blocks of an HTML fragment or page, walked with lxml (no trafilatura)."""
    if not fragment.strip():
        return []
    fragment = without_embeds(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError, IndexError):
        # lxml asserts that a page has one <body>: a <frameset> page has none
        # (under python -O the assert is gone and bodies[0] fails instead).
        return []
    for br in root.iter("br"):
        br.tail = _BREAK + (br.tail or "")
    return list(_walk(root))


def _walk(el: Any) -> Iterator[Piece]:
    """Yield the blocks under ``el``; loose text between blocks becomes a paragraph."""
    buffer: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in SKIP_TAGS or not tag:
            buffer.append(child.tail or "")
        elif tag in HEADING_TAGS or tag in LEAF_TAGS or tag in CONTAINER_TAGS:
            yield from _flush(buffer)
            yield from _block(child, tag)
            buffer = [child.tail or ""]
        else:
            buffer.append(_text_content(child) + (child.tail or ""))
    yield from _flush(buffer)


def _block(el: Any, tag: str) -> Iterator[Piece]:
    if tag in HEADING_TAGS:
        yield from (Piece(part, "heading") for part in _leaf_texts(el))
    elif tag in LEAF_TAGS and not (tag == "blockquote" and _has_block_child(el)):
        yield from (Piece(part, LEAF_TAGS[tag]) for part in _leaf_texts(el))
    else:
        yield from _walk(el)


def _has_block_child(el: Any) -> bool:
    return any(isinstance(c.tag, str) and (c.tag in LEAF_TAGS or c.tag in CONTAINER_TAGS) for c in el)


def _flush(buffer: list[str]) -> Iterator[Piece]:
    for part in "".join(buffer).split(_BREAK):
        if squash(part):
            yield Piece(squash(part), "paragraph")


def _text_content(el: Any, skip: frozenset[str] = SKIP_TAGS) -> str:
    """Text of an element minus anything inside skipped elements (scripts in a paragraph)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in skip:
            parts.append(_text_content(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _leaf_texts(el: Any, skip: frozenset[str] = SKIP_TAGS) -> list[str]:
    """One block's text, split at line breaks, white space squashed."""
    return [squash(part) for part in _text_content(el, skip).split(_BREAK) if squash(part)]
