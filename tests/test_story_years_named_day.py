"""A yearless day that the story's other sources name by weekday keeps its year (storyyears.py).

A regatta held on Sunday 11 October 2026: a trade site dated the 14th writes
"on 11 October", a wire of the day writes "on Sunday", and a local paper
writes the dates of next year's regatta, "10 and 11 October 2027". The
trade site's day is the story's Sunday, not next year's.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.values import DateValue

TRADE = "Marla Quennell won the Fintrey regatta's single sculls final on 11 October in a course record."
WIRE = "Marla Quennell won the single sculls final at the Fintrey regatta on Sunday in a course record."
NEXT_YEAR = ("Quennell won the Fintrey regatta final in a course record. "
             "Next year's Fintrey regatta will be held on 10 and 11 October 2027.")


def _days(*articles: tuple[str, str]) -> set[dt.date | None]:
    arts = [Article.from_text(text, id=f"s{n}", published=day) for n, (text, day) in enumerate(articles)]
    info = compare(arts).sources[0]
    return {m.value.start for m in info.mentions if isinstance(m.value, DateValue) and m.raw == "11 October"}


def test_the_next_years_date_alone_moves_the_guess() -> None:
    # Without a source naming the day, the documented rule still applies: the one written year wins.
    assert _days((TRADE, "2026-10-14"), (NEXT_YEAR, "2026-10-15")) == {dt.date(2027, 10, 11)}


def test_a_weekday_naming_the_guessed_day_keeps_its_year() -> None:
    days = _days((TRADE, "2026-10-14"), (WIRE, "2026-10-11"), (NEXT_YEAR, "2026-10-15"))
    assert days == {dt.date(2026, 10, 11)}, days
