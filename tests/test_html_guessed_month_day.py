"""A page date htmldate guessed from a year and month in a path is no date; the byline's is.

htmldate reads "/media/2026/03/" in an image or link path as 1 March 2026 when
the page has no date metadata. Every "yesterday" and "on Friday" of the story
then counted from that first of the month, weeks away from the byline's day,
and the other sources' agreeing days read as divergences.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sourcediff.ingest import load
from sourcediff.ingest.dates import page_date
from sourcediff.ingest.html import byline_page_date

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">{meta}<title>Tram depot plan approved | The Eastbank Times</title></head>
<body>
<div class="cookie-notice"><p>This site uses cookies. <button>OK</button></p></div>
<header><nav><ul><li><a href="/local">Local</a></li>
<li><a href="/business">Business</a></li></ul></nav></header>
<main><article>
  <h1>Councillors approve new tram depot on the old gasworks site</h1>
  <div class="article-byline">By Idris Penhale, Transport Reporter{byline}</div>
  <figure><img src="/media/2026/03/depot-render.jpg" alt="">
  <figcaption>An artist's view of the depot.</figcaption></figure>
  <p>Councillors approved a new tram depot on the former gasworks site yesterday, ending two years of
  argument over where the city's extended fleet would be kept and serviced overnight.</p>
  <p>The depot will hold 34 trams and employ about 120 people, the transport authority said, and the
  first vehicles are due to move in before the extension to the university opens.</p>
  <p>Residents of the streets behind the site asked for a noise wall, which the authority agreed to
  build along the northern boundary before work on the sheds begins.</p>
</article></main>
<footer><p>&copy; 2026 Eastbank Media.</p></footer>
</body></html>
"""


def _page(tmp_path: Path, byline: str = "", meta: str = "") -> Path:
    path = tmp_path / "depot.html"
    path.write_text(PAGE.format(byline=byline, meta=meta), encoding="utf-8")
    return path


def test_the_byline_date_wins_over_a_month_in_an_image_path(tmp_path: Path) -> None:
    page = _page(tmp_path, " &middot; Wednesday 22 April 2026")
    assert load(page).published == dt.date(2026, 4, 22)


def test_a_month_in_a_path_alone_gives_no_date(tmp_path: Path) -> None:
    assert load(_page(tmp_path)).published is None


def test_a_first_of_the_month_the_page_writes_is_kept(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2026-04-01T08:00:00+01:00">'
    assert load(_page(tmp_path, meta=meta)).published == dt.date(2026, 4, 1)


def test_page_date_drops_an_unwritten_first_and_keeps_other_days() -> None:
    assert page_date("2026-03-01", '<img src="/media/2026/03/a.jpg">') is None
    assert page_date("2026-03-01", "<p>Posted 1 March 2026</p>") == dt.date(2026, 3, 1)
    assert page_date("2026-03-01", '<a href="/news/2026/03/01/depot">') == dt.date(2026, 3, 1)
    assert page_date("2026-03-14", '<img src="/media/2026/03/a.jpg">') == dt.date(2026, 3, 14)


def test_byline_page_date_reads_only_a_whole_date_field() -> None:
    assert byline_page_date('<p class="Byline">By Ana Ruiz | 3 June 2026</p>') == dt.date(2026, 6, 3)
    # a month and year is no full date: no day is guessed
    assert byline_page_date('<p class="byline">By Ana Ruiz | June 2026</p>') is None
    assert byline_page_date('<div class="update-note">Updated every morning</div>') is None
