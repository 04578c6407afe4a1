"""A publication date on a line of its own under the headline is no passage of a dated article.

A weekly's Markdown page writes "*Saturday 7 March 2026*" under its
headline with no "By" before it: the line says when the page was published,
not what happened. Kept as a passage, it aligned with another outlet's
fact-box line that shared its year, a wrong pair. Only a short line that is
nothing but a date (and perhaps a clock) among the top blocks; a sentence or
a heading that opens with a date stays, and an undated article keeps the
line, its only word of when it was written.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare  # noqa: F401  (loads the package in its import order)
from sourcediff.bylines import is_date_line
from sourcediff.segment import bylines_above, segment

BODY = ("Ferris Road pool shuts for repairs\n\n"
        "{line}\n\n"
        "The Ferris Road pool in Dunholm closed on Friday after a crack was found in its main tank.\n\n"
        "The council said repairs would take about six weeks.\n")


def _texts(line: str, published: dt.date | None) -> list[str]:
    article = Article(id="s", text=BODY.format(line=line), published=published)
    return [p.text for p in segment(article)]


def test_a_top_date_line_of_a_dated_article_is_no_passage() -> None:
    for line in ("Saturday 7 March 2026", "Sat, Mar. 7, 2026 | 8:10am", "2026-03-07"):
        texts = _texts(line, dt.date(2026, 3, 7))
        assert line not in texts, line
        assert any(t.startswith("The Ferris Road pool") for t in texts)
    article = Article(id="s", text=BODY.format(line="Saturday 7 March 2026"), published=dt.date(2026, 3, 7))
    assert bylines_above(article) == 1


def test_an_undated_article_keeps_its_date_line() -> None:
    assert "Saturday 7 March 2026" in _texts("Saturday 7 March 2026", None)


def test_sentences_and_headings_that_open_with_a_date_stay() -> None:
    for line in ("Saturday 7 March: what we know", "7 March 2026 was the wettest day of the year.",
                 "Saturday 7 March 2026 · your weekly paper for Dunholm", "Mayor 2026",
                 "Dunholm Echo | Saturday 7 March 2026"):
        assert not is_date_line(line), line
        assert line in _texts(line, dt.date(2026, 3, 7)), line
