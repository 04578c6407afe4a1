"""A four-digit figure written without a comma counts the noun after it: "has 1640 pupils", not the year 1640.

A figure in the years' range (1500-2199) was read as a year and dropped, so
one outlet's "1640 pupils" never met another's "1,640 pupils". It counts only
when nothing else reads it as a year: after a hedge no year takes, or a verb
whose object is a head count, and before a noun a year does not modify.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-02"))
    return [(m.raw, m.cues[:1]) for m in info.mentions if m.slot == "number:count"]


def test_a_count_after_a_holding_verb() -> None:
    assert ("1820", ("student",)) in counts("Dunmore College, which has 1820 students, will close its annex.")
    assert ("1950", ("job",)) in counts("The carmaker cut 1950 jobs at its Harlow plant last spring.")


def test_a_count_after_a_hedge() -> None:
    assert ("about 2100", ("volunteer",)) in counts("The charity said about 2100 volunteers took part.")


def test_a_year_before_a_plural_noun_stays_a_year() -> None:
    assert counts("In 2019 pupils at the school sat a new exam.") == []
    assert counts("The 2024 winners were invited back to Harlow.") == []
    assert counts("Sales rose above 2019 levels at the Harlow store.") == []
    assert counts("The mill has 2019 figures that show a loss.") == []


def test_the_two_spellings_agree() -> None:
    comma = counts("Brackwood Academy has 1,750 pupils on roll.")
    plain = counts("Brackwood Academy has 1750 pupils on roll.")
    assert comma == [("1,750", ("pupil",))]
    assert plain == [("1750", ("pupil",))]
