"""A list of ranges under one "ranged from", and a "pounds" range the story states in sterling."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.extract.amounts import scan_amounts
from sourcediff.values import Money


def _ranges(text: str) -> list[tuple[Decimal, Decimal | None]]:
    return [(a.low, a.high) for a in scan_amounts(text)]


def test_a_listed_from_continues_the_sentences_ranged_from() -> None:
    text = ("Fares ranged from 30 to 90 euros in Arlo, from 25 to 80 francs in Bede and from 40 to 99 francs "
            "in Cray.")
    ranges = set(_ranges(text))
    want = {(Decimal(30), Decimal(90)), (Decimal(25), Decimal(80)), (Decimal(40), Decimal(99))}
    assert want <= ranges, ranges


def test_a_change_from_one_figure_to_another_stays_no_range() -> None:
    text = "Fares ranged widely. In Arlo the fare rose from 5 to 7 euros, and from 8 to 9 euros in Bede."
    assert all(high is None for _, high in _ranges(text)), _ranges(text)


def test_a_pounds_range_the_story_states_in_sterling_is_money() -> None:
    wire = Article.from_text("Seats at the Brackley arena ranged from 45 to 120 pounds, the organisers said.",
                             id="w", published=dt.date(2026, 11, 20))
    paper = Article.from_text("Seats at the Brackley arena cost between £45 and £120, organisers said.",
                              id="p", published=dt.date(2026, 11, 21))
    report = compare([wire, paper])
    values = [m.value for m in report.sources[0].mentions if "45" in m.raw]
    assert Money("GBP", Decimal(45), Decimal(120)) in values, values


def test_a_pounds_range_the_story_does_not_state_in_sterling_stays_a_weight() -> None:
    wire = Article.from_text("Seats at the Brackley arena ranged from 45 to 120 pounds, the organisers said.",
                             id="w", published=dt.date(2026, 11, 20))
    paper = Article.from_text("Seats at the Brackley arena cost between £45 and £95.", id="p",
                              published=dt.date(2026, 11, 21))
    report = compare([wire, paper])
    assert not any(isinstance(m.value, Money) for m in report.sources[0].mentions)
