"""WordPress REST API posts (``/wp-json/wp/v2/posts``): rendered HTML plus metadata.

The text is the title, a blank line, then the content's paragraphs with tags
stripped and entities decoded, which is what a reader of the post sees.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from sourcediff.ingest.builder import Piece, assemble, with_title
from sourcediff.ingest.dates import parse_date
from sourcediff.ingest.html import fragment_pieces, html_to_text
from sourcediff.model import Article
from sourcediff.regexcache import regex

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


# The mark WordPress ends a generated excerpt with ("[&hellip;]" rendered), standing for the rest.
_MORE_MARK = regex(r"\s*\[(?:\u2026|\.\.\.|&hellip;)\]\s*$")


def from_post(post: dict[str, Any]) -> Article:
    """One post -> Article; ``date`` is the site's local date, the one its words count from.

    A post exported without its content (withheld, or a list fetched with
    ``_fields`` that left it out) often still has its excerpt: that is read
    in its place, with a note, rather than refusing a post whose first
    paragraph is right there.
    """
    title = html_to_text(rendered(post.get("title")))
    pieces = fragment_pieces(rendered(post.get("content")))
    partial = ""
    if not any(piece.text.strip() for piece in pieces):
        excerpt = fragment_pieces(rendered(post.get("excerpt")))
        excerpt = [Piece(_MORE_MARK.sub("", piece.text), piece.role) for piece in excerpt]
        excerpt = [piece for piece in excerpt if piece.text.strip()]
        if excerpt:
            pieces = excerpt
            partial = ("has an empty content.rendered: only its excerpt is compared; export the post "
                       "with its content for the whole story")
    text, blocks = assemble(with_title(title, pieces))
    link = post.get("link") if isinstance(post.get("link"), str) else ""
    date = post.get("date") or post.get("date_gmt")
    return Article(id="", text=text, format=FORMAT, title=title, outlet=outlet_from_url(str(link)),
                   published=parse_date(date) if isinstance(date, str) else None, url=str(link),
                   blocks=blocks, partial=partial)
