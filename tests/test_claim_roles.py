"""Counts of different roles in one claim stay apart: the dead are not the missing, homes are not the missing.

Invented text. A lead that states the dead and the missing sits in the
claims of both; "at least 14" dead fits 27 missing as a value, and "more
than 20 homes" fits 27 missing too. Roles (extract/roles.py) say they are
different facts, and so does a source's own count of the role.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.factlinks import roles_apart
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity

WIRE = ("A mudslide buried part of the hill town of Corvane before dawn on Friday, killing at least {dead} "
        "people and leaving {missing} missing, officials said. Rescuers were searching the debris with dogs.")
PAPER = ("A mudslide that struck the hill town of Corvane on Friday has killed {dead} people, and {missing} "
         "residents remain missing, the regional civil protection agency said.")
TABLOID = ("A wall of mud smashed into the hill town of Corvane on Friday, burying more than 20 homes as "
           "families slept. {dead} people are confirmed dead and at least {missing} are missing.")


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    report = compare([Article.from_text(t, id=f"s{n}", published="2026-03-06") for n, t in enumerate(texts)])
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in report.facts
            if f.kind is Kind.NUMBER and len({m.source for m in f.mentions}) > 1]


def test_the_dead_and_the_missing_of_two_leads_are_two_facts() -> None:
    facts = _facts(WIRE.format(dead=14, missing=27), PAPER.format(dead=14, missing=27))
    assert ("agree", ["14", "at least 14"]) in facts
    assert ("agree", ["27", "27"]) in facts


def test_a_rival_missing_count_diverges_and_homes_stay_out() -> None:
    facts = _facts(WIRE.format(dead=14, missing=27), PAPER.format(dead=14, missing=27),
                   TABLOID.format(dead=14, missing=30))
    missing = [f for f in facts if "27" in f[1]]
    assert missing == [("diverge", ["27", "27", "at least 30"])]
    assert not any("more than 20" in raws for _, raws in facts)


def test_equal_counts_of_the_roles_agree() -> None:
    facts = _facts(WIRE.format(dead=14, missing=27), TABLOID.format(dead=14, missing=27))
    assert all(status == "agree" for status, _ in facts)


def _count(*cues: str) -> Mention:
    return Mention(kind=Kind.NUMBER, source="s", passage=0, span=Span(0, 2), raw="27",
                   value=Quantity(amount=27), slot="number:count", cues=cues)


def test_roles_apart() -> None:
    assert roles_apart(_count("role:dead"), _count("role:missing"))
    assert not roles_apart(_count("role:dead"), _count("person", "role:dead"))
    assert not roles_apart(_count("role:dead"), _count("home"))  # no role: the claim decides
    assert not roles_apart(_count(), _count())
