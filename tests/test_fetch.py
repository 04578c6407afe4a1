"""URLs as inputs: a real HTTP server on 127.0.0.1 serves story pages and every failure mode.

Nothing here reaches beyond loopback: the DNS failure is simulated by making
name resolution fail, and the refused connection uses a port just closed.
"""

from __future__ import annotations

import functools
import gzip
import json
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from sourcediff import load_many
from sourcediff.errors import ConfigError, InputError, SourcediffError
from sourcediff.fetch import FetchOptions, cache_key, fetch, fetch_many
from sourcediff.options import LoadOptions
from sourcediff.urls import is_url, site_name

STORY = Path(__file__).parent / "data" / "stories" / "acquisition"
TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
         ".json": "application/json", ".md": "text/markdown; charset=utf-8"}
# Written in Windows-1252: the curly quotes and the euro sign are single bytes there.
CP1252_PAGE = ("<html><head><title>Zo\u00eb Brandt wins the \u20ac5 million prize</title></head><body>"
               "<article><h1>Zo\u00eb Brandt wins the \u20ac5 million prize</h1>"
               "<p>The jury chose Zo\u00eb Brandt on Tuesday, giving her \u20ac5 million for the caf\u00e9 "
               "project, the foundation said.</p><p>\u201cIt is a surprise,\u201d Brandt said on Tuesday "
               "evening in a short statement to reporters.</p></article></body></html>")
EMPTY_PAGE = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"


class Handler(BaseHTTPRequestHandler):
    sent: ClassVar[dict[str, int]] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class names it
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        route = ROUTES.get(path)
        if route is not None:
            route(self)
            return
        file = STORY / path.lstrip("/")
        if path.count("/") == 1 and file.is_file():
            self._send(200, TYPES[file.suffix], file.read_bytes())
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")

    def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _chain(n: int) -> object:
    return lambda h: h.redirect(f"/hop{n - 1}" if n > 1 else "/b_chronicle.html")


def _big(h: Handler) -> None:
    """An endless body with no Content-Length: the client must stop it while streaming."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    sent = 0
    chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
    try:
        h.wfile.write(b"<html><body>")
        for _ in range(5000):  # 50 MB at most: bounded even if the client never stops
            h.wfile.write(chunk)
            sent += len(chunk)
    except OSError:
        pass
    Handler.sent["big"] = sent


def _slow(h: Handler) -> None:
    time.sleep(2.0)
    h._send(200, "text/html", b"<html><body><p>late</p></body></html>")


def _trickle(h: Handler) -> None:
    """One byte every tenth of a second, no Content-Length: no read ever times out."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    try:
        for _ in range(300):  # 30 s at most, whatever the client does
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def _gzip(h: Handler) -> None:
    body = gzip.compress((STORY / "b_chronicle.html").read_bytes())
    h._send(200, "text/html; charset=utf-8", body, {"Content-Encoding": "gzip"})


def _moved(h: Handler) -> None:
    """A redirect with a body, on a connection kept open: what most servers send."""
    h.protocol_version = "HTTP/1.1"  # the next hop comes on this same connection
    body = b"<html><body><p>Moved to <a href='/b_chronicle.html'>here</a></p></body></html>\n" * 40
    h.send_response(301)
    for key, value in (("Location", "/b_chronicle.html"), ("Content-Type", "text/html"),
                       ("Content-Length", str(len(body))), ("Connection", "keep-alive")):
        h.send_header(key, value)
    h.end_headers()
    h.wfile.write(body)


@functools.cache
def _bomb_body() -> bytes:
    """128 MB of zeros gzipped twice: about a kilobyte on the wire."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: the gzip container
    layer = b"".join(inner.compress(bytes(1 << 20)) for _ in range(128)) + inner.flush()
    return gzip.compress(layer, 9)


def _bomb(h: Handler) -> None:
    h._send(200, "text/html", _bomb_body(), {"Content-Encoding": "gzip, gzip"})


def _cut(h: Handler) -> None:
    """A Content-Length the body never reaches: the server closes the connection early."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.write(b"<html><body><p>The first lines of the page</p>")


def _not_http(h: Handler) -> None:
    h.wfile.write(b"hello there\r\n\r\n")


