"""Lanes ("from lane 4", "lane six") are one place in a race of their own slot, never a count."""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract import lanes


def _lanes(text: str) -> list[tuple[str, int]]:
    return [(text[s:e], int(v.amount)) for s, e, v in lanes.find(text)]


def test_a_lane_in_digits_or_words_is_read() -> None:
    assert _lanes("Adaeze Okafor ran from lane 7 in the 400 m hurdles final.") == [("lane 7", 7)]
    assert _lanes("Okafor, in lane six, went clear at the last hurdle.") == [("lane six", 6)]
    assert _lanes("Lane 2 went to the Dutch crew after the draw.") == [("Lane 2", 2)]
    assert _lanes("Rhys Tallon (lane three) and Mira Holt (lane 5) shared bronze.") == [
        ("lane three", 3), ("lane 5", 5)]


def test_counts_of_lanes_streets_and_measures_are_left_alone() -> None:
    assert _lanes("The bypass will be a four-lane road with two lanes closed overnight.") == []
    assert _lanes("The bakery at Mill Lane 4 reopened on Monday.") == []
    assert _lanes("Drivers queued in lane 4.5 kilometres from the border.") == []
    assert _lanes("Cyclists get a lane 12 feet wide.") == []  # past ten: no race lane


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, title="", text=text)


def test_two_outlets_lanes_agree_and_are_no_count() -> None:
    lead = "Adaeze Okafor won the women's 400 m hurdles final in Brenmoor on Saturday."
    a = _article("a", f"{lead} Okafor ran from lane 7 and led from the first hurdle.")
    b = _article("b", f"{lead} Okafor, drawn in lane seven, led from the first hurdle.")
    facts = compare([a, b]).to_dict()["facts"]
    lane = [f for f in facts if any(m.get("slot") == lanes.SLOT for m in f["mentions"])]
    assert len(lane) == 1, facts
    assert {m["source"] for m in lane[0]["mentions"]} == {"a", "b"}
    assert lane[0]["status"] == "agree"
    counts = [m for f in facts for m in f["mentions"] if m.get("slot") == "number:count"]
    assert not any(m["text"] in ("7", "seven") for m in counts)
