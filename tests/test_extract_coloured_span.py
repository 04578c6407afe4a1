"""A word that colours a span of time leaves it a span: "four agonising minutes" is four minutes.

A tabloid writes "lost all contact for four agonising minutes" where a wire
writes "for 94 seconds"; read as a bare "four", the tabloid's figure was
no span at all and met the wire's "four-wheeled rover" instead.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse
from sourcediff.values import Quantity


def figures(text: str) -> list[tuple[str, Decimal, str | None]]:
    s = analyse(Article.from_text(text, id="s0", published="2026-11-19"))
    return [(m.raw, m.value.amount, m.value.unit) for m in s.mentions if isinstance(m.value, Quantity)]


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("Engineers lost all contact for four agonising minutes as the craft fell.", Decimal(4), "minute"),
    ("She spent three painful years in the Corvin clinic before the ruling.", Decimal(3), "year"),
    ("Families waited six long weeks for the inquiry's findings.", Decimal(6), "week"),
    ("It took 10 frantic minutes to clear the Harlow concert hall.", Decimal(10), "minute"),
    ("The strikers held out for five miserable days in the rain.", Decimal(5), "day"),
    ("After two anxious hours the divers surfaced at the Velmar quarry.", Decimal(2), "hour"),
])
def test_an_adjective_before_a_unit_of_time_keeps_the_span(text: str, amount: Decimal, unit: str) -> None:
    assert figures(text) == [(figures(text)[0][0], amount, unit)]


@pytest.mark.parametrize("text", [
    "The Corvin works runs 4 working groups and offers 12 stunning views.",  # no unit of time after the word
    "The 3 winning tickets were sold in the Harlow kiosk.",
    "Police found 14 missing documents in the Velmar archive.",
])
def test_an_adjective_without_a_unit_of_time_leaves_a_bare_figure(text: str) -> None:
    assert all(unit is None for _, _, unit in figures(text))


def test_a_plain_span_is_unchanged() -> None:
    assert figures("The 3 winning tickets were sold within 2 minutes.") == [
        ("3", Decimal(3), None), ("2 minutes", Decimal(2), "minute")]
