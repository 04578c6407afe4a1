"""Dotted clocks read by their half of the day; a tabloid's lone clock against a claim's agreed one."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare, diverge, divergeconsensus
from sourcediff.extract.times import DOTTED_CLOCK, extract, find
from sourcediff.model import Passage, Span
from sourcediff.values import ClockTime


def clocks(text: str) -> list[tuple[int, int]]:
    return [(f.value.hour, f.value.minute) for f in find(text, None) if isinstance(f.value, ClockTime)]


def test_a_dotted_clock_before_this_afternoon_is_read_as_pm() -> None:
    assert clocks("At 2.30 this afternoon, the mayor opened the bridge.") == [(14, 30)]
    assert clocks("Doors open from 9.15 in the morning.") == [(9, 15)]
    assert clocks("The vote closes by 7.45 this evening.") == [(19, 45)]


def test_a_figure_before_a_part_of_day_stays_a_number() -> None:
    assert clocks("The index fell 3.45 this morning on weak orders.") == []
    assert clocks("Shares were up 2.30 this afternoon.") == []


def test_a_dotted_clock_with_no_half_of_day_stays_a_number() -> None:
    assert clocks("The levy rose to 2.30 in March.") == []


def test_the_dotted_clock_is_marked_for_the_aligner_to_leave_out() -> None:
    text = "At 2.30 this afternoon, the mayor opened the bridge."
    article = Article.from_text(text, id="s0", published="2025-04-02")
    ms = extract(article, (Passage("s0", 0, 0, Span(0, len(text)), text, text.casefold()),))
    clock = next(m for m in ms if isinstance(m.value, ClockTime))
    assert DOTTED_CLOCK in clock.cues and clock.raw == "2.30"


WIRE = ("MALMOR, Nov 3 (Northwire) - The Malmor city museum on Monday returned 41 carved panels to "
        "Ecuador.\n\n"
        "The return deed was signed at 11:15 a.m. local time (1015 GMT) in the museum's west gallery by its "
        "director, Ida Brenn.\n\n"
        "The panels will be shipped to Quito in March.")
TRADE = ("Malmor museum returns 41 panels to Ecuador\n\n"
         "The deed was signed at 11:15 CET in the west gallery of the museum.\n\n"
         "Shipping to Quito is planned for March.")
LOCAL = ("Malmor says goodbye to its Andean panels\n\n"
         "The city museum gave 41 carved panels back to Ecuador on Monday.\n\n"
         "Director Ida Brenn signed the deed at 11.15 this morning in the west gallery.\n\n"
         "The panels leave for Quito in March.")
TABLOID = ("Museum hands back 41 treasures\n\n"
           "Red-faced museum bosses gave up 41 priceless panels yesterday.\n\n"
           "The ink dried at noon in a hushed gallery as a brass band played outside.\n\n"
           "The treasures fly home in March.")


def diverging(*texts: str) -> list[str]:
    dates = ["2026-11-03", "2026-11-03", "2026-11-03", "2026-11-04"]
    articles = [Article.from_text(t, id=f"s{n}", published=d)
                for n, (t, d) in enumerate(zip(texts, dates[:len(texts)], strict=True))]
    return [f.summary for f in compare(articles).facts
            if f.status.value == "diverge" and f.kind.value == "time"]


@pytest.mark.usefixtures("lone_clock_only")
def test_a_tabloids_lone_clock_diverges_from_three_agreeing_sources() -> None:
    found = diverging(WIRE, TRADE, LOCAL, TABLOID)
    assert len(found) == 1 and "noon" in found[0]


def test_the_same_time_agrees() -> None:
    assert diverging(WIRE, TRADE, LOCAL, TABLOID.replace("at noon", "at 11.15am")) == []


TWO_MOMENTS = TABLOID.replace("The treasures fly home in March.",
                              "Crowds had queued since 9am. The treasures fly home in March.")


@pytest.fixture
def lone_clock_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lone-clock evidence alone: a claim the pair model is sure of stands in for it (last test)."""
    monkeypatch.setattr(diverge, "STRONG_CLAIM_SCORE", 2.0)
    monkeypatch.setattr(divergeconsensus, "STRONG_CLAIM_SCORE", 2.0)


@pytest.mark.usefixtures("lone_clock_only")
def test_a_tabloid_timing_two_moments_is_read_by_the_words_beside_each() -> None:
    # The claim's consensus alone cannot tell which of the tabloid's two clocks dissents; since session 44
    # the lone-clock rule (loneclockrivals) can: three outlets agree on 11:15, and only the noon sentence
    # shares their words ("gallery"), the 9am queue names another moment.
    found = diverging(WIRE, TRADE, LOCAL, TWO_MOMENTS)
    assert len(found) == 1 and "noon" in found[0] and "9" not in found[0].split("vs")[-1]


@pytest.mark.usefixtures("lone_clock_only")
def test_two_agreeing_sources_are_not_enough_for_a_lone_clock() -> None:
    assert diverging(WIRE, TRADE, TABLOID) == []


def test_a_sure_claim_sets_the_lone_clock_against_the_agreed_one_all_the_same() -> None:
    # The tabloid's "at noon" sentence is aligned with the signing sentences with confidence
    # (`divergepair.STRONG_CLAIM_SCORE`): its one clock there dissents whatever else it times.
    found = diverging(WIRE, TRADE, LOCAL, TWO_MOMENTS)
    assert len(found) == 1 and "noon" in found[0]
    # So does a tabloid whose sentence is worded apart from only two agreeing sources'.
    found = diverging(WIRE, TRADE, TABLOID)
    assert len(found) == 1 and "noon" in found[0]
