"""WordPress REST API posts (``/wp-json/wp/v2/posts``): rendered HTML plus metadata.

The text is the title, a blank line, then the content's paragraphs with tags
stripped and entities decoded, which is what a reader of the post sees.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from sourcediff.ingest.builder import assemble, with_title
from sourcediff.ingest.dates import parse_date
from sourcediff.ingest.html import fragment_pieces, html_to_text
from sourcediff.model import Article

FORMAT = "wordpress-json"


def is_post(obj: object) -> bool:
    """A WordPress post has ``content.rendered`` (and a ``title``)."""
    if not isinstance(obj, dict):
        return False
    content = obj.get("content")
    return isinstance(content, dict) and isinstance(content.get("rendered"), str) and "title" in obj


def rendered(value: Any) -> str:
    """WordPress wraps HTML fields as ``{"rendered": ...}``; accept the bare string too."""
    if isinstance(value, dict):
        value = value.get("rendered", "")
    return value if isinstance(value, str) else ""


def outlet_from_url(url: str) -> str:
    """The host of a URL without ``www.``: the best outlet name a post carries.

    A URL urllib rejects (a broken IPv6 host, a fullwidth netloc) names no
    outlet; the article is still worth reading.
    """
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def from_post(post: dict[str, Any]) -> Article:
    """One post -> Article; ``date`` is the site's local date, the one its words count from."""
    title = html_to_text(rendered(post.get("title")))
    text, blocks = assemble(with_title(title, fragment_pieces(rendered(post.get("content")))))
    link = post.get("link") if isinstance(post.get("link"), str) else ""
    date = post.get("date") or post.get("date_gmt")
    return Article(id="", text=text, format=FORMAT, title=title, outlet=outlet_from_url(str(link)),
                   published=parse_date(date) if isinstance(date, str) else None, url=str(link),
                   blocks=blocks)
