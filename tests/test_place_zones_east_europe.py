"""Eastern European and Baltic capitals and countries name their clock zone (invented text).

"12:30 Vilnius time" is as exact as "12:30 EET": the table held Warsaw and
Helsinki but not the Baltic, Balkan or Black Sea states between them, so a
clock told in a Baltic capital's time floated and never met the same
moment written in GMT by another outlet.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.times import clock, zone_name

ZONED = [
    ("Riga time", "Europe/Riga"),
    ("Latvian time", "Europe/Riga"),
    ("Tallinn time", "Europe/Tallinn"),
    ("Estonian time", "Europe/Tallinn"),
    ("Vilnius time", "Europe/Vilnius"),
    ("Lithuania time", "Europe/Vilnius"),
    ("Bucharest time", "Europe/Bucharest"),
    ("Bulgarian time", "Europe/Sofia"),
    ("Zagreb time", "Europe/Zagreb"),
    ("Reykjavik time", "Atlantic/Reykjavik"),
]


@pytest.mark.parametrize(("words", "zone"), ZONED)
def test_the_place_names_its_zone(words: str, zone: str) -> None:
    assert zone_name(words) == zone


def test_winter_and_summer_offsets_are_the_places_own() -> None:
    assert clock(14, 15, "Vilnius time", dt.date(2026, 1, 20)).utc == 12 * 60 + 15
    assert clock(14, 15, "Vilnius time", dt.date(2026, 6, 20)).utc == 11 * 60 + 15
    assert clock(9, 0, "Reykjavik time", dt.date(2026, 6, 20)).utc == 9 * 60


def _time_facts(*texts: str) -> list[tuple[Verdict, int]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-02-10") for n, t in enumerate(texts)]
    return [(f.status, len(f.mentions)) for f in compare(arts).facts if f.kind is Kind.TIME]


def test_a_baltic_clock_meets_the_same_moment_in_gmt() -> None:
    facts = _time_facts(
        "The Tervala tribunal read its verdict on the shipping dispute at 14:15 Vilnius time on Tuesday.",
        "The Tervala tribunal delivered its verdict on the shipping dispute at 12:15 GMT on Tuesday.")
    assert facts == [(Verdict.AGREE, 2)]


def test_a_baltic_clock_an_hour_off_still_diverges() -> None:
    facts = _time_facts(
        "The Tervala tribunal read its verdict on the shipping dispute at 14:15 Vilnius time on Tuesday.",
        "The Tervala tribunal delivered its verdict on the shipping dispute at 13:15 GMT on Tuesday.")
    assert [status for status, _ in facts] == [Verdict.DIVERGE]
