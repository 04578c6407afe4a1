"""The year a plan is moved to is a date: "pushed back to 2029", "brought forward by a year, to 2027".

A weekly wrote that an agency would "bring forward" its next satellite "by a
year, to 2027": "to" is no date word on its own ("rose to 2000" is a
count), so the year was not read at all and the outlet's one new date was
lost. After a verb that moves a date, within its clause, it names the new
year (invented texts).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _years(text: str) -> list[tuple[str, int]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-06-02"))
    return [(m.raw, m.value.start.year) for m in info.mentions
            if m.kind is Kind.DATE and isinstance(m.value.start, dt.date)]


@pytest.mark.parametrize(("text", "year"), [
    ("The board of Ostrel Transit will bring forward the tram extension by a year, to 2027.", 2027),
    ("The opening of the Vellmar bridge was postponed until 2028.", 2028),
    ("The council pushed back the vote on the new harbour to 2029 and the mayor resigned.", 2029),
    ("Work on the Dunmarra reservoir has slipped to 2030, the water company said.", 2030),
    ("The festival was moved to 2028 because of the roadworks.", 2028),
    # an end moved later: the new closing year, past a clause naming the old one
    ("The ruling extends the life of the Corran pit, which was due to shut in 2029, to 2046.", 2046),
    ("Ostrel Transit extended the night tram trial to 2031.", 2031),
    # the clause goes on with "so that" (benchmarks/notes/floodinsurance_story.md)
    ("MPs want the eligibility date moved to 2019 so that newer flats can join.", 2019),
])
def test_the_year_a_plan_moves_to(text: str, year: int) -> None:
    assert (str(year), year) in _years(text)


@pytest.mark.parametrize("text", [
    "Shares in Ostrel Mining rose to 2027 points.",  # no verb that moves a date
    "The ministry delayed the tender for 2028 homes.",  # a count after the year
    "The council delayed payments to 2029 households.",  # a noun follows: a count
    "Turnout in Vellmar moved up to 2027, officials said.",  # "up to": a ceiling
    "Ostrel Transit extended its network to 2030 homes.",  # a noun follows: a count
    "Carnbrook Homes built up to 2019 houses a year.",  # a noun after a bound of "built": a count
])
def test_a_count_after_to_is_no_year(text: str) -> None:
    assert _years(text) == []


@pytest.mark.parametrize(("text", "year"), [
    # a bound of a building year, before a verb's auxiliary (benchmarks/notes/floodinsurance_story.md)
    ("Under the plan, homes built up to 2019 can join the Carnbrook scheme.", 2019),
    ("Flats built until 1975 were exempt from the levy.", 1975),
    ("The bridge, completed by 2031, will carry trams.", 2031),
])
def test_a_bound_of_a_building_year_is_a_year(text: str, year: int) -> None:
    assert (str(year), year) in _years(text)
