"""A lone round bound of a measure ("more than 1,300 kilometres") joins the agreed figure it rounds."""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonejoin import join_lone_bounds
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, Quantity

ORDER = {"wire": 0, "tabloid": 1, "trade": 2}


def _m(source: str, raw: str, amount: int, unit: str | None, qualifier: str | None = None) -> Mention:
    slot = f"number:{unit}" if unit else "number"
    return Mention(kind=Kind.NUMBER, source=source, passage=1, span=Span(0, len(raw)), raw=raw,
                   value=Quantity(Decimal(amount), unit, qualifier), slot=slot)


def _agreed(amount: int, unit: str | None = "kilometre") -> Judged:
    return ([_m("wire", f"{amount:,} km", amount, unit), _m("trade", f"{amount:,} km", amount, unit)],
            Verdict.AGREE, None, None)


def _lone(raw: str, amount: int, unit: str | None = "kilometre", qualifier: str | None = ABOVE) -> Judged:
    return ([_m("tabloid", raw, amount, unit, qualifier)], Verdict.UNIQUE, None, None)


def _sources(facts: list[Judged]) -> list[list[str]]:
    return [[m.source for m in group] for group, *_ in facts]


def test_a_round_bound_joins_the_figure_it_rounds() -> None:
    facts = join_lone_bounds([_agreed(1342), _lone("more than 1,300 kilometres", 1300)], ORDER)
    assert _sources(facts) == [["wire", "tabloid", "trade"]]
    assert facts[0][1] is Verdict.AGREE


def test_a_bound_far_below_the_figure_stays_apart() -> None:
    facts = join_lone_bounds([_agreed(1842), _lone("more than 1,300 kilometres", 1300)], ORDER)
    assert _sources(facts) == [["wire", "trade"], ["tabloid"]]


def test_a_bound_that_fits_two_agreed_facts_stays_apart() -> None:
    facts = join_lone_bounds([_agreed(1342), _agreed(1377), _lone("more than 1,300 kilometres", 1300)], ORDER)
    assert len(facts) == 3


def test_a_bare_count_and_a_hedged_figure_never_join() -> None:
    count = join_lone_bounds([_agreed(1342, None), _lone("more than 1,300", 1300, None)], ORDER)
    hedged = join_lone_bounds([_agreed(1342), _lone("about 1,300 kilometres", 1300, qualifier=APPROX)], ORDER)
    assert len(count) == 2 and len(hedged) == 2
