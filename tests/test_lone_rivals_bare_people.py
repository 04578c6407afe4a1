"""A lone count of bare "people" rivals an agreed count of bare people through a shared claim (lonerivals).

Three outlets' "about 3,600 people were evacuated" and a fourth's "5,200
people had to leave their homes", seated in one claim with one of the
three: an editor reads one set of people told two ways. The lone count
named no noun ("people" is generic, countnouns), so the rival join left it
a detail only the fourth outlet had, though a lone "5,200 residents" joined.
These tests hand `join_lone_rivals` the judged facts directly, with a
stand-in for the evidence that says which passages share a claim.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.lonerivals import join_lone_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import APPROX, Quantity

ORDER = {"wire": 0, "paper": 1, "site": 2, "radio": 3}


class _Claims:
    """Only what the join asks of the evidence: the claim two mentions' passages share."""

    def __init__(self, *together: tuple[str, str]) -> None:
        self.together = {frozenset(p) for p in together}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return "c4" if frozenset((a.source, b.source)) in self.together else None


def _count(source: str, amount: str, *cues: str, qualifier: str | None = None) -> Mention:
    value = Quantity(Decimal(amount), None, qualifier)
    return Mention(Kind.NUMBER, source, 1, Span(10, 14), amount, value, "number:count",
                   cues=cues or ("person",))


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


AGREED: Judged = ([_count("wire", "3600", qualifier=APPROX), _count("site", "3600"),
                   _count("radio", "3600", qualifier=APPROX)], Verdict.AGREE, "c2", None)


def test_a_lone_count_of_people_rivals_the_agreed_count_of_people() -> None:
    facts = [AGREED, ([_count("paper", "5200")], Verdict.UNIQUE, "c4", None)]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ["wire", "paper", "site", "radio"])]


def test_unaligned_it_stays_the_outlets_own() -> None:
    facts = [AGREED, ([_count("paper", "5200")], Verdict.UNIQUE, "c4", None)]
    assert _run(facts, _Claims()) == [("agree", ["wire", "site", "radio"]), ("unique", ["paper"])]


def test_a_count_of_people_in_a_role_is_no_rival() -> None:
    """"5,200 people were injured" counts the injured: another fact than the evacuated people."""
    facts = [AGREED, ([_count("paper", "5200", "person", "role:injured")], Verdict.UNIQUE, "c4", None)]
    assert _run(facts, _Claims(("paper", "wire")))[1] == ("unique", ["paper"])


def test_a_lone_count_of_things_is_no_rival_of_people() -> None:
    facts = [AGREED, ([_count("paper", "5200", "home")], Verdict.UNIQUE, "c4", None)]
    assert _run(facts, _Claims(("paper", "wire")))[1] == ("unique", ["paper"])


def test_the_outlet_giving_the_agreed_count_too_reports_two_sets() -> None:
    facts = [AGREED, ([_count("paper", "5200")], Verdict.UNIQUE, "c4", None),
             ([_count("paper", "3600")], Verdict.UNIQUE, "c9", None)]
    assert ("unique", ["paper"]) in _run(facts, _Claims(("paper", "wire")))
