"""An HTML page's publication date is the page's, never the reader's clock or a guessed day.

Relative words ("yesterday", "on Tuesday") resolve against this date, so a
wrong one turns every agreeing day in a story into a false divergence.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sourcediff.ingest import html, load
from sourcediff.ingest.dates import page_date

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8">{meta}<title>Harbour ferry fares to rise | The Quayside Herald</title></head>
<body>
<header><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
  <h1>Harbour ferry fares to rise by a fifth from spring</h1>
  <p class="byline">By Morag Tulloch{byline}</p>
  <p>Ferry fares across the harbour will rise by about a fifth from April, the operator announced yesterday,
  blaming the cost of fuel and a new pier levy charged by the port authority.</p>
  <p>A single adult crossing goes from 2.40 to 2.90, while season tickets for commuters rise by 14 per cent.
  The operator said it had held fares for three years and could no longer absorb rising costs.</p>
  <p>Passenger groups said the rise would hit shift workers hardest, because the early crossings have
  no cheaper alternative and the bridge road adds forty minutes to the journey each way.</p>
</article></main>
<footer><p>&copy; 2026 Quayside Media Ltd. All rights reserved.</p></footer>
</body></html>
"""


def _page(tmp_path: Path, byline: str = "", meta: str = "") -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(byline=byline, meta=meta), encoding="utf-8")
    return path


def test_a_byline_date_after_the_machines_clock_is_kept(tmp_path: Path) -> None:
    ahead = dt.date.today() + dt.timedelta(days=400)
    byline = f" &middot; {ahead:%A} {ahead.day} {ahead:%B %Y}, 06:15 GMT"
    assert load(_page(tmp_path, byline)).published == ahead


def test_a_byline_date_in_the_past_is_read_as_before(tmp_path: Path) -> None:
    page = _page(tmp_path, " &middot; Tuesday 17 November 2026, 07:40 GMT")
    assert load(page).published == dt.date(2026, 11, 17)


def test_a_copyright_year_alone_gives_no_date(tmp_path: Path) -> None:
    # no byline date: the footer's year must not become 1 January
    assert load(_page(tmp_path)).published is None


@pytest.mark.parametrize("byline, meta", [
    (" &middot; Thursday 1 January 2026, 09:00 GMT", ""),
    ("", '<meta property="article:published_time" content="2026-01-01T09:00:00Z">'),
])
def test_a_written_first_of_january_is_kept(tmp_path: Path, byline: str, meta: str) -> None:
    assert load(_page(tmp_path, byline, meta)).published == dt.date(2026, 1, 1)


@pytest.mark.parametrize("raw, expected", [
    ("Posted 01/01/2027 by the desk", dt.date(2027, 1, 1)),
    ("New Year's Day, Jan. 1st", dt.date(2027, 1, 1)),
    ("updated January 01", dt.date(2027, 1, 1)),
    ("(c) 2027 Quayside Media", None),
    ("talks resume on January 10 and 11 January", None),
    ("fares frozen since 2017-01-015", None),
])
def test_page_date_keeps_a_first_of_january_only_when_written(raw: str, expected: dt.date | None) -> None:
    assert page_date("2027-01-01", raw) == expected


def test_page_date_passes_other_days_through() -> None:
    assert page_date("2027-03-05", "no date written here") == dt.date(2027, 3, 5)
    assert page_date("", "anything") is None


# A page whose metadata states a date decades after any run (from the poultrycull story's fix).
META_STAMP_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Harbour ferry fares to rise in spring | The Quayside Post</title>
<meta property="article:published_time" content="{stamp}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Harbour ferry fares to rise in spring</h1>
<p class="byline">By Owen Hale, Transport Reporter</p>
<p>Return fares on the harbour ferry will rise by 40p from the first week of April, the operator said
yesterday, blaming fuel costs and a new crew agreement.</p>
<p>The operator carried 1.3 million passengers last year, up from 1.1 million the year before, and says
the rise is the first in three years.</p>
<p>Commuters at the north quay said the increase would hit those who cross twice a day hardest.</p>
</article></main>
<footer><p>&copy; The Quayside Post. All rights reserved.</p></footer>
</body></html>
"""


def test_a_date_after_today_is_read_from_the_metadata() -> None:
    article = html.parse(META_STAMP_PAGE.format(stamp="2091-03-14T06:30:00+00:00"))
    assert article.published == dt.date(2091, 3, 14)


def test_a_past_date_is_read_as_before() -> None:
    article = html.parse(META_STAMP_PAGE.format(stamp="2024-10-02T18:05:00+01:00"))
    assert article.published == dt.date(2024, 10, 2)


def test_the_ceiling_is_a_fixed_date_not_the_clock() -> None:
    assert html.DATE_PARAMS["max_date"] == html.LATEST_PUBLICATION
    assert dt.date.fromisoformat(html.LATEST_PUBLICATION) > dt.date(2090, 1, 1)


# A byline date a few days past the clock, and a page that writes no day (from the canalblock story's fix).
BYLINE_PAGE = """<!DOCTYPE html>
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


