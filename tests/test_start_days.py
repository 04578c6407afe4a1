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


def test_a_start_day_followed_by_what_starts_is_the_rival() -> None:
    # Two start days in one source: the grants start on 1 June ("from 1 June to repair their roofs": a "to"
    # that says what the money is for, no range's end), applications open on 12 January. A second source's
    # grants start on 1 July: its rival is 1 June, and the application day is another step.
    a = Article.from_text(
        "Ravenholt council will give schools £12,000 each from 1 June to repair their roofs, it said on "
        "Monday. Officials reviewed 84 buildings over the summer and found leaks in most of them. "
        "The council said schools could apply for the money from 12 January.",
        id="a", published="2026-11-16")
    b = Article.from_text(
        "Schools in Ravenholt will each get £12,000 for roof repairs, with grants starting from 1 July.",
        id="b", published="2026-11-18")
    rivals = {frozenset(m.raw for m in f.mentions) for f in compare([a, b]).facts
              if f.status.value == "diverge" and f.kind.value == "date"}
    assert frozenset({"1 June", "1 July"}) in rivals
    assert not [r for r in rivals if "12 January" in r]


def test_a_start_day_followed_by_what_starts_is_no_range() -> None:
    assert ("1 June", True) in _days("Ravenholt gives schools £12,000 each from 1 June to repair roofs.")
    assert ("1 June", False) in _days("The library closes from 1 June to mid-July for repairs.")
    assert ("1 June", False) in _days("The library closes from 1 June to the end of August.")
    assert ("1 June", False) in _days("The library closes from 1 June until September.")
