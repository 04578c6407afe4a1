"""Money extraction: real-world phrasings, hedges, ranges, currencies, and normalization invariants."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcediff import compare
from sourcediff.extract import money, numbers
from sourcediff.extract.money import currency_code, parse_money
from sourcediff.model import Article, Kind, Passage, Span
from sourcediff.text import fold
from sourcediff.values import ABOVE, APPROX, BELOW, CEILING, FLOOR, QUALIFIERS, Money

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def one_passage(text: str) -> tuple[Article, tuple[Passage, ...]]:
    article = Article.from_text(text, id="t")
    return article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),)


def found(text: str) -> list[tuple[str, str]]:
    article, passages = one_passage(text)
    return [(m.raw, m.canonical) for m in money.extract(article, passages)]


CASES = [
    # spellings from outlets around the world (issue 12, item 4)
    ("The rescue cost a $4.5-billion loan.", "$4.5-billion", "USD 4500000000"),
    ("The port paid US$12bn for the terminal.", "US$12bn", "USD 12000000000"),
    ("The port paid USD 12 billion for the terminal.", "USD 12 billion", "USD 12000000000"),
    ("The port paid 12 billion dollars for the terminal.", "12 billion dollars", "USD 12000000000"),
    ("The port paid €1.2bn for the terminal.", "€1.2bn", "EUR 1200000000"),
    ("The state set aside Rs 500 crore for relief.", "Rs 500 crore", "INR 5000000000"),
    ("The village received Rs 50 lakh in aid.", "Rs 50 lakh", "INR 5000000"),
    # (sentence as a newsroom writes it, raw text of the mention, canonical value)
    ("The company raised $200 million in its latest funding round.", "$200 million", "USD 200000000"),
    ("Shares fell after it reported a $200m quarterly loss.", "$200m", "USD 200000000"),
    ("It agreed to pay $200M to settle the claims.", "$200M", "USD 200000000"),
    ("Rio Tinto raised US$1.2bn from the sale of the mine.", "US$1.2bn", "USD 1200000000"),
    ("The acquisition is valued at $1.2 billion, the companies said.", "$1.2 billion", "USD 1200000000"),
    ("The city will receive 200 million dollars in federal aid.", "200 million dollars", "USD 200000000"),
    ("Die Stadt erhält €3,5 Mio. vom Bund.", "€3,5 Mio.", "EUR 3500000"),
    ("Der Konzern investiert 3,5 Millionen Euro in das Werk.", "3,5 Millionen Euro", "EUR 3500000"),
    ("Der Umbau kostet 3 Mrd. Euro.", "3 Mrd. Euro", "EUR 3000000000"),
    ("Die Strafe beträgt 1.200 Euro.", "1.200 Euro", "EUR 1200"),
    ("The council approved a £40m refurbishment of the library.", "£40m", "GBP 40000000"),
    ("The EU unveiled a €12 billion fund for chipmakers.", "€12 billion", "EUR 12000000000"),
    ("Anthropic's revenue run rate reached $14 billion.", "$14 billion", "USD 14000000000"),
    ("Global debt rose by $2.5 trillion last year.", "$2.5 trillion", "USD 2500000000000"),
    ("She won a $500,000 grant from the foundation.", "$500,000", "USD 500000"),
    ("A cup of coffee now costs $3.50 in the city.", "$3.50", "USD 3.5"),
    ("The bank extended a loan of USD 5 million to the port.", "USD 5 million", "USD 5000000"),
    ("The club paid 5 million euros for the striker.", "5 million euros", "EUR 5000000"),
    ("Reuters said the unit earned $5 mln in the quarter.", "$5 mln", "USD 5000000"),
    ("Airbus booked 5 bln euros of orders.", "5 bln euros", "EUR 5000000000"),
    ("The miner will spend A$2.1 billion on the project.", "A$2.1 billion", "AUD 2100000000"),
    ("Ottawa pledged C$500 million for housing.", "C$500 million", "CAD 500000000"),
    ("The developer sold the tower for HK$3bn.", "HK$3bn", "HKD 3000000000"),
    ("Toyota will invest ¥500 billion in batteries.", "¥500 billion", "JPY 500000000000"),
    ("Nestlé posted a profit of CHF 2.3 billion.", "CHF 2.3 billion", "CHF 2300000000"),
    ("The fine of 2.3 billion Swiss francs was upheld.", "2.3 billion Swiss francs", "CHF 2300000000"),
    ("Beijing set aside 10 billion yuan for the scheme.", "10 billion yuan", "CNY 10000000000"),
    ("Fares will rise by 50 cents next month.", "50 cents", "USD 0.5"),
    # pence, spelled out or written on to the figure as British papers do
    ("The daily standing charge will rise to 53.8p.", "53.8p", "GBP 0.538"),
    ("The standing charge rises to 53.8 pence per day.", "53.8 pence", "GBP 0.538"),
    ("The group paid GBP 40m for the stake.", "GBP 40m", "GBP 40000000"),
    ("A 5 billion won investment was announced.", "5 billion won", "KRW 5000000000"),
    # ranges
    ("The deal is worth $10-12 million, analysts estimate.", "$10-12 million", "USD 10000000-12000000"),
    ("Damage is put at $10 million to $12 million.", "$10 million to $12 million", "USD 10000000-12000000"),
    ("Each film cost between $10m and $12m to make.", "between $10m and $12m", "USD 10000000-12000000"),
    ("The repairs will cost $500,000 to $1 million.", "$500,000 to $1 million", "USD 500000-1000000"),
    ("Tickets cost €20–€30 at the door.", "€20–€30", "EUR 20-30"),
    # hedges
    ("It has a contract worth up to $200 million with the Pentagon.", "up to $200 million",
     "ceiling USD 200000000"),
    ("The contract is worth as much as $200 million.", "as much as $200 million", "ceiling USD 200000000"),
    ("The bill caps spending at no more than $5bn.", "no more than $5bn", "ceiling USD 5000000000"),
    ("Fines are limited to a maximum of £300,000.", "a maximum of £300,000", "ceiling GBP 300000"),
    ("Support is capped at €1.5 billion a year.", "capped at €1.5 billion", "ceiling EUR 1500000000"),
    ("The fund must hold at least $3 million in cash.", "at least $3 million", "floor USD 3000000"),
    ("Bids start from a minimum of $10,000.", "a minimum of $10,000", "floor USD 10000"),
    ("The ruling will cost no less than $1 billion.", "no less than $1 billion", "floor USD 1000000000"),
    ("The stolen art is worth about $5 million.", "about $5 million", "approx USD 5000000"),
    ("The transfer fee is around €20m.", "around €20m", "approx EUR 20000000"),
    ("The plan would cost roughly $1.5 trillion.", "roughly $1.5 trillion", "approx USD 1500000000000"),
    ("Sales slumped to nearly $4bn.", "nearly $4bn", "approx USD 4000000000"),
    ("The scheme has cost almost £2 billion.", "almost £2 billion", "approx GBP 2000000000"),
    ("Donors gave some $40 million last year.", "some $40 million", "approx USD 40000000"),
    ("The storm caused an estimated $300 million in damage.", "an estimated $300 million",
     "approx USD 300000000"),
    ("The estate is valued at approximately $7.2 million.", "approximately $7.2 million",
     "approx USD 7200000"),
    ("Losses came close to $1 billion.", "close to $1 billion", "approx USD 1000000000"),
    ("The firm raised more than $1 billion in debt.", "more than $1 billion", "above USD 1000000000"),
    ("The project ran over $500 million over budget.", "over $500 million", "above USD 500000000"),
    # "up to" after a change verb in any tense moves the figure up: no ceiling; after a modal it is one
    ("The council's loan to the club goes up to £90m.", "£90m", "GBP 90000000"),
    ("The fee is going up to £12 from April.", "£12", "GBP 12"),
    ("The price of a ticket rises up to €45 next season.", "€45", "EUR 45"),
    ("The budget was revised up to $3bn.", "$3bn", "USD 3000000000"),
    ("The loan could go up to £90m if costs rise again.", "up to £90m", "ceiling GBP 90000000"),
    ("Fines can rise up to €20,000 for repeat offenders.", "up to €20,000", "ceiling EUR 20000"),
    ("Grants of up to £5,000 are going to small firms.", "up to £5,000", "ceiling GBP 5000"),
    # "over" as a verb's particle hands the sum over; it sets no floor ("just over" still does)
    ("The region is handing over $650m in grants.", "$650m", "USD 650000000"),
    ("The insurer handed over just over $5m.", "just over $5m", "above USD 5000000"),
    ("Funding of upwards of £100m was promised.", "upwards of £100m", "above GBP 100000000"),
    ("Claims in excess of $50 million were filed.", "in excess of $50 million", "above USD 50000000"),
    ("The startup is worth less than $1 million.", "less than $1 million", "below USD 1000000"),
    ("Homes selling for under $100,000 are rare.", "under $100,000", "below USD 100000"),
    ("Profits fell below £5bn for the first time.", "below £5bn", "below GBP 5000000000"),
    ("Der Bund zahlt rund 2,5 Milliarden Euro.", "rund 2,5 Milliarden Euro", "approx EUR 2500000000"),
    ("Die Förderung beträgt bis zu 500 Millionen Euro.", "bis zu 500 Millionen Euro",
     "ceiling EUR 500000000"),
    # vague magnitudes: an approximate range, twice to ten times the unit
    ("At stake are hundreds of millions of dollars in contracts.", "hundreds of millions of dollars",
     "approx USD 200000000-999999999"),
    ("Lawyers billed millions of dollars in fees.", "millions of dollars", "approx USD 2000000-9999999"),
    ("The war has cost tens of billions of dollars.", "tens of billions of dollars",
     "approx USD 20000000000-99999999999"),
]


@pytest.mark.parametrize(("text", "raw", "canonical"), CASES)
def test_money_phrasings(text: str, raw: str, canonical: str) -> None:
    assert found(text) == [(raw, canonical)]


@pytest.mark.parametrize("text", [
    "More than 5 million people watched the final.",
    "The parcel weighs 40 pounds.",
    "He won 3 games in a row.",
    "Section 8 housing vouchers were cut.",
    "Prices are quoted in 2020 dollars.",
    "Anthropic was one of several companies that bid.",
    "See https://example.com/$200m for details.",
    "The dollar rose 2% against the euro.",
    "The show starts at 7 p.m. sharp and ends at 9pm.",
    "The match streams in 1080p on the new channel.",
    "Spending rose 0.5pp, or 5pc, on the year.",
])
def test_no_money(text: str) -> None:
    assert found(text) == []


def test_two_currencies_in_one_sentence() -> None:
    assert found("The club paid £1.5bn ($1.9bn) for the site.") == [
        ("£1.5bn", "GBP 1500000000"), ("$1.9bn", "USD 1900000000")]


def test_mention_fields_and_offsets() -> None:
    text = "Intro line.\nThe Pentagon's contract is worth up to $200 million, officials said."
    article = Article.from_text(text, id="src")
    start = text.index("The")
    passage = Passage("src", 3, 1, Span(start, len(text)), text[start:], fold(text[start:]))
    (m,) = money.extract(article, (passage,))
    assert m.kind is Kind.MONEY and m.slot == "money" and m.source == "src" and m.passage == 3
    assert m.raw == text[m.span.start:m.span.end] == "up to $200 million"
    assert m.value == Money("USD", Decimal(200_000_000), None, CEILING)
    assert m.cues == ("contract",)


@pytest.mark.parametrize(("text", "canonical"), [
    ("Ankara released 500 million lira in aid.", "TRY 500000000"),
    ("The fine was 40 million Swedish kronor.", "SEK 40000000"),
    ("Lagos budgeted 2 billion naira for roads.", "NGN 2000000000"),
])
def test_currencies_named_after_the_figure(text: str, canonical: str) -> None:
    article, passages = one_passage(text)
    assert [m.canonical for m in money.extract(article, passages)] == [canonical]


def test_cue_after_amount() -> None:
    article, passages = one_passage("It posted $14 billion in revenue last year.")
    assert money.extract(article, passages)[0].cues == ("revenue",)


@pytest.mark.parametrize(("written", "code"), [
    ("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("euros", "EUR"), ("Euro", "EUR"),
    ("pounds sterling", "GBP"), ("Swiss francs", "CHF"), ("yen", "JPY"), ("GBP", "GBP"), ("RMB", "CNY"),
    ("lira", "TRY"), ("Turkish lira", "TRY"), ("naira", "NGN"), ("shekels", "ILS"), ("zlotys", "PLN"),
    ("Swedish kronor", "SEK"), ("kroner", "NOK"), ("ringgit", "MYR"), ("baht", "THB"), ("rupiah", "IDR"),
    ("dirhams", "AED"), ("riyals", "SAR"),
])
def test_currency_codes(written: str, code: str) -> None:
    assert currency_code(written) == code


def test_unknown_currency_and_bad_text_raise() -> None:
    with pytest.raises(ValueError):
        currency_code("bitcoins")
    with pytest.raises(ValueError, match="not a single amount"):
        parse_money("the weather was fine")
    with pytest.raises(ValueError):
        parse_money("$5 and $6 billion more")


@pytest.mark.parametrize(("phrase", "qualifier"), [
    ("up to", CEILING), ("as much as", CEILING), ("no more than", CEILING), ("a maximum of", CEILING),
    ("capped at", CEILING), ("at least", FLOOR), ("a minimum of", FLOOR), ("no less than", FLOOR),
    ("about", APPROX), ("around", APPROX), ("roughly", APPROX), ("nearly", APPROX), ("almost", APPROX),
    ("some", APPROX), ("an estimated", APPROX), ("approximately", APPROX), ("close to", APPROX),
    ("more than", ABOVE), ("over", ABOVE), ("upwards of", ABOVE), ("in excess of", ABOVE),
    ("just over", ABOVE), ("less than", BELOW), ("under", BELOW), ("below", BELOW), ("well under", BELOW),
])
def test_every_hedge_maps_to_its_constant(phrase: str, qualifier: str) -> None:
    assert parse_money(f"{phrase} $7 million").qualifier == qualifier


# --- invariants -------------------------------------------------------------------------------------

_SPELLINGS = ("${n}m", "${n}M", "${n} million", "{n} million dollars", "US${n} million", "USD {n} million",
              "${n} mln", "{n} million US dollars", "{n}m dollars")


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(_SPELLINGS), st.sampled_from(_SPELLINGS))
def test_spellings_of_one_amount_are_equal(n: int, a: str, b: str) -> None:
    left = parse_money(a.format(n=f"{n:,}"))
    assert left == parse_money(b.format(n=n)) == Money("USD", Decimal(n) * 10**6)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9))
def test_decimal_billions_and_german_decimal_comma(whole: int, tenth: int) -> None:
    value = Money("EUR", Decimal(f"{whole}.{tenth}") * 10**9)
    assert parse_money(f"€{whole}.{tenth}bn") == value
    assert parse_money(f"{whole},{tenth} Mrd. Euro") == value
    assert parse_money(f"€{whole}.{tenth} billion") == value


_amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e13"), places=2, allow_nan=False)


@given(st.sampled_from(("USD", "EUR", "GBP", "JPY", "CHF")), _amounts,
       st.one_of(st.none(), st.decimals(min_value=Decimal(1), max_value=Decimal("1e12"), places=0)),
       st.one_of(st.none(), st.sampled_from(QUALIFIERS)))
def test_canonical_text_parses_back(currency: str, amount: Decimal, extra: Decimal | None,
                                    qualifier: str | None) -> None:
    high = amount + extra if extra is not None else None
    value = Money(currency, amount, high, qualifier)
    assert parse_money(value.canonical()) == value


@pytest.mark.parametrize(("text", "_raw", "_canonical"), CASES)
def test_parsed_phrasings_round_trip(text: str, _raw: str, _canonical: str) -> None:
    value = parse_money(_raw)
    assert parse_money(value.canonical()) == value
    assert value.canonical() == _canonical


# --- the seed articles --------------------------------------------------------------------------------


def _seed_money(stem: str) -> list[tuple[str, str]]:
    from sourcediff.ingest import load
    from sourcediff.segment import segment

    article = load(next(SEEDS.glob(f"{stem}_*.txt")))
    return [(m.raw, m.canonical) for m in money.extract(article, segment(article))]


@pytest.mark.parametrize(("stem", "raw", "canonical"), [
    ("000", "$200 million", "USD 200000000"),
    ("001", "$200 million", "USD 200000000"),
    ("002", "as much as $200 million", "ceiling USD 200000000"),
    ("002", "$14 billion", "USD 14000000000"),
    ("004", "up to $200 million", "ceiling USD 200000000"),
])
def test_seed_gold_amounts(stem: str, raw: str, canonical: str) -> None:
    assert (raw, canonical) in _seed_money(stem)


def test_seed_money_has_no_noise() -> None:
    everything = [m for stem in ("000", "001", "002", "003", "004") for m in _seed_money(stem)]
    assert all(canonical.split()[-2] == "USD" or "USD" in canonical for _, canonical in everything)
    assert len(everything) <= 8


def test_numbers_module_never_reports_money() -> None:
    article, passages = one_passage("It has a contract worth up to $200 million and 5 million euros.")
    assert numbers.extract(article, passages) == ()


def test_a_decimal_broken_by_extraction_is_not_read() -> None:
    """ "$1. 6 billion" (a page's text run apart) is neither $1 nor $6 billion: it is left alone."""
    from sourcediff import Article
    from sourcediff.pipeline import analyse

    found = [m.raw for m in analyse(Article.from_text("The biggest was the $1. 6 billion takeover.")).mentions
             if m.kind.value == "money"]
    assert found == []


def _money_facts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.canonical for m in f.mentions))
                  for f in compare(arts).facts if f.kind.value == "money")