def _many_headers(h: Handler) -> None:
    h.send_response(200)
    for n in range(150):
        h.send_header(f"X-Extra-{n}", "1")
    h.end_headers()


ROUTES = {
    "/cut": _cut, "/not-http": _not_http, "/many-headers": _many_headers,
    "/hop1": _chain(1), "/hop2": _chain(2), "/hop3": _chain(3),
    "/hop7": lambda h: h.redirect("/hop6"), "/hop6": lambda h: h.redirect("/hop5"),
    "/hop5": lambda h: h.redirect("/hop4"), "/hop4": _chain(4),
    "/to-file": lambda h: h.redirect("file:///etc/passwd"),
    "/to-escape": lambda h: h.redirect("javascript:\x1b]0;OWNED\x07\x1b[2J"),  # title set, screen cleared
    "/loop-a": lambda h: h.redirect("/loop-b"), "/loop-b": lambda h: h.redirect("/loop-a"),
    "/error": lambda h: h._send(500, "text/html", b"<h1>oops</h1>"),
    "/pdf": lambda h: h._send(200, "application/pdf", b"%PDF-1.4 not an article"),
    "/big": _big, "/slow": _slow, "/gzip": _gzip, "/trickle": _trickle, "/bomb": _bomb, "/moved": _moved,
    "/cp1252": lambda h: h._send(200, "text/html; charset=windows-1252", CP1252_PAGE.encode("cp1252")),
    "/empty": lambda h: h._send(200, "text/html", EMPTY_PAGE.encode()),
    "/rss": lambda h: h._send(200, "application/rss+xml", RSS_FEED.encode()),
    "/rss-as-html": lambda h: h._send(200, "text/html", RSS_FEED.encode()),
    "/app": lambda h: h._send(200, "text/html", SCRIPTED_PAGE.encode()),
    "/saved.mhtml": lambda h: h._send(200, "multipart/related", SAVED_PAGE),
}


# A page saved as one file (MHTML), as a server that stores it answers: multipart/related.
SAVED_PAGE = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=b\r\n\r\n"
              b"--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
              b"<html><head><title>Seawall vote</title></head><body><article><p>The council voted 7-=\r\n"
              b"2 on Tuesday for a $12 million seawall.</p></article></body></html>\r\n--b--\r\n")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def failure(url: str, **options: object) -> str:
    with pytest.raises(InputError) as info:
        fetch(url, FetchOptions(**options))  # type: ignore[arg-type]
    message = str(info.value)
    assert url in message and "\n" not in message
    return message


def test_arguments_that_are_urls() -> None:
    assert is_url("https://www.npr.org/x") and is_url("HTTP://example.org")
    assert not is_url("seeds/") and not is_url("http.txt") and not is_url("-")
    assert site_name("https://www.npr.org/2026/02/27/story") == "npr.org"
    assert site_name("http://127.0.0.1:8080/a.html") == "127.0.0.1"


def test_a_page_is_fetched_with_metadata(server: str) -> None:
    page = fetch(f"{server}/b_chronicle.html")
    assert page.status == 200 and page.final_url == page.url
    assert page.body == (STORY / "b_chronicle.html").read_bytes()
    assert page.fetched_at.endswith("Z") and page.suffix == ".html"


def test_redirects_are_followed_and_the_final_url_kept(server: str) -> None:
    page = fetch(f"{server}/hop3")
    assert page.final_url == f"{server}/b_chronicle.html"
    assert page.url == f"{server}/hop3"


def test_a_redirect_with_a_body_on_a_kept_alive_connection_is_followed(server: str) -> None:
    page = fetch(f"{server}/moved")
    assert page.final_url == f"{server}/b_chronicle.html"
    assert page.body == (STORY / "b_chronicle.html").read_bytes()


def test_more_than_five_redirects_is_refused(server: str) -> None:
    assert "more than 5 redirects" in failure(f"{server}/hop7")


def test_a_redirect_loop_is_named(server: str) -> None:
    assert "redirect loop" in failure(f"{server}/loop-a")


def test_a_redirect_to_a_file_url_is_refused(server: str) -> None:
    message = failure(f"{server}/to-file")
    assert "file:" in message and "only http and https" in message


