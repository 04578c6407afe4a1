"""A count named by the relative clause after it ("72% of the 118 who responded"), invented text.

The figure names no noun, so it was read as a count of nothing and dropped:
a survey's base or a field of applicants was lost. The clause's verb is its
cue; a role word's clause keeps its role ("the 12 who died" counts the dead).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text(text, published="2026-10-06")
    return [(m.raw, m.cues) for m in analyse(article).mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "raw", "cue"), [
    ("Of the 214 who replied to the Marrowby survey, 61% backed the plan.", "214", "replied"),
    ("Most of the 300 who applied for the Lindhaven grants were turned down.", "300", "applied"),
    ("The 40 who were rescued from the ferry were taken to Harlow General.", "40", "rescued"),
])
def test_a_count_named_by_its_relative_clause_is_a_count(text: str, raw: str, cue: str) -> None:
    assert (raw, (cue,)) in counts(text)


def test_a_role_word_in_the_clause_keeps_its_role() -> None:
    assert ("12", ("role:dead",)) in counts("Of the 12 who died in the Marrowby fire, five were children.")


@pytest.mark.parametrize("text", [
    "In 1998 who could have guessed the result?",  # a year, no group
    "See page 118 who reads that far.",  # no "the" before the figure
    "The 2.5 who attended on average came late.",  # a fraction of a person counts nobody
])
def test_no_count_without_the_group(text: str) -> None:
    assert [raw for raw, _ in counts(text)] == []
