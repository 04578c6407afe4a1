""""the third year running", "a second successive quarter": an ordinal period of an unbroken row is a fact.

Why: only a day's row was read ("a fifth straight day", ordinals.day_rows);
"fares rose for the third year running" against another outlet's "for a 3rd
year in a row" was never compared, nor against "a fourth straight year". The
ordinal of a week, month, quarter, season or year with a row word is read as
an ordinal fact (slot "number:nth", cue "year in a row"), never as the
cardinal 3 (ordinals.period_rows). Invented text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.ordinals import period_rows
from sourcediff.pipeline import analyse


@pytest.mark.parametrize(("text", "words", "place", "cue"), [
    ("Rail fares rose for the third year running.", "third year running", 3, "year in a row"),
    ("Rail fares rose for a 3rd year in a row.", "3rd year in a row", 3, "year in a row"),
    ("The economy shrank for a second successive quarter.", "second successive quarter", 2,
     "quarter in a row"),
    ("It is the club's fourth straight season in the top flight.", "fourth straight season", 4,
     "season in a row"),
    ("Prices fell for a sixth consecutive month in May.", "sixth consecutive month", 6, "month in a row"),
])
def test_an_ordinal_period_of_a_row_is_its_place(text: str, words: str, place: int, cue: str) -> None:
    found = [(text[s:e], v.amount, c) for s, e, v, c in period_rows(text)]
    assert found == [(words, Decimal(place), cue)]


@pytest.mark.parametrize("text", [
    "It was the third year of the war.",
    "The second quarter was weaker than the first.",
    "In the first year running the shop she lost money.",
    "Fares rose for the fifth day running.",
])
def test_no_row_without_a_row_word_a_later_place_or_a_longer_period(text: str) -> None:
    assert period_rows(text) == ()


def test_a_row_is_no_cardinal_count() -> None:
    article = Article.from_text("Fares\n\nRail fares rose for the third year running.", id="s0",
                                published="2026-03-02")
    found = [(m.raw, m.slot, m.cues) for m in analyse(article).mentions if m.kind is Kind.NUMBER]
    assert found == [("third year running", "number:nth", ("year in a row",))]


_FARES = "Rail fares in the region rose for {} on Monday, the operator said."


def _verdicts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER]


def test_third_year_running_agrees_with_3rd_year_in_a_row() -> None:
    found = _verdicts(_FARES.format("the third year running"), _FARES.format("a 3rd year in a row"))
    assert (Verdict.AGREE, ["3rd year in a row", "third year running"]) in found


def test_third_year_running_diverges_from_a_fourth_straight_year() -> None:
    found = _verdicts(_FARES.format("the third year running"), _FARES.format("a fourth straight year"))
    assert (Verdict.DIVERGE, ["fourth straight year", "third year running"]) in found
