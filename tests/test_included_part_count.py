"""A bare figure after "including" counts a part of the count before it (numbercontext._included_part).

"The firm employs 2,400 people, including 650 at its depot" gives the 650
no noun of its own: it was dropped, and another outlet's "650 people work
at the depot" had nothing to agree with. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract import numbers
from sourcediff.extract.roles import PART
from sourcediff.model import Mention
from sourcediff.segment import segment


def figures(text: str) -> dict[str, Mention]:
    article = Article.from_text(text, id="t")
    return {m.raw: m for m in numbers.extract(article, segment(article))}


@pytest.mark.parametrize("text, part", [
    ("The firm employs 2,400 people, including 650 at its depot in Harlow.", "650"),
    ("The chain will close 140 stores, including 35 in the north-east.", "35"),
    ("About 1,900 volunteers signed up, among them 300 from the university.", "300"),
])
def test_a_figure_after_including_is_part_of_the_count(text: str, part: str) -> None:
    found = figures(text)
    assert part in found, sorted(found)
    m = found[part]
    assert m.slot == "number:count"
    assert PART in m.cues


def test_the_part_takes_the_count_noun() -> None:
    found = figures("The firm employs 2,400 people, including 650 at its depot in Harlow.")
    whole, part = found["2,400"], found["650"]
    assert set(whole.cues) <= set(part.cues)


@pytest.mark.parametrize("text, figure", [
    # a year, a sum: no part of a count
    ("The firm employs 2,400 people, including 2019 hires at its depot.", "2019"),
    ("The firm employs 2,400 people, including £650 in bonuses at its depot.", "£650"),
])
def test_no_part_of_another_kind(text: str, figure: str) -> None:
    found = figures(text)
    m = found.get(figure)
    assert m is None or PART not in m.cues


def test_no_count_before_leaves_the_figure_bare() -> None:
    # nothing before names what is counted: the figure still counts nothing
    assert "650" not in figures("Work resumed on Monday, including 650 at its depot in Harlow.")
