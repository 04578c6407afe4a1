"""A consensus told with hedges, bounds and an order of magnitude still meets a lone rival (lonerivals.py).

Outlets agreeing on a count rarely write it alike: "about 1,150 buses a day"
in one, "1,150 buses" in another, "more than 1,100 buses" and "hundreds of
buses" in a third. A fourth outlet's "about 870 buses a day", aligned with one
of them, is the one dissenter; before, the agreed fact had to state one value
throughout, and the third outlet's "hundreds" (which fits any figure of its
size) was read as that outlet also giving the lone count. A noun of one class
("coaches" for the wire's "departures and arrivals" of an airport's "flights")
no longer reads the agreed value as a recurring figure of two things.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.countclasses import class_nouns
from sourcediff.lonerivals import join_lone_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, Quantity

ORDER = {"wire": 0, "trade": 1, "tabloid": 2, "local": 3}


class _Claims:
    def __init__(self, *together: tuple[str, str]) -> None:
        self.together = {frozenset(p) for p in together}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c3" if frozenset((a.source, b.source)) in self.together else None


def _count(source: str, amount: str, noun: str = "bus", *, qualifier: str | None = None,
           high: str | None = None, at: int = 10) -> Mention:
    value = Quantity(Decimal(amount), None, qualifier, Decimal(high) if high else None)
    return Mention(Kind.NUMBER, source, 1, Span(at, at + 4), amount, value, "number:count", cues=(noun,))


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


HEDGED = (_count("wire", "1150", qualifier=APPROX), _count("trade", "1150"),
          _count("tabloid", "200", qualifier=APPROX, high="999", at=40),
          _count("tabloid", "1100", qualifier=ABOVE, at=80))


def test_a_hedged_and_bounded_consensus_meets_its_lone_rival() -> None:
    facts: list[Judged] = [(list(HEDGED), Verdict.AGREE, "c1", None),
                           ([_count("local", "870", qualifier=APPROX)], Verdict.UNIQUE, "c3", None)]
    expected = [("diverge", ["wire", "trade", "tabloid", "tabloid", "local"])]
    assert _run(facts, _Claims(("local", "wire"))) == expected


def test_a_lone_figure_inside_the_bound_is_no_rival() -> None:
    """"About 1,120 buses" fits "more than 1,100": the bound's outlet could be saying it."""
    facts: list[Judged] = [(list(HEDGED), Verdict.AGREE, "c1", None),
                           ([_count("local", "1120", qualifier=APPROX)], Verdict.UNIQUE, "c3", None)]
    assert ("unique", ["local"]) in _run(facts, _Claims(("local", "wire")))


def test_two_stated_amounts_are_no_consensus() -> None:
    """1,150 in one outlet and 1,180 in another (both "about"): no one figure the others agree on."""
    told = [_count("wire", "1150", qualifier=APPROX), _count("trade", "1180", qualifier=APPROX),
            _count("tabloid", "1100", qualifier=ABOVE)]
    facts: list[Judged] = [(told, Verdict.AGREE, "c1", None),
                           ([_count("local", "870")], Verdict.UNIQUE, "c3", None)]
    assert ("unique", ["local"]) in _run(facts, _Claims(("local", "wire")))


def test_a_magnitude_alone_is_no_consensus_partner() -> None:
    """Only "hundreds" and one figure: the figure has one source, no consensus to dissent from."""
    facts: list[Judged] = [([_count("wire", "1150"), _count("tabloid", "200", qualifier=APPROX, high="999")],
                            Verdict.AGREE, "c1", None),
                           ([_count("local", "870")], Verdict.UNIQUE, "c3", None)]
    assert ("unique", ["local"]) in _run(facts, _Claims(("local", "wire")))


def test_departures_and_arrivals_count_flights() -> None:
    assert class_nouns(["departure"]) == class_nouns(["arrival"]) == class_nouns(["flight"])
    assert class_nouns(["holidaymaker"]) == class_nouns(["passenger"])
    assert class_nouns(["pilot"]) != class_nouns(["flight"])
