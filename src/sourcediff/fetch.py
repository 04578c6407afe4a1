"""URL -> bytes and metadata, bounded in time and size, optionally cached.

A page is untrusted input from the network, so every fetch is bounded: connect
and read timeouts plus an overall deadline (a server dripping one byte per
second never trips a read timeout), the size cap enforced while the body
streams (a page is never read whole before it is measured, and the cap counts
decompressed bytes, so a gzip bomb stops too), at most ``MAX_REDIRECTS``
redirects, each one checked to stay on http or https. Nothing in a page is
run; ingest reads the bytes exactly as it reads a file.

urllib3 is the client: it is already installed with trafilatura, streams
bodies with gzip/deflate decoding, and lets each redirect be followed (and
checked) by hand. The cache keeps what was compared: a newsroom can archive
it and re-run a report offline.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from sourcediff import __version__
from sourcediff.errors import ConfigError, InputError
from sourcediff.sizes import size_text

# Redirects followed before a fetch is refused; browsers allow ~20, but a
# news page that needs more than a handful is misconfigured or a trap.
MAX_REDIRECTS = 5
# Default connect and read timeout, in seconds (--timeout).
DEFAULT_TIMEOUT = 20.0
# The whole fetch may take this many times the timeout: the read timeout
# alone resets with every byte, so a trickling server would never end.
DEADLINE_FACTOR = 3.0
# Pages fetched at once: enough to hide latency, few enough to be polite.
MAX_WORKERS = 4
# Body chunk read per step while streaming.
CHUNK = 64 * 1024
USER_AGENT = f"sourcediff/{__version__} (+https://pypi.org/project/sourcediff/; compares news articles)"
SCHEMES = ("http", "https")
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
# Media types an article can be read from; anything else (PDF, images, video) is refused.
_TEXT_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "application/json": ".json",
               "text/json": ".json", "text/plain": ".txt", "text/markdown": ".md", "text/x-markdown": ".md",
               # a page saved as one file, or an e-mail, served as it is stored (ingest/mime.py)
               "multipart/related": ".mhtml", "application/x-mimearchive": ".mhtml", "message/rfc822": ".eml",
               # generic XML, as many servers (python -m http.server among them) label a feed or an XHTML
               # page: read by content, so a feed is named as one, as the same file on disk is
               "application/xml": ".xml", "text/xml": ".xml"}
# Feeds a user may paste instead of a story's address, named as what they are.
_FEED_TYPES = {"application/rss+xml": "an RSS feed", "application/atom+xml": "an Atom feed"}
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class FetchOptions:
    """How URLs are fetched: bounds, and where pages are cached."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = 5 * 1024 * 1024
    cache_dir: str | None = None
    offline: bool = False
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """One fetched page: its body bytes and where and when it came from."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: str
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def charset(self) -> str | None:
        match = _CHARSET.search(self.content_type)
        return match.group(1) if match else None

    @property
    def suffix(self) -> str:
        """The file suffix ingest would expect for this media type."""
        return _TEXT_TYPES.get(media_type(self.content_type), "")

    def text(self) -> str:
        """The body decoded by its declared charset, the page's <meta charset>, then UTF-8."""
        from sourcediff.ingest.reading import decode, meta_charset

        for charset in (self.charset, meta_charset(self.body)):
            if charset:
                try:
                    return self.body.decode(charset)
                except (LookupError, UnicodeDecodeError):
                    continue
        return decode(self.body, self.url)


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def fetch_many(urls: Sequence[str], options: FetchOptions = FetchOptions(),
               on_done: Callable[[str], None] | None = None) -> dict[str, Fetched]:
    """Fetch every URL (a small pool at once); the first failure is raised, naming its URL."""
    unique = list(dict.fromkeys(urls))
    if not unique:
        return {}
    if options.offline and not options.cache_dir:
        raise ConfigError("--offline reads only the cache: give --cache DIR too")
    with ThreadPoolExecutor(max_workers=min(MAX_WORKERS, len(unique))) as pool:
        futures = {url: pool.submit(_fetch_one, url, options) for url in unique}
        out: dict[str, Fetched] = {}
        for url, future in futures.items():
            out[url] = future.result()
            if on_done is not None:
                on_done(url)
    return out


def fetch(url: str, options: FetchOptions = FetchOptions()) -> Fetched:
    """One URL, from the cache when offline, else from the network (and into the cache)."""
    return fetch_many([url], options)[url]


