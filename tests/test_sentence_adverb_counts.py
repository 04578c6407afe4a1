"""A sentence-opening adverb before a figure ("Overall 420 jobs") is no name: the figure is a count."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def counts(text: str) -> list[str]:
    return [m.raw for m in analyse(Article.from_text(text)).mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nationally 2,340 staff are affected by the plan.", ["2,340"]),
    ("Overall 310 jobs will go at the plant.", ["310"]),
    ("Altogether 58 ferries were cancelled on Friday.", ["58"]),
    ("Regionally 19 schools stayed shut.", ["19"]),
    ("The union said so. Meanwhile 75 drivers walked out.", ["75"]),
])
def test_adverb_opening_the_sentence_keeps_the_count(text: str, expected: list[str]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Section 230 was debated in the chamber.",  # a name's number
    "The fleet flies Airbus 320 jets on the route.",  # a model mid-sentence
    "Finally 12 is the number on his shirt, not a count.",  # no counted noun: nothing to count
])
def test_names_and_bare_figures_stay_unread(text: str) -> None:
    assert counts(text) == []


def test_adverb_opened_count_agrees_with_plain_count() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2025-04-08") for n, t in enumerate((
        "Harwell Foods will shut its Danby bakery on Monday. The closure will affect 640 workers, the firm "
        "said.",
        "Harwell Foods will shut its Danby bakery on Monday. Overall 640 workers are affected, the firm "
        "said."))]
    facts = [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
             if f.kind.value == "number"]
    assert ("agree", ["640", "640"]) in facts
