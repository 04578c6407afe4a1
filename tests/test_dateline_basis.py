"""An undated article dated by its dateline says so: "from own dateline", not "from own byline".

A press release's "MARLOW HEIGHTS, Sept. 3, 2026 /PRWire/ --" is where and
when it was filed. The report named it "own byline", which sent a reader
looking for an author's stamp the page does not have. The date is the
same; only the label of where it came from changes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse
from sourcediff.render.view import published
from sourcediff.undated import BYLINE, DATELINE, in_dateline, infer_date, resolve_undated


def inferred(text: str) -> tuple[dt.date, str] | None:
    info = analyse(Article.from_text(text, id="u"))
    found = infer_date(info, [info])
    return None if found is None else (found.date, found.basis)


@pytest.mark.parametrize(("text", "expected"), [
    # a press release's wire dateline
    ("FOR IMMEDIATE RELEASE\n\nMARLOW HEIGHTS, Sept. 3, 2026 /PRWire/ -- Vantor Water said it will raise"
     " rates on Friday.", (dt.date(2026, 9, 3), DATELINE)),
    # a plain wire dateline with a dash
    ("KESTREL BAY, June 11, 2026 - The harbour bridge closed on Friday.", (dt.date(2026, 6, 11), DATELINE)),
    # a place and its region before the date
    ("PORT ALDER, Cascadia, March 2, 2026 - Ferries stopped on Monday.", (dt.date(2026, 3, 2), DATELINE)),
    # an author's stamp stays a byline
    ("Updated: June 11, 2026\n\nThe bridge closed on Friday.", (dt.date(2026, 6, 11), BYLINE)),
    ("Published June 11, 2026 9:40 AM\n\nThe bridge closed on Friday.", (dt.date(2026, 6, 11), BYLINE)),
    # a dated sentence in the body dates nothing
    ("The bridge closed on Friday.\n\nIt reopened on June 11, 2026, officials said.", None),
])
def test_the_basis_names_where_the_date_was_read(text: str, expected: tuple[dt.date, str] | None) -> None:
    assert inferred(text) == expected


def test_the_report_line_says_dateline() -> None:
    text = "MARLOW HEIGHTS, Sept. 3, 2026 /PRWire/ -- Vantor Water said on Tuesday it will raise rates."
    info, = resolve_undated((analyse(Article.from_text(text, id="u")),))
    assert published(info) == "undated (read as 2026-09-03, from own dateline)"


def test_a_dateline_date_resolves_weekdays_as_a_byline_does() -> None:
    # the dateline is the article's own date: "Tuesday" is the Tuesday before it, not left unresolved
    text = "MARLOW HEIGHTS, Sept. 3, 2026 /PRWire/ -- Vantor Water said on Tuesday it will raise rates."
    info, = resolve_undated((analyse(Article.from_text(text, id="u")),))
    days = [m.value for m in info.mentions if m.raw == "Tuesday"]
    assert [(v.start, v.end) for v in days] == [(dt.date(2026, 9, 1), dt.date(2026, 9, 1))]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("line", "expected"), [
    ("WASHINGTON, April 28, 2009 - ", True),
    ("Posted by the desk, April 28, 2009", False),
    ("The council met, April 28, 2009", False),
])
def test_in_dateline(line: str, expected: bool) -> None:
    text = "Headline\n" + line
    assert in_dateline(text, text.index("April")) is expected