@pytest.mark.parametrize(("texts", "expected"), [
    # a home-country paper's bare "$" is the dollar another source names for that very sum
    (("The court said drivers could share C$410 million in back pay.",
      "Drivers could share up to $410-million in back pay, the ruling means."),
     [("agree", ["CAD 410000000", "ceiling CAD 410000000"])]),
    (("Canberra pledged A$2.5 billion for the dam on Tuesday.",
      "The government pledged $2.5 billion for the dam, officials said."),
     [("agree", ["AUD 2500000000", "AUD 2500000000"])]),
    # another sum stays US dollars; and a figure named in two dollars is not guessed
    (("The court said drivers could share C$410 million in back pay.",
      "The firm posted $90 million in profit last year."),
     [("unique", ["CAD 410000000"]), ("unique", ["USD 90000000"])]),
    (("Investors put in C$50 million and US$50 million.", "The fund raised $50 million."),
     [("agree", ["USD 50000000", "USD 50000000"]), ("unique", ["CAD 50000000"])]),
    # "claimed 31,250 pounds" is the sum another source writes as £31,250, not a weight
    # a sum in pence, "53.8p" or "53.8 pence", is the same hundredths of a pound
    (("The standing charge will rise to 53.8p a day.", "The standing charge rises to 53.8 pence per day."),
     [("agree", ["GBP 0.538", "GBP 0.538"])]),
    # and so is "1,901 pounds a year" when another source states £1,901
    (("The typical bill will rise to £1,901 a year.", "Households now pay 1,901 pounds a year for energy."),
     [("agree", ["GBP 1901", "GBP 1901"])]),
    (("The audit found the councillor had claimed £31,250 for a second flat.",
      "Auditors say he claimed 31,250 pounds for the flat, and £13,520 for travel."),
     [("agree", ["GBP 31250", "GBP 31250"]), ("unique", ["GBP 13520"])]),
])
def test_a_bare_sum_is_in_the_currency_the_story_names(texts: tuple[str, ...],
                                                       expected: list[tuple[str, list[str]]]) -> None:
    assert _money_facts(*texts) == expected


