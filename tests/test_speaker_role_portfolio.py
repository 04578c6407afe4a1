"""A role held for a lower-case portfolio, then a name: the name speaks.

"deputy mayor for housing Jo Ode", "minister for rural affairs Jo Ode" and
"head of research Jo Ode" are titles with the person after them, as
"economist Jo Ode" is. The attribution stopped at the preposition and gave
the quote to the bare role ("deputy mayor"), a speaker no other outlet named.
A body after the preposition keeps the role reading.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse

QUOTE = "\"Every family on this estate deserves a warm and dry home this winter,\" "


def speakers(attribution: str) -> list[str | None]:
    info = analyse(Article.from_text(QUOTE + attribution, id="s0", published="2026-10-02"))
    return [m.speaker for m in info.mentions if m.slot == "statement"]


@pytest.mark.parametrize("attribution", [
    "deputy mayor for housing Tilde Marchetti told the council.",
    "minister for rural affairs Tilde Marchetti said.",
    "said deputy mayor for housing Tilde Marchetti.",
    "cabinet member for culture and leisure Tilde Marchetti said on Monday.",
])
def test_the_name_after_a_lower_case_portfolio_speaks(attribution: str) -> None:
    assert speakers(attribution) == ["Tilde Marchetti"]


@pytest.mark.parametrize(("attribution", "speaker"), [
    ("chief physician of Ravensholt Hospital said.", "chief physician"),
    ("a spokesman for the Ravensholt Trust said.", "Ravensholt Trust"),
])
def test_a_body_after_the_preposition_keeps_the_role(attribution: str, speaker: str) -> None:
    assert speakers(attribution) == [speaker]


def test_one_capitalized_word_after_a_portfolio_is_left_as_it_was() -> None:
    assert speakers("spokesman for rail operator Northline said.") == ["spokesman"]
