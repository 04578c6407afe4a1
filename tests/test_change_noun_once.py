"""The bare figures of a change whose noun is written once (invented text).

"from 30 classes to 18" writes the noun after the first figure only, and "the
number of classes ... from 30 to 18" beside neither: each bare figure counted
nothing and was dropped, so another outlet's "18 classes" had nothing to
agree with (extract/changecounts.py).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _counts(text: str) -> dict[str, tuple[str, ...]]:
    article = Article.from_text(text, published="2026-11-12")
    return {m.raw: m.cues for m in analyse(article).mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize("text", [
    "The swimming club will cut its timetable from 30 classes to 18 next term.",
    "The swimming club will cut the number of classes next term from 30 to 18.",
    "Under the plan the total of classes offered falls from 30 to 18.",
])
def test_both_figures_of_the_change_count_the_noun(text: str) -> None:
    counts = _counts(text)
    assert "class" in counts.get("30", ()) and "class" in counts.get("18", ())


@pytest.mark.parametrize("text", [
    "The club cut its timetable from 30 classes in May to 18 in June.",  # a series: the series rule's
    "Ticket prices rose from 30 pounds to 18 euros.",                    # two currencies: not one count
])
def test_a_change_with_something_else_between_is_not_read_here(text: str) -> None:
    assert "class" not in _counts(text).get("18", ())


def test_another_outlets_second_figure_now_agrees() -> None:
    a = Article.from_text("The Orvane swimming club will cut its timetable from 30 classes to 18 next term, "
                          "its chair said.", id="a", published="2026-11-12")
    b = Article.from_text("The Orvane swimming club will run 18 classes next term, down from 30, its chair "
                          "said.", id="b", published="2026-11-12")
    facts = compare([a, b]).facts
    eighteen = [f for f in facts if any(m.raw == "18" for m in f.mentions)]
    assert eighteen and {m.source for m in eighteen[0].mentions} == {"a", "b"}
