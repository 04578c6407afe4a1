"""A name of several words counts as one word when a date's clause is read for its tense (invented text).

"will meet Foreign Secretary Dame Olwen Pryce-Hartley in Geneva for the
first time on Thursday": the "will" is as close to the day as in "will meet
her in Geneva for the first time on Thursday", but counted word by word the
name's four words pushed it out of reach, no cue was left, and the coming
Thursday went to the one before.
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
    "The envoy will meet Foreign Secretary Dame Olwen Pryce-Hartley in Geneva for the first time on "
    "Thursday.",
    "The new coach will take charge of Dunmarsh Rovers Football Club against the league leaders on Thursday.",
])
def test_a_long_name_keeps_the_future_verb_in_reach(text: str) -> None:
    assert _days(text, "2026-03-07")["Thursday"] == "2026-03-12"  # published on a Saturday


@pytest.mark.parametrize("text", [
    "The envoy met Foreign Secretary Dame Olwen Pryce-Hartley in Geneva for the first time on Thursday.",
    "Police said the man had been seen near the Old Corn Exchange on the high street on Thursday.",
])
def test_a_past_clause_with_a_long_name_still_looks_back(text: str) -> None:
    assert _days(text, "2026-03-07")["Thursday"] == "2026-03-05"


def test_a_quoted_future_verb_is_no_cue_for_the_day_of_the_telling() -> None:
    text = "“We will not reopen the line,” the operator told the Dunmore Evening Gazette on Tuesday."
    assert _days(text, "2026-03-05")["Tuesday"] == "2026-03-03"  # published on a Thursday
