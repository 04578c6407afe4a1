"""'a fortnight' is two weeks: "within a fortnight" and "within two weeks" state one span (managersacked)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def fortnights(text: str) -> list[tuple[str, Quantity]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-05-04"))
    return [(m.raw, m.value) for m in s.mentions
            if isinstance(m.value, Quantity) and m.value.unit == "fortnight"]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The ferry company hopes to name a new captain within a fortnight.", None),
    ("The bakery on Quay Street has been shut for more than a fortnight.", "above"),
])
def test_a_fortnight_is_one_fortnight(text: str, qualifier: str | None) -> None:
    [(_, value)] = fortnights(text)
    assert (value.amount, value.qualifier) == (Decimal(1), qualifier)


@pytest.mark.parametrize("text", [
    "Carers in Marrow Bay are paid £210 a fortnight, the council said.",
    "The choir meets twice a fortnight in the old chapel.",
    "The harbour board publishes its fortnightly bulletin on Mondays.",
])
def test_a_rate_or_a_frequency_is_no_fortnight(text: str) -> None:
    assert fortnights(text) == []


def test_a_fortnight_and_two_weeks_agree() -> None:
    texts = ("The ferry company said it hoped to name a new captain within a fortnight.",
             "The ferry company expects to appoint a new captain within two weeks.")
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-04") for n, t in enumerate(texts)]
    units = {"fortnight", "week"}
    facts = [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
             if any(isinstance(m.value, Quantity) and m.value.unit in units for m in f.mentions)]
    assert facts == [("agree", frozenset({"s0", "s1"}))]
