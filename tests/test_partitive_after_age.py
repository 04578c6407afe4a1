"""A part "of them" after an age is a part of the count before the age (issue #11).

"The register lists 31 living people aged 112 or older; 29 of them are
women." The part took its whole from the figure just before it, the age,
which counts nothing, so "29 of them" was dropped. An age is no whole a
later part could take its noun from, as a margin is not: the part now counts
the people of the count before. Every sentence is invented.
"""

from __future__ import annotations

from sourcediff.extract import numbers
from sourcediff.model import Article
from sourcediff.segment import segment


def read(text: str) -> list[tuple[str, str]]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.slot) for m in numbers.extract(article, segment(article))]


def test_the_part_after_an_age_counts_the_people_before_it() -> None:
    found = read("The register lists 31 living people aged 112 or older; 29 of them are women.")
    assert ("29", "number:count") in found
    assert ("112", "number:age") in found


def test_ages_of_a_list_stay_ages_and_the_part_after_them_counts() -> None:
    found = read("Three climbers, aged 22, 25 and 31, were rescued; two of them were flown out.")
    assert found == [("Three", "number:count"), ("22", "number:age"), ("25", "number:age"),
                     ("31", "number:age"), ("two", "number:count")]
