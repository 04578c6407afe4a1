"""Different figures of different roles in one claim stay apart: "at least 14" dead is not 27 missing.

Invented text. A lead that states the dead and the missing sits in the
claims of both, and "at least 14" dead fits 27 missing as a value. Roles
(extract/roles.py) say they are different facts. The very same figure of two
roles is left to the claim: a role is read from the nearest role word.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.factlinks import roles_apart
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import FLOOR, Quantity

WIRE = ("A mudslide buried part of the hill town of Corvane before dawn on Friday, killing at least {dead} "
        "people and leaving {missing} missing, officials said. Rescuers were searching the debris with dogs.")
PAPER = ("A mudslide that struck the hill town of Corvane on Friday has killed {dead} people, and {missing} "
         "residents remain missing, the regional civil protection agency said.")


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    report = compare([Article.from_text(t, id=f"s{n}", published="2026-03-06") for n, t in enumerate(texts)])
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in report.facts
            if f.kind is Kind.NUMBER and len({m.source for m in f.mentions}) > 1]


def test_the_dead_and_the_missing_of_two_leads_are_two_facts() -> None:
    facts = _facts(WIRE.format(dead=14, missing=27), PAPER.format(dead=14, missing=27))
    assert ("agree", ["14", "at least 14"]) in facts
    assert ("agree", ["27", "27"]) in facts


def test_a_rival_toll_still_diverges() -> None:
    facts = _facts(WIRE.format(dead=14, missing=27), PAPER.format(dead=16, missing=27))
    assert ("diverge", ["16", "at least 14"]) not in facts  # a floor below 16 fits it
    assert ("agree", ["27", "27"]) in facts
    assert _facts(WIRE.format(dead=14, missing=27), PAPER.format(dead=11, missing=27))[0] == (
        "diverge", ["11", "at least 14"])


def _count(amount: int, *cues: str, qualifier: str | None = None) -> Mention:
    return Mention(kind=Kind.NUMBER, source="s", passage=0, span=Span(0, 2), raw=str(amount),
                   value=Quantity(amount=amount, qualifier=qualifier), slot="number:count", cues=cues)


def test_roles_apart() -> None:
    assert roles_apart(_count(14, "role:dead", qualifier=FLOOR), _count(27, "role:missing"))
    assert roles_apart(_count(14, "role:dead"), _count(27, "role:missing"))
    # The very same figure is left to the claim, and so are counts of one role or of none.
    assert not roles_apart(_count(12, "role:injured"), _count(12, "role:arrested"))
    assert not roles_apart(_count(14, "role:dead"), _count(16, "person", "role:dead"))
    assert not roles_apart(_count(14, "role:dead"), _count(27, "home"))
    assert not roles_apart(_count(27), _count(27))
