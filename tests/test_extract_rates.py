"""Exchange rates and currencies named in words (extract/rates.py, extract/currencies.py).

Invented sentences about invented markets. A rate written four ways is one
quantity (value, quote currency, base currency); a figure followed by a
currency's name is money in that currency, whichever currency it is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.compat import compatible
from sourcediff.extract import extract
from sourcediff.extract.currencies import currency_named
from sourcediff.model import Kind, Mention, Passage, SourceInfo, Span
from sourcediff.segment import segment
from sourcediff.values import Rate


def _mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return extract(article, segment(article))


def _rates(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.raw, m.value.amount, m.slot) for m in _mentions(text) if isinstance(m.value, Rate)]


def _money(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in _mentions(text) if m.kind is Kind.MONEY]


@pytest.mark.parametrize(("text", "raw", "value", "slot"), [
    ("By noon the franc stood at 1.07 per dollar.", "1.07 per dollar", "1.07", "number:rate:CHF/USD"),
    ("Dealers quoted 9.87 kronor to the euro.", "9.87 kronor to the euro", "9.87", "number:rate:SEK/EUR"),
    ("At the close the euro bought 9.9 kronor.", "the euro bought 9.9 kronor", "9.9", "number:rate:SEK/EUR"),
    ("EUR/SEK was trading at 9.85 after the vote.", "EUR/SEK was trading at 9.85", "9.85",
     "number:rate:SEK/EUR"),
    ("The Swedish krona slipped 0.4% against the euro at 9.86.", "against the euro at 9.86", "9.86",
     "number:rate:SEK/EUR"),
    ("The dollar fetched 151 yen in late trade.", "The dollar fetched 151 yen", "151", "number:rate:JPY/USD"),
    ("The bill came to £80m, converted at €1.16 to the pound.", "€1.16 to the pound", "1.16",
     "number:rate:EUR/GBP"),
    ("Sold for A$9m, at A$1.61 per euro.", "A$1.61 per euro", "1.61", "number:rate:AUD/EUR"),
    ("The bill came to £80m, converted at 86p to the euro.", "86p to the euro", "0.86",
     "number:rate:GBP/EUR"),
    ("Dealers quoted 86 pence to the euro.", "86 pence to the euro", "0.86", "number:rate:GBP/EUR"),
])
def test_a_rate_is_read_with_its_two_currencies(text: str, raw: str, value: str, slot: str) -> None:
    assert _rates(text) == [(raw, Decimal(value), slot)]


@pytest.mark.parametrize("text", [
    "Turnout rose 2 per cent on the year.",
    "Each family got 40 per child.",
    "The CEO/CFO pay ratio was 12 to 1.",
    "Shares rose 3% against the index at 4.5%.",
])
def test_no_rate_where_no_currency_is_bought(text: str) -> None:
    assert _rates(text) == []


def test_a_figure_inside_a_rate_is_not_also_money() -> None:
    assert _money("At the close the euro bought 9.9 kronor.") == []
    assert _money("The bill came to £80m, converted at €1.16 to the pound.") == [("£80m", "GBP 80000000")]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Each household will save about 900 kronor a year.", "about 900 kronor", "approx SEK 900"),
    ("The fine was 2 million Mexican pesos.", "2 million Mexican pesos", "MXN 2000000"),
    ("Tickets cost 350 rand at the gate.", "350 rand", "ZAR 350"),
    ("A coffee costs 60 Czech crowns there.", "60 Czech crowns", "CZK 60"),
    ("The bridge toll is 40 crowns.", "40 crowns", "crown 40"),
    ("The stall sold it for 12 pesos.", "12 pesos", "peso 12"),
    ("Bread now costs up to 300 Guinean francs.", "up to 300 Guinean francs", "ceiling GNF 300"),
    ("They took a 90,000-crown loan.", "90,000-crown", "crown 90000"),
    ("Ministers agreed a 40bn-euro fund.", "40bn-euro", "EUR 40000000000"),
])
def test_a_currency_name_after_a_figure_makes_it_money(text: str, raw: str, canonical: str) -> None:
    assert _money(text) == [(raw, canonical)]


@pytest.mark.parametrize("text", [
    "She named 3 real problems with the plan.",
    "The panel gave it 7 marks out of 10.",
    "Three crowns went to the home side.",
    "Analysts said 5 Rand analysts left.",
])
def test_english_words_that_name_currencies_stay_words(text: str) -> None:
    assert _money(text) == []


def test_currency_names_come_from_the_iso_table() -> None:
    assert currency_named("Swedish kronor") == "SEK"
    assert currency_named("kroner") is None or currency_named("kroner") == "krone"
    assert currency_named("forints") == "HUF"
    assert currency_named("dinars") == "dinar"  # several dinars: the word, not a guess
    assert currency_named("widgets") is None


def _rate(value: str, unit: str = "crown per EUR") -> Mention:
    return Mention(Kind.NUMBER, "s", 0, Span(0, 1), value, Rate(Decimal(value), unit=unit),
                   slot="number:rate:" + unit.replace(" per ", "/"))


def test_rates_agree_by_their_digits_not_by_a_share_of_themselves() -> None:
    assert compatible(_rate("11.42"), _rate("11.4"))  # one rate rounded
    assert not compatible(_rate("11.42"), _rate("11.46"))
    assert not compatible(_rate("11.42"), _rate("11.42", "dollar per EUR"))


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if any(isinstance(m.value, Rate) for m in f.mentions)]


def test_two_sources_rates_at_one_time_diverge() -> None:
    facts = _facts(
        "The Velorian crown fell 0.5% against the euro to 13.12 per euro by 4 p.m., dealers said.",
        "Live: at 16:00 the crown is down 0.7% against the euro at 13.18. Bond yields were flat.",
        "The crown weakened after the decision, with EUR/VLC trading at 13.12 from 13.01.")
    want = sorted(["13.12 per euro", "EUR/VLC trading at 13.12", "against the euro at 13.18"])
    assert ("diverge", want) in facts, facts


def test_rates_at_different_times_do_not_diverge() -> None:
    facts = _facts(
        "The Velorian crown fell to 13.12 per euro by 4 p.m., dealers said.",
        "Before the decision, at 9:00, the crown held at 13.01 per euro.")
    assert all(status != "diverge" for status, _ in facts), facts


def test_an_unnamed_quote_takes_the_storys_one_currency() -> None:
    from sourcediff.extract.rates import unify_rates

    infos = []
    for n, text in enumerate(("The krona ended at 9.87 per euro.", "EUR/SEK closed at 9.87.")):
        article = Article.from_text(text, id=f"s{n}")
        passages: tuple[Passage, ...] = segment(article)
        infos.append(SourceInfo(article=article, passages=passages, mentions=extract(article, passages)))
    slots = {m.slot for s in unify_rates(tuple(infos)) for m in s.mentions if isinstance(m.value, Rate)}
    assert slots == {"number:rate:SEK/EUR"}


def test_two_sources_moves_of_a_currency_at_one_time_diverge() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate((
        "The Velorian crown fell 0.5% against the euro by 4 p.m., dealers said. Output grew 0.7% last year.",
        "Live: at 16:00 the crown is down 0.7% against the euro. Output grew 0.7% last year, they said."))]
    moves = [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
             if any(c.startswith("move:") for m in f.mentions for c in m.cues)]
    assert moves == [("diverge", [("s0", "0.5%"), ("s1", "0.7%")])], moves


def test_a_move_needs_a_currency_after_against() -> None:
    text = "Shares fell 2% against the index by noon."
    marked = [m.cues for m in _mentions(text) if m.kind is Kind.PERCENT]
    assert marked and not any(c.startswith("move:") for cues in marked for c in cues)


def test_hint_prefilter_never_hides_a_hint() -> None:
    """rates._may_hint is False only where RATE_HINT cannot match (invented texts, odd cases included)."""
    from sourcediff.extract import patterns
    from sourcediff.extract.rates import _may_hint

    texts = ["The krona traded at 11 per euro.", "USD/SEK rose.", "usd / sek",
             "It slid AGAINST the yen at noon.", "It slid agaınst the yen at noon.",
             "It slid aga\u0130nst the peso to close.", "Stocks slid aga\u017fnst the dollar to end.",
             "One euro bought 11 crowns.", "No figures here at all.", "\u0663 per euro",
             "A quiet day in the markets."]
    for text in texts:
        if patterns.RATE_HINT.search(text):
            assert _may_hint(text), text
    assert not _may_hint("A quiet day in the markets.")


def _sum_facts(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
                  if f.mentions[0].kind is Kind.MONEY)


CONVERTING = ("The port authority will spend €4.6bn on the new terminal, at an exchange rate of "
              "1.10 dollars to the euro, its chairman said.")


def test_a_sum_in_the_articles_own_currency_reads_at_the_rate_it_states() -> None:
    facts = _sum_facts("The port authority will spend $5.1 billion on the new terminal, its chairman said.",
                       "The new terminal will cost $5.1bn, the port authority's chairman said.", CONVERTING)
    assert ("agree", ["$5.1 billion", "$5.1bn", "€4.6bn"]) in facts, facts


def test_a_rate_written_with_a_sign_converts_and_is_no_rival_sum() -> None:
    """ "€1.16 to the pound" prices the pound in euros; read as a sum of €1.16 it rivalled the sums."""
    facts = _sum_facts("The ferry line will pay €93 million for the two ships, its owner said.",
                       "The two ships cost the ferry line €93m, the owner said.",
                       "The owner is paying £80.2m for the two ships, converted at €1.16 to the pound.")
    assert ("agree", ["£80.2m", "€93 million", "€93m"]) in facts, facts
    assert all(status != "diverge" for status, _ in facts), facts


def test_a_sum_in_the_rates_quote_reads_at_the_inverse_rate() -> None:
    """ "86p to the euro" prices the euro in pounds: the writer's pound sum is the others' euro sum."""
    facts = _sum_facts("The ferry line will pay €93 million for the two ships, its owner said.",
                       "The two ships cost the ferry line €93m, the owner said.",
                       "The owner is paying £80.2m for the two ships, converted at 86p to the euro.")
    assert ("agree", ["£80.2m", "€93 million", "€93m"]) in facts, facts
    assert all(status != "diverge" for status, _ in facts), facts


def test_a_converted_sum_is_about_the_figure_even_half_a_unit_from_its_rounding() -> None:
    """€17,000 at 0.83 euros to the dollar is $20,482, read to two digits as $20,000: "about", since the
    tool rounded it, so it still meets the others' $20,500 (as written, $20,000 is not $20,500)."""
    facts = _sum_facts(
        "Each visiting scholar at the academy will receive $20,500 a year in stipends, the academy said on "
        "Monday.",
        "The academy will pay each visiting scholar $20,500 a year in stipends, it said on Monday.",
        "Each visiting scholar at the academy will receive €17,000 a year in stipends (converted at 0.83 "
        "euros to the dollar), the academy said on Monday.")
    assert ("agree", ["$20,500", "$20,500", "€17,000"]) in facts, facts


