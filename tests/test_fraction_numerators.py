"""Fractions of several parts ("three-fifths", "seven tenths") are percentages, as "two-thirds" already was.

A trade paper writes "members will get three-fifths of their fees back"
where a wire gives "60 per cent of the fee": read as nothing, the trade
paper's share met no figure. Any numerator below its denominator is read now,
not only the few fractions a table listed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.extract.numberpercents import fraction_share
from sourcediff.pipeline import analyse


def shares(text: str) -> list[tuple[str, Decimal, Decimal | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-03-02"))
    return [(m.raw, m.value.amount, m.value.high) for m in info.mentions
            if m.kind.value == "percent"]


@pytest.mark.parametrize(("words", "percent"), [
    ("three-fifths", Decimal(60)), ("two fifths", Decimal(40)), ("four-fifths", Decimal(80)),
    ("seven-tenths", Decimal(70)), ("nine tenths", Decimal(90)), ("five-sixths", Decimal(500) / 6),
    ("three-eighths", Decimal("37.5")), ("two-thirds", Decimal(200) / 3), ("three quarters", Decimal(75)),
    ("a fifth", Decimal(20)), ("an eighth", Decimal("12.5")), ("half", Decimal(50)),
])
def test_fraction_words_read_as_their_percent(words: str, percent: Decimal) -> None:
    assert fraction_share(words) == percent


@pytest.mark.parametrize("words", ["five-fifths", "four thirds", "two fifth", "a fifths", "eleven tenths"])
def test_no_share_of_a_whole(words: str) -> None:
    assert fraction_share(words) is None


def test_several_parts_of_a_whole_in_a_sentence() -> None:
    assert shares("Members will get three-fifths of their fees back.") == [
        ("three-fifths", Decimal("54.0"), Decimal("66.0"))]
    assert shares("Nearly seven-tenths of the staff voted to strike.") == [
        ("Nearly seven-tenths", Decimal("63.0"), Decimal("77.0"))]


def test_a_fraction_of_a_span_is_no_share() -> None:
    assert shares("The ferry left three-quarters of an hour late.") == []


def test_three_fifths_meets_a_wires_sixty_per_cent() -> None:
    wire = Article.from_text("The Harlow Rowing Club will refund 60 per cent of the annual fee to every "
                             "member, the club said on Monday.", id="s0", published="2026-03-02")
    trade = Article.from_text("Members of the Harlow Rowing Club will get three-fifths of the annual fee "
                              "back, the club said.", id="s1", published="2026-03-02")
    facts = [f for f in compare([wire, trade]).facts if f.kind.value == "percent"]
    assert [(f.status.value, sorted(f.sources)) for f in facts] == [("agree", ["s0", "s1"])]