@pytest.mark.parametrize(("path", "status"), [("/missing.html", "404"), ("/error", "500")])
def test_http_errors_give_the_status(server: str, path: str, status: str) -> None:
    assert f"HTTP {status}" in failure(server + path)


def test_a_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    assert "timed out" in failure(f"{server}/slow", timeout=0.3)
    assert time.monotonic() - started < 1.8


def test_a_trickling_server_is_stopped_at_the_deadline(server: str) -> None:
    started = time.monotonic()
    assert "the page took over 1.5 s" in failure(f"{server}/trickle", timeout=0.5)
    assert time.monotonic() - started < 4.0


def test_a_body_over_the_cap_is_stopped_while_streaming(server: str) -> None:
    message = failure(f"{server}/big", max_bytes=100_000)
    assert "over the limit of 100000 bytes" in message
    deadline = time.monotonic() + 5
    while "big" not in Handler.sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert Handler.sent.get("big", 0) < 10_000_000, "the whole body was read before the cap was applied"


def test_a_content_length_over_the_cap_is_refused_before_reading(server: str) -> None:
    assert "declared" in failure(f"{server}/b_chronicle.html", max_bytes=1000)


RSS_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor News</title><item>'
            "<title>Seawall approved</title><link>https://news.example/seawall</link></item></channel></rss>")
SCRIPTED_PAGE = ("<!doctype html><html><head><title>Harbor News</title></head><body>"
                 "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><div id='root'></div>"
                 "<footer>Harbor News</footer>"
                 "<script src='/app.js'></script></body></html>")


@pytest.mark.parametrize(("path", "reason"), [
    ("/rss", "is an RSS feed (application/rss+xml), not an article"),
    ("/rss-as-html", "is an RSS feed, not an article"),
    ("/app", "no article text found after reading it as html (a page that builds its story with JavaScript")])
def test_a_feed_or_a_scripted_page_is_named(server: str, path: str, reason: str) -> None:
    """A feed's address pasted for a story's, or a page built by JavaScript, is one line saying so."""
    with pytest.raises(SourcediffError) as info:
        load_many([f"{server}{path}", f"{server}/b_chronicle.html"])
    assert reason in str(info.value) and "\n" not in str(info.value)


def test_a_page_saved_as_one_file_is_read_by_url(server: str) -> None:
    """multipart/related was "not an HTML or JSON page"; it is read as a saved page's HTML."""
    first, _ = load_many([f"{server}/saved.mhtml", f"{server}/b_chronicle.html"])
    assert first.title == "Seawall vote" and "voted 7-2 on Tuesday for a $12 million seawall." in first.text


def test_a_pdf_is_not_an_article(server: str) -> None:
    assert "application/pdf, not an HTML or JSON page" in failure(f"{server}/pdf")


@pytest.mark.parametrize(("path", "reason"), [
    ("/cut", "the connection closed before the whole page arrived ("),
    ("/not-http", "the server's answer is not HTTP"),
    ("/many-headers", "the server's answer is malformed HTTP (got more than 100 headers)")])
def test_a_broken_exchange_is_said_in_plain_words(server: str, path: str, reason: str) -> None:
    """Not urllib3's nested repr ("download failed (b\\r\\n')))")."""
    message = failure(server + path, timeout=3)
    assert reason in message and "Error(" not in message and "')" not in message, message


def test_gzip_is_decoded(server: str) -> None:
    assert fetch(f"{server}/gzip").body == (STORY / "b_chronicle.html").read_bytes()


