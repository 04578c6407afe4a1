"""A planning decision's objections are one count, however each outlet words it (invented text).

"312 objections", "312 letters of objection" and "more than 300 residents wrote in to object" all
count the scheme's objections, so two outlets' single counts of them are rivals wherever they stand,
as two death tolls are: a trade site's "drew 321 objections" in its intro contradicts a wire's "312
objections" in its headline even when the aligner pairs the intro with another sentence.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Verdict, compare
from sourcediff.pipeline import analyse


def _roles(text: str) -> list[tuple[str, str | None]]:
    out = []
    for m in analyse(Article.from_text(text)).mentions:
        if m.slot == "number:count":
            roles = [c.removeprefix("role:") for c in m.cues if c.startswith("role:")]
            out.append((m.raw, roles[0] if roles else None))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("The council received 312 objections to the quarry extension.", [("312", "objections")]),
    ("Planners logged 312 letters of objection and 40 letters of support.",
     [("312", "objections"), ("40", None)]),
    ("More than 300 residents wrote in to object.", [("More than 300", "objections")]),
    ("Some 150 objectors packed the chamber.", [("Some 150", "objections")]),
    ("Divers raised 14 objects from the wreck.", [("14", None)]),
])
def test_objection_counts_take_their_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _roles(text) == expected


def _story(intro_b: str) -> list[tuple[Verdict, list[str]]]:
    a = ("Tillby council backs quarry extension despite 312 objections\n\n"
         "Councillors in Tillby on Monday approved a 20-hectare extension of the Harl Edge quarry by six "
         "votes to three. The quarry employs 45 people.\n\nThe operator said the extension would add "
         "twelve years to the site's life.")
    b = (f"{intro_b}\n\nMembers voted six to three after a three-hour debate. About 45 people work at the "
         "quarry.\n\nThe extension adds twelve years of working.")
    report = compare([Article.from_text(a, id="a", published="2026-06-01"),
                      Article.from_text(b, id="b", published="2026-06-01")])
    return [(f.status, [m.raw for m in f.mentions]) for f in report.facts
            if any(m.raw in ("312", "321", "more than 300") for m in f.mentions)]


def test_a_different_objection_count_diverges() -> None:
    facts = _story("The Harl Edge quarry extension, a 20-hectare scheme that drew 321 objections, was "
                   "approved on Monday.")
    assert [status for status, _ in facts] == [Verdict.DIVERGE]


def test_the_same_objection_count_agrees() -> None:
    facts = _story("The Harl Edge quarry extension, a 20-hectare scheme that drew 312 objections, was "
                   "approved on Monday.")
    assert all(status is not Verdict.DIVERGE for status, _ in facts)
