"""A part and its whole in one sentence ("1,300 of the county's 1,650 bus stops") are two facts.

Invented text throughout. The part counts the whole's noun, through a
possessive or a bare figure after "of" (patterns.NUM_OF_DETERMINER), and two
counts of one noun that one sentence gives different figures are never one
fact (factclusters `_one_sentence_apart`, `_Clusters._one_sentence_apart`):
another outlet's "more than 1,200 bus stops" fits both, and made one fact
with both, the whole could no longer be told apart from the part.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import extract
from sourcediff.model import Kind, Report
from sourcediff.segment import segment


def counts(text: str) -> dict[str, tuple[str, ...]]:
    article = Article.from_text(text, id="t")
    return {m.raw: m.cues for m in extract(article, segment(article)) if m.kind is Kind.NUMBER}


@pytest.mark.parametrize("text, part, noun", [
    ("About 1,300 of the county's 1,650 bus stops have no shelter.", "About 1,300", "stop"),
    ("Some 1,300 of Harlow's 1,650 bus stops have no shelter.", "Some 1,300", "stop"),
    ("Inspectors found that 1,300 of 1,650 bus stops had no shelter.", "1,300", "stop"),
    ("Forty of Europe's busiest ports will share the data.", "Forty", "port"),
    # the determiners read before stay read
    ("Inspectors said 14 of its 38 depots were closed.", "14", "depot"),
    # a whole counted back from now or picked out by its place ("the past 28", "its last 12")
    ("The ferry ran late on 19 of the past 28 crossings.", "19", "crossing"),
    ("Inspectors checked 9 of the last 12 vans sold.", "9", "van"),
])
def test_the_part_counts_the_wholes_noun(text: str, part: str, noun: str) -> None:
    assert noun in counts(text)[part]


def test_a_figure_of_a_year_is_no_whole() -> None:
    # "of 2026" is a date, not the whole's figure: nothing is counted through it
    assert counts("Fares rose 12 of 2026 times, the report said.").get("12", ()) == ()


def story(*texts: str) -> Report:
    return compare([Article.from_text(t, id=f"s{i}") for i, t in enumerate(texts)])


def number_facts(report: Report) -> list[tuple[str, set[str]]]:
    return [(f.status.value, {m.raw for m in f.mentions}) for f in report.facts if f.kind is Kind.NUMBER]


WIRE = ("Bus shelters to be replaced across the county\n\n"
        "About 1,300 of the county's 1,650 bus stops have no shelter, the transport authority said on "
        "Monday, announcing a three-year programme to replace them.")
TABLOID = ("Bus shelter shame\n\n"
           "More than 1,200 bus stops across the county have no shelter at all, the transport "
           "authority admitted on Monday.")
TRADE = ("Shelter programme\n\n"
         "The authority counts 1,650 bus stops in the county and will replace the shelters at 1,300 of "
         "them over three years, it said on Monday.")


def test_the_whole_never_joins_the_parts_fact() -> None:
    facts = number_facts(story(WIRE, TABLOID))
    together = [raws for _, raws in facts if {"About 1,300", "1,650"} <= raws]
    assert not together, facts


def test_the_bound_still_agrees_with_one_of_them() -> None:
    facts = number_facts(story(WIRE, TABLOID))
    assert any("More than 1,200" in raws and len(raws) == 2 for _, raws in facts), facts


def test_separate_sentences_of_one_source_are_left_as_before() -> None:
    # one source updating a count in two sentences is no part and whole; nothing here is kept apart
    text = ("Ferry update\n\nEarlier, 40 sailings were cancelled. By noon 52 sailings were cancelled, "
            "the operator said.")
    other = "Ferries cancelled\n\nMore than 40 sailings were cancelled on Tuesday, the operator said."
    facts = number_facts(story(text, other))
    assert any({"40", "52"} <= raws or {"More than 40"} <= raws for _, raws in facts), facts


@pytest.mark.parametrize("wire", [
    # the whole first, then the part: the text's order used to hand the bound to the whole
    "Bus shelters to be replaced\n\nOf the county's 1,650 bus stops, about 1,300 bus stops have no shelter, "
    "the transport authority said on Monday.",
    "Bus shelters to be replaced\n\nThe county has 1,650 bus stops and 1,300 bus stops have no shelter, "
    "the transport authority said on Monday.",
    WIRE,
])
def test_a_bound_joins_the_nearer_of_two_figures_it_fits(wire: str) -> None:
    facts = number_facts(story(wire, TABLOID))
    joined = next(raws for _, raws in facts if "More than 1,200" in raws)
    assert any("1,300" in r for r in joined) and "1,650" not in joined, facts


def test_gap_is_relative_and_zero_for_other_values() -> None:
    from decimal import Decimal

    from sourcediff.factclusters import _gap
    from sourcediff.model import Mention, Span
    from sourcediff.values import Quantity, QuoteValue

    def num(x: str, source: str) -> Mention:
        return Mention(Kind.NUMBER, source, 0, Span(0, 1), x, Quantity(Decimal(x), qualifier=None),
                       slot="number:count")

    assert _gap(num("1200", "a"), num("1300", "b")) < _gap(num("1200", "a"), num("1650", "b"))
    assert _gap(num("0", "a"), num("0", "b")) == 0.0
    quote = Mention(Kind.QUOTE, "a", 0, Span(0, 1), "x", QuoteValue(text="x", norm="x"), slot="statement")
    assert _gap(quote, quote) == 0.0


def test_gap_compares_only_one_unit_or_currency() -> None:
    from decimal import Decimal

    from sourcediff.factclusters import _gap
    from sourcediff.model import Mention, Span
    from sourcediff.values import Money, Quantity

    feet = Mention(Kind.NUMBER, "a", 0, Span(0, 1), "22.4 feet", Quantity(Decimal("22.4"), unit="foot"),
                   slot="number:length")
    metres = Mention(Kind.NUMBER, "b", 0, Span(0, 1), "6.84 metres", Quantity(Decimal("6.84"), unit="metre"),
                     slot="number:length")
    assert _gap(feet, metres) == 0.0
    pounds = Mention(Kind.MONEY, "a", 0, Span(0, 1), "£5m", Money("GBP", Decimal("5000000")), slot="money")
    euros = Mention(Kind.MONEY, "b", 0, Span(0, 1), "€6m", Money("EUR", Decimal("6000000")), slot="money")
    assert _gap(pounds, euros) == 0.0
    more = Mention(Kind.MONEY, "b", 0, Span(0, 1), "£6m", Money("GBP", Decimal("6000000")), slot="money")
    assert _gap(pounds, more) > 0.0
