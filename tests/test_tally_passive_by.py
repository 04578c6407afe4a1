"""A division told after a passive vote verb and "by": "the levy was approved by 33-12 after a long debate".

A local paper writes the council's division as "the plan was approved by
33-12" where a wire writes "voted 33 votes to 12": the verb, "by" and the
pair make it a division as the verb and an object do. A noun after the pair
("backed by 2-3 lenders") keeps it a range.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import tallies
from sourcediff.values import Tally


def _tallies(text: str) -> list[tuple[str, Tally]]:
    return [(text[start:end], value) for start, end, value in tallies.find(text)]


@pytest.mark.parametrize("text, raw, value", [
    ("The levy was approved by 33-12 after a long debate in the town hall.", "33-12", Tally(33, 12)),
    ("The motion was carried by nine to two, the clerk said.", "nine to two", Tally(9, 2)),
    ("The bypass was rejected on Thursday by 27 to 18.", "27 to 18", Tally(27, 18)),
    ("Their budget was defeated by 52-48 with two abstentions.", "52-48", Tally(52, 48)),
])
def test_pair_after_a_passive_vote_verb_and_by_is_a_division(text: str, raw: str, value: Tally) -> None:
    assert _tallies(text) == [(raw, value)]


@pytest.mark.parametrize("text", [
    "The loan was backed by 2-3 lenders in the end.",
    "The offer was rejected by 5 to 10 percent of the members.",
    "The bridge was passed by 20-30 lorries an hour.",
])
def test_a_range_after_by_stays_a_range(text: str) -> None:
    assert _tallies(text) == []


@pytest.mark.parametrize("text, raw, value", [
    ("The acquisition was approved by full council by 26 to 13.", "26 to 13", Tally(26, 13)),
    ("The depot sale was approved by the full council by 41-9 on Tuesday.", "41-9", Tally(41, 9)),
    ("The budget was passed by councillors on Monday evening by 31 to 9.", "31 to 9", Tally(31, 9)),
    ("The bill was defeated by MPs by 312 to 298 after a long debate.", "312 to 298", Tally(312, 298)),
])
def test_the_passive_agent_may_stand_before_the_margin(text: str, raw: str, value: Tally) -> None:
    # "approved by full council by 26 to 13": the first "by" names who voted, the second the margin
    assert _tallies(text) == [(raw, value)]


@pytest.mark.parametrize("text", [
    "The loan was backed by the banks by 2-3 weeks.",
    "The offer was rejected by members by 5 to 10 percent.",
    "The scheme was backed by residents of 3 to 4 streets.",
])
def test_a_range_after_the_agent_stays_a_range(text: str) -> None:
    assert _tallies(text) == []
