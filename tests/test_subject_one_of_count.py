"""A subject that "is one of" a bare figure names what the figure counts (invented text).

"The Corvell is one of only two of the type still flying" gives the two no
noun of its own (the group is the subject's kind), so the figure was dropped
while another outlet's "one of just two airworthy Corvells" was read: the
two outlets seemed not to share the fact. The subject's noun, after its
determiner and before a copula ("is", "was", "remains"), is what the figure
counts, as the apposed noun of "the hostel, one of three opened" is
(tests/test_apposed_one_of_count.py).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-05-03"


def _counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s", published=PUBLISHED))
    return [(m.raw, m.cues) for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "raw", "noun"), [
    ("The Corvell is one of only two of the type still flying anywhere.", "two", "corvell"),
    ("The mill was one of just four left in the county by 1950.", "four", "mill"),
    ("The lighthouse remains one of 11 still staffed on the coast.", "11", "lighthouse"),
])
def test_a_figure_after_a_subjects_one_of_counts_the_subject(text: str, raw: str, noun: str) -> None:
    counts = _counts(text)
    assert any(r == raw and noun in cues for r, cues in counts), counts


@pytest.mark.parametrize("text", [
    "She finished one of three in the heat and went through to the final.",
    "They said it was one of three, maybe four, options on the table at the time.",
])
def test_one_of_without_a_named_subject_still_counts_nothing(text: str) -> None:
    counts = _counts(text)
    assert not any(raw == "three" for raw, _ in counts), counts


def test_the_subjects_count_agrees_with_another_outlets_count() -> None:
    arts = [
        Article.from_text("The Corvell that landed at Ashby Moor is one of just two airworthy Corvells, "
                          "its owners said.", id="s0", published=PUBLISHED),
        Article.from_text("Its owners said the Corvell is one of only two of the type still flying "
                          "anywhere in the world.", id="s1", published=PUBLISHED),
    ]
    facts = [f for f in compare(arts).facts if f.kind is Kind.NUMBER]
    assert any(f.status is Verdict.AGREE and {m.source for m in f.mentions} == {"s0", "s1"}
               for f in facts), facts
