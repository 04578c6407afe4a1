"""A month and day without a year takes the year the story's other sources write it with (storyyears.py)."""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.values import DateValue

# Dated in November: the festival is next summer, but "August 9" read alone goes to the nearer August.
LOCAL = "The Pellow Bay folk festival, which ends on August 9, has announced its headline act."
DATED = "The Pellow Bay folk festival runs from 6 August 2027 and ends on 9 August 2027, the organisers said."
# Another source writes the day with the year the guess already has: nothing to move.
SAME_YEAR = "The Pellow Bay folk festival ended on 9 August 2026 after four days, the organisers said."
# Two sources write the day with two different years: no one year to take.
OTHER_YEAR = "Last year's Pellow Bay folk festival ended on 9 August 2025 in heavy rain, the organisers said."


def _days(*articles: tuple[str, str]) -> dict[str, set[dt.date | None]]:
    arts = [Article.from_text(text, id=f"s{n}", published=day) for n, (text, day) in enumerate(articles)]
    out: dict[str, set[dt.date | None]] = {}
    for info in compare(arts).sources:
        out[info.article.id] = {m.value.start for m in info.mentions
                                if isinstance(m.value, DateValue) and m.raw == "August 9"}
    return out


def test_alone_the_day_goes_to_the_nearer_year() -> None:
    assert _days((LOCAL, "2026-11-20"))["s0"] == {dt.date(2026, 8, 9)}


def test_a_guessed_year_takes_the_year_another_source_writes() -> None:
    days = _days((LOCAL, "2026-11-20"), (DATED, "2026-11-18"))
    assert days["s0"] == {dt.date(2027, 8, 9)}, days


def test_the_guess_stays_when_the_other_source_writes_its_year() -> None:
    days = _days((LOCAL, "2026-11-20"), (SAME_YEAR, "2026-11-18"))
    assert days["s0"] == {dt.date(2026, 8, 9)}, days


def test_two_written_years_decide_nothing() -> None:
    days = _days((LOCAL, "2026-11-20"), (DATED, "2026-11-18"), (OTHER_YEAR, "2026-11-19"))
    assert days["s0"] == {dt.date(2026, 8, 9)}, days


def test_a_day_the_article_writes_with_its_year_is_not_moved() -> None:
    own = LOCAL + " Last summer it closed on 9 August 2026 in sunshine."
    days = _days((own, "2026-11-20"), (DATED, "2026-11-18"))
    assert days["s0"] == {dt.date(2026, 8, 9)}, days


def test_one_source_writing_the_day_with_two_years_decides_nothing() -> None:
    both = "The Pellow Bay folk festival ended on 9 August 2026 and will end on 9 August 2027 next time."
    days = _days((LOCAL, "2026-11-20"), (both, "2026-11-18"))
    assert days["s0"] == {dt.date(2026, 8, 9)}, days
