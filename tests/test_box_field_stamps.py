"""A fact box's "Date and time:" line is an event's day and clock, not a byline (invented text).

A date beside a clock with no prose before it reads as a byline's stamp, and
stamps are left out of the facts; a labelled field line whose day lies
months from the article's own date is a fact box's, so its day and clock
count as the event's.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.extract import dates, times
from sourcediff.extract.stamps import STAMP
from sourcediff.segment import segment

BOX = ("A Brenmoor constable has been dismissed after a misconduct panel found he used a Taser "
       "without need.\n\n"
       "- Date and time: 9 May 2026, 22:40 GMT, Eastgate, Brenmoor.\n"
       "- Subject: Colm Ardagh, 27, arrested; no charge followed.\n")


def _stamped(text: str, published: str) -> list[tuple[str, bool]]:
    article = Article.from_text(text, id="s0", published=published)
    passages = segment(article)
    found = (*dates.extract(article, passages), *times.extract(article, passages))
    return sorted((m.raw, STAMP in m.cues) for m in found if m.raw in ("9 May 2026", "22:40 GMT"))


def test_a_labelled_field_months_from_the_article_date_is_no_stamp() -> None:
    assert _stamped(BOX, "2026-12-07") == [("22:40 GMT", False), ("9 May 2026", False)]


def test_a_labelled_field_of_the_article_date_stays_a_stamp() -> None:
    assert _stamped(BOX, "2026-05-10") == [("22:40 GMT", True), ("9 May 2026", True)]


def test_a_stamp_word_label_stays_a_stamp() -> None:
    text = BOX.replace("Date and time:", "Updated:")
    assert _stamped(text, "2026-12-07") == [("22:40 GMT", True), ("9 May 2026", True)]


def test_a_byline_line_without_a_label_stays_a_stamp() -> None:
    text = "By Ana Pell\n9 May 2026, 22:40 GMT\n\n" + BOX.split("\n\n")[0]
    assert _stamped(text, "2026-12-07") == [("22:40 GMT", True), ("9 May 2026", True)]


def test_no_published_date_keeps_the_stamp() -> None:
    article = Article.from_text(BOX, id="s0")
    found = dates.extract(article, segment(article))
    assert [STAMP in m.cues for m in found if m.raw == "9 May 2026"] == [True]

