"""Lone sums a claim sets side by side, kept apart by a fact box's label (money.money_cues, divergesumnouns).

A paper states the debt and the ground in one sentence ("will take on £30m
of debt and add 4,000 seats to the ground"), so it also sits in the claim of
a trade site's fact box line "Ground: 4,000 more seats, with a budget of
GBP 18m". Each passage states one sum, so the two were offered as rivals: a
false alarm, and the trade site's budget lost as a detail of its own. The
trade site names its debt under a label ("Debt taken on: GBP 30m"), which
gave the sum no noun at all. Every sentence here is invented.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.divergesumnouns import noun_sums, sums_told_apart
from sourcediff.model import Kind, Mention, SourceInfo
from sourcediff.pipeline import analyse

PAPER = ("Orrin Athletic have a new owner after the Calloway group completed its purchase of the club "
         "yesterday.\n\n"
         "The Calloway group will also take on £30m of debt, and has pledged to add 4,000 seats to the "
         "9,500-capacity Brookfold ground.\n")
TRADE = ("The Calloway group completed its purchase of Orrin Athletic on 3 March.\n\n"
         "Debt taken on: GBP 30m, including GBP 11m of director loans.\n\n"
         "Ground: Brookfold to gain 4,000 seats on its 9,500 capacity, with a budget of GBP 18m.\n")


def _sources(*texts: str) -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-03-04"))
                 for n, t in enumerate(texts))


def _sum(source: SourceInfo, raw: str) -> Mention:
    return next(m for m in source.mentions if m.kind is Kind.MONEY and m.raw == raw)


def test_a_fact_box_label_names_its_sum() -> None:
    (trade,) = _sources(TRADE)
    assert "debt" in _sum(trade, "GBP 30m").cues
    (listed,) = _sources("Current list price: GBP 2,100 a pack.\n")
    assert "price" in _sum(listed, "GBP 2,100").cues  # the label's head, not its adjective
    assert "debt" not in _sum(trade, "GBP 11m").cues  # not the first figure after the label


def test_a_sentence_naming_itself_is_no_label() -> None:
    (paper,) = _sources("He said: about $4m had been raised.\n")
    assert _sum(paper, "about $4m").cues == ()


def test_the_budget_is_told_apart_from_the_debt() -> None:
    paper, trade = _sources(PAPER, TRADE)
    by_noun = noun_sums([*paper.mentions, *trade.mentions])
    assert sums_told_apart(_sum(paper, "£30m"), _sum(trade, "GBP 18m"), by_noun)


def test_two_nouns_for_one_sum_stay_rivals() -> None:
    paper, trade = _sources("The £90m deal closed on Monday.\n", "The £95m takeover closed on Monday.\n")
    by_noun = noun_sums([*paper.mentions, *trade.mentions])
    assert not sums_told_apart(_sum(paper, "£90m"), _sum(trade, "£95m"), by_noun)
