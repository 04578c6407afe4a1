"""A host-city or election result as outlets write it differently (invented text).

A division spelled in words beyond twelve ("fifty-three votes to 39"), a name
given its votes ("gave Harlow 41 votes"), money in millions set apart after a
currency code ("EUR 980 m") and a hedged fraction standing as a share ("just
over a third, around ...") are the same facts as the wire's digits.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse
from sourcediff.values import Money, Quantity, Tally


def _mentions(text: str, kind: Kind) -> list[Mention]:
    article = Article.from_text(text, published="2026-09-14")
    return [m for m in analyse(article).mentions if m.kind is kind]


@pytest.mark.parametrize(("text", "ayes", "noes"), [
    ("The city won fifty-three votes to 39 in the final round.", 53, 39),
    ("The motion passed by forty-one votes to thirty-eight.", 41, 38),
    ("The amendment fell by seventeen votes to twelve.", 17, 12),
    ("The council backed the plan by twenty votes to nineteen.", 20, 19),
])
def test_a_division_in_words_is_one_tally(text: str, ayes: int, noes: int) -> None:
    tallies = [m for m in _mentions(text, Kind.NUMBER) if isinstance(m.value, Tally)]
    assert [(t.value.ayes, t.value.noes) for t in tallies] == [(ayes, noes)]


def test_a_compound_number_word_is_never_two_sides() -> None:
    numbers = _mentions("The board approved the budget by a vote of forty-two.", Kind.NUMBER)
    assert not any(isinstance(m.value, Tally) for m in numbers)
    assert [m.raw for m in numbers] == ["forty-two"]


def test_the_words_and_the_digits_agree() -> None:
    wire = Article.from_text("Harlow beat Esterby by 61 votes to 44 in the run-off on Monday.",
                             id="a", published="2026-09-14")
    local = Article.from_text("Harlow won sixty-one votes to 44 in the run-off on Monday.",
                              id="b", published="2026-09-14")
    facts = [f for f in compare([wire, local]).facts if any(isinstance(m.value, Tally) for m in f.mentions)]
    assert len(facts) == 1 and facts[0].status == "agree"


@pytest.mark.parametrize(("text", "raw"), [
    ("Delegates gave Harlow 41 votes in the first round.", "41"),
    ("Voters handed the Greens 18 seats on the council.", "18"),
    ("The judges awarded Okafor 27 points for the routine.", "27"),
])
def test_a_name_given_votes_is_no_label(text: str, raw: str) -> None:
    assert raw in [m.raw for m in _mentions(text, Kind.NUMBER)]


@pytest.mark.parametrize("text", [
    "The carrier flies the Boeing 737 on the route.",
    "The Airbus A320 seats 180 passengers.",
])
def test_a_model_name_stays_a_label(text: str) -> None:
    raws = [m.raw for m in _mentions(text, Kind.NUMBER)]
    assert "737" not in raws and "320" not in raws


@pytest.mark.parametrize(("text", "raw", "amount"), [
    ("The public share is EUR 980 m, the rest private.", "EUR 980 m", 980_000_000),
    ("The fund holds USD 45 m in reserve.", "USD 45 m", 45_000_000),
])
def test_a_spaced_million_after_a_currency_code(text: str, raw: str, amount: int) -> None:
    money = [m for m in _mentions(text, Kind.MONEY) if m.raw == raw]
    assert len(money) == 1 and isinstance(money[0].value, Money) and money[0].value.amount == amount


def test_a_spaced_metre_stays_a_length() -> None:
    numbers = _mentions("The 800 m final was won in record time.", Kind.NUMBER)
    assert not _mentions("The 800 m final was won in record time.", Kind.MONEY)
    assert any(isinstance(m.value, Quantity) and m.value.unit == "meter" for m in numbers)


@pytest.mark.parametrize(("text", "raw"), [
    ("The plan costs 3 billion euros, with just over a third, about 1 billion, from taxes.",
     "just over a third"),
    ("Turnout in the ward was nearly half.", "nearly half"),
    ("Of the grant, well under a quarter; the rest went to roads.", "well under a quarter"),
])
def test_a_hedged_fraction_alone_is_a_share(text: str, raw: str) -> None:
    assert raw in [m.raw for m in _mentions(text, Kind.PERCENT)]


@pytest.mark.parametrize("text", [
    "The game was level over a quarter, then Harlow pulled away.",
    "She finished a third, behind two rivals.",
])
def test_an_unhedged_or_timed_fraction_is_no_share(text: str) -> None:
    assert not _mentions(text, Kind.PERCENT)


def test_just_over_a_third_agrees_with_35_percent() -> None:
    wire = Article.from_text("Of the 2 billion euro budget, 35 percent, or 700 million euros, is public.",
                             id="a", published="2026-09-14")
    local = Article.from_text(
        "Of the 2 billion euro budget, just over a third, about 700 million euros, is public.",
        id="b", published="2026-09-14")
    pct = [f for f in compare([wire, local]).facts if any(m.kind is Kind.PERCENT for m in f.mentions)]
    assert len(pct) == 1 and pct[0].status == "agree"
