"""Generic JSON articles: one object, a list of objects, or JSON Lines.

Field names vary between exporters, so each field is looked up under the
names scrapers and news APIs commonly use. A WordPress post found in a list
is read as WordPress.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from sourcediff.errors import FormatError
from sourcediff.ingest import wordpress
from sourcediff.ingest.builder import Piece, assemble, squash, with_title
from sourcediff.ingest.dates import parse_date
from sourcediff.ingest.html import fragment_pieces, html_to_text
from sourcediff.ingest.liveblog import live_blog_body
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
OUTLET_KEYS = ("source", "outlet", "site_name", "sitename", "publisher", "publication", "service", "agency")
# Who wrote it: a name, a list of names, or objects with a name (schema.org's author, NewsAPI's author,
# Dublin Core's creator).
AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writer")
# Keys under which an envelope object (a news API answer) lists its articles.
LIST_KEYS = ("articles", "items", "results", "data")
# Keys a block of a body given as a list of blocks (CMS exports: Sanity, Contentful, Ghost
# mobiledoc-like dumps) holds its words under.
BLOCK_TEXT_KEYS = ("text", "content", "body", "value", "html")
# Seconds since 1970 from 2001-09-09 to 2286; the same in milliseconds. A number outside both
# is no timestamp a news export writes.
_EPOCH_SECONDS = (1_000_000_000, 10_000_000_000)
_EPOCH_MILLIS = (1_000_000_000_000, 10_000_000_000_000)

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
    if len(items) == 1:
        return (from_object(items[0], fmt=JSON, where=name),)
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
    obj = _unwrapped(obj)
    published = _published(_first(obj, DATE_KEYS))
    body = _body_string(_first(obj, BODY_KEYS)) or live_blog_body(obj, published)
    if not body.strip():
        raise FormatError(_no_body(obj), path=where)
    title = html_to_text(wordpress.rendered(_first(obj, TITLE_KEYS)))
    text, blocks = assemble(with_title(title, body_pieces(body)))
    url = _string(_first(obj, URL_KEYS))
    return Article(id="", text=text, format=fmt, title=title,
                   outlet=_outlet(_first(obj, OUTLET_KEYS)) or wordpress.outlet_from_url(url),
                   published=published, url=url, blocks=blocks,
                   author=author_names(_first(obj, AUTHOR_KEYS)))


# How many envelopes deep an article is looked for: {"data": {"article": {...}}} is two.
_UNWRAP_DEPTH = 3


def _unwrapped(obj: dict[str, Any], depth: int = _UNWRAP_DEPTH) -> dict[str, Any]:
    """An object that holds its article a few levels down ({"article": {...}}, {"data": {"article": ...}}).

    Exports wrap the story in an envelope of ids and tags, and news APIs wrap
    that envelope again ({"status": "ok", "data": {"article": {...}}}); when
    the object has no body of its own and exactly one of its values is (or
    wraps) an object with one, that object is the article, with each
    envelope's plain fields (a date, a URL) filling what it lacks.
    """
    if _first(obj, BODY_KEYS) is not None or depth == 0:
        return obj
    inner = [found for v in obj.values() if isinstance(v, dict)
             for found in (_unwrapped(v, depth - 1),) if _first(found, BODY_KEYS) is not None]
    if len(inner) != 1:
        return obj
    plain = {k: v for k, v in obj.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
    return {**plain, **inner[0]}


def _body_string(value: Any) -> str:
    """A body as one string: WordPress's {"rendered": ...}, or a list of paragraphs or blocks.

    Many CMS exports give the body as a list: plain strings, or blocks such
    as {"type": "paragraph", "text": "..."}; each becomes a paragraph.
    """
    if isinstance(value, list):
        parts = [_block_text(item) for item in value]
        return "\n\n".join(p.strip() for p in parts if p.strip())
    return wordpress.rendered(value)


def _block_text(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        words = _first(item, BLOCK_TEXT_KEYS)
        if words is None and isinstance(item.get("children"), list):
            # Portable Text: a block's children are the spans of one paragraph.
            return "".join(_block_text(span) for span in item["children"])
        return _body_string(words)
    return ""


def _no_body(obj: dict[str, Any]) -> str:
    """Why an object gave no text, naming its keys: the user's export may call its body anything."""
    keys = ", ".join(str(k) for k in list(obj)[:12]) + (", ..." if len(obj) > 12 else "")
    read = ", ".join(BODY_KEYS)
    return (f"no article text: its keys are {keys or 'none'}, and the text is read from the first "
            f"non-empty one of {read} (a string, or a list of paragraphs)")


def _published(value: Any) -> dt.date | None:
    """A date string, or a Unix timestamp in seconds or milliseconds (as many exports write)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        for (low, high), scale in ((_EPOCH_SECONDS, 1), (_EPOCH_MILLIS, 1000)):
            if low <= value < high:
                return dt.datetime.fromtimestamp(value / scale, tz=dt.UTC).date()
        return None
    return parse_date(_string(value))


def body_pieces(body: str) -> list[Piece]:
    """A body string -> blocks: HTML is walked, plain text is split into lines."""
    if _HTML_TAG.search(body):
        return fragment_pieces(body)
    return [Piece(squash(body[b.span.start:b.span.end]), b.role) for b in paragraph_blocks(body)]


def _has_body(node: Any) -> bool:
    return isinstance(node, dict) and _first(node, BODY_KEYS) is not None


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first non-empty field under one of keys; a key spelled in other case ("Title") counts.

    Exact spellings win, in the order given; only then are keys compared
    ignoring case, as .NET and spreadsheet exports capitalize them.
    """
    exact = next((obj[k] for k in keys if obj.get(k) not in (None, "")), None)
    if exact is not None:
        return exact
    folded = {k.lower(): v for k, v in obj.items() if isinstance(k, str) and v not in (None, "")}
    return next((folded[k.lower()] for k in keys if k.lower() in folded), None)


def _string(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def author_names(value: Any) -> str:
    """Authors given as a name, a list of names, or objects with a name, joined by " and "."""
    items = value if isinstance(value, list) else [value]
    names = [_outlet(item) for item in items[:MAX_AUTHORS]]
    return " and ".join(n for n in names if n)


# More names than this are a list of contributors, not a byline.
MAX_AUTHORS = 4


def _outlet(value: Any) -> str:
    """An outlet given as a name or as an object with a name (NewsAPI's ``source``)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or ""
    return _string(value)
