"""Generic JSON articles: one object, a list of objects, or JSON Lines.

Field names vary between exporters, so each field is looked up under the
names scrapers and news APIs commonly use. A WordPress post found in a list
is read as WordPress.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sourcediff.errors import FormatError
from sourcediff.ingest import wordpress
from sourcediff.ingest.builder import Piece, assemble, squash, with_title
from sourcediff.ingest.dates import parse_date
from sourcediff.ingest.html import fragment_pieces, html_to_text
from sourcediff.ingest.text import paragraph_blocks
from sourcediff.model import Article
from sourcediff.regexcache import regex

JSON = "json"
JSONL = "jsonl"

TITLE_KEYS = ("title", "headline")
# JSON Feed (jsonfeed.org) items name theirs content_html / content_text and date_published.
BODY_KEYS = ("text", "body", "content", "articleBody", "article_body", "content_html", "content_text")
# newspaper3k/4k and many scrapers' exports write publish_date; other exports publication_date, pub_date.
# Dublin Core names the date of publication "issued" (wire and archive exports), the Guardian's
# content API "webPublicationDate"; schema.org's "dateCreated" comes last, for a record with no other.
DATE_KEYS = ("date", "published", "published_at", "publishedAt", "datePublished", "pubDate", "date_published",
             "publish_date", "published_date", "publication_date", "pub_date", "issued", "webPublicationDate",
             "dateCreated")
URL_KEYS = ("url", "link")
# A news agency's own feed names its outlet "agency" (a string, or an object with a name).
OUTLET_KEYS = ("source", "outlet", "site_name", "sitename", "publisher", "agency")
# Keys under which an envelope object (a news API answer) lists its articles.
LIST_KEYS = ("articles", "items", "results", "data")

# An HTML tag that marks a string field as HTML rather than plain text.
_HTML_TAG = regex(r"<(?:p|div|br|h[1-6]|span|a|li|ul|ol|em|strong|b|i|blockquote|figure)\b[^>]*>",
                       re.IGNORECASE)


# A \uD800-\uDFFF escape: half of a surrogate pair, which json.loads lets through alone.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _loads(raw: str) -> Any:
    """json.loads, with a lone surrogate escape read as U+FFFD.

    "\\ud800" with no partner is valid JSON but no character: the text held
    it until a report was written as UTF-8, which then failed as an internal
    error (exit 3). Only a document with such an escape is walked.
    """
    data = json.loads(raw)
    return _whole_characters(data) if _SURROGATE_ESCAPE.search(raw) else data


def _whole_characters(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, list):
        return [_whole_characters(v) for v in value]
    if isinstance(value, dict):
        return {_whole_characters(k): _whole_characters(v) for k, v in value.items()}
    return value


def parse_json(raw: str, name: str) -> tuple[Article, ...]:
    """A JSON document -> its articles (one object, a list, or an envelope with a list)."""
    try:
        data = _loads(raw)
    except json.JSONDecodeError as exc:
        raise FormatError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                          path=name) from None
    items = _items(data)
    if items is None:
        raise FormatError("JSON holds no article (expected an object or a list of objects)", path=name)
    return tuple(from_object(item, fmt=JSON, where=f"{name}: item {i + 1}") for i, item in enumerate(items))


def parse_jsonl(raw: str, name: str) -> tuple[Article, ...]:
    """JSON Lines -> one article per non-blank line."""
    out: list[Article] = []
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = _loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"malformed JSON Lines at line {number}, column {exc.colno}: {exc.msg}",
                              path=name) from None
        out.append(from_object(obj, fmt=JSONL, where=f"{name}: line {number}"))
    return tuple(out)


def _items(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("@graph"), list) and not _has_body(data):
        # JSON-LD saved from a page's <script>: the NewsArticle is one node of a graph of
        # WebPage, Organization and BreadcrumbList nodes, and only it has a body.
        articles = [node for node in data["@graph"] if _has_body(node)]
        return articles or [data]
    if isinstance(data, dict):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list) and not any(k in data for k in BODY_KEYS):
                return list(data[key])
        return [data]
    return None


def from_object(obj: Any, *, fmt: str, where: str) -> Article:
    """One JSON object -> Article (WordPress posts keep their own format name)."""
    if not isinstance(obj, dict):
        raise FormatError(f"expected a JSON object, found {type(obj).__name__}", path=where)
    if wordpress.is_post(obj):
        return wordpress.from_post(obj)
    title = html_to_text(wordpress.rendered(_first(obj, TITLE_KEYS)))
    text, blocks = assemble(with_title(title, body_pieces(wordpress.rendered(_first(obj, BODY_KEYS)))))
    url = _string(_first(obj, URL_KEYS))
    return Article(id="", text=text, format=fmt, title=title,
                   outlet=_outlet(_first(obj, OUTLET_KEYS)) or wordpress.outlet_from_url(url),
                   published=parse_date(_string(_first(obj, DATE_KEYS))), url=url, blocks=blocks)


def body_pieces(body: str) -> list[Piece]:
    """A body string -> blocks: HTML is walked, plain text is split into lines."""
    if _HTML_TAG.search(body):
        return fragment_pieces(body)
    return [Piece(squash(body[b.span.start:b.span.end]), b.role) for b in paragraph_blocks(body)]


def _has_body(node: Any) -> bool:
    return isinstance(node, dict) and _first(node, BODY_KEYS) is not None


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((obj[k] for k in keys if obj.get(k) not in (None, "")), None)


def _string(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _outlet(value: Any) -> str:
    """An outlet given as a name or as an object with a name (NewsAPI's ``source``)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or ""
    return _string(value)
