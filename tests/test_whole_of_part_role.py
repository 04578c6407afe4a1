"""The whole of a part takes no role from the part's verb: "two of the 15 passengers were injured" (invented).

The clause's role word ("injured") was given to both figures, so the source
held two rival counts of the injured, 2 and 15, and the judge could set
neither against another source's "three passengers were injured": the
divergence went unreported. The whole keeps a role only from its own noun
phrase ("four of the 11 injured"), and "all of" / "both of" keep theirs,
since there the whole is the part.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _cues(text: str) -> dict[str, tuple[str, ...]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-16"))
    return {m.raw: m.cues for m in info.mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize(("text", "whole"), [
    ("Two of the 15 passengers were injured when the Orvik minibus overturned.", "15"),
    ("Two of the minibus's 15 passengers were injured.", "15"),
    ("None of the 40 pupils on the Brask school trip was hurt.", "40"),
    ("Three of 12 climbers were killed on the Vask ridge.", "12"),
])
def test_the_whole_is_not_counted_in_the_role(text: str, whole: str) -> None:
    assert not any(c.startswith("role:") for c in _cues(text)[whole])


@pytest.mark.parametrize(("text", "figure"), [
    ("Four of the 11 injured were described as serious.", "11"),
    ("All of the 15 passengers were injured when the Orvik minibus overturned.", "15"),
])
def test_a_whole_that_is_the_role_keeps_it(text: str, figure: str) -> None:
    assert "role:injured" in _cues(text)[figure]


def test_the_part_diverges_from_another_sources_count() -> None:
    a = Article.from_text("A minibus overturned on the Orvik pass on Monday. Two of the 15 passengers were "
                          "injured, police said.", id="a", published="2026-05-12")
    b = Article.from_text("A minibus overturned on the Orvik pass on Monday. Three passengers were injured, "
                          "police said.", id="b", published="2026-05-12")
    facts = [f for f in compare([a, b]).facts if f.kind is Kind.NUMBER]
    assert any(f.status.value == "diverge" and {m.raw for m in f.mentions} == {"Two", "Three"} for f in facts)
