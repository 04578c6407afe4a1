"""A page's stated publication date is read whatever day the tool runs (issue: clock-bound dates).

htmldate bounds dates by the machine's today by default, so a page dated
after the clock lost its metadata date and got a guessed one. The pages here
are invented and dated far ahead of any run (2091), so they fail on the old
behaviour on every day until then.
"""

from __future__ import annotations

import datetime as dt

from sourcediff.ingest import html

PAGE = """<!DOCTYPE html>
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
    article = html.parse(PAGE.format(stamp="2091-03-14T06:30:00+00:00"))
    assert article.published == dt.date(2091, 3, 14)


def test_a_past_date_is_read_as_before() -> None:
    article = html.parse(PAGE.format(stamp="2024-10-02T18:05:00+01:00"))
    assert article.published == dt.date(2024, 10, 2)


def test_the_ceiling_is_a_fixed_date_not_the_clock() -> None:
    assert html.DATE_PARAMS["max_date"] == html.LATEST_PUBLICATION
    assert dt.date.fromisoformat(html.LATEST_PUBLICATION) > dt.date(2090, 1, 1)
