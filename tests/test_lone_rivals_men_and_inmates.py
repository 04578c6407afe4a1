"""A lone count of people held rivals an agreed count of "men" through a shared claim (lonerivals).

Three outlets' "the jail holds 480 men" and a fourth's "crammed 530 inmates
into the jail", seated in one claim with one of the three: one set of people
told two ways. "men" counts people by sex alone and "inmates" named no class
the rival join knew, so the fourth outlet's figure was left a detail only it
had and the divergence was lost. "men" now meets a named class of people
("inmates", "prisoners", "patients"), never another bare count by sex: "40
men" and "12 women" are two sets. These tests hand `join_lone_rivals` the
judged facts directly, with a stand-in for the evidence that says which
passages share a claim.
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
        return "c2" if frozenset((a.source, b.source)) in self.together else None


def _count(source: str, amount: str, *cues: str) -> Mention:
    return Mention(Kind.NUMBER, source, 1, Span(10, 14), amount, Quantity(Decimal(amount), None),
                   "number:count", cues=cues)


def _run(facts: list[Judged], ctx: _Claims) -> list[tuple[str, list[str]]]:
    mentions = [m for group, *_ in facts for m in group]
    joined = join_lone_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, [m.source for m in group]) for group, v, *_ in joined)


AGREED: Judged = ([_count("wire", "480", "man"), _count("site", "480", "man"), _count("radio", "480", "man")],
                  Verdict.AGREE, "c2", None)


def test_a_lone_count_of_inmates_rivals_the_agreed_count_of_men() -> None:
    facts = [AGREED, ([_count("paper", "530", "inmate")], Verdict.UNIQUE, "c3", None)]
    assert _run(facts, _Claims(("paper", "wire"))) == [("diverge", ["wire", "paper", "site", "radio"])]


def test_people_held_are_a_class_of_people() -> None:
    """Three outlets' "480 people" and a fourth's "530 lags": the slang noun names people held."""
    agreed: Judged = ([_count("wire", "480", "person"), _count("site", "480", "person"),
                       _count("radio", "480", "person")], Verdict.AGREE, "c2", None)
    facts = [agreed, ([_count("paper", "530", "lag")], Verdict.UNIQUE, "c3", None)]
    assert _run(facts, _Claims(("paper", "wire")))[0] == ("diverge", ["wire", "paper", "site", "radio"])


def test_a_lone_count_of_women_is_another_set() -> None:
    facts = [AGREED, ([_count("paper", "53", "woman")], Verdict.UNIQUE, "c3", None)]
    assert _run(facts, _Claims(("paper", "wire")))[1] == ("unique", ["paper"])


def test_a_lone_count_of_cells_is_no_rival_of_men() -> None:
    facts = [AGREED, ([_count("paper", "530", "cell")], Verdict.UNIQUE, "c3", None)]
    assert _run(facts, _Claims(("paper", "wire")))[1] == ("unique", ["paper"])


def test_unaligned_it_stays_the_outlets_own() -> None:
    facts = [AGREED, ([_count("paper", "530", "inmate")], Verdict.UNIQUE, "c3", None)]
    assert _run(facts, _Claims()) == [("agree", ["wire", "site", "radio"]), ("unique", ["paper"])]


def test_men_meet_a_named_class_of_people_only() -> None:
    assert people_meet(("man",), ("inmate",))
    assert people_meet(("woman",), ("patient",))
    assert not people_meet(("man",), ("woman",))
    assert not people_meet(("man",), ("home",))
