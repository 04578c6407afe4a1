"""A prefixed or rarer irregular past ("underwent", "withdrew", "fled") looks back (invented text).

A regional site dated Friday wrote that a patient "underwent the transplant
on Sunday": with no past cue in the clause the weekday went to the coming
Sunday, as if the operation were still to come, two days after the article.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _days(text: str, published: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published=published))
    return {m.raw: str(m.value.start) for m in info.mentions if m.kind is Kind.DATE}


@pytest.mark.parametrize("text", [
    "Tomas Eklind, 52, underwent a kidney operation on Sunday at Halvorsen Clinic in Ostmark.",
    "The striker withdrew from the squad on Sunday with a hamstring strain.",
    "About 300 villagers fled their homes on Sunday as the river rose.",
])
def test_an_irregular_past_sends_the_weekday_back(text: str) -> None:
    # Published Friday 2026-05-15: the Sunday before is the 10th, the coming one the 17th.
    assert _days(text, "2026-05-15")["Sunday"] == "2026-05-10"


def test_a_future_clause_still_looks_ahead() -> None:
    text = "Tomas Eklind, 52, will undergo a kidney operation on Sunday at Halvorsen Clinic in Ostmark."
    assert _days(text, "2026-05-15")["Sunday"] == "2026-05-17"
