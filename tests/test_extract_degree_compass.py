"""A degree sign with a compass point is degrees: "71.4°S" is the "71.4 degrees south" of another outlet."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def degrees(text: str) -> list[tuple[str, Quantity]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-11-19"))
    return [(m.raw, m.value) for m in s.mentions
            if isinstance(m.value, Quantity) and m.value.unit.startswith("degree")]


@pytest.mark.parametrize(("text", "amount"), [
    ("The lander set down in Harrow crater at 71.4°S on Thursday.", Decimal("71.4")),
    ("The research vessel reported its position as 64°N late on Monday.", Decimal(64)),
    ("The buoy drifted to 12.5° S before the storm passed.", Decimal("12.5")),
    ("The island lies at 151°E, far from any shipping lane.", Decimal(151)),
])
def test_a_degree_sign_with_a_compass_point_is_degrees(text: str, amount: Decimal) -> None:
    [(_, value)] = degrees(text)
    assert (value.amount, value.unit) == (amount, "degree")


@pytest.mark.parametrize(("text", "unit"), [
    ("It was 31°C in the shade at the Velmar depot.", "degree celsius"),  # a temperature keeps its scale
    ("Forecasters expect 95°F in Corlan on Friday.", "degree fahrenheit"),
])
def test_a_temperature_is_not_read_as_a_compass_degree(text: str, unit: str) -> None:
    [(_, value)] = degrees(text)
    assert value.unit == unit


def test_a_latitude_agrees_across_notations() -> None:
    wire = "The Corvin probe landed in Harrow crater, at 71.4 degrees south latitude, on Thursday."
    paper = "The Corvin probe touched down in Harrow crater at 71.4°S on Thursday."
    report = compare([Article.from_text(wire, id="a", published="2026-11-19"),
                      Article.from_text(paper, id="b", published="2026-11-19")])
    [fact] = [f for f in report.facts if f.kind is Kind.NUMBER and "71.4" in f.mentions[0].raw]
    assert fact.status is Verdict.AGREE
    assert sorted(m.source for m in fact.mentions) == ["a", "b"]
