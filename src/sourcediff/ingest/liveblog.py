"""A live blog's own headline and its entries' times, from its JSON-LD and its ``<time>`` elements.

A live blog's JSON-LD lists every entry (``liveBlogUpdate``), each with its
own headline ("Vote passes"); the page metadata reader took the last entry's
headline for the page's, so the report titled the whole blog after one
update. The ``LiveBlogPosting`` node's own ``headline`` is the page's.

Each entry also says when it was posted, in ``<time datetime>`` or the
update's ``datePublished``. The main-text extractor drops both, so an HTML
blog's entries lost the stamps a plain-text blog keeps ("14:05 The council
says ..."), and a multi-day blog's "yesterday" read against the page's date.
`entry_times` reads them so the HTML reader can put each back in front of its
entry (`stamp_entries`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sourcediff.regexcache import regex

# One JSON-LD block: group 1 is its JSON.
_LD_JSON = regex(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_LIVE = "LiveBlogPosting"


def live_blog_headline(raw: str) -> str:
    """The headline of the page's ``LiveBlogPosting`` node, or '' when it has none."""
    if _LIVE not in raw:  # the common page pays one substring search
        return ""
    for match in _LD_JSON.finditer(raw):
        try:
            data = json.loads(match.group(1))
        except (json.JSONDecodeError, RecursionError):
            continue
        for node in _top_nodes(data):
            headline = node.get("headline")
            if _LIVE in _types(node) and isinstance(headline, str) and headline.strip():
                return " ".join(headline.split())
    return ""


def _top_nodes(data: Any) -> Iterator[dict[str, Any]]:
    """The block's own nodes: the object, a list's objects, an ``@graph``'s objects (not nested ones)."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            yield from (node for node in graph if isinstance(node, dict))
        yield item


def _types(node: dict[str, Any]) -> tuple[str, ...]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return (kind,)
    return tuple(k for k in kind if isinstance(k, str)) if isinstance(kind, list) else ()


# A datetime attribute or datePublished with its clock: "2026-03-03T14:05:00+01:00", "2026-03-03 14:05".
_ISO_CLOCK = regex(r"\s*(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)[T ](?P<h>\d\d):(?P<mi>\d\d)")
# How many leading characters of an entry's text identify the block it opens.
LEAD_CHARS = 40
# An entry's text shorter than this names no block surely ("Live", "Update").
LEAD_MIN = 12
# A page needs this many timed entries to be read as a live blog (as stamps.ENTRY_LINES_MIN for text).
ENTRIES_MIN = 3
_SPACE = regex(r"\s+")


@dataclass(frozen=True)
class EntryTime:
    """When one entry was posted, as the page writes it (its own zone), and the words it opens with."""

    day: dt.date
    hour: int
    minute: int
    lead: str

    @property
    def clock(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


def _when(value: Any) -> tuple[dt.date, int, int] | None:
    """The day and clock an ISO timestamp writes, None for no such stamp (a bare date, garbage)."""
    m = _ISO_CLOCK.match(value) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    hour, minute = int(m["h"]), int(m["mi"])
    return (day, hour, minute) if hour < 24 and minute < 60 else None


def lead_key(text: str) -> str:
    """An entry's or block's opening words, folded for matching one to the other."""
    return _SPACE.sub(" ", text).strip().casefold()[:LEAD_CHARS]


def entry_times(raw: str) -> tuple[EntryTime, ...]:
    """Each entry's time and opening words, in page order: JSON-LD updates first, else ``<time>`` elements."""
    found = _json_ld_entries(raw) if _LIVE in raw else ()
    return found or _time_element_entries(raw)


