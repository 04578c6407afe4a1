"""A speaker's "tonight" inside a quotation is the time of speaking, not of the story (quoteddeixis.py)."""

from __future__ import annotations

import datetime as dt

from sourcediff import compare
from sourcediff.extract import extract
from sourcediff.extract.stamps import BRIEFING
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def timed(text: str, day: dt.date = dt.date(2026, 3, 10)) -> dict[str, tuple[str, ...]]:
    """The raw words of each time mention of ``text`` and its cues."""
    article = Article.from_text(text, id="a", published=day)
    return {m.raw: m.cues for m in extract(article, segment(article)) if m.kind is Kind.TIME}


def test_a_quoted_tonight_is_the_time_of_speaking() -> None:
    found = timed('"We lost tonight, and I accept it," the mayor of Brindle said.')
    assert BRIEFING in found["tonight"]


def test_the_same_words_outside_the_quotation_keep_their_reading() -> None:
    found = timed('The road into Brindle was closed last night.')
    assert BRIEFING not in found["last night"]


def test_a_quoted_time_that_names_its_day_keeps_its_reading() -> None:
    found = timed('"We reopen on Tuesday evening," the manager of the Brindle pool said.')
    assert BRIEFING not in found["Tuesday evening"]


def test_a_quoted_tonight_is_no_rival_of_another_outlets_early_hours() -> None:
    a = Article.from_text("Brindle mayor loses seat\n\nMayor Ada Quill conceded at 1:20 a.m. in a speech to "
                          "supporters at the town hall.\n\n\"The town has spoken, and tonight I accept its "
                          "verdict,\" she said.", id="a", published=dt.date(2026, 3, 9))
    b = Article.from_text("Quill concedes\n\nOutgoing mayor Ada Quill conceded in the early hours of Monday, "
                          "telling supporters: \"The town has spoken, and tonight I accept its verdict.\"",
                          id="b", published=dt.date(2026, 3, 10))
    c = Article.from_text("After the count\n\nIn her concession speech early on Monday, Ms Quill told "
                          "supporters: \"The town has spoken, and I accept its verdict.\"", id="c",
                          published=dt.date(2026, 3, 11))
    times = [f for f in compare([a, b, c]).to_dict()["facts"] if f["kind"] == "time"]
    assert not any(f["status"] == "diverge" for f in times)
    agreed = [sorted(m["text"] for m in f["mentions"]) for f in times if f["status"] == "agree"]
    assert ["early hours", "early on Monday"] in agreed
