"""Two outlets' one zoned clock each, in sentences naming one person, time that person's one appearance.

The words around the two clocks may share nothing but the person, named two
ways ("Varga told a news conference", "Dame Ines told the launch event"):
divergeslots._lone_clock_pairs looked for a shared word only.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind

WIRE = ("The review chaired by Dame Ines Varga found that the Pellham ward had failed patients for years. "
        "\"Nobody was listening,\" Varga told a news conference in Pellham at {} GMT.")
TRADE = ("The review of the Pellham ward, led by Dame Ines Varga, makes 40 recommendations. Dame Ines told "
         "the launch event at {} GMT that the failings were those of the whole organisation.")


def clocks(wire: str, trade: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(wire, id="wire", published="2025-05-06"),
                Article.from_text(trade, id="trade", published="2025-05-08")]
    return [(f.status.value, [m.raw for m in f.mentions]) for f in compare(articles).facts
            if f.kind is Kind.TIME]


def test_one_person_timed_twice_diverges() -> None:
    assert [s for s, _ in clocks(WIRE.format("11:00"), TRADE.format("10:30"))] == ["diverge"]


def test_one_person_timed_alike_agrees() -> None:
    assert [s for s, _ in clocks(WIRE.format("11:00"), TRADE.format("11:00"))] == ["agree"]


def test_two_people_timed_apart_stay_two_facts() -> None:
    trade = ("The review of the Pellham ward, led by Dame Ines Varga, makes 40 recommendations. The health "
             "minister Tomas Keel told the launch event at {} GMT that the failings were those of the "
             "whole organisation.")
    assert [s for s, _ in clocks(WIRE.format("11:00"), trade.format("10:30"))] == ["unique", "unique"]