def test_a_gzip_bomb_is_stopped_without_being_inflated(server: str) -> None:
    """urllib3 before 2.6 inflated each compressed read whole: 280 MB held here (with 2.5)."""
    _bomb_body()  # built before measuring
    tracemalloc.start()
    try:
        message = failure(f"{server}/bomb", max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "over the limit of 1000000 bytes" in message
    assert peak < 32_000_000, f"{peak} bytes held: the page was inflated before the cap could stop it"


def test_the_declared_charset_is_honoured(server: str) -> None:
    article = load_many([f"{server}/cp1252"])[0]
    assert "Zoë Brandt" in article.text and "€5 million" in article.text and "café" in article.text


def test_a_refused_connection() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert "connection refused" in failure(f"http://127.0.0.1:{port}/a.html")


def test_a_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert "cannot resolve the host name" in failure("http://news.example.invalid/story")


def test_a_page_without_article_text(server: str) -> None:
    with pytest.raises(InputError, match="no article text found"):
        load_many([f"{server}/empty"])


def test_cache_then_offline(server: str, tmp_path: Path) -> None:
    url = f"{server}/hop1"
    online = load_many([url], options=LoadOptions(cache_dir=str(tmp_path)))[0]
    meta = json.loads((tmp_path / f"{cache_key(url)}.json").read_text())
    assert meta["url"] == url and meta["final_url"] == f"{server}/b_chronicle.html"
    assert meta["status"] == 200 and meta["fetched_at"] and "Content-Type" in meta["headers"]
    offline = load_many([url], options=LoadOptions(cache_dir=str(tmp_path), offline=True))[0]
    assert offline.text == online.text and offline.url == online.url
    assert offline.fetched == online.fetched


def test_offline_names_the_missing_url(tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/never-fetched.html"
    with pytest.raises(InputError, match="not in the cache"):
        load_many([url], options=LoadOptions(cache_dir=str(tmp_path), offline=True))
    with pytest.raises(ConfigError, match="--cache"):
        fetch_many([url], FetchOptions(offline=True))


def test_source_ids_of_one_site_name_their_pages(server: str) -> None:
    articles = load_many([f"{server}/b_chronicle.html", f"{server}/a_wire.txt"])
    assert [a.id for a in articles] == ["127.0.0.1-b_chronicle", "127.0.0.1-a_wire"]
    assert articles[0].path == f"{server}/b_chronicle.html" and articles[0].fetched


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sourcediff", *args], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_compare_by_url_equals_compare_by_file(server: str) -> None:
    names = sorted(p.name for p in STORY.iterdir() if p.name != "gold.json")
    labels = [arg for n in names for arg in ("-l", n.split(".")[0])]
    by_url = run("compare", *(f"{server}/{n}" for n in names), *labels, "-f", "json")
    by_file = run("compare", *(str(STORY / n) for n in names), *labels, "-f", "json")
    assert by_url.returncode == by_file.returncode == 0, by_url.stderr
    url_report, file_report = json.loads(by_url.stdout), json.loads(by_file.stdout)
    for by_web, by_disk in zip(url_report["sources"], file_report["sources"], strict=True):
        # A file with no outlet of its own is named after the site it was fetched from.
        assert by_web.pop("outlet") == (by_disk.pop("outlet") or "127.0.0.1")
        for source in (by_web, by_disk):
            assert source.pop("path") and source.pop("url") is not None
            source.pop("fetched")
    assert url_report == file_report
    fetched = json.loads(by_url.stdout)["sources"]
    assert all(s["url"].startswith(server) and s["fetched"] for s in fetched)


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing.html", "HTTP 404"), ("/pdf", "not an HTML or JSON page"), ("/loop-a", "redirect loop"),
    ("/to-file", "only http and https"), ("/empty", "no article text found"),
    ("/to-escape", "javascript:\\x1b]0;OWNED\\x07\\x1b[2J")])
def test_cli_failures_are_one_line_and_exit_2(server: str, path: str, reason: str) -> None:
    result = run("compare", f"{server}/b_chronicle.html", server + path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and server + path in lines[0] and reason in lines[0], result.stderr
    assert "\x1b" not in result.stderr  # what the server sent is shown, not obeyed


def test_cli_url_is_not_mangled_into_a_path(server: str) -> None:
    result = run("facts", f"{server}/b_chronicle.html")
    assert result.returncode == 0 and "$" in result.stdout
    bad = run("passages", "http://127.0.0.1:9/x.html", "--timeout", "2")
    assert bad.returncode == 2 and "http://127.0.0.1:9/x.html" in bad.stderr


def test_cli_offline_without_cache_is_a_usage_error() -> None:
    result = run("compare", "http://127.0.0.1:9/a.html", "http://127.0.0.1:9/b.html", "--offline")
    assert result.returncode == 2 and "--cache" in result.stderr