def test_a_converted_sum_never_diverges_and_a_sum_the_writer_converts_is_left_to_it() -> None:
    facts = _sum_facts("The port authority will spend $7.9 billion on the new terminal, its chairman said.",
                       "The new terminal will cost $7.9bn, the port authority's chairman said.", CONVERTING)
    assert all(status != "diverge" for status, _ in facts), facts
    own = "The terminal will cost €4.6bn (about $5.1bn at 1.10 dollars to the euro), the chairman said."
    facts = _sum_facts("The port authority will spend $5.1 billion on the new terminal, its chairman said.",
                       "The new terminal will cost $5.1bn, the port authority's chairman said.", own)
    # ... and the euro sum joins them at the writer's own conversion, not at the stated rate
    assert ("agree", ["$5.1 billion", "$5.1bn", "about $5.1bn", "€4.6bn"]) in facts, facts


def test_a_writers_own_conversion_states_the_rate_of_its_other_sums() -> None:
    """ "A fine of £20,000 (about €23,000)" counts a euro as 20/23 of a pound: its €6.1m is £5.3m."""
    weekly = ("The port authority will spend €6.1 million on the new pier, its chairman said. "
              "It was fined £20,000 (about €23,000) last year.")
    facts = _sum_facts("The port authority will spend £5.3 million on the new pier, its chairman said.",
                       "The new pier will cost £5.3m, the port authority's chairman said.", weekly)
    assert ("agree", ["£5.3 million", "£5.3m", "€6.1 million"]) in facts, facts
    other = weekly.replace("€6.1 million", "€7.4 million")
    facts = _sum_facts("The port authority will spend £5.3 million on the new pier, its chairman said.",
                       "The new pier will cost £5.3m, the port authority's chairman said.", other)
    assert all(status != "diverge" for status, _ in facts), facts


def test_a_sum_its_writer_converts_joins_the_others_at_that_conversion() -> None:
    """ "€6.1 million (about $6.6 million)": the euro sum is the others' $6.6 million, as its twin is."""
    weekly = ("The port authority will spend €6.1 million (about $6.6 million) on the new pier, "
              "its chairman said.")
    facts = _sum_facts("The port authority will spend $6.6 million on the new pier, its chairman said.",
                       "The new pier will cost $6.6m, the port authority's chairman said.", weekly)
    assert ("agree", ["$6.6 million", "$6.6m", "about $6.6 million", "€6.1 million"]) in facts, facts


def test_a_hedged_sum_in_another_currency_after_a_comma_is_a_conversion() -> None:
    from sourcediff.extract.money import CONVERSION

    cued = [(m.raw, CONVERSION in m.cues) for m in _mentions(
        "The bill came to €6.1 million, about $6.6 million at the going rate.") if m.kind is Kind.MONEY]
    assert cued == [("€6.1 million", False), ("about $6.6 million", True)]
    listed = [(m.raw, CONVERSION in m.cues) for m in _mentions(
        "Fines of €2 million, $3 million and £1 million were imposed.") if m.kind is Kind.MONEY]
    assert not any(c for _, c in listed), listed
