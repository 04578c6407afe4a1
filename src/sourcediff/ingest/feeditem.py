"""One story of a feed saved by itself: an RSS ``<item>`` or an Atom ``<entry>``.

Many outlets' feeds carry each story whole (RSS ``content:encoded``, Atom
``<content>``), and a user who saves one item from a feed reader holds the
article, with its title, link, date and author. Such a file was refused as
"one story of a feed", while a JSON Feed's item was read. The item is read
like a WordPress post: its HTML body as blocks, the title first. An item that
carries only its summary (RSS ``description``, Atom ``summary``: a teaser of a
sentence or two, often cut "[...]") is still refused, naming what it lacks, and
so is a whole feed (many stories): give the stories' pages.

The XML is parsed with entities and the network off: a file is never a way
to make the reader fetch or expand anything.
"""

from __future__ import annotations

from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from sourcediff.errors import FormatError
from sourcediff.ingest.builder import Piece, assemble, with_title
from sourcediff.ingest.dates import parse_date
from sourcediff.ingest.html import fragment_pieces, html_to_text
from sourcediff.ingest.wordpress import outlet_from_url
from sourcediff.model import Article
from sourcediff.regexcache import regex

FORMAT = "feed-item"

# The local names of the fields read, in the order they are preferred.
_BODY = ("encoded", "content")  # content:encoded (RSS), content (Atom)
_SUMMARY = ("description", "summary")
_DATE = ("pubDate", "published", "date", "issued", "updated", "modified")
_AUTHOR = ("creator", "author")
# An RSS author is an e-mail address, often with the name in brackets: "news@example.org (Ana Ruiz)".
_RSS_AUTHOR = regex(r"\A\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*\Z")


def parse(raw: str, name: str) -> Article:
    """A lone RSS item or Atom entry -> Article (FormatError naming ``name`` when it holds no story)."""
    root = _root(raw, name)
    fields = _fields(root)
    title = html_to_text(_text(fields.get("title")))
    pieces = _body(fields, _BODY)
    if not pieces:
        kind = "Atom entry" if etree.QName(root).localname == "entry" else "RSS item"
        what = "only its summary" if _body(fields, _SUMMARY) else "no story text"
        raise FormatError(f"is an {kind} (one story of a feed) with {what}, not the story: give its story's "
                          f"page (its link or a saved copy) instead", path=name)
    text, blocks = assemble(with_title(title, pieces))
    link = _link(fields.get("link"))
    return Article(id="", text=text, format=FORMAT, title=title, outlet=outlet_from_url(link),
                   published=_date(fields), url=link, blocks=blocks,
                   author=_author(fields))


def _root(raw: str, name: str) -> Any:
    """The item's XML root, parsed with entities, DTDs and network off: a file must not fetch or expand."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=False)
    try:
        return etree.fromstring(raw.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"is a feed item whose XML cannot be read: {exc}", path=name) from None


def _fields(root: Any) -> dict[str, Any]:
    """The item's child elements by local name, the first of each (an Atom entry has several links)."""
    fields: dict[str, Any] = {}
    for child in root:
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction
        name = etree.QName(child).localname
        if name == "link" and child.get("rel", "alternate") != "alternate":
            continue
        fields.setdefault(name, child)
    return fields


def _text(el: Any) -> str:
    """An element's content as HTML or text: Atom's type="xhtml" holds markup, the others escaped text."""
    if el is None:
        return ""
    if el.get("type") == "xhtml":
        return "".join(etree.tostring(c, encoding="unicode") for c in el) or (el.text or "")
    return "".join(el.itertext())


def _body(fields: dict[str, Any], names: tuple[str, ...]) -> list[Piece]:
    """The first of ``names`` that holds text, as pieces: the order prefers a full body to a summary."""
    for name in names:
        el = fields.get(name)
        if el is None:
            continue
        value = _text(el)
        pieces = (fragment_pieces(value) if el.get("type", "html") != "text" or "<" not in value
                  else [Piece(value)])
        pieces = [p for p in pieces if p.text.strip()]
        if pieces:
            return pieces
    return []


def _link(el: Any) -> str:
    """The story's address: Atom gives it in href, RSS as the element's text; the outlet is read from it."""
    if el is None:
        return ""
    return str(el.get("href") or (el.text or "")).strip()


def _date(fields: dict[str, Any]) -> Any:
    """The first readable date of the item's date fields: feeds differ in which of them they fill."""
    for name in _DATE:
        el = fields.get(name)
        value = (el.text or "").strip() if el is not None else ""
        date = parse_date(value) if value else None
        if date is not None:
            return date
    return None


def _author(fields: dict[str, Any]) -> str:
    """The author: Atom's <name>, or RSS's e-mail form cut to the name in brackets; a bare address is none."""
    for name in _AUTHOR:
        el = fields.get(name)
        if el is None:
            continue
        names = [n for n in el if isinstance(n.tag, str) and etree.QName(n).localname == "name"]
        value = " ".join((names[0] if names else el).itertext()).strip()
        rss = _RSS_AUTHOR.match(value)
        value = rss.group("name").strip() if rss else value
        if value and "@" not in value:
            return " ".join(value.split())
    return ""
