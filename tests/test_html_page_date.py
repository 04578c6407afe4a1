"""A web page's date: read from its byline even when it lies past the machine's clock, never guessed
from a copyright year (ingest/html.py ``DATE_PARAMS``, ingest/dates.py ``page_date``)."""

from __future__ import annotations

import datetime as dt

from sourcediff.ingest import html
from sourcediff.ingest.dates import page_date

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry service back after storm | The Harbour Post</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Ferry service back after storm</h1>
<p class="byline">By Ana Ruiz &middot; {byline}</p>
<p>The island ferry sailed again yesterday after two days in port, the operator said.</p>
<p>About 400 passengers had been waiting at the terminal since Thursday, and extra crossings were
added for the weekend.</p>
<p>"We are sorry for the disruption and thank everyone for their patience," said Tom Hale, the
operator's head of services.</p>
</article></main>
<footer><p>&copy; {year} Harbour Post Media. All rights reserved.</p></footer>
</body></html>
"""


def _page(day: dt.date, *, byline: bool = True) -> str:
    written = f"{day:%A} {day.day} {day:%B %Y}, 06:00 GMT" if byline else "World reporter"
    return PAGE.format(byline=written, year=day.year)


def test_a_byline_dated_after_the_clock_is_still_the_pages_date() -> None:
    # A page from a time zone ahead, or read on a machine whose clock is behind, was dated by its
    # footer's copyright year as January 1, and its "yesterday" went back a year.
    ahead = dt.date.today() + dt.timedelta(days=9)
    assert html.parse(_page(ahead)).published == ahead


def test_a_byline_dated_before_the_clock_is_read_as_before() -> None:
    past = dt.date.today() - dt.timedelta(days=40)
    assert html.parse(_page(past)).published == past


def test_a_copyright_year_alone_dates_nothing() -> None:
    # No day is written on the page: January 1 of the footer's year would be a guess.
    assert html.parse(_page(dt.date(2025, 6, 3), byline=False)).published is None


def test_january_first_counts_when_the_page_writes_it() -> None:
    assert page_date("2026-01-01", "<p>Published 1 January 2026</p>") == dt.date(2026, 1, 1)
    assert page_date("2026-01-01", "<p>Updated Jan. 1, 2026, 9:00</p>") == dt.date(2026, 1, 1)
    assert page_date("2026-01-01", "<time>01/01/2026</time>") == dt.date(2026, 1, 1)
    assert page_date("2026-01-01", '<meta content="2026-01-01T08:00">') == dt.date(2026, 1, 1)


def test_january_first_from_a_copyright_line_is_dropped() -> None:
    assert page_date("2026-01-01", "<footer>&copy; 2026 Harbour Post Media</footer>") is None
    # "1 Jan" inside a longer number is no date.
    assert page_date("2026-01-01", "<p>Call 011 Janssen on 2026</p>") is None


def test_other_days_pass_unchanged() -> None:
    assert page_date("2026-03-14", "") == dt.date(2026, 3, 14)
    assert page_date("", "<p>&copy; 2026</p>") is None


def test_the_ceiling_lies_far_past_any_clock() -> None:
    assert html.DATE_PARAMS["max_date"] > (dt.date.today() + dt.timedelta(days=366)).isoformat()
    assert html.DATE_PARAMS["original_date"] is True
