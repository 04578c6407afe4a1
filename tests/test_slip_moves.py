"""A dissenting figure that miscopies another agreed figure moves to it as its rival (slipmoves.py).

Invented text. A tabloid's "It managed just 76.3 per cent last year" was
seated with three outlets' latest-quarter sentences (83.7%) and set against
them, while their 78.3% for the year, the figure it miscopies (one digit
struck for another), stayed agreed. The unit tests hand
`join_slipped_dissenters` judged facts directly; `one_digit_off` is tested
beside `transposed`.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Kind, Verdict
from sourcediff.digitswap import one_digit_off
from sourcediff.model import Mention, Span
from sourcediff.quotefacts import Judged
from sourcediff.slipmoves import join_slipped_dissenters
from sourcediff.values import APPROX, Quantity

ORDER = {"wire": 0, "tabloid": 1, "trade": 2, "local": 3}


def _pct(source: str, amount: str, *, qualifier: str | None = None, at: int = 10) -> Mention:
    value = Quantity(Decimal(amount), "%", qualifier)
    return Mention(Kind.PERCENT, source, 1, Span(at, at + 5), f"{amount}%", value, "percent")


def _fact(verdict: Verdict, *ms: Mention) -> Judged:
    return (sorted(ms, key=lambda m: ORDER[m.source]), verdict, "c1", None)


def _run(facts: list[Judged], extra: tuple[Mention, ...] = ()) -> list[tuple[str, list[str], list[str]]]:
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    joined = join_slipped_dissenters(facts, mentions, ORDER)
    return sorted((v.value, [m.source for m in group], [m.raw for m in group]) for group, v, *_ in joined)


QUARTER = (_pct("wire", "83.7"), _pct("trade", "83.7"), _pct("local", "83.7"))
YEAR = (_pct("wire", "78.3", at=40), _pct("trade", "78.3", at=40), _pct("local", "78.3", at=40))


def test_the_miscopied_year_leaves_the_quarter_and_diverges_from_the_year() -> None:
    facts = [_fact(Verdict.DIVERGE, *QUARTER, _pct("tabloid", "76.3")), _fact(Verdict.AGREE, *YEAR)]
    assert _run(facts) == [
        ("agree", ["wire", "trade", "local"], ["83.7%"] * 3),
        ("diverge", ["wire", "tabloid", "trade", "local"], ["78.3%", "76.3%", "78.3%", "78.3%"]),
    ]


def test_a_swap_moves_too() -> None:
    facts = [_fact(Verdict.DIVERGE, *QUARTER, _pct("tabloid", "87.3")), _fact(Verdict.AGREE, *YEAR)]
    assert _run(facts)[1][0] == "diverge" and "tabloid" in _run(facts)[1][1]


def test_a_slip_of_its_own_claim_stays() -> None:
    """86.7 against 83.7 is already a slip of the claim's figure: that rivalry is the right one."""
    facts = [_fact(Verdict.DIVERGE, *QUARTER, _pct("tabloid", "86.7")),
             _fact(Verdict.AGREE, *(_pct(s, "88.7", at=40) for s in ("wire", "trade", "local")))]
    kept = ("diverge", ["wire", "tabloid", "trade", "local"], ["83.7%", "86.7%", "83.7%", "83.7%"])
    assert kept in _run(facts)


def test_a_figure_the_dissenter_also_states_keeps_it_apart() -> None:
    """A tabloid that gives 78.3 elsewhere reports two figures: 76.3 is no copy of it."""
    facts = [_fact(Verdict.DIVERGE, *QUARTER, _pct("tabloid", "76.3")), _fact(Verdict.AGREE, *YEAR)]
    assert _run(facts, extra=(_pct("tabloid", "78.3", at=90),))[0][0] == "agree"
    assert "tabloid" not in _run(facts, extra=(_pct("tabloid", "78.3", at=90),))[0][1]
    assert _run(facts, extra=(_pct("tabloid", "78.3", at=90),))[1][0] == "diverge"


def test_two_slipped_targets_decide_nothing() -> None:
    facts = [_fact(Verdict.DIVERGE, *QUARTER, _pct("tabloid", "76.3")), _fact(Verdict.AGREE, *YEAR),
             _fact(Verdict.AGREE, *(_pct(s, "76.1", at=60) for s in ("wire", "trade")))]
    kept = ("diverge", ["wire", "tabloid", "trade", "local"], ["83.7%", "76.3%", "83.7%", "83.7%"])
    assert kept in _run(facts)


def test_a_hedged_dissenter_stays() -> None:
    facts = [_fact(Verdict.DIVERGE, *QUARTER, _pct("tabloid", "76.3", qualifier=APPROX)),
             _fact(Verdict.AGREE, *YEAR)]
    assert _run(facts)[1][0] == "diverge" and "tabloid" in _run(facts)[1][1]


@pytest.mark.parametrize("a, b, off", [
    ("76.3", "78.3", True), ("1450", "1650", True), ("0.763", "0.783", True),
    ("76.3", "87.3", False), ("76.3", "76.3", False), ("36", "38", False), ("1200", "1300", False),
    ("76.3", "763", False), ("76.3", "79.4", False),
])
def test_one_digit_off(a: str, b: str, off: bool) -> None:
    assert one_digit_off(a, b) is off
