"""What the antitrust story's first run missed, on invented text of its own.

- a span of years written without "from" ("Term of the scheme: 2016 to 2021", "in 2016-2021",
  "during 2016–19") names its two end years, as "from 2016 to 2021" does; two years in a row stay one
  season, and "to" alone before a two-digit figure is no span;
- after a multiplier, a currency word after a country's name the currency table lacks ("4.5 billion
  Ostland crowns") is money in that currency, not a bare count; a figure in digits alone before a
  capitalised word and "crowns" ("3 Wimbledon crowns") is not;
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse
from sourcediff.values import DateValue, Money


def _years(text: str) -> list[tuple[str, int]]:
    info = analyse(Article.from_text(text, id="s", published="2026-03-02"))
    return [(m.raw, m.value.start.year) for m in info.mentions
            if isinstance(m.value, DateValue) and m.value.start is not None and m.value.precision == "year"]


@pytest.mark.parametrize(("text", "want"), [
    ("Term of the scheme: 2016 to 2021.", [("2016", 2016), ("2021", 2021)]),
    ("The levy was collected in 2016-2021 by the port.", [("2016", 2016), ("2021", 2021)]),
    ("Fares were frozen during 2016–19, the operator said.", [("2016", 2016), ("19", 2019)]),
    ("The levy was collected from 2016 to 2021 by the port.", [("2016", 2016), ("2021", 2021)]),
])
def test_a_bare_span_of_years_names_both_ends(text: str, want: list[tuple[str, int]]) -> None:
    assert _years(text) == want


@pytest.mark.parametrize("text", [
    "Membership rose in 2016 to 24 clubs.",  # a year, then a count
    "Staff numbers were cut 2000 to 1500.",  # counts
])
def test_no_span_without_a_date_word_or_with_a_count_after_to(text: str) -> None:
    assert (2024 not in [y for _, y in _years(text)]) and ("2000", 2000) not in _years(text)


def test_two_years_in_a_row_stay_one_season() -> None:
    info = analyse(Article.from_text("Ticket sales fell in 2025-26 across the league.", id="s",
                                     published="2026-03-02"))
    dates = [m for m in info.mentions if isinstance(m.value, DateValue)]
    assert [m.raw for m in dates] == ["2025-26"]


def _money(text: str) -> list[Money]:
    info = analyse(Article.from_text(text, id="s", published="2026-03-02"))
    return [m.value for m in info.mentions if isinstance(m.value, Money)]


def test_a_scaled_sum_in_crowns_after_an_unknown_country_is_money() -> None:
    got = _money("The regulator fined Pellwick 4.5 billion Ostland crowns on Monday.")
    assert [(v.currency, v.amount) for v in got] == [("crown", Decimal("4500000000.0"))]


def test_the_same_crowns_without_the_country_agree_in_currency() -> None:
    assert [v.currency for v in _money("The fine, 4.5bn crowns, is the largest yet.")] == ["crown"]


def test_a_small_figure_before_a_name_and_crowns_stays_a_count() -> None:
    info = analyse(Article.from_text("She has won 3 Wimbledon crowns.", id="s", published="2026-03-02"))
    assert not any(isinstance(m.value, Money) for m in info.mentions)
