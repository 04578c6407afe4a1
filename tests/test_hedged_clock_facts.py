"""A hedged clock ("at around 7pm") is one fact with the reading it rounds ("6:52 p.m."), not a second."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.extract.times import hedge_reach
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import ClockTime


def facts(*texts: str, published: str = "2026-05-14") -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.source for m in f.mentions))
            for f in compare(articles).facts if f.kind is Kind.TIME]


def ferry(clock: str) -> str:
    return f"The ferry Marisol left the quay at Porthcarne {clock} on Thursday, the harbour office said."


def clock_mention(value: ClockTime) -> Mention:
    return Mention(Kind.TIME, "s", 0, Span(0, 0), "", value, slot="clock")


def test_around_the_hour_joins_the_minute_it_rounds() -> None:
    assert ("agree", ["s0", "s1"]) in facts(ferry("at 6:52 p.m."), ferry("at around 7pm"))


def test_around_the_half_hour_joins_a_reading_within_it() -> None:
    assert ("agree", ["s0", "s1"]) in facts(ferry("at 18:41"), ferry("at around 6.30pm"))


def test_a_hedged_clock_off_the_half_hour_keeps_its_minute() -> None:
    # "about 8.45pm" names its minute: it is not stretched into one fact with both 8.40pm and 8.49pm.
    found = facts(ferry("at about 8.45pm"), ferry("at 8.49pm"), ferry("at 8.40pm"))
    assert not any(status == "diverge" and len(sources) == 3 for status, sources in found)
    text = "They sailed at about 8.45pm."
    assert hedge_reach(text, text.index("8.45pm"), ClockTime(20, 45)).reach == 0


def test_a_hedge_does_not_reach_past_its_grid() -> None:
    # "about 6:50" is written to the minute: 6:40 is another reading, and the two diverge.
    found = facts(ferry("at 6:40 p.m."), ferry("at about 6:50 p.m."))
    assert ("diverge", ["s0", "s1"]) in found


def test_unhedged_clocks_never_stretch() -> None:
    assert ("agree", ["s0", "s1"]) not in facts(ferry("at 6:52 p.m."), ferry("at 7pm"))


def test_hedge_reach_reads_the_words_before_the_clock() -> None:
    text = "They sailed at around 7pm and docked at 9pm."
    hedged = hedge_reach(text, text.index("7pm"), ClockTime(19, 0))
    plain = hedge_reach(text, text.index("9pm"), ClockTime(21, 0))
    assert (hedged.reach, plain.reach) == (30, 0)


def test_a_hedged_clock_fits_across_midnight_and_by_utc() -> None:
    assert compatible(clock_mention(ClockTime(0, 0, reach=30)), clock_mention(ClockTime(23, 48)))
    near = ClockTime(14, 0, "UTC", 840, reach=30)
    assert compatible(clock_mention(near), clock_mention(ClockTime(14, 20, "UTC", 860)))
    assert not compatible(clock_mention(near), clock_mention(ClockTime(14, 40, "UTC", 880)))
