"""Social posts embedded in a story, and HTML pasted into a plain-text article.

A page that embeds a tweet or an Instagram post carries the post's text in a
``<blockquote class="twitter-tweet">``; read as a paragraph, someone else's
post ran into the article as if the outlet wrote it ("40 people could have
died" became the outlet's figure, and its author a quoted speaker). The
platforms' embed markers (the blockquote's class) name such a post, so it is
dropped before the page is read. Nothing in it is fetched or run. Both drops
go through ``hiddenhtml.drop_spans``, one pass over the untrusted text.

A plain-text article copied from a page's source keeps its tags
("<p>The fine was <b>£300,000</b></p>"): they stayed in its passages and hid
the sum inside them. A text that is clearly HTML-laden (several tags of real
HTML elements) has its tags removed and its entities decoded; a text that
names one tag ("the <p> element") is left as written. Line breaks are kept,
so a finding's line number is still the file's.
"""

from __future__ import annotations

import html
import re

from sourcediff.ingest.hiddenhtml import drop_spans, without_hidden_html
from sourcediff.regexcache import regex

# The class an embedded social post's blockquote carries on each platform.
_EMBED_CLASSES = (r"twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed"
                  r"|text-post-media|reddit-embed-bq|threads-embed")
_EMBED = regex(rf"<blockquote\b[^>]*\bclass\s*=\s*[\"']?[^\"'>]*\b(?:{_EMBED_CLASSES})\b[^>]*>",
               re.IGNORECASE)
_EMBED_CLOSE = regex(r"</blockquote\s*>", re.IGNORECASE)
# A tag of an element article markup uses; a stray "<" or "a < b" is no tag.
_TAG = regex(
    r"</?(?:p|br|b|i|u|em|strong|a|span|div|li|ul|ol|h[1-6]|blockquote|img|figure|figcaption|table|tr|td|th"
    r"|sup|sub|small|section|article|header|footer|cite|q|mark|hr|font|center|tbody|thead)\b[^<>]*/?>",
    re.IGNORECASE)
# Tags that end a block: a space stands for them, so "end.</p><p>Next" keeps its sentences apart.
_BLOCK_TAG = regex(r"</?(?:p|br|div|li|h[1-6]|blockquote|tr|td|th|section|article|hr|figcaption)\b",
                   re.IGNORECASE)
# How many element tags make a plain text clearly HTML-laden.
MIN_TAGS = 2


def without_embeds(page: str) -> str:
    """``page`` without its embedded social posts (see the module's docstring)."""
    if "<blockquote" not in page and "<BLOCKQUOTE" not in page:
        return page
    return drop_spans(page, _EMBED, lambda _: _EMBED_CLOSE)


def is_html_laden(text: str) -> bool:
    """True when a plain text holds at least MIN_TAGS tags of HTML elements."""
    if "<" not in text:
        return False
    return any(n >= MIN_TAGS for n, _ in enumerate(_TAG.finditer(text), 1))


def plain(text: str) -> str:
    """A plain text pasted with its HTML, as a reader sees it: tags out, entities decoded, lines kept."""
    if not is_html_laden(text):
        return text
    text = without_hidden_html(without_embeds(text))
    text = _TAG.sub(lambda m: " " * bool(_BLOCK_TAG.match(m.group())) + _its_line_breaks(m), text)
    text = html.unescape(text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


_SPACES = regex(r"[ \t]{2,}")


def _its_line_breaks(m: re.Match[str]) -> str:
    return "\n" * m.group().count("\n")


__all__ = ["MIN_TAGS", "is_html_laden", "plain", "without_embeds"]
