"""A hyphenated compound of an irregular plural is a plural: "31 great-grandchildren" counts (issue #11).

Family counts in birthday and obituary stories go past grandchildren: "nine
grandchildren, 31 great-grandchildren and two great-great-grandchildren".
The compound rule ("grandchildren", "policewomen") asked the whole word to
be letters, so a hyphen before "children" made no plural, the figure counted
nothing and was dropped, while "great-nephews" (a plural by its "s") was
read. The part after the last hyphen now decides; each generation keeps its
own noun, so a count of great-grandchildren never meets one of grandchildren.
Every sentence is invented.
"""

from __future__ import annotations

import pytest

from sourcediff.extract import numbers
from sourcediff.extract.amounts import is_plural, singular
from sourcediff.model import Article
from sourcediff.segment import segment


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text(text, id="t", published="2026-11-19")
    return [(m.raw, m.cues) for m in numbers.extract(article, segment(article))]


@pytest.mark.parametrize(("word", "one"), [
    ("great-grandchildren", "great-grandchild"),
    ("great-great-grandchildren", "great-great-grandchild"),
    ("step-children", "step-child"),
    ("sales-women", "sales-woman"),
    ("grandchildren", "grandchild"),
])
def test_a_hyphenated_compound_takes_its_last_part_s_plural(word: str, one: str) -> None:
    assert is_plural(word)
    assert singular(word) == one


@pytest.mark.parametrize("word", ["mother-in-law", "x-ray", "well-being", "south-yemen"])
def test_hyphenated_singulars_stay_singular(word: str) -> None:
    assert not is_plural(word)


def test_each_generation_is_counted_with_its_own_noun() -> None:
    found = counts("Tomasz Orvell leaves nine grandchildren, 31 great-grandchildren and two "
                   "great-great-grandchildren.")
    assert found == [("nine", ("grandchild",)), ("31", ("great-grandchild",)),
                     ("two", ("great-great-grandchild",))]


def test_step_children_are_counted() -> None:
    assert counts("The couple raised 11 step-children on the farm.") == [("11", ("step-child",))]
