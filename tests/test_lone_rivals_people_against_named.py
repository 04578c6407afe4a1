"""A lone count of bare "people" rivals an agreed count naming people through a shared claim (lonerivals).

Three outlets' "2.3 million visitors" (or "visits") and a fourth's "a record
2.5 million people came to the lakes", seated in one claim with one of the
three: one set of people told two ways. The rival join met a lone named
count with agreed bare people ("23 people" and a lone "31 patients"), never
a lone bare-people count with an agreed named count, and "visitors" were in
no class of people (countclasses), so the fourth outlet's figure stayed its
own detail. These tests hand `join_lone_rivals` the judged facts directly,
with a stand-in for the evidence that says which passages share a claim.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.countclasses import people_meet
from sourcediff.lonerivals import join_lone_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import Quantity

ORDER = {"wire": 0, "paper": 1, "site": 2, "radio": 3}


class _Claims:
    """Only what the join asks of the evidence: the claim two mentions' passages share."""

    def __init__(self, *together: tuple[str, str]) -> None:
        self.together = {frozenset(p) for p in together}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c4" if frozenset((a.source, b.source)) in self.together else None


def _count(source: str, amount: str, *cues: str) -> Mention:
    return Mention(Kind.NUMBER, source, 1, Span(10, 14), amount, Quantity(Decimal(amount)), "number:count",
                   cues=cues)


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


def _lone_people() -> Judged:
    return ([_count("paper", "2500000", "person")], Verdict.UNIQUE, "c4", None)


def _agreed(noun: str, other: str) -> Judged:
    return ([_count("wire", "2300000", noun), _count("site", "2300000", other),
             _count("radio", "2300000", noun)], Verdict.AGREE, "c2", None)


def test_a_lone_count_of_people_rivals_agreed_visitors() -> None:
    facts = [_agreed("visitor", "visit"), _lone_people()]
    assert _run(facts, _Claims(("paper", "site"))) == [("diverge", ["wire", "paper", "site", "radio"])]


def test_a_lone_count_of_people_rivals_agreed_patients() -> None:
    facts = [_agreed("patient", "patient"), _lone_people()]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ["wire", "paper", "site", "radio"])]


def test_unaligned_it_stays_the_outlets_own() -> None:
    facts = [_agreed("visitor", "visit"), _lone_people()]
    assert _run(facts, _Claims()) == [("agree", ["wire", "site", "radio"]), ("unique", ["paper"])]


def test_a_lone_count_of_people_is_no_rival_of_things() -> None:
    facts = [_agreed("home", "home"), _lone_people()]
    assert _run(facts, _Claims(("paper", "wire")))[1] == ("unique", ["paper"])


def test_a_lone_count_of_people_in_a_role_is_no_rival() -> None:
    facts = [_agreed("visitor", "visitor"),
             ([_count("paper", "2500000", "person", "role:injured")], Verdict.UNIQUE, "c4", None)]
    assert _run(facts, _Claims(("paper", "wire")))[1] == ("unique", ["paper"])


def test_visitors_and_tourists_are_people() -> None:
    assert people_meet(("person",), ("visitor",))
    assert people_meet(("person",), ("tourist",))
    assert not people_meet(("person",), ("ticket",))
