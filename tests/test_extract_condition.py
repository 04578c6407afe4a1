"""A count whose clause states only a degree of injury ("six were in critical condition")."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse

PART_OF_INJURED = ("role:injured", "part")


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.raw, m.cues) for m in analyse(Article.from_text(text)).mentions if m.slot == "number:count"]


@pytest.mark.parametrize("text, raw", [
    ("The wounded were flown to two hospitals in the capital; six were in critical condition.", "six"),
    ("Six were in critical condition on Thursday night.", "Six"),
    ("Two remain in a serious condition, doctors said.", "Two"),
    ("Rescuers pulled 14 from the rubble, and four are in intensive care.", "four"),
    ("Three were still in critical but stable condition in hospital.", "Three"),
])
def test_a_subject_count_in_a_state_of_injury_counts_part_of_the_injured(text: str, raw: str) -> None:
    assert (raw, PART_OF_INJURED) in counts(text)


@pytest.mark.parametrize("text", [
    "The old bridge was in poor condition after the floods.",  # no figure opens the clause
    "Four of the 12 footbridges were in good condition.",  # a count of footbridges, read by its noun
    "Buses on route 6 were in service again by noon.",  # a label, and no state of injury
    "In 2019 the rail line was in critical condition, engineers said.",  # a year is no count
])
def test_no_count_of_injured_without_a_subject_figure_in_a_state_of_injury(text: str) -> None:
    assert all(cues != PART_OF_INJURED for _, cues in counts(text))


def test_the_part_agrees_with_another_outlets_part_and_never_rivals_the_whole() -> None:
    a = Article.from_text("At least 40 people were injured when the grandstand collapsed on Saturday; "
                          "six were in critical condition.", id="a", published="2025-05-11")
    b = Article.from_text("Forty people were injured, six of them critically, when the grandstand "
                          "collapsed on Saturday.", id="b", published="2025-05-11")
    facts = [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare([a, b]).facts
             if f.kind.value == "number"]
    assert ("agree", ["six", "six"]) in facts
    assert all(status != "diverge" for status, _ in facts)