def test_pounds_stay_a_weight_without_such_a_sum_or_beside_a_weight() -> None:
    # no sterling sum of that figure; a word of weighing; the figure also stated in kilograms
    assert _money_facts("The bear weighed 420 pounds, rangers said.", "The trap cost £95.") == [
        ("unique", ["GBP 95"])]
    assert _money_facts("The bear weighed 420 pounds, rangers said.", "Rangers paid £420 for the trap.") == [
        ("unique", ["GBP 420"])]
    assert _money_facts("Officers seized 420 pounds of cannabis.", "The fine was £420.") == [
        ("unique", ["GBP 420"])]
    assert _money_facts("The calf weighed 40 pounds a week after birth.", "The vet charged £40.") == [
        ("unique", ["GBP 40"])]
    assert _money_facts("Customs seized 600,000 pounds of cannabis resin.",
                        "The haul is worth £600,000.") == [("unique", ["GBP 600000"])]
    assert _money_facts("The crate held 420 pounds, the court heard.",
                        "The 420 kg crate was moved, and £420 was paid.") == [("unique", ["GBP 420"])]


def test_pounds_of_what_only_money_is_are_a_sum() -> None:
    # "of" before assets, funds or savings names whose money it is, not what a haul weighs
    assert _money_facts("Officers froze about 250,000 pounds of Brelling's assets.",
                        "Police have frozen £250,000 of his assets.") == [
        ("agree", ["GBP 250000", "approx GBP 250000"])]
    assert _money_facts("The clerk took 48,000 pounds of public funds.", "He stole £48,000.") == [
        ("agree", ["GBP 48000", "GBP 48000"])]
    assert _money_facts("She lost 90,000 pounds of her savings.", "The scam cost her £90k.") == [
        ("agree", ["GBP 90000", "GBP 90000"])]