def _fetch_one(url: str, options: FetchOptions) -> Fetched:
    _check_url(url, url)
    if options.offline:
        return read_cache(Path(options.cache_dir or "."), url)
    page = _download(url, options)
    if options.cache_dir:
        write_cache(Path(options.cache_dir), page)
    return page


def _check_url(url: str, origin: str) -> None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise InputError(f"not a valid URL ({exc})", path=origin) from None
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(f"redirects to a {parts.scheme or 'relative'}: URL ({url}); only http and https "
                         "are followed", path=origin)
    if not host:
        raise InputError("not a valid URL (no host name)", path=origin)


def _download(url: str, options: FetchOptions) -> Fetched:
    import urllib3

    pool = urllib3.PoolManager(
        retries=False, timeout=urllib3.Timeout(connect=options.timeout, read=options.timeout),
        headers={"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate",
                 "Accept": "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8"})
    deadline = time.monotonic() + options.timeout * DEADLINE_FACTOR
    current, seen = url, [url]
    try:
        for _ in range(MAX_REDIRECTS + 1):
            response = pool.request("GET", current, preload_content=False, redirect=False,
                                    decode_content=True)
            try:
                location = response.headers.get("Location")
                if response.status in _REDIRECT_CODES and location:
                    # Its body unread, the connection cannot carry the next request: closed, not drained
                    # (a body of any size could follow a redirect), and opened again for the next hop.
                    response.close()
                    current = _next_hop(url, current, location, seen)
                    continue
                return _read_page(url, current, response, options, deadline)
            finally:
                response.release_conn()
        raise InputError(f"more than {MAX_REDIRECTS} redirects ({' -> '.join(seen[-3:])})", path=url)
    except urllib3.exceptions.HTTPError as exc:
        raise InputError(_network_reason(exc, options.timeout), path=url) from None
    finally:
        pool.clear()


def _next_hop(origin: str, current: str, location: str, seen: list[str]) -> str:
    target = urljoin(current, location.strip())
    _check_url(target, origin)
    if target in seen:
        raise InputError(f"redirect loop ({' -> '.join([*seen[seen.index(target):], target])})", path=origin)
    seen.append(target)
    return target


def _read_page(url: str, final: str, response: Any, options: FetchOptions, deadline: float) -> Fetched:
    status = int(response.status)
    if status >= 400:
        reason = f" {response.reason}" if getattr(response, "reason", None) else ""
        raise InputError(f"the server answered HTTP {status}{reason}", path=url)
    content_type = str(response.headers.get("Content-Type", ""))
    kind = media_type(content_type)
    if kind in _FEED_TYPES:
        raise InputError(f"is {_FEED_TYPES[kind]} ({kind}), not an article: give its stories' pages "
                         "(their links) instead", path=url)
    if kind and kind not in _TEXT_TYPES and not kind.endswith("+json"):
        raise InputError(f"is {kind}, not an HTML or JSON page", path=url)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and len(declared) < 20 and int(declared) > options.max_bytes:
        raise _too_large(url, options.max_bytes, f"{int(declared)} bytes declared")
    body = bytearray()
    while chunk := _read_some(response):
        body += chunk
        if len(body) > options.max_bytes:
            raise _too_large(url, options.max_bytes, "stopped while downloading")
        if time.monotonic() > deadline:
            raise InputError(f"timed out: the page took over {options.timeout * DEADLINE_FACTOR:g} s "
                             "to arrive (raise --timeout)", path=url)
    headers = {k: v for k, v in response.headers.items()}
    return Fetched(url=url, final_url=final, status=status, content_type=content_type, body=bytes(body),
                   fetched_at=_now(), headers=headers)


def _read_some(response: Any) -> bytes:
    """Whatever part of the body has arrived, up to CHUNK bytes; b"" at its end.

    ``read1`` returns as soon as any bytes come, so the deadline is checked
    while a server trickles: ``stream``/``read`` block until a whole chunk or
    the end, and a server sending one byte a second kept them (and the user)
    waiting for as long as it liked. Of a compressed body, urllib3 (2.7 on)
    inflates only what it returns, so the size cap also stops a gzip bomb.
    """
    return bytes(response.read1(CHUNK))


def _too_large(url: str, max_bytes: int, how: str) -> InputError:
    limit = size_text(max_bytes)
    return InputError(f"page is over the limit of {limit} ({how}; raise --max-bytes)", path=url)


