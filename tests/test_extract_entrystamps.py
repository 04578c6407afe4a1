"""A live blog's entry stamps ("23:30 The county says ...") say when it posted: never a fact alone."""

from __future__ import annotations

import pytest

from sourcediff import Article, Verdict, compare
from sourcediff.extract.stamps import ENTRY, entry_starts
from sourcediff.pipeline import analyse

BLOG = ("Live: floods close the valley road\n\nUpdates from our newsroom. All times local.\n\n"
        "{}The river authority says 340 homes are flooded.\n\n"
        "{}Crews from two counties are on their way.\n\n"
        "{}A rest centre is opening at Kelby school.\n")


def entries(text: str) -> list[str]:
    return [m.raw for m in analyse(Article.from_text(text)).mentions if ENTRY in m.cues]


@pytest.mark.parametrize("stamps, want", [
    (("21:40 ", "20:15 ", "18:05 "), ["21:40", "20:15", "18:05"]),
    (("21:40 - ", "20:15 - ", "18:05 - "), ["21:40", "20:15", "18:05"]),
    (("**14:50** ", "**14:20** ", "**13:45** "), ["14:50", "14:20", "13:45"]),
    (("7.42pm ", "6.15pm ", "11.05am "), ["7.42pm", "6.15pm", "11.05am"]),
    (("00:20 ", "23:50 ", "22:10 "), ["00:20", "23:50", "22:10"]),  # past midnight, newest first
])
def test_the_clocks_opening_a_live_blogs_entries_are_entry_stamps(stamps: tuple[str, ...],
                                                                  want: list[str]) -> None:
    assert entries(BLOG.format(*stamps)) == want


@pytest.mark.parametrize("text", [
    # a timeline runs oldest first: its lines are the times of its events
    BLOG.format("16:05 ", "16:48 ", "17:30 "),
    # two lines opening with a clock are no live blog
    "21:40 The river authority says 340 homes are flooded.\n\n20:15 Crews are on their way.\n",
    # clocks inside sentences
    "Police said the road shut at 16:20, reopened at 18:05 and shut again at 21:40.\n",
    # a line with nothing after its clock (a table of times)
    "Departures\n\n21:40\n\n20:15\n\n18:05\n",
])
def test_no_entry_stamps_outside_a_live_blog(text: str) -> None:
    assert entry_starts(text) == frozenset()
    assert entries(text) == []


def test_an_entry_stamp_is_no_fact_alone_yet_meets_another_outlets_time() -> None:
    blog = Article.from_text(BLOG.format("21:40 ", "20:15 ", "18:05 "), id="blog", published="2026-01-14")
    report = compare([blog])
    assert not [f for f in report.facts if f.kind.value == "time"]
    told = Article.from_text(
        "Live: floods\n\n21:40 GOAL for the rescue crews: the last family is out.\n\n"
        "20:15 The river authority says 340 homes are flooded.\n\n18:05 A rest centre opens.\n",
        id="blog", published="2026-01-14")
    wire = Article.from_text("The last family was brought out of the flooded valley at 9:40 p.m., "
                             "the rescue crews said.", id="wire", published="2026-01-14")
    times = [(f.status, sorted(m.raw for m in f.mentions)) for f in compare([told, wire]).facts
             if f.kind.value == "time"]
    assert times == [(Verdict.AGREE, ["21:40", "9:40 p.m."])]
