"""A draft pick ("the No. 5 pick", "the fifth overall pick in the 2019 draft") is one whole number in its own
slot, so two outlets' picks meet (or clash) while "the first pick of the harvest" and "the No. 1 choice for
commuters" stay no pick at all."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article, compare
from sourcediff.extract import ranks


def picks(text: str) -> list[tuple[str, int]]:
    return [(text[s:e], int(v.amount)) for s, e, v, slot in ranks.find(text) if slot == ranks.PICK_SLOT]


@pytest.mark.parametrize(("text", "want"), [
    ("The Rams took Varga with the fifth overall pick in the 2019 draft.", [("fifth", 5)]),
    ("Varga, the No. 5 pick in 2019, signed on Monday.", [("No. 5", 5)]),
    ("She was the No. 1 overall selection that year.", [("No. 1", 1)]),
    ("He was the first pick in the 2018 draft.", [("first", 1)]),
    ("Orrin's 12th overall choice, a centre from Lisk, never played.", [("12th", 12)]),
    ("She was taken ninth overall by the Herons.", [("taken ninth", 9)]),
    ("He was picked No. 7 overall.", [("picked No. 7", 7)]),
])
def test_draft_picks_are_read(text: str, want: list[tuple[str, int]]) -> None:
    assert picks(text) == want


@pytest.mark.parametrize("text", [
    "Growers said the first pick of the harvest was small.",
    "The tram is the No. 1 choice for commuters.",
    "Her first choice of venue was booked.",
    "She went fifth overall after the mountain stage.",
    "Take the No 2 bus to the stadium.",
])
def test_no_pick_without_a_draft(text: str) -> None:
    assert picks(text) == []


def _pick_statuses(first: str, second: str) -> list[str]:
    day = dt.date(2026, 3, 4)
    report = compare([Article(id="wire", text=first, published=day),
                      Article(id="blog", text=second, published=day)])
    return [f.status.value for f in report.facts if any(m.slot == ranks.PICK_SLOT for m in f.mentions)]


WIRE = "The Ridgeback Rams took centre Ilse Varga with the fifth overall pick in the 2019 draft."


def test_two_outlets_picks_agree_however_written() -> None:
    assert _pick_statuses(WIRE, "Varga, the No. 5 pick in 2019, signed a new deal.") == ["agree"]


def test_two_outlets_different_picks_diverge() -> None:
    assert _pick_statuses(WIRE, "The Rams took Varga with the No. 6 pick in the 2019 draft.") == ["diverge"]
