"""A hedged clock reaches as far as it was written: "about 7pm" a half hour, "about 6:50" five minutes."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.times import written_reach
from sourcediff.values import ClockTime


def diverging(*texts: str, published: str = "2025-10-17") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def crash(clock: str) -> str:
    return f"The lorry overturned on the bypass near Dunmere {clock} on Tuesday, police said."


def test_a_clock_hedged_to_five_minutes_does_not_reach_the_next_mark() -> None:
    found = diverging(crash("at 06:40"), crash("at about 6:50 a.m."))
    assert len(found) == 1 and "6:50" in found[0]


def test_a_clock_hedged_to_five_minutes_still_meets_a_near_reading() -> None:
    assert diverging(crash("at 06:47"), crash("at about 6:50 a.m.")) == []


def test_a_clock_hedged_on_the_hour_still_reaches_half_an_hour() -> None:
    assert diverging(crash("at 06:40"), crash("at about 7am")) == []


def test_half_past_in_words_keeps_the_half_hour() -> None:
    assert diverging(crash("at 6.10am"), crash("at around half past six in the morning")) == []


def test_a_round_plain_clock_beside_a_fine_hedged_one_keeps_the_half_hour() -> None:
    # "7am" unhedged may itself be the rounded reading of "about 6:50".
    assert diverging(crash("at 7am"), crash("at about 6:50 a.m.")) == []


def test_a_clock_hedged_on_a_quarter_reaches_a_quarter() -> None:
    assert diverging(crash("at 6.35am"), crash("at about 6.45am")) == []
    assert len(diverging(crash("at 6.25am"), crash("at about 6.45am"))) == 1


def test_shortly_before_keeps_the_half_hour_whatever_the_minute() -> None:
    assert diverging(crash("at 06:31"), crash("shortly before 6:50 a.m.")) == []


def test_unhedged_clocks_ten_minutes_apart_still_diverge() -> None:
    assert len(diverging(crash("at 06:40"), crash("at 6:50 a.m."))) == 1


def test_written_reach_follows_the_grid_of_the_minute() -> None:
    assert [written_reach(ClockTime(7, m)) for m in (0, 30, 15, 45, 50, 52)] == [30, 30, 15, 15, 5, 5]
