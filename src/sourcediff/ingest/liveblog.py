"""A live blog's own headline, from its JSON-LD ``LiveBlogPosting`` node.

A live blog's JSON-LD lists every entry (``liveBlogUpdate``), each with its
own headline ("Vote passes"); the page metadata reader took the last entry's
headline for the page's, so the report titled the whole blog after one
update. The ``LiveBlogPosting`` node's own ``headline`` is the page's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
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