@pytest.mark.parametrize(("texts", "expected"), [
    # an outlet's "$" is its home dollar throughout, once one of its sums shows which dollar that is
    (("The court ordered him to repay A$31.5 million.",
      "The judge ordered him to repay $31.5 million. The fraud took more than $210 million."),
     [("agree", ["AUD 31500000", "AUD 31500000"]), ("unique", ["above AUD 210000000"])]),
    (("Ottawa will pay C$410 million in back pay.",
      "Drivers will share $410 million. The union had asked for $600 million."),
     [("agree", ["CAD 410000000", "CAD 410000000"]), ("unique", ["CAD 600000000"])]),
    # not when the outlet names a dollar itself: its bare "$" may be either
    (("The court ordered him to repay A$31.5 million.",
      "He must repay $31.5 million; the fund raised US$90 million and $20 million more."),
     [("agree", ["AUD 31500000", "AUD 31500000"]), ("unique", ["USD 20000000"]),
      ("unique", ["USD 90000000"])]),
    # nor when none of its sums is one another source names in another dollar
    (("The court ordered him to repay A$31.5 million.", "The fraud took more than $210 million."),
     [("unique", ["AUD 31500000"]), ("unique", ["above USD 210000000"])]),
])
def test_an_outlets_bare_dollar_is_its_home_dollar_throughout(texts: tuple[str, ...],
                                                              expected: list[tuple[str, list[str]]]) -> None:
    assert _money_facts(*texts) == expected
