"""Which format an input is in, judged from its content first.

Extensions lie (seed articles are Markdown and JSON saved as .txt), so the
content decides; the extension only breaks ties, e.g. for a .md file with
too little markup to tell, or a .json file that fails to parse (which should
be reported as malformed JSON, not read as prose).
"""

from __future__ import annotations

import json
import re

from sourcediff.regexcache import regex

TEXT = "text"
MARKDOWN = "markdown"
HTML = "html"
JSON = "json"
JSONL = "jsonl"
WORDPRESS = "wordpress-json"  # decided after parsing: a JSON post with content.rendered
FEED = "feed"  # an RSS or Atom feed: a list of links to articles, refused with a message saying so
XML = "xml"  # any other XML document that is not XHTML: no article either
MIME = "mime"  # a MIME message: a page saved as one file (.mhtml) or an e-mail (.eml)
TABLE = "table"  # a .csv or .tsv spreadsheet export: rows of cells, refused with a message saying so

EXTENSIONS = {".md": MARKDOWN, ".markdown": MARKDOWN, ".html": HTML, ".htm": HTML, ".xhtml": HTML,
              ".json": JSON, ".jsonl": JSONL, ".ndjson": JSONL, ".txt": TEXT, ".text": TEXT,
              ".mhtml": MIME, ".mht": MIME, ".eml": MIME}
# Spreadsheet exports: read as prose, a CSV of articles became one "article" whose
# header row was its first passage, compared without a word said.
_TABLE_SUFFIXES = (".csv", ".tsv")
# How much of the start of a file the HTML sniffing looks at.
SNIFF_CHARS = 4096

# A document that opens like HTML: doctype, <html>, <head> or <body>, possibly after an XML
# declaration (XHTML) and comments.
_HTML_START = regex(r"\A\s*(?:<\?xml\b[^>]{0,200}>\s*)?(?:<!--.*?-->\s*)*"
                         r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
# An XML document (declaration first), and the root element of a feed: group 1 is its name.
_XML_START = regex(r"\A\s*<\?xml\b", re.IGNORECASE)
# A lone Atom <entry> or RSS <item> (one story of a feed, saved by itself) counts as a feed too.
_FEED_ROOT = regex(r"\A\s*(?:<\?[^>]{0,200}>\s*|<!--.*?-->\s*)*<(?:atom:)?(rss|feed|rdf:RDF|entry|item)\b",
                   re.DOTALL)
# One line of a mail header block: a field name and its colon, or a folded continuation.
_HEADER_LINE = regex(r"[!-9;-~]{1,76}:|[ \t]")
# The header that makes a header block a MIME message rather than a memo's "From:"/"Subject:" lines.
_MIME_VERSION = regex(r"^MIME-Version[ \t]*:", re.IGNORECASE | re.MULTILINE)
# Block-level HTML tags, counted to recognise a bare HTML fragment.
_HTML_TAGS = regex(r"</?(?:p|div|h[1-6]|article|section|ul|li|br)\b[^>]*>", re.IGNORECASE)
# An ATX heading line ("## Summary").
_MD_HEADING = regex(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
# A list item line ("- item", "* item", "1. item").
_MD_ITEM = regex(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.MULTILINE)
# Inline markup: **bold**, __bold__, [text](url), `code`.
_MD_INLINE = regex(r"\*\*\S[^*\n]*\*\*|__\S[^_\n]*__|\[[^\]\n]+\]\([^)\s]+\)|`[^`\n]+`")
# YAML (---) or TOML (+++) front matter, which only Markdown files carry.
_MD_FRONT = regex(r"\A---[ \t]*\n[A-Za-z_][\w-]*[ \t]*:|\A\+\+\+[ \t]*\n[A-Za-z_][\w-]*[ \t]*=")


def detect(text: str, suffix: str = "") -> str:
    """The format of ``text``: json, jsonl, html, markdown, text, or a feed or XML (no article)."""
    if suffix.lower() in _TABLE_SUFFIXES:
        return TABLE
    hint = EXTENSIONS.get(suffix.lower(), "")
    head = text.lstrip()[:1]
    if head in "{[" and head:
        json_kind = _json_kind(text)
        if json_kind or hint in (JSON, JSONL) or head == "{":
            return json_kind or (hint if hint in (JSON, JSONL) else JSON)
    elif hint == JSON and _json_kind(text) == JSON:
        # A .json file holding a bare number, string or null: reading it as
        # prose made an "article" of one word; the JSON reader names the problem.
        return JSON
    if is_mime(text):
        return MIME  # before HTML: a saved page's HTML follows its headers
    if _FEED_ROOT.match(text[:SNIFF_CHARS]):
        return FEED  # before the extension: a feed served as text/html is still a feed
    if _HTML_START.match(text[:SNIFF_CHARS]) or hint == HTML:
        return HTML
    if _XML_START.match(text):
        return XML
    if len(_HTML_TAGS.findall(text[:SNIFF_CHARS])) >= 3 and text.lstrip().startswith("<"):
        return HTML
    if hint == MARKDOWN or looks_like_markdown(text):
        return MARKDOWN
    return TEXT


def is_mime(text: str) -> bool:
    """Whether ``text`` opens with a mail header block that declares MIME (an .mhtml or .eml file).

    Every line up to the first blank one is a header, and one of them is
    MIME-Version: a press release that opens "From: ... / Subject: ..." has
    no such line and stays prose.
    """
    head, blank, _ = text[:SNIFF_CHARS].partition("\n\n")
    return bool(blank) and bool(_MIME_VERSION.search(head)) and all(
        _HEADER_LINE.match(line) for line in head.split("\n"))


def _json_kind(text: str) -> str:
    """json if the whole text parses, jsonl if every non-blank line parses as an object, else ''."""
    try:
        json.loads(text)
        return JSON
    except json.JSONDecodeError:
        pass
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return ""
    try:
        return JSONL if all(isinstance(json.loads(line), dict) for line in lines) else ""
    except json.JSONDecodeError:
        return JSONL if all(line.lstrip().startswith("{") for line in lines) else ""


def looks_like_markdown(text: str) -> bool:
    """Enough Markdown structure that reading the file as prose would leak markup.

    One heading plus any other signal, or two headings, or several list items
    with inline emphasis: a plain article with a dash-led line stays prose.
    """
    if _MD_FRONT.match(text):
        return True
    headings = len(_MD_HEADING.findall(text))
    items = len(_MD_ITEM.findall(text))
    inline = len(_MD_INLINE.findall(text))
    return headings >= 2 or (headings >= 1 and items + inline >= 1) or (items >= 2 and inline >= 2)


def feed_kind(text: str) -> str:
    """"an RSS feed", "an Atom feed" or one item of either, for the message that refuses it.

    A lone Atom ``<entry>`` was called "an XML document", which told a user
    nothing about what to give instead.
    """
    match = _FEED_ROOT.match(text[:SNIFF_CHARS])
    root = match.group(1) if match else "rss"
    return {"feed": "an Atom feed", "entry": "an Atom entry (one story of a feed)",
            "item": "an RSS item (one story of a feed)"}.get(root, "an RSS feed")


def is_feed_item(text: str) -> bool:
    """Whether ``text`` is one story of a feed (an Atom ``<entry>`` or RSS ``<item>``), not a whole feed."""
    match = _FEED_ROOT.match(text[:SNIFF_CHARS])
    return match is not None and match.group(1) in ("entry", "item")
