"""Sports margins said as a compound or with "a" for one (gaps53): counts of their noun.

Every sentence here is invented. "one shot behind" was read as a count of one
shot; "a one-shot lead" and "led by a shot" were read as nothing, so an
outlet writing them neither agreed with nor contradicted the others.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff.extract.numbers import extract
from sourcediff.model import Article
from sourcediff.segment import segment
from sourcediff.values import Quantity


def counts(text: str) -> list[tuple[str, Decimal, tuple[str, ...]]]:
    article = Article.from_text(text, id="t")
    return [(m.raw, m.value.amount, m.cues) for m in extract(article, segment(article))
            if isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "raw", "amount", "noun"), [
    ("Choi, who held a one-shot lead after the third round, faded on Sunday.", "one-shot", 1, "shot"),
    ("Choi, who led by a shot going into Sunday, had to settle for second.", "a shot", 1, "shot"),
    ("Ashford held a one-goal lead at the break.", "one-goal", 1, "goal"),
    ("The Hawks built a two-point lead in the third quarter.", "two-point", 2, "point"),
    ("Her three-stroke advantage vanished on the back nine.", "three-stroke", 3, "stroke"),
    ("Rovers won by a single goal in the replay.", "a single goal", 1, "goal"),
])
def test_the_margin_is_a_count_of_its_noun(text: str, raw: str, amount: int, noun: str) -> None:
    assert (raw, Decimal(amount), (noun,)) in counts(text)


def test_the_plain_wording_gives_the_same_count() -> None:
    plain = counts("Reed began the last day one shot behind Choi.")
    compound = counts("Choi took a one-shot lead into the last day.")
    assert [(a, c) for _, a, c in plain] == [(a, c) for _, a, c in compound] == [(Decimal(1), ("shot",))]


@pytest.mark.parametrize("text", [
    "It was a one-shot wonder of a film.",
    "She was shot by a goal keeper in the comedy sketch.",
    "The club led by a point guard from Ohio won.",
])
def test_no_margin_without_a_margin_word(text: str) -> None:
    assert not [c for c in counts(text) if c[0].startswith(("a ", "one-"))]
