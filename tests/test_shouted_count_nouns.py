"""A count's noun set in capitals for emphasis ("135 JOBS will be axed") names what it counts.

numbernouns._counted_noun never took an all-capitals word for a count's plural noun (an acronym such as
"NHS" or "GPS" ends in "s" too), so a tabloid's "Meanwhile 135 JOBS will be axed" counted nothing and the
figure was dropped, while the wire's "cut 135 jobs" was read: the two sentences lost the figure that pairs
them (councildebt, benchmarks/notes/councildebt_story.md).
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def count_nouns(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text("Town hall crisis\n\n" + text, id="s0", published="2027-05-12"))
    return [(m.raw, m.cues[0] if m.cues else None) for m in info.mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "raw", "noun"), [
    ("Meanwhile 135 JOBS will be axed at the crisis-hit depot.", "135", "job"),
    ("The new flood wall will shield 14,200 HOMES from the tide.", "14,200", "home"),
    ("Bosses told the union that 410 STAFF would be moved to other sites.", "410", "staff"),
    ("The firm is set to create 96 NEW JOBS at the plant.", "96", "job"),
])
def test_a_shouted_plural_is_counted(text: str, raw: str, noun: str) -> None:
    assert count_nouns(text) == [(raw, noun)]


def test_the_shouted_count_meets_the_lower_case_one() -> None:
    assert count_nouns("Meanwhile 135 JOBS will be axed.") == count_nouns("Meanwhile 135 jobs will be axed.")


def test_a_lower_case_plural_after_an_acronym_still_counts() -> None:
    # the acronym modifies the noun after it; it is never the noun
    assert count_nouns("The agency has fitted 12 SMART drum lines off the beaches.") == [("12", "line")]
    assert count_nouns("Cuts will hit 38 NHS trusts in the region.") == [("38", "trust")]


@pytest.mark.parametrize("word", ["NHS", "GPS", "ONS", "A&E", "Jobs", "jobs", "B52S"])
def test_what_is_not_shouted(word: str) -> None:
    from sourcediff.extract.numbernouns import shouted
    assert not shouted(word)


def test_what_is_shouted() -> None:
    from sourcediff.extract.numbernouns import shouted
    assert shouted("JOBS") and shouted("HOMES") and shouted("STAFF")
