"""Two sources' different days each given as the day something starts diverge, aligned or not."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergestarts import start_day
from sourcediff.extract import dates
from sourcediff.segment import segment


def _days(text: str) -> list[tuple[str, bool]]:
    article = Article.from_text(text, id="t", published="2026-05-14")
    return [(m.raw, start_day(text, m)) for m in dates.extract(article, segment(article))]


def test_start_words_make_a_start_day() -> None:
    assert ("September 1", True) in _days("The new parking charges take effect on September 1.")
    assert ("1 September 2026", True) in _days("Charges apply with effect from 1 September 2026.")
    assert ("September 1", True) in _days("Parking in Holmfirth will cost more from September 1.")


def test_a_range_or_a_plain_day_is_no_start_day() -> None:
    assert ("July 21", False) in _days("The festival runs from July 21 to August 6 in Holmfirth.")
    assert ("May 13", False) in _days("The council met on May 13 to discuss parking.")


def test_rival_start_days_in_unaligned_sentences_diverge() -> None:
    a = Article.from_text(
        "Holmfirth council on Wednesday approved higher parking charges for the town centre. "
        "The new charges take effect on September 1. An hour will cost $3.20.",
        id="a", published="2026-05-14")
    b = Article.from_text(
        "Drivers face a parking shock after councillors backed a rise on Wednesday. "
        "Parking charges in the town centre jump to $3.20 an hour from October 1, the council said.",
        id="b", published="2026-05-14")
    starts = [f for f in compare([a, b]).facts
              if {m.raw for m in f.mentions} >= {"September 1", "October 1"}]
    assert starts and starts[0].status.value == "diverge"


def test_two_things_starting_on_different_days_do_not_diverge() -> None:
    a = Article.from_text(
        "Holmfirth council on Wednesday approved higher parking charges for the town centre. "
        "The new charges take effect on September 1. An hour will cost $3.20.",
        id="a", published="2026-05-14")
    b = Article.from_text(
        "Holmfirth councillors backed dearer parking on Wednesday. Under the new rules, residents' permits "
        "for the old town rise from $40 to $48 from October 1, the council said.",
        id="b", published="2026-05-14")
    assert not [f for f in compare([a, b]).facts if f.status.value == "diverge"
                and {m.raw for m in f.mentions} >= {"September 1", "October 1"}]


def test_the_same_start_day_written_two_ways_agrees() -> None:
    a = Article.from_text("The new parking charges take effect on September 1 in Holmfirth.", id="a",
                          published="2026-05-14")
    b = Article.from_text("Holmfirth parking goes up with effect from 1 September 2026.", id="b",
                          published="2026-05-14")
    statuses = {f.status.value for f in compare([a, b]).facts
                if {"September 1", "1 September 2026"} <= {m.raw for m in f.mentions}}
    assert statuses == {"agree"}
