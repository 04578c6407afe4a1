"""Two sources' different days for when one inquiry was opened diverge, though their sentences never align."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergeopenings import opened_work
from sourcediff.extract import dates
from sourcediff.segment import segment


def _days(text: str) -> list[tuple[str, str | None]]:
    article = Article.from_text(text, id="t", published="2026-09-20")
    return [(m.raw, opened_work(text, m)) for m in dates.extract(article, segment(article))]


def test_opening_words_name_the_work_opened() -> None:
    assert ("June 4", "investigation") in _days("The ombudsman launched a formal probe on June 4.")
    assert ("11 May", "inquiry") in _days("The council's enquiry, opened on 11 May, heard from 40 residents.")
    assert ("July 2", "review") in _days("The rail timetable review was started on July 2.")


def test_a_day_of_something_else_is_no_opening_day() -> None:
    assert ("June 4", None) in _days("The inquiry heard evidence on June 4 from the harbour master.")
    assert ("June 4", None) in _days("The museum opened its doors on June 4 after a long refit.")


def test_rival_opening_days_in_unaligned_sentences_diverge() -> None:
    a = Article.from_text(
        "The water regulator fined Brenmoor Water 12 million euros on Tuesday over sewage spills. "
        "The regulator opened its investigation on April 7 after complaints from anglers.",
        id="a", published="2026-09-20")
    b = Article.from_text(
        "Anglers on the river Dane cheered a record penalty for Brenmoor Water. "
        "The investigation, opened on April 17, found the company had hidden 300 spills from inspectors.",
        id="b", published="2026-09-21")
    opened = [f for f in compare([a, b]).facts if {m.raw for m in f.mentions} >= {"April 7", "April 17"}]
    assert opened and opened[0].status.value == "diverge"


def test_two_openings_in_one_source_make_no_rival() -> None:
    a = Article.from_text(
        "The regulator opened its investigation on April 7. An earlier investigation, opened on "
        "March 2, was closed without action.",
        id="a", published="2026-09-20")
    b = Article.from_text(
        "Anglers welcomed the fine. The investigation, opened on April 17, found 300 hidden spills.",
        id="b", published="2026-09-21")
    assert not [f for f in compare([a, b]).facts if f.status.value == "diverge"
                and {m.raw for m in f.mentions} >= {"March 2", "April 17"}]


def test_the_same_opening_day_written_two_ways_agrees() -> None:
    a = Article.from_text("The regulator opened its investigation on April 7 after complaints.", id="a",
                          published="2026-09-20")
    b = Article.from_text("Its investigation, opened on 7 April, found 300 hidden spills.", id="b",
                          published="2026-09-21")
    statuses = {f.status.value for f in compare([a, b]).facts
                if {"April 7", "7 April"} <= {m.raw for m in f.mentions}}
    assert statuses == {"agree"}
