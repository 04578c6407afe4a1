"""A first-time user's articles (newuser7): text copied from a browser, schedule tenses, stamps, XML by URL.

Every text here is invented.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from sourcediff import Article, compare
from sourcediff.errors import SourcediffError
from sourcediff.extract import dates
from sourcediff.extract.chrome import is_chrome
from sourcediff.ingest import load_many, parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Kind, Verdict
from sourcediff.render import RenderOptions
from sourcediff.render.terminal import render_terminal_text

TUESDAY = dt.date(2026, 3, 3)


def _day(sentence: str, published: dt.date = TUESDAY) -> dt.date | None:
    (found,) = dates.find(sentence, published)
    return found.value.start


def _article_dates(text: str, published: str) -> list[dt.date | None]:
    report = compare([Article.from_text(text, id="a", published=published),
                      Article.from_text("The council met.", id="b", published=published)])
    return [m.value.start for f in report.facts for m in f.mentions  # type: ignore[union-attr]
            if f.kind is Kind.DATE and m.source == "a"]


# --- a schedule's present tense looks ahead -------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Work begins on Monday, the mayor said.",
    "The new ferry service starts Monday.",
    "The library reopens on Monday after a month of repairs.",
    "The consultation closes on Monday at noon.",
])
def test_a_schedule_in_the_present_takes_the_coming_day(sentence: str) -> None:
    """Said on a Tuesday, "begins on Monday" is six days ahead, not the day before."""
    assert _day(sentence) == dt.date(2026, 3, 9)


@pytest.mark.parametrize("sentence", [
    "The trial began on Monday.",
    "Crews gained ground after wind-driven runs on Monday pushed the fire east.",
    "The pitcher, who has struggled in his starts on Monday nights, was dropped.",
])
def test_a_past_form_or_a_plural_noun_is_no_schedule(sentence: str) -> None:
    assert _day(sentence) == dt.date(2026, 3, 2)


def test_a_show_that_opens_in_a_month_to_come_is_next_year_s() -> None:
    assert _day("The exhibition opens in April.", dt.date(2026, 12, 3)) == dt.date(2027, 4, 1)


# --- an adjective in "-ed" after a date is no past tense ------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Beginning April 29, customers interested in the new tablet can register online.",
    "From April 29, residents concerned about the noise may call a hotline.",
])
def test_an_adjective_after_a_coming_day_keeps_it_this_year(sentence: str) -> None:
    """Read as a past verb, "interested" sent April 29 (five days ahead) back to the year before."""
    assert _article_dates(sentence, "2026-04-24") == [dt.date(2026, 4, 29)]


def test_a_past_verb_after_the_date_still_looks_back() -> None:
    assert _article_dates("In May, prices jumped at the pump.", "2026-04-24") == [dt.date(2025, 5, 1)]


# --- a state reached by a clock time against a later part of day --------------------------------

SURVEYED = ("The fire marshal surveyed the scene on Tuesday afternoon to help determine the cause of the "
            "warehouse fire.")


def _time_divergences(first: str) -> list[str]:
    report = compare([Article.from_text(first, id="a", published="2024-03-05"),
                      Article.from_text(SURVEYED, id="b", published="2024-03-05")])
    return [f.summary for f in report.facts if f.kind is Kind.TIME and f.status is Verdict.DIVERGE]


@pytest.mark.parametrize("state", [
    "Investigators were at the scene by 9 a.m. to help determine the cause of the warehouse fire.",
    "Investigators were on the scene by 9 a.m. to help determine the cause of the warehouse fire.",
    "Investigators were back at the scene by 9 a.m. to help determine the cause of the warehouse fire.",
])
def test_a_state_reached_by_a_time_is_no_rival_of_a_later_part_of_day(state: str) -> None:
    """"Were at the scene by 9 a.m." lasts into the afternoon another source surveys the scene in."""
    assert _time_divergences(state) == []


@pytest.mark.parametrize("event", [
    "Investigators surveyed the scene at 9 a.m. to help determine the cause of the warehouse fire.",
    "Investigators were at the scene by 9 p.m. to help determine the cause of the warehouse fire.",
])
def test_an_event_at_a_clock_time_or_a_later_bound_still_rivals_a_part_of_day(event: str) -> None:
    """A moment, or a state reached only after the afternoon ended, still contradicts "afternoon"."""
    assert _time_divergences(event) != []


# --- a byline's publication time is no unique detail ----------------------------------------------

PASTED = """Harbor council approves ferry terminal
By Mara Quint, Shoreline Courier
Published 8:02 p.m. ET March 3, 2026 | Updated 9:15 p.m. ET March 3, 2026
Share
Facebook
Twitter
Email
The Harbor council on Tuesday approved a $48 million ferry terminal by a 7-2 vote.
Advertisement
Construction is to start on Monday, Mayor Elena Brandt said.
"""
OTHER = ("Harbor councillors approved a $48 million ferry terminal on Tuesday in a 7-2 vote. Work starts on "
         "Monday, Mayor Elena Brandt said.")


def _pasted_report() -> tuple[object, str, str]:
    (pasted,) = parse_raw(RawInput("pasted.txt", PASTED), ".txt")
    assert isinstance(pasted, Article)
    report = compare([pasted, Article.from_text(OTHER, id="other", published="2026-03-03")])
    plain = render_terminal_text(report, RenderOptions(width=200, color=False))
    everything = render_terminal_text(report, RenderOptions(width=200, color=False, show_all=True))
    return report, plain, everything


def test_publication_stamps_are_left_out_of_unique_details_unless_all() -> None:
    _, plain, everything = _pasted_report()
    assert "8:02 p.m." not in plain and "9:15 p.m." not in plain
    assert "byline stamps) not listed as unique; --all lists them" in plain
    assert "8:02 p.m." in everything


def test_share_buttons_pasted_with_the_story_are_no_organizations() -> None:
    report, plain, _ = _pasted_report()
    orgs = {m.raw for f in report.facts for m in f.mentions if f.kind is Kind.ORG}  # type: ignore[attr-defined]
    assert "Facebook" not in orgs and "Twitter" not in orgs
    assert "$48 million in 2 sources" in plain


@pytest.mark.parametrize("line", [
    "Share", "Facebook", "Share on Facebook Share on X Email this article", "12 Comments", "Advertisement",
    "Print this page", "Copy link", "WhatsApp | LinkedIn | Reddit"])
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "Facebook said on Monday it would close its Dublin office.",
    "Share prices fell 4%.",
    "Email records show the deal was signed in May.",
    "Advertisement spending rose to $2 billion."])
def test_sentences_that_open_with_a_chrome_word_are_kept(line: str) -> None:
    assert not is_chrome(line)


def test_a_company_named_in_a_sentence_is_still_found() -> None:
    report = compare([Article.from_text("Facebook said on Monday it would close its Dublin office.", id="a"),
                      Article.from_text("Facebook will shut its Dublin office, the firm said.", id="b")])
    assert any(f.kind is Kind.ORG for f in report.facts)


# --- XML served as application/xml or text/xml is read by its content -----------------------------

FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor News</title><item>'
        "<title>Ferry terminal approved</title><link>https://news.example/ferry</link></item></channel></rss>")
XHTML = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
         "<title>Ferry terminal approved</title></head><body><article><h1>Ferry terminal approved</h1>"
         "<p>Harbor councillors approved a $48 million ferry terminal on Tuesday in a 7-2 vote.</p>"
         "<p>Work starts on Monday and is to take 18 months.</p></article></body></html>")
PAGE = ("<html><head><title>Ferry vote</title></head><body><article><p>The council approved the $48 million "
        "ferry terminal on Tuesday by seven votes to two, officials said.</p></article></body></html>")


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, str]]] = {
        "/feed.xml": ("application/xml", FEED),
        "/feed-text.xml": ("text/xml", FEED),
        "/page.xhtml": ("application/xml", XHTML),
        "/page.html": ("text/html", PAGE),
    }

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class names it
        pass

    def do_GET(self) -> None:
        kind, body = self.routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("path", ["/feed.xml", "/feed-text.xml"])
def test_a_feed_served_as_generic_xml_is_named_as_a_feed(server: str, path: str) -> None:
    """python -m http.server serves a saved feed as application/xml: it was "not an HTML or JSON page"."""
    with pytest.raises(SourcediffError) as info:
        load_many([f"{server}{path}", f"{server}/page.html"])
    assert "is an RSS feed, not an article" in str(info.value) and "\n" not in str(info.value)


def test_an_xhtml_page_served_as_generic_xml_is_read(server: str) -> None:
    first, _ = load_many([f"{server}/page.xhtml", f"{server}/page.html"])
    assert first.title == "Ferry terminal approved" and "$48 million ferry terminal" in first.text
