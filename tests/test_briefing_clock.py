"""A clock that dates a briefing is when a source spoke, not a time of the story (invented text).

"The coastguard said at its 4pm briefing" and "died in hospital at 9 p.m."
in aligned passages were judged one clock that two outlets disagree on.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.stamps import BRIEFING
from sourcediff.pipeline import analyse


def _clocks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, published="2026-08-20"))
    return [(m.raw.rstrip("."), m.cues) for m in info.mentions if m.kind is Kind.TIME and m.slot == "clock"]


def test_a_clock_before_a_briefing_is_cued() -> None:
    assert _clocks("Three passengers have died, the coastguard said at its 4pm briefing.") == [
        ("4pm", (BRIEFING,))]
    assert _clocks("The minister will hold a 10 a.m. news conference in Tarrow.") == [("10 a.m", (BRIEFING,))]
    assert _clocks("Figures rose again in the 6pm update from the harbour office.") == [("6pm", (BRIEFING,))]


def test_a_clock_that_times_a_briefing_as_an_event_is_not() -> None:
    assert _clocks("The briefing began at 4pm in the harbour office.") == [("4pm", ())]
    assert _clocks("The ferry sank at 4pm, the coastguard said at a briefing.") == [("4pm", ())]


def test_a_briefing_clock_is_no_rival_of_an_event_clock() -> None:
    wire = Article.from_text(
        "The ferry Marlin capsized off Tarrow Point on Tuesday.\n\n"
        "A third passenger died in hospital at about 9 p.m. after the ferry Marlin capsized off "
        "Tarrow Point, the Tarrow coastguard service said.", id="wire", published="2026-08-18")
    local = Article.from_text(
        "The ferry Marlin capsized off Tarrow Point on Tuesday.\n\n"
        "Two passengers have died in hospital after the ferry Marlin capsized off Tarrow Point, the Tarrow "
        "coastguard service said at its 4pm briefing.", id="local", published="2026-08-18")
    times = sorted((f.status, [m.raw for m in f.mentions]) for f in compare([wire, local]).facts
                   if f.kind is Kind.TIME)
    assert times == [(Verdict.UNIQUE, ["4pm"]), (Verdict.UNIQUE, ["9 p.m."])]


def test_two_event_clocks_still_diverge() -> None:
    a = Article.from_text("The ferry Marlin capsized off Tarrow Point at 6:10 a.m. on Tuesday.", id="a",
                          published="2026-08-18")
    b = Article.from_text("The ferry Marlin capsized off Tarrow Point at 6:40 a.m. on Tuesday.", id="b",
                          published="2026-08-18")
    times = [f for f in compare([a, b]).facts if f.kind is Kind.TIME]
    assert [f.status for f in times] == [Verdict.DIVERGE]