def _json_ld_entries(raw: str) -> tuple[EntryTime, ...]:
    for match in _LD_JSON.finditer(raw):
        try:
            data = json.loads(match.group(1))
        except (json.JSONDecodeError, RecursionError):
            continue
        for node in _top_nodes(data):
            updates = node.get("liveBlogUpdate")
            if _LIVE not in _types(node) or not isinstance(updates, list):
                continue
            out = []
            for update in updates:
                when = _when(update.get("datePublished")) if isinstance(update, dict) else None
                body = update.get("articleBody") if isinstance(update, dict) else None
                if when is not None and isinstance(body, str) and len(lead_key(body)) >= LEAD_MIN:
                    out.append(EntryTime(*when, lead=lead_key(body)))
            return tuple(out)
    return ()


def _time_element_entries(raw: str) -> tuple[EntryTime, ...]:
    """Entries stamped by ``<time datetime>``: the smallest element around a stamp with text of its own."""
    if "datetime" not in raw:
        return ()
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(raw)
    except (etree.ParserError, ValueError, AssertionError, IndexError):
        return ()
    out = []
    for el in root.iter("time"):
        when = _when(el.get("datetime"))
        if when is None:
            continue
        own = _words(el)
        entry = el.getparent()
        while entry is not None and len(lead_key(_without(_words(entry), own))) < LEAD_MIN:
            entry = entry.getparent()
        if entry is None or entry.tag in ("body", "html"):
            continue
        out.append(EntryTime(*when, lead=lead_key(_without(_words(entry), own))))
    return tuple(out)


def _words(el: Any) -> str:
    """An element's text with a space between its elements' ("Crews stood down" + "Repair crews ...")."""
    return _SPACE.sub(" ", " ".join(el.itertext())).strip()


def _without(text: str, stamp: str) -> str:
    """An entry's text with its stamp's own words taken out of its start."""
    text = _SPACE.sub(" ", text).strip()
    return text[len(stamp):].strip() if stamp and text.startswith(stamp) else text


def matched_entries(entries: Sequence[EntryTime], texts: Sequence[str]) -> dict[int, EntryTime]:
    """The block index each entry opens, in order: a block whose opening words are the entry's.

    Blocks and entries run in the same page order; an entry whose words no
    later block opens with (trafilatura dropped it) is skipped. Fewer than
    ENTRIES_MIN matches is no live blog: an article with a dated byline.
    """
    # A block with the next two: an entry's short heading ("Vote passes") opens it with its first paragraph.
    keys = [lead_key(" ".join(texts[i:i + 3])) for i in range(len(texts))]
    found: dict[int, EntryTime] = {}
    at = 0
    for entry in entries:
        for i in range(at, len(keys)):
            key = keys[i]
            if len(key) >= LEAD_MIN and (entry.lead.startswith(key) or key.startswith(entry.lead)):
                found[i] = entry
                at = i + 1
                break
    return found if len(found) >= ENTRIES_MIN else {}


def live_blog_body(node: dict[str, Any], published: dt.date | None) -> str:
    """A JSON ``LiveBlogPosting``'s text from its ``liveBlogUpdate`` entries, one paragraph each, or "".

    A live blog exported as JSON (a CMS's API, a saved JSON-LD node) has no
    body of its own: its story is its entries, and the file was refused as
    "no article text". Each entry is written as the HTML reader writes one,
    its stamp before it ("16:31 Brinkley heads in the winner"), with the
    entry's day after the clock when it is not the blog's, once the blog has
    ENTRIES_MIN timed entries; the entries keep the blog's order.
    """
    updates = node.get("liveBlogUpdate")
    if _LIVE not in _types(node) or not isinstance(updates, list):
        return ""
    raw = [(u.get("articleBody") or u.get("text"), _when(u.get("datePublished")))
           for u in updates if isinstance(u, dict)]
    entries = [(body.strip(), when) for body, when in raw if isinstance(body, str) and body.strip()]
    stamped = sum(1 for _, when in entries if when is not None) >= ENTRIES_MIN
    paragraphs: list[str] = []
    for body, when in entries:
        if stamped and when is not None:
            day, hour, minute = when
            on = "" if day == published else f" {day.day} {day:%B %Y} -"
            body = f"{hour:02d}:{minute:02d}{on} {body}"
        paragraphs.append(body)
    return "\n\n".join(paragraphs)
