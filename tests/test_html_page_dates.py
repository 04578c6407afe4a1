"""An HTML page's publication date is the page's, never the reader's clock or a guessed day.

Relative words ("yesterday", "on Tuesday") resolve against this date, so a
wrong one turns every agreeing day in a story into a false divergence.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sourcediff.ingest import load
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
