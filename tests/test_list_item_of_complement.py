"""A later list item told apart by its own "of" complement counts the first item's noun (invented text).

"He faces 14 counts of fraud and three of money laundering": the three
names no noun, so it was dropped as counting nothing, and the outlet that
writes "three counts of bribery" in full had nothing to agree with.
Partitives ("three of them", "two of the nine") are not such items.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract import patterns as P
from sourcediff.pipeline import analyse


def _counts(text: str) -> list[tuple[str, Decimal]]:
    art = analyse(Article.from_text(text, id="s", published="2026-03-02"))
    return [(m.raw, m.value.amount) for m in art.mentions if m.kind is Kind.NUMBER]


def test_the_second_item_is_a_count() -> None:
    assert _counts("The mayor faces 11 counts of bribery and four of tax evasion, prosecutors said.") == [
        ("11", Decimal(11)), ("four", Decimal(4))]


def test_an_item_after_a_modified_noun_is_a_count() -> None:
    assert ("four", Decimal(4)) in _counts("The mayor faces 11 bribery charges and four of tax evasion.")


def test_a_partitive_or_a_whole_is_no_such_item() -> None:
    for after in (" of them", " of the pools", " of those", " of his aides", " of 12", " of nine",
                  " of our own", " of about a dozen"):
        assert P.NUM_LIST_ITEM_OF_AFTER.match(after) is None, after
    assert P.NUM_LIST_ITEM_OF_AFTER.match(" of tax evasion") is not None


def test_the_items_meet_another_outlets_full_counts() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate((
        "Mayor Tobin Harle of Elmsby faces 11 counts of bribery and four of tax evasion, prosecutors said.",
        "Elmsby mayor Tobin Harle was charged with 11 counts of bribery and four counts of tax evasion.",
    ))]
    facts = [f for f in compare(arts).facts if f.kind is Kind.NUMBER]
    fours = [f for f in facts if any(m.raw == "four" for m in f.mentions)]
    assert len(fours) == 1 and fours[0].status is Verdict.AGREE
    assert {m.source for m in fours[0].mentions} == {"s0", "s1"}


def test_the_first_item_of_a_breakdown_after_a_colon_is_a_count() -> None:
    text = "She faces 5 charges under the Fraud Act: three of false accounting, and two of theft."
    assert _counts(text) == [("5", Decimal(5)), ("three", Decimal(3)), ("two", Decimal(2))]
    art = analyse(Article.from_text(text, id="s", published="2026-03-02"))
    items = [m.cues for m in art.mentions if m.raw in ("three", "two")]
    assert items == [("charge", "part"), ("charge", "part")]  # some of the five charges, no rival of them


def test_a_colon_opens_a_breakdown_only_right_before_its_first_item() -> None:
    assert P.NUM_LIST_OPENING_BEFORE.search("faces 5 charges: ") is not None
    assert P.NUM_LIST_OPENING_BEFORE.search("faces 5 charges: in all ") is None


def test_a_colon_partitive_stays_a_part() -> None:
    art = analyse(Article.from_text("The club signed 4 players: two of them from abroad.", id="s",
                                    published="2026-03-02"))
    twos = [m for m in art.mentions if m.raw == "two"]
    assert len(twos) == 1 and "part" in twos[0].cues


def test_a_breakdown_meets_another_outlets_full_counts() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate((
        "Councillor Anwen Rhosier faces 3 charges: two of misconduct in public office, and one of fraud.",
        "Councillor Anwen Rhosier was charged with two counts of misconduct in public office and one count"
        " of fraud.",
    ))]
    facts = [f for f in compare(arts).facts if f.kind is Kind.NUMBER]
    twos = [f for f in facts if any(m.raw == "two" for m in f.mentions)]
    assert len(twos) == 1 and twos[0].status is Verdict.AGREE
    assert {m.source for m in twos[0].mentions} == {"s0", "s1"}
