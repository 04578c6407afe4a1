"""Moves up and down a table or a league ranking are places: "climbed nine places to joint 14th", "from 22nd
to 31st", "up from 40th", "its best was 12th". Two outlets' places of one institution then meet."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import positions


def places(text: str) -> list[tuple[int, str]]:
    return [(int(value.amount), text[s:e]) for s, e, value in positions.find(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Pellingford College climbed nine places to joint 14th in this year's league.", [(14, "14th")]),
    ("The institute jumped eleven spots to 38th.", [(38, "38th")]),
    ("Corbin Academy fell six places, from 22nd to 28th, after an inspection.", [(22, "22nd"), (28, "28th")]),
    ("The school moves from 40th to =33rd in the new table.", [(40, "40th"), (33, "33rd")]),
    ("It is now 17th, up from 40th last year.", [(40, "40th")]),
    ("The college slipped to 61st, down from 47th.", [(61, "61st"), (47, "47th")]),
    ("Westley, 19th a year ago, shares 12th place with Ambrook.", [(19, "19th"), (12, "12th")]),
    ("Its best ever was 12th, in 2015.", [(12, "12th")]),
    ("The college has never ranked higher than 30th.", [(30, "30th")]),
    ("It fell as low as 52nd in 2019 before its recovery.", [(52, "52nd")]),
])
def test_a_move_in_a_table_is_read_as_places(text: str, want: list[tuple[int, str]]) -> None:
    assert places(text) == want


@pytest.mark.parametrize("text", [
    "The fair runs from 3rd to 9th May in the town square.",
    "Prices rose from 18th to 19th century levels, the historian said.",
    "Attendance fell by a fifth, from 2,000 to 1,600.",
    "The bus moved from 2nd Street to 5th Avenue.",
])
def test_dates_centuries_and_streets_are_no_places(text: str) -> None:
    assert places(text) == []


def _place_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-10") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if any(m.slot == positions.SLOT for m in f.mentions)]


WIRE = ("Pellingford College climbed nine places, from 23rd to {}, in the annual colleges table published "
        "on Monday by the Tarnby Schools Trust.")
SITE = ("Pellingford College rose nine places to 14th in the Tarnby Schools Trust colleges table, "
        "up from 23rd last year.")


def test_two_outlets_places_of_one_move_agree() -> None:
    facts = _place_facts(WIRE.format("14th"), SITE)
    assert facts and all(status == "agree" for status, _ in facts)
    assert any(raws.count("14th") == 2 and raws.count("23rd") == 2 for _, raws in facts)

