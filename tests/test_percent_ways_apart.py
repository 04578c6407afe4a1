"""A rise and a cut are never one fact: two percents whose clauses move them opposite ways stay apart.

Why: a local paper wrote "Shoppers will pay 10 per cent more for the bars,
and the bar is getting smaller", the aligner seated it beside the other
outlets' cuts in pack weight, and the rise and the cuts were judged one
diverging fact: a false alarm that also hid the rise's real rival
(extract/percentmoves).
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.percentmoves import DOWN, UP, percent_way


def _way(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    return percent_way(sentence, start, start + len(figure))


@pytest.mark.parametrize(("sentence", "figure", "way"), [
    ("Shoppers will pay 10 per cent more for the bars.", "10 per cent", UP),
    ("The bar gets a 13.6% cut in pack weight.", "13.6%", DOWN),
    ("The bar will be slashed by almost 14 per cent, the firm said.", "almost 14 per cent", DOWN),
    ("The firm will raise the price of its bars by 12% from April.", "12%", UP),
    ("Shares were up 4% at noon.", "4%", UP),
    ("Sales fell 3 per cent in March.", "3 per cent", DOWN),
    ("Staff were promised a 5% pay rise.", "5%", UP),
    ("Unemployment rose to 5.2% in May.", "5.2%", None),  # a level reached, no change
    ("Inflation stood at 3% in May.", "3%", None),
    ("About 40% of members voted.", "40%", None),
    ("Prices fell last year, and 30% of shops closed.", "30%", None),  # another clause's verb
])
def test_the_way_is_read_from_the_figures_own_clause(sentence: str, figure: str, way: str | None) -> None:
    assert _way(sentence, figure) == way


def _percents(a_body: str, b_body: str) -> list[tuple[str, tuple[str, ...]]]:
    a = Article.from_text("Bar prices change\n\n" + a_body, id="a", published="2026-03-03")
    b = Article.from_text("Chocolate bar news\n\n" + b_body, id="b", published="2026-03-04")
    return [(f.status.value, tuple(sorted(m.source for m in f.mentions)))
            for f in compare([a, b]).facts if f.kind.value == "percent"]


# Every sentence ends alike, so the two outlets' sentences align.
_TAIL = " from 1 April, the company said on Monday."
RISE_10 = "Shoppers will pay 10 per cent more for Pellow's Velvet bar" + _TAIL
CUT_14 = "Pellow's Velvet bar will be cut by 14 per cent" + _TAIL
CUT_14_WEIGHT = "Pellow's Velvet bar will get a 14% cut in weight" + _TAIL
PRICE_CUT_12 = "Pellow's will cut the price of its Velvet bar by 12%" + _TAIL
COST_MORE_12 = "Pellow's Velvet bar will cost 12 per cent more" + _TAIL
UP_12 = "The price of Pellow's Velvet bar goes up 12%" + _TAIL
UP_10 = "The price of Pellow's Velvet bar goes up 10%" + _TAIL
RISE_12 = "Pellow's Velvet bar faces a 12 per cent rise in price" + _TAIL


def test_a_rise_and_a_cut_in_aligned_sentences_are_not_one_diverging_fact() -> None:
    assert ("diverge", ("a", "b")) not in _percents(RISE_10, CUT_14)


def test_a_rise_and_a_cut_in_weight_are_not_one_diverging_fact() -> None:
    assert ("diverge", ("a", "b")) not in _percents(RISE_10, CUT_14_WEIGHT)


def test_an_equal_cut_and_rise_do_not_agree() -> None:
    assert ("agree", ("a", "b")) not in _percents(PRICE_CUT_12, COST_MORE_12)


def test_up_and_a_rise_of_one_figure_still_agree() -> None:
    assert ("agree", ("a", "b")) in _percents(UP_12, RISE_12)


def test_two_rises_of_one_thing_still_diverge() -> None:
    assert ("diverge", ("a", "b")) in _percents(UP_10, UP_12)
