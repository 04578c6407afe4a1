"""A bare figure with its signed change in brackets ("Harbour Party (HP): 96 (+12)") is a count.

Results tables on data sites list each party's seats so, one a line, with no
noun: the figure was read as counting nothing and dropped, and another
outlet's "96 seats" had no partner. The bracketed change says the figure is
a count that moved since the last count, as a bracketed share says it is a
part of a whole (`numbercontext._share_count`).
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.extract import numbers
from sourcediff.model import Article
from sourcediff.segment import segment


def counts(text: str) -> list[str]:
    article = Article.from_text(text)
    return [m.raw for m in numbers.extract(article, segment(article)) if m.slot == "number:count"]


def test_a_figure_with_a_signed_change_in_brackets_is_a_count() -> None:
    assert "96" in counts("Seats\n\nHarbour Party (HP): 96 (+12)\n\nUpland League (UL): 41 (\u221212)")
    assert "41" in counts("Seats\n\nHarbour Party (HP): 96 (+12)\n\nUpland League (UL): 41 (\u221212)")


def test_a_year_or_a_sum_with_a_bracket_is_no_count() -> None:
    assert counts("Founded: 1998 (+2)") == []
    assert counts("Ticket price: $40 (+5)") == []


def test_the_table_figure_meets_another_outlets_count() -> None:
    a = Article.from_text("The Harbour Party won 96 seats in the council election, up from 84.", id="a")
    b = Article.from_text("Council seats (change on 2022)\n\nHarbour Party (HP): 96 (+12)\n\n"
                          "Upland League (UL): 41 (\u221212)", id="b")
    facts = compare([a, b]).to_dict()["facts"]
    sources = [sorted(m["source"] for m in f["mentions"]) for f in facts
               if any(m["text"] == "96" for m in f["mentions"])]
    assert ["a", "b"] in sources


def test_a_change_in_words_in_brackets_makes_a_count() -> None:
    text = ("Seats after the vote\n\nHarbour Party: 96 (up from 84)\n\nUpland League: 41 (down from 53)\n\n"
            "Greens: 12 (down 3)")
    found = counts(text)
    assert "96" in found
    assert "41" in found
    assert "12" in found


def test_a_change_in_words_leaves_a_year_or_a_figure_mid_sentence_alone() -> None:
    assert counts("Founded: 1998 (up from 1990)") == []
    assert counts("The party won 96 (up from 84) of the assembly's places in the vote.") == []
