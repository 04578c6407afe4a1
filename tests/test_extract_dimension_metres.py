"""An "m" glued to a figure after or before a dimension is metres, not millions (extract/amounts._metres).

Invented sentences. "Swells of 7m battered the pier" measures the sea; read as
7 million it became a count that any other count could be set against. Who
writes millions as "m" writes a currency or a counted noun ("£7m", "7m viewers").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import Money, Quantity


def numbers(text: str) -> list[tuple[Decimal, str | None]]:
    ms = analyse(Article.from_text(text, id="x", published="2026-03-02")).mentions
    return [(m.value.amount, getattr(m.value, "unit", None)) for m in ms
            if m.kind in (Kind.NUMBER, Kind.MONEY) and isinstance(m.value, Quantity | Money)]


@pytest.mark.parametrize(("text", "amount"), [
    ("Swells of 7m battered the pier at Ardcross on Sunday night.", "7"),
    ("Divers searched the wreck at a depth of about 40m before the light failed.", "40"),
    ("The gorge bridge has a span of 85m and opened in the spring.", "85"),
    ("Forecasters warned of wave heights of up to 12.5m off the western isles.", "12.5"),
    ("Volunteers built a 3m high wall of sandbags along the quay.", "3"),
])
def test_a_figure_beside_a_dimension_is_metres(text: str, amount: str) -> None:
    assert (Decimal(amount), "meter") in numbers(text)
    assert not any(a >= 1_000_000 for a, _ in numbers(text))


@pytest.mark.parametrize(("text", "amount"), [
    ("The council set aside £7m for the new pier at Ardcross.", "7000000"),
    ("The final was watched by 7m viewers, the broadcaster said.", "7000000"),
    ("Storm damage to homes in the valley may reach 9m, insurers said.", "9000000"),
])
def test_millions_stay_millions(text: str, amount: str) -> None:
    assert any(a == Decimal(amount) for a, _ in numbers(text))
