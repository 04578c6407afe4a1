"""A bare figure for what a count leaves or keeps of its noun ("shut 60 depots, leaving it with 205")."""

from __future__ import annotations

from sourcediff.extract import numbers
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


def counted(text: str) -> dict[str, tuple[str, ...]]:
    return {m.raw: m.cues for m in mentions(text) if m.slot == "number:count"}


def test_leaving_it_with_takes_the_noun_of_the_count_before() -> None:
    got = counted("Pelham Freight will close 64 of its depots by spring, leaving it with 205.")
    assert got["64"] == got["205"]
    assert any("depot" in c for c in got["205"])


def test_keeping_n_open_is_the_remainder() -> None:
    got = counted("The library service will shut 17 branches, keeping 41 open.")
    assert got["41"] == got["17"]


def test_n_remaining_after_the_count() -> None:
    got = counted("The council sold 12 car parks last year, with 30 remaining in public hands.")
    assert got["30"] == got["12"]


def test_the_remainder_agrees_with_another_outlets_named_count() -> None:
    bare = counted("The chain is closing 38 stores, leaving just 112.")
    named = counted("It will be left with 112 stores once the closures are done.")
    assert bare["112"] == named["112"]


def test_no_remainder_across_a_sentence_or_for_money_and_years() -> None:
    assert "205" not in counted("Pelham Freight will close 64 depots. It is leaving 205 behind.")
    assert all(m.raw != "2031" or m.slot != "number:count"
               for m in mentions("The firm will shut 64 depots, leaving 2031 as the target."))
    got = counted("The firm will shut 64 depots, leaving it with £205m.")
    assert "205" not in got and "£205m" not in got


def test_a_role_count_lends_no_noun() -> None:
    # "9 dead" counts a role, not a thing; the bare figure after it stays unread as a remainder
    got = counted("The blast left 9 dead, leaving 14 in hospital.")
    assert got.get("14", ()) != got.get("9", ("x",))