def _network_reason(exc: Exception, timeout: float) -> str:
    """One plain reason for a urllib3 failure (DNS, refused, timeout, broken connection)."""
    import urllib3

    errors = urllib3.exceptions
    reason = getattr(exc, "reason", None)
    if isinstance(exc, errors.MaxRetryError) and isinstance(reason, Exception):
        exc = reason
    if isinstance(exc, errors.NameResolutionError):
        host = getattr(exc, "_host", "") or "of the URL"
        return f"cannot resolve the host name {host} (DNS failure)"
    if isinstance(exc, errors.ReadTimeoutError):
        return f"timed out waiting for the server after {timeout:g} s (raise --timeout)"
    # NewConnectionError is a ConnectTimeoutError in urllib3 2: test it first.
    if isinstance(exc, errors.NewConnectionError):
        return "connection refused" if "refused" in str(exc).lower() else f"cannot connect ({_short(exc)})"
    if isinstance(exc, errors.ConnectTimeoutError):
        return f"timed out connecting after {timeout:g} s (raise --timeout)"
    if isinstance(exc, errors.SSLError):
        return f"TLS error ({_short(exc)})"
    if isinstance(exc, errors.DecodeError):
        return "the page's compressed body is corrupt"
    if isinstance(exc, errors.LocationValueError | errors.LocationParseError):
        return "not a valid URL"
    if isinstance(exc, errors.ProtocolError):
        return _protocol_reason(exc)
    return f"download failed ({_short(exc)})"


def _protocol_reason(exc: Exception) -> str:
    """A broken exchange in plain words, not urllib3's nested repr.

    urllib3 wraps what http.client raised (a page cut short, a status line
    that is not HTTP, too many header lines, a reset) as the second argument
    of a ProtocolError, whose text is the repr of a tuple of reprs: a user
    read "download failed (b\\r\\n')))" for a server that sent no status line.
    """
    import http.client

    import urllib3

    cause = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], BaseException) else None
    if isinstance(cause, urllib3.exceptions.IncompleteRead | http.client.IncompleteRead):
        partial, expected = cause.partial, cause.expected
        got = partial if isinstance(partial, int) else len(partial)
        whole = f" of {got + expected}" if isinstance(expected, int) else ""
        return f"the connection closed before the whole page arrived ({got}{whole} bytes)"
    if isinstance(cause, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(cause, ConnectionResetError):
        return "the server reset the connection"
    if isinstance(cause, http.client.BadStatusLine):
        return "the server's answer is not HTTP (no valid status line)"
    if isinstance(cause, http.client.HTTPException):
        return f"the server's answer is malformed HTTP ({_short(cause)})"
    return f"the connection broke ({_short(cause or exc)})"


def _short(exc: BaseException) -> str:
    text = str(exc).split(": ", 1)[-1]
    return text[:160]


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# -- the cache: DIR/<key>.body (the bytes as received, decompressed) + DIR/<key>.json (metadata) --

def cache_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def write_cache(directory: Path, page: Fetched) -> None:
    """Keep a page and where it came from; both files are replaced atomically."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        key = cache_key(page.url)
        meta = {"url": page.url, "final_url": page.final_url, "status": page.status,
                "content_type": page.content_type, "fetched_at": page.fetched_at,
                "headers": dict(page.headers), "bytes": len(page.body)}
        _replace(directory / f"{key}.body", page.body)
        _replace(directory / f"{key}.json", json.dumps(meta, indent=2, sort_keys=True).encode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot write the cache: {exc.strerror or exc}", path=str(directory)) from None


def read_cache(directory: Path, url: str) -> Fetched:
    key = cache_key(url)
    meta_path, body_path = directory / f"{key}.json", directory / f"{key}.body"
    if not meta_path.is_file() or not body_path.is_file():
        raise InputError(f"not in the cache {directory} (fetch it once without --offline)", path=url)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        body = body_path.read_bytes()
        return Fetched(url=url, final_url=str(meta.get("final_url") or url),
                       status=int(meta.get("status", 200)), body=body,
                       content_type=str(meta.get("content_type", "")),
                       fetched_at=str(meta.get("fetched_at", "")),
                       headers={str(k): str(v) for k, v in dict(meta.get("headers", {})).items()})
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise InputError(f"the cache entry {meta_path.name} is damaged ({exc})", path=url) from None


def _replace(path: Path, data: bytes) -> None:
    """Write beside ``path`` then rename; created 0666 less the umask, like any file the user makes."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
