"""A sided clock hedge ("just after 11pm", "shortly before 9pm") is one fact with the reading it brackets.

The hedge names the side and the grid the distance: "just after 11pm" is
11:15 p.m., never 10:50 p.m. Out of a shared claim it links only when the
other outlets' exact clocks in its window give one reading.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.extract.times import hedge_reach
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import ClockTime


def articles(*texts: str) -> list[Article]:
    return [Article.from_text(t, id=f"s{n}", published="2026-03-12") for n, t in enumerate(texts)]


def time_facts(*texts: str) -> list[tuple[str, list[str]]]:
    return [(f.status.value, sorted(m.source for m in f.mentions))
            for f in compare(articles(*texts)).facts if f.kind is Kind.TIME]


def clock(value: ClockTime) -> Mention:
    return Mention(Kind.TIME, "s", 0, Span(0, 0), "", value, slot="clock")


def reach_of(text: str, raw: str, value: ClockTime) -> tuple[int, int]:
    hedged = hedge_reach(text, text.index(raw), value)
    return hedged.reach, hedged.side


def test_sided_hedges_are_read_with_their_side() -> None:
    text = "The line reopened just after 11pm; crews left shortly before 2am and returned soon after 6.30am."
    assert reach_of(text, "11pm", ClockTime(23, 0)) == (30, 1)
    assert reach_of(text, "2am", ClockTime(2, 0)) == (30, -1)
    assert reach_of(text, "6.30am", ClockTime(6, 30)) == (30, 1)


def test_a_sided_hedge_off_the_half_hour_keeps_its_minute() -> None:
    text = "The line reopened just after 11.10pm."
    assert reach_of(text, "11.10pm", ClockTime(23, 10)) == (0, 0)


def test_just_after_fits_only_readings_after_it() -> None:
    after = clock(ClockTime(23, 0, reach=30, side=1))
    assert compatible(after, clock(ClockTime(23, 15)))
    assert compatible(after, clock(ClockTime(23, 0)))
    assert not compatible(after, clock(ClockTime(22, 50)))
    assert not compatible(after, clock(ClockTime(23, 40)))


def test_shortly_before_midnight_fits_across_the_day() -> None:
    before = clock(ClockTime(0, 0, reach=30, side=-1))
    assert compatible(before, clock(ClockTime(23, 45)))
    assert not compatible(before, clock(ClockTime(0, 10)))


def test_two_around_hedges_still_need_one_within_the_others_reach() -> None:
    assert not compatible(clock(ClockTime(19, 0, reach=30)), clock(ClockTime(20, 0, reach=30)))
    assert compatible(clock(ClockTime(19, 0, reach=30)), clock(ClockTime(19, 30, reach=30)))


def test_an_outlets_hedged_clock_in_another_sentence_joins_the_exact_reading() -> None:
    a = ("Trains on the Calder Valley line were halted at 6:40 p.m. after a signal cable was cut. "
         "Service resumed at 11:15 p.m., Northline Rail said.")
    b = ("Commuters were stranded for hours on Thursday. Engineers worked through the evening "
         "and the line came back to life just after 11pm.")
    assert ("agree", ["s0", "s1"]) in time_facts(a, b)


def test_a_hedge_between_two_moments_links_to_neither() -> None:
    a = ("Trains on the Calder Valley line were halted at 11:05 p.m. after a signal cable was cut. "
         "Service resumed at 11:25 p.m., Northline Rail said.")
    b = "Commuters sat in the dark for a while. Engineers walked the track from just after 11pm."
    found = time_facts(a, b)
    assert ("unique", ["s1"]) in found
    assert not any("s0" in sources and "s1" in sources for _, sources in found)


def test_a_diverging_fact_lists_the_hedged_clock_with_the_reading_it_fits() -> None:
    a = "Service on the Calder Valley line resumed at 11:15 p.m. on Thursday, Northline Rail said."
    b = "Service on the Calder Valley line resumed just after 11pm on Thursday, Northline Rail said."
    c = "Service on the Calder Valley line resumed at 22:15 on Thursday, Northline Rail said."
    report = compare(articles(a, b, c))
    diverging = [f for f in report.facts if f.kind is Kind.TIME and f.status.value == "diverge"]
    assert diverging
    summary = diverging[0].summary
    assert summary.count(" vs ") == 1 and "s0, s1" in summary


def test_a_hedge_never_links_a_clock_on_its_own_grid_out_of_a_claim() -> None:
    # "about 7.30pm" is no restatement of "7pm": a vigil two days on is another moment.
    a = ("The kidnappers phoned the shipping office at about 7.30pm local time on Tuesday "
         "and set a deadline of 72 hours.")
    b = "A vigil for the crew will be held at the seamen's mission on Thursday at 7pm."
    found = time_facts(a, b)
    assert not any("s0" in sources and "s1" in sources for _, sources in found)
