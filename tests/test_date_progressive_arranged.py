"""A present progressive dated by a weekday is an arrangement to come (invented text).

"Traders are meeting on Wednesday to discuss parking", written on a
Friday or a Sunday, speaks of the coming Wednesday; with no cue the day
went to the Wednesday before, and met another outlet's unrelated past date. Only a
verb next to the day counts: "is recovering in hospital after the fall on
Tuesday" still looks back.
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
    "Shopkeepers on the high street are meeting on Wednesday to discuss parking charges.",
    "The harbour board is meeting Wednesday to vote on the new fees, the chairman said.",
    "Two junior ministers are visiting on Wednesday, officials said.",
])
def test_a_present_progressive_day_looks_ahead(text: str) -> None:
    assert _days(text, "2026-03-13")["Wednesday"] == "2026-03-18"


@pytest.mark.parametrize("text", [
    "The cyclist is recovering in hospital after the fall on Wednesday, organisers said.",
    "The shopkeepers were meeting on Wednesday when the fire started.",
])
def test_other_clauses_keep_looking_back(text: str) -> None:
    assert _days(text, "2026-03-13")["Wednesday"] == "2026-03-11"