def _byline_page(day: dt.date, *, byline: bool = True) -> str:
    written = f"{day:%A} {day.day} {day:%B %Y}, 06:00 GMT" if byline else "World reporter"
    return BYLINE_PAGE.format(byline=written, year=day.year)


def test_a_byline_dated_after_the_clock_is_still_the_pages_date() -> None:
    # A page from a time zone ahead, or read on a machine whose clock is behind, was dated by its
    # footer's copyright year as January 1, and its "yesterday" went back a year.
    ahead = dt.date.today() + dt.timedelta(days=9)
    assert html.parse(_byline_page(ahead)).published == ahead


def test_a_byline_dated_before_the_clock_is_read_as_before() -> None:
    past = dt.date.today() - dt.timedelta(days=40)
    assert html.parse(_byline_page(past)).published == past


def test_a_copyright_year_alone_dates_nothing() -> None:
    # No day is written on the page: January 1 of the footer's year would be a guess.
    assert html.parse(_byline_page(dt.date(2025, 6, 3), byline=False)).published is None


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


# A page whose images and links sit under year/month folders: htmldate, finding no
# date it trusts, reads the month from the path and reports the 1st of it.
FOLDER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Lock gates fail on the Ashby canal | Midvale Radio</title></head>
<body>
<div class="cookies"><p>This site uses cookies.</p><button>OK</button></div>
<nav><a href="/news">News</a> <a href="/travel">Travel</a></nav>
<main><article>
  <h1>Lock gates fail on the Ashby canal, stranding narrowboats</h1>
  <p class="meta">By Dev Kapoor, Midvale Radio{stamp}</p>
  <figure><img src="/media/2025/03/lock-gates.jpg" alt="Lock gates">
  <figcaption>The broken gates at Lock 9</figcaption></figure>
  <p>Two sets of lock gates on the Ashby canal gave way on Monday night, draining a two-mile stretch
  and leaving about thirty narrowboats resting on the mud, the waterways trust said yesterday.</p>
  <p>Engineers expect repairs to take at least three weeks. Boaters have been offered moorings further
  north, and the towpath between the two locks is closed to walkers and cyclists until further notice.</p>
  <p>The trust said the gates were due for replacement next year
  and had passed an inspection in the autumn.</p>
</article></main>
<aside><h3>More stories</h3>
<ul><li><a href="/news/2025/03/bridge-repairs">Bridge repairs begin</a></li></ul></aside>
</body></html>
"""


def test_a_month_folder_in_a_path_is_no_publication_day() -> None:
    # "/2025/03/" gives no day: the byline's "Published" line does.
    page = FOLDER_PAGE.format(stamp=" &middot; Published 19 March 2025, 08:10 GMT")
    assert html.parse(page).published == dt.date(2025, 3, 19)


def test_a_month_folder_alone_dates_nothing() -> None:
    # Without a written date the 1st of the path's month would be a guess.
    assert html.parse(FOLDER_PAGE.format(stamp="")).published is None


@pytest.mark.parametrize("raw, expected", [
    ('<img src="/media/2025/03/lock.jpg">', None),
    ("<p>Updated 1 March 2025</p>", dt.date(2025, 3, 1)),
    ("<p>Posted Mar. 1st</p>", dt.date(2025, 3, 1)),
    ("<time>2025-03-01T09:00</time>", dt.date(2025, 3, 1)),
    ("<p>01/03/2025</p>", dt.date(2025, 3, 1)),
    # the 1st of another month, or a day that only starts with 1, is not this one
    ("<p>Updated 1 April 2025 and 11 March 2025</p>", None),
])
def test_page_date_keeps_a_first_of_the_month_only_when_written(raw: str, expected: dt.date | None) -> None:
    assert page_date("2025-03-01", raw) == expected
