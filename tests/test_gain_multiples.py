"""An energy gain written as a factor, a symbol or a multiple of the input is one figure to compare.

"a gain factor of 2.1", "Q = 2.1" and "2.1 times what went in" state the
same gain: the number scan read the first as a bare count and the others
not at all, so three outlets agreeing were three unique figures and one
outlet's other gain was never set against them (extract/multiples.py, the
cue "gain"). Invented text only.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse
from sourcediff.values import APPROX


def _gains(body: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article.from_text("Laser lab result\n\n" + body, id="s0", published="2026-05-12")
    return [(m.raw, m.value.amount, m.value.qualifier) for m in analyse(article).mentions  # type: ignore[union-attr]
            if m.kind is Kind.NUMBER and m.slot == "number:multiple" and "gain" in m.cues]


@pytest.mark.parametrize("body", [
    "The Harwell Ridge laser shot produced a gain factor of 2.1, the lab said on Monday.",
    "Scientists reported an energy gain factor (Q) of 2.1 from the capsule.",
    "The capsule reached a target gain of Q = 2.1 in the early hours.",
    "Physicists put the result at Q=2.1, a record for the facility.",
    "The capsule gave out 2.1 times what went in.",
    "The shot released 2.1 times the energy put in by the lasers.",
    "The implosion yielded 2.1 times its input, the team said.",
])
def test_a_gain_is_read_however_written(body: str) -> None:
    assert [(value, q) for _, value, q in _gains(body)] == [(Decimal("2.1"), None)]


def test_a_hedge_stays_with_the_gain() -> None:
    assert _gains("The capsule gave out nearly 2.1 times the energy put in.") == [
        ("nearly 2.1 times the energy put in", Decimal("2.1"), APPROX)]


@pytest.mark.parametrize("body", [
    "The party recorded a net gain of 1,200 votes in the ward.",
    "Shares posted a gain of 12% on Friday.",
    "The striker's gain of 3 kilograms worried the coach.",
    "Sales were 2.5 times higher than last year.",
    "The new hall is 1.4 times the size of the old one.",
    "His IQ = 120, the report claimed.",
    "Revenue grew by a factor of 1.4 over the decade.",
])
def test_other_gains_and_multiples_are_no_energy_gain(body: str) -> None:
    assert _gains(body) == []


def _gain_statuses(*bodies: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text("Laser lab result\n\n" + b, id=f"s{n}", published="2026-05-12")
                for n, b in enumerate(bodies)]
    report = compare(articles).to_dict()
    facts = report["facts"]
    assert isinstance(facts, list)
    return [(f["status"], sorted(m["text"] for m in f["mentions"])) for f in facts
            if f["kind"] == "number" and any("2." in m["text"] or "3." in m["text"] for m in f["mentions"])]


LEAD = ("The Harwell Ridge laser lab said its capsule shot on Friday produced {gain}, a first for a "
        "European facility, after the lasers delivered 3 megajoules.")


def test_three_outlets_writing_one_gain_three_ways_agree() -> None:
    facts = _gain_statuses(LEAD.format(gain="a gain factor of 2.1"),
                           LEAD.format(gain="a target gain of Q = 2.1"),
                           LEAD.format(gain="2.1 times what went in"))
    assert ("agree", ["2.1", "2.1", "2.1 times what went in"]) in facts


def test_another_gain_diverges() -> None:
    facts = _gain_statuses(LEAD.format(gain="a gain factor of 2.1"), LEAD.format(gain="a gain factor of 2.1"),
                           LEAD.format(gain="3.1 times what went in"))
    assert any(status == "diverge" and "3.1 times what went in" in texts for status, texts in facts), facts
