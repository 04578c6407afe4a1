"""A fact box's line that ends on a full name and a figure gives the person's age (invented text).

A legal news site listed "Defendant: <name>, 34" as one line of its case
summary, with no full stop: the figure was read as a bare count of nothing,
and the defendant's age, agreed by the other three sources, lost the site.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _slots(text: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published="2026-06-02"))
    return {m.raw: m.slot for m in info.mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize("line", [
    "Defendant: Nadia Ferrow, 52",  # a known given name
    "Accused: Torvald Quenby, 41",  # a person's label
])
def test_a_line_ending_on_a_name_and_a_figure_gives_an_age(line: str) -> None:
    text = f"Case summary\n\n{line}\n\nOffence: fraud\n\nSentence: six years"
    figure = line.rsplit(" ", 1)[1]
    assert _slots(text)[figure] == "number:age"


def test_a_line_ending_on_a_team_and_a_figure_is_no_age() -> None:
    text = "Results\n\nSecond half: Harford Town, 2\n\nAttendance: 4,100 fans"
    assert _slots(text).get("2") != "number:age"
