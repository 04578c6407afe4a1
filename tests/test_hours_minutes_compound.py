"""A journey of "about two hours and ten minutes" is one span of 130 minutes (invented text).

A timed result ("two hours and 14 minutes") is an elapsed time
(extract/elapsed); a hedged one is not, and was read as two loose figures,
"about two hours" and "ten minutes": the second then agreed with another
outlet's unrelated ten minutes, and the journey met no outlet's "130
minutes". Joined like "7lb 9oz" (measurecompound), it is one figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def _figures(text: str) -> list[tuple[str, object]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-02"))
    return [(m.raw, m.value) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "minutes"), [
    ("Buses from the airport take about two hours and ten minutes.", 130),
    ("The crossing lasts roughly 3 hours 20 minutes in calm weather.", 200),
    ("By coach it is around one hour, 45 minutes to the coast.", 105),
])
def test_hours_and_minutes_are_one_span(text: str, minutes: int) -> None:
    figures = _figures(text)
    assert len(figures) == 1
    value = figures[0][1]
    assert isinstance(value, Quantity)
    assert (value.amount, value.unit) == (Decimal(minutes), "minute")


def test_minutes_past_an_hour_stay_two_figures() -> None:
    figures = _figures("The queue took about two hours and 75 minutes went on security alone.")
    assert [raw for raw, _ in figures] == ["about two hours", "75 minutes"]
