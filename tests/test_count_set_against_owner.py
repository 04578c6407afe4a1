"""A bare figure that a clause gives after a count, the noun left out, counts that noun: when the other
side's figure is set against it with its owner's possessive ("58 seats to the Greens' 21"), and when the
clause holds an abbreviation's period ("in the Jan. 4 vote and the Greens 21"), which ends no sentence."""

from __future__ import annotations

from sourcediff.extract import numbers
from sourcediff.model import Article, Mention
from sourcediff.segment import segment


def _mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text)
    return numbers.extract(article, segment(article))


def counts(text: str) -> dict[str, tuple[str, ...]]:
    """Each count mention's raw figure and its cues."""
    return {m.raw: m.cues for m in _mentions(text) if m.slot == "number:count"}


def test_the_other_sides_figure_after_a_possessive_counts_the_same_noun() -> None:
    assert counts("The Unionists, with 34 seats to the Greens' 17, lead the council.")["17"] == ("seat",)
    assert counts("Marlow United took nine points to Selby's four.")["four"] == ("point",)
    assert counts("The plan won 52 votes against the mayor's 12 on Tuesday.")["12"][0] == "vote"


def test_a_possessive_figure_with_a_noun_of_its_own_keeps_it() -> None:
    assert counts("The firm sold 30 flats to the council's 12 tenants.")["12"] == ("tenant",)


def test_an_abbreviation_period_does_not_end_the_gapped_clause() -> None:
    assert counts("The Unionists won 34 seats in the Jan. 4 vote and the Greens 17.")["17"] == ("seat",)
    assert counts("The party won 40 seats under Dr. Orme and 12 in the next election.")["12"] == ("seat",)


def test_a_sentence_end_still_ends_the_clause() -> None:
    found = counts("The Unionists won 34 seats. In the end the Greens 17.")
    assert "17" not in found
