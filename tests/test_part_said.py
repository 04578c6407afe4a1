"""A part of day that times a verb of saying is when a source spoke, not a time of the story (invented text).

A wire's "in a stable condition on Friday afternoon" and a paper's "nurses
said last night she was in a stable condition" report one condition at two
moments; read as two parts of one day, "afternoon" and "night" were judged
a divergence.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.stamps import BRIEFING
from sourcediff.pipeline import analyse


def _parts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, published="2026-08-22"))
    return [(m.raw, m.cues) for m in info.mentions if m.kind is Kind.TIME and m.slot == "part"]


def test_a_part_of_day_after_a_verb_of_saying_is_cued() -> None:
    assert _parts("Nurses said last night she was in a stable condition.") == [("last night", (BRIEFING,))]
    assert _parts("The harbour office confirmed on Friday evening that two boats were lost.") == [
        ("Friday evening", (BRIEFING,))]
    assert _parts("The skipper told the Tarrow Courier on Friday morning that he had seen nothing.") == [
        ("Friday morning", (BRIEFING,))]


def test_a_part_of_day_of_an_event_is_not() -> None:
    assert _parts("The trawler sank on Friday evening, the coastguard said.") == [("Friday evening", ())]
    assert _parts("The coastguard said Friday evening's storm sank the trawler.") == [("Friday evening", ())]


def test_a_saying_part_is_no_rival_of_an_event_part() -> None:
    wire = Article.from_text(
        "A fisherman was hurt when the trawler Kestrel sank off Tarrow Point on Friday.\n\n"
        "Ilse Varga, 44, was taken to Tarrow General Hospital, where she was in a stable condition "
        "on Friday afternoon.", id="wire", published="2026-08-21")
    paper = Article.from_text(
        "A fisherman was hurt when the trawler Kestrel sank off Tarrow Point yesterday.\n\n"
        "Ilse Varga, 44, was taken to Tarrow General Hospital. Nurses said last night she was in a "
        "stable condition.", id="paper", published="2026-08-22")
    parts = [f for f in compare([wire, paper]).facts if f.kind is Kind.TIME]
    assert Verdict.DIVERGE not in [f.status for f in parts]


def test_two_event_parts_of_one_day_still_diverge() -> None:
    a = Article.from_text("The trawler Kestrel sank off Tarrow Point on Friday morning.", id="a",
                          published="2026-08-22")
    b = Article.from_text("The trawler Kestrel sank off Tarrow Point on Friday evening.", id="b",
                          published="2026-08-22")
    parts = [f for f in compare([a, b]).facts if f.kind is Kind.TIME]
    assert [f.status for f in parts] == [Verdict.DIVERGE]
