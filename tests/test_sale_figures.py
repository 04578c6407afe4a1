"""Figures of a debt or share sale as financial copy writes them.

A sum after a currency code ("GHS 5 billion", "XQZ 40bn") is a figure, never a model name; a code of the
full ISO table makes it money; how many times bids covered a sale ("covered 2.6 times", "a cover ratio
of 2.6x") is one multiple however written; "the auction of 2019." names a year.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.align.features import value_family_key
from sourcediff.extract import dates, extract, multiples
from sourcediff.model import Kind, Mention
from sourcediff.segment import segment
from sourcediff.values import Money, Quantity


def _mentions(text: str) -> list[tuple[str, Mention]]:
    article = Article.from_text(text, id="x", published="2026-03-10")
    return [(article.text[m.span.start:m.span.end], m) for m in extract(article, segment(article))]


@pytest.mark.parametrize(("text", "code", "amount"), [
    ("Tarvel Holdings repaid GHS 5 billion of notes on Monday.", "GHS", 5_000_000_000),
    ("The ministry paid UGX 1,200,000 in fees to Orlan Dunne.", "UGX", 1_200_000),
    ("Pelcor Mining raised ZMW 2.5bn from local funds last week.", "ZMW", 2_500_000_000),
])
def test_a_full_table_code_before_a_sum_is_money(text: str, code: str, amount: int) -> None:
    money = [m.value for _, m in _mentions(text) if m.kind is Kind.MONEY]
    assert money == [Money(code, Decimal(amount))]


@pytest.mark.parametrize("text", [
    "The TOP 10 picks of Maren Sollis were all sold out by noon.",
    "They named ALL 3 winners of the Kessel prize on Friday.",
    # a code that is an English word, before digits grouped in thousands: emphasis, not lek or pesos
    "Police said ALL 3,000 homes in Dunmere lost power overnight.",
    "Organisers confirmed that TOP 1,500 seats went to members of the Corran club.",
    # a headline in capitals: the figure counts what follows it
    "ALL 1,200 PASSENGERS RESCUED AS FERRY RUNS AGROUND",
    "CHAOS AS UGX 2,000 FANS STORM PITCH",
])
def test_a_code_like_word_before_a_small_figure_is_no_money(text: str) -> None:
    assert [raw for raw, m in _mentions(text) if m.kind is Kind.MONEY] == []


@pytest.mark.parametrize(("text", "raw", "amount"), [
    ("The Varnish debt office sold XQZ 40 billion of bonds on Monday.", "40 billion", 40_000_000_000),
    ("Bids: XQZ 126bn, the office of Ilse Dorran said.", "126bn", 126_000_000_000),
])
def test_a_sum_after_an_unknown_code_is_still_a_figure(text: str, raw: str, amount: int) -> None:
    figures = [(r, m.value) for r, m in _mentions(text) if m.kind is Kind.NUMBER]
    assert (raw, Quantity(Decimal(amount))) in figures


def test_a_model_number_stays_a_label() -> None:
    assert [r for r, m in _mentions("Pilot Anna Wrede flew the Boeing 737 home on Monday.")
            if m.kind is Kind.NUMBER] == []


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("The Varnish bond was covered 2.6 times, the office said.", "2.6", None),
    ("The Varnish bond was 2.6x covered, the office said.", "2.6", None),
    ("The Varnish bond drew a cover ratio of 2.6x on Monday.", "2.6", None),
    ("The auction had a bid-to-cover ratio of 2.6 on Monday.", "2.6", None),
    ("The float was oversubscribed 4x by Tuesday.", "4", None),
    ("Bids were more than three times the amount on offer.", "3", "above"),
])
def test_a_cover_multiple_is_read_however_written(text: str, value: str, qualifier: str | None) -> None:
    found = [m.value for _, m in _mentions(text) if m.slot == "number:multiple"]
    assert found == [Quantity(Decimal(value), qualifier=qualifier)]


def test_an_occasion_count_is_no_cover() -> None:
    assert [m for _, m in _mentions("Kessel had flown 23 times before the crash.")
            if m.slot == "number:multiple"] == []


def test_cover_ratios_of_one_sale_are_compared_and_diverge() -> None:
    lead = "The Varnish debt office sold 40 billion lorns of 10-year bonds on Monday. "
    a = Article.from_text(lead + "The issue was covered 2.6 times, the office said.", id="a",
                          published="2026-03-10")
    b = Article.from_text(lead + "The issue drew a cover ratio of 2.9x, the office said.", id="b",
                          published="2026-03-11")
    covers = [f for f in compare([a, b]).facts if {m.slot for m in f.mentions} == {"number:multiple"}]
    assert len(covers) == 1 and {m.source for m in covers[0].mentions} == {"a", "b"}
    assert covers[0].status.value == "diverge"


def _years(text: str) -> list[str]:
    return [text[f.start:f.end] for f in dates.find(text, dt.date(2026, 3, 10)) if text[f.start].isdigit()]


@pytest.mark.parametrize(("text", "want"), [
    ("It beat the record sale of 2019.", ["2019"]),
    ("The bank's auction of 2021, the last, failed.", ["2021"]),
    ("It made a sale of 2024 shares to Ilse Dorran.", []),
    ("An issue of 1500 bonds was planned.", []),
])
def test_a_year_closing_a_market_event_is_read(text: str, want: list[str]) -> None:
    assert _years(text) == want


def test_a_cover_multiple_keys_its_passage_for_alignment() -> None:
    article = Article.from_text("Headline\n\nThe Varnish issue was covered 2.6 times. Levels were 3.8 times "
                                "the legal limit.", id="x", published="2026-03-10")
    passages = segment(article)
    keyed = {m.cues: value_family_key(next(p for p in passages if p.index == m.passage), m)
             for m in extract(article, passages) if m.slot == multiples.SLOT}
    assert keyed[(multiples.COVER_CUE,)] is not None
    assert keyed[("limit",)] is None
