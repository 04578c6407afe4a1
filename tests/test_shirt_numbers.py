"""Shirt numbers ("the No 9 shirt") are read as one squad number, never a count, and only beside a garment."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import compare
from sourcediff.extract import shirts
from sourcediff.model import Article


def _numbers(text: str) -> list[int]:
    return [int(v.amount) for _, _, v in shirts.find(text)]


def test_the_number_before_the_garment_is_read() -> None:
    assert _numbers("Okonjo will wear the No 9 shirt at Wexbridge.") == [9]
    assert _numbers("He takes over the number 10 jersey left by Ruiz.") == [10]
    assert _numbers("She was handed the No. 7 shirt on Friday.") == [7]
    assert _numbers("The club gave him the number nine shirt.") == [9]


def test_the_number_after_shirt_or_squad_is_read() -> None:
    assert _numbers("His shirt number will be 23 next season, but squad number 4 went to Baines.") \
        == [4]
    assert _numbers("He was given shirt number 23.") == [23]


def test_a_number_with_no_garment_is_left_alone() -> None:
    assert _numbers("Fans hope he can be a proper No 9 for the club.") == []
    assert _numbers("Take the No 2 bus to the ground; the kit man was there.") == []
    assert _numbers("He scored 9 goals in his shirt last season.") == []


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, title="", text=text)


def test_a_shirt_number_is_no_count_and_two_outlets_numbers_compare() -> None:
    lead = "Okonjo joins Wexbridge on a four-year deal."
    a = _article("a", f"{lead} He will wear the No 9 shirt, the club said.")
    b = _article("b", f"{lead} He will wear the number 11 shirt, the club said.")
    facts = compare([a, b]).to_dict()["facts"]
    shirt = [f for f in facts
             if any(m.get("slot") == shirts.SLOT for m in f["mentions"])]
    assert shirt, facts
    values = {m["value"] for f in shirt for m in f["mentions"]}
    assert values == {"9", "11"}
    counts = [m for f in facts for m in f["mentions"] if m.get("slot") == "number:count"]
    assert not any(m["text"] in ("9", "11") for m in counts)
    assert Decimal(9) == shirts.find("the No 9 shirt")[0][2].amount
