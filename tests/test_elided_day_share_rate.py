"""A share of a day given bare after its rate keeps the rate: "out two hours a day, in for 22 hours".

A writer who splits a day gives the rate once and the other part of the day
bare ("patients were allowed out of the ward for three hours a day, so were
confined for 21 hours"). Read alone, the bare "21 hours" was a plain
duration, and another outlet's "confined for 21 hours a day" had nothing to
agree with (numbercontext.elided_rate).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff.extract import extract
from sourcediff.model import Article
from sourcediff.segment import segment
from sourcediff.values import Quantity


def _durations(text: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article(id="x", text=text, published=dt.date(2026, 5, 6))
    return [(m.raw, m.value.amount, m.value.unit) for m in extract(article, segment(article))
            if isinstance(m.value, Quantity) and m.value.unit is not None]


def test_the_bare_part_of_the_day_takes_the_rate() -> None:
    found = _durations("Patients at the Thurnby unit were let out for three hours a day, so were confined "
                       "for 21 hours.")
    assert ("21 hours", Decimal("21"), "hour per day") in found


def test_it_meets_the_spelled_rate() -> None:
    bare = _durations("Residents at Ravelstoke were out for four hours a day and inside for 20 hours.")
    spelled = _durations("Residents at Ravelstoke spent 20 hours a day inside.")
    assert ("20 hours", Decimal("20"), "hour per day") in bare
    assert ("20 hours a day", Decimal("20"), "hour per day") in spelled


@pytest.mark.parametrize("text", [
    "The Thurnby crew worked eight hours a day, and the climb lasted 30 hours.",  # more than a day
    "The Thurnby crew worked eight hours a day. The climb lasted 12 hours.",  # another sentence
])
def test_other_durations_keep_their_unit(text: str) -> None:
    assert all(unit == "hour per day" for raw, _, unit in _durations(text) if "a day" in raw)
    assert any(unit == "hour" for _, _, unit in _durations(text))
