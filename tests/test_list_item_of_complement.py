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
