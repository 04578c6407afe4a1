"""A clock in a named place's time takes the place's zone (invented text).

"11.45am Swedish time" is 10:45 GMT in November and 09:45 GMT in July, as
surely as "11:45 CET" is; a place the table does not hold, or one spread
over several zones, stays a floating local clock.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.placezones import PLACE_ZONES, place_zone
from sourcediff.extract.times import LOCAL, clock, zone_name

ZONED = [
    ("Swedish time", "Europe/Stockholm"),
    ("Sweden time", "Europe/Stockholm"),
    ("Colorado time", "America/Denver"),
    ("New York time", "America/New_York"),
    ("British Columbia time", "America/Los_Angeles"),
    ("Hong Kong time", "Asia/Hong_Kong"),
    ("Paris time", "Europe/Paris"),
]
FLOATING = ["Texas time", "Washington time", "Russian time", "Australian time", "Koslavian time",
            "Victoria time", "local time"]


@pytest.mark.parametrize(("words", "zone"), ZONED)
def test_a_place_with_one_zone_names_it(words: str, zone: str) -> None:
    assert zone_name(words) == zone


@pytest.mark.parametrize("words", FLOATING)
def test_an_unknown_or_many_zoned_place_floats(words: str) -> None:
    assert zone_name(words) == LOCAL


def test_every_zone_of_the_table_exists() -> None:
    for zone in set(PLACE_ZONES.values()):
        ZoneInfo(zone)
    assert place_zone("swedish") == "Europe/Stockholm" and place_zone("atlantis") is None


def test_summer_time_is_the_places_own() -> None:
    assert clock(11, 45, "Swedish time", dt.date(2026, 11, 11)).utc == 10 * 60 + 45
    assert clock(11, 45, "Swedish time", dt.date(2026, 7, 8)).utc == 9 * 60 + 45
    assert clock(16, 42, "Colorado time", dt.date(2026, 11, 19)).utc == 23 * 60 + 42


def _time_facts(*texts: str, day: str = "2026-11-11") -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published=day) for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts if f.kind is Kind.TIME]


WIRE = ("The Nordvik Academy named the winners of the Halden Medal at 11:45 a.m. local time ({} GMT) on "
        "Wednesday in Stockholm.")
TABLOID = "The Nordvik Academy named the Halden Medal winners at {} Swedish time on Wednesday."
TRADE = "The winners of the Halden Medal were named by the Nordvik Academy at {} GMT on Wednesday."


def test_a_place_clock_meets_the_same_instant_in_gmt() -> None:
    facts = _time_facts(WIRE.format("1045"), TABLOID.format("11.45am"), TRADE.format("10:45"))
    assert [status for status, _ in facts] == [Verdict.AGREE]
    assert len(facts[0][1]) == 3


def test_a_place_clock_in_summer_meets_its_summer_instant() -> None:
    facts = _time_facts(WIRE.format("0945"), TABLOID.format("11.45am"), TRADE.format("09:45"),
                        day="2026-07-08")
    assert [status for status, _ in facts] == [Verdict.AGREE]


def test_a_place_clock_an_hour_off_diverges() -> None:
    facts = _time_facts(WIRE.format("1045"), TABLOID.format("12.45pm"))
    assert [status for status, _ in facts] == [Verdict.DIVERGE]


def test_one_moment_told_in_two_places_clocks_agrees() -> None:
    facts = _time_facts("The summit opens at 6 p.m. Paris time on Friday, with leaders arriving all day.",
                        "The summit opens at noon ET (1700 GMT) on Friday, with leaders arriving all day.")
    assert [status for status, _ in facts] == [Verdict.AGREE]
