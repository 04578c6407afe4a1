"""MIME messages: a web page saved as one file (MHTML) and an e-mailed article (.eml).

A browser's "save as single file" writes the page as a MIME message: mail
headers, then the HTML in quoted-printable with the page's images beside it.
Read as plain text, its headers became the article's title and passages and
its soft line breaks (``=\\n``, ``=3D``) cut words in two, so a saved page
compared as garbage and ``check`` reported errors in it. The message is
parsed with the standard library's legacy parser (no header grammar beyond
splitting, nothing fetched or run), and its first HTML part (else its first
plain-text part) is read as that format would be.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.errors
import email.header
import email.policy
import email.utils
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message

from sourcediff.errors import FormatError
from sourcediff.ingest.builder import squash
from sourcediff.model import Article


@dataclass(frozen=True)
class Body:
    """The part of a message that holds the article, as text, with the message's metadata."""

    text: str
    suffix: str  # ".html" or ".txt": how the text is read
    title: str
    url: str
    published: dt.date | None


# What the standard library's parser raises on a malformed message or header, besides ValueError.
_MALFORMED = (email.errors.MessageError, LookupError, IndexError, TypeError, AttributeError)


def body(raw: str, name: str, decode: Callable[[bytes, str], str]) -> Body:
    """The article part of a MIME message; ``decode`` reads a part's bytes when its charset fails."""
    try:
        message = email.message_from_string(raw, policy=email.policy.compat32)
        part = _article_part(message)
        if part is None:
            raise FormatError("is a MIME message (a saved page or an e-mail) with no HTML or text part",
                              path=name)
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        text = _decoded(data, part.get_content_charset() or "utf-8", name, decode)
        saved_page = (message.get_content_type() == "multipart/related"
                      or "Snapshot-Content-Location" in message)
        return Body(text=text, suffix=".html" if part.get_content_type() == "text/html" else ".txt",
                    title=_header(message, "Subject"),
                    url=_header(message, "Snapshot-Content-Location") or _header(part, "Content-Location"),
                    # A saved page's Date is when it was saved, not when the story ran.
                    published=None if saved_page else _date(_header(message, "Date")))
    except _MALFORMED as exc:
        raise FormatError(f"is a malformed MIME message ({type(exc).__name__})", path=name) from None


def stamped(article: Article, meta: Body) -> Article:
    """The article read from a message's part, with what the headers add where the part says nothing."""
    return dataclasses.replace(article, title=article.title or meta.title, url=article.url or meta.url,
                               published=article.published or meta.published)


def _article_part(message: Message) -> Message | None:
    """The first HTML part that is not an attachment, else the first such plain-text part."""
    parts = [p for p in message.walk()
             if not p.is_multipart() and "attachment" not in str(p.get("Content-Disposition", "")).lower()]
    for kind in ("text/html", "text/plain"):
        found = next((p for p in parts if p.get_content_type() == kind), None)
        if found is not None:
            return found
    return None


def _decoded(data: bytes, charset: str, name: str, decode: Callable[[bytes, str], str]) -> str:
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return decode(data, name)  # UTF-8, a byte-order mark, the page's <meta charset>, or one clear line


def _header(message: Message, key: str) -> str:
    value = message.get(key)
    if value is None:
        return ""
    try:
        return squash(str(email.header.make_header(email.header.decode_header(str(value)))))
    except (*_MALFORMED, UnicodeError, ValueError):
        return squash(str(value))


def _date(value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
