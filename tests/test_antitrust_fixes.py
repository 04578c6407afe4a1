"""What the antitrust story's first run missed, on invented text of its own.

- a span of years written without "from" ("Term of the scheme: 2016 to 2021", "in 2016-2021",
  "during 2016–19") names its two end years, as "from 2016 to 2021" does; two years in a row stay one
  season, and "to" alone before a two-digit figure is no span;
- after a multiplier, a currency word after a country's name the currency table lacks ("4.5 billion
  Ostland crowns") is money in that currency, not a bare count; a figure in digits alone before a
  capitalised word and "crowns" ("3 Wimbledon crowns") is not;
- a running total ("have lost about 11% since the ruling"), in an article dated days after another
  outlet's figure for the day ("fell 4% after the ruling"), is no rival of it; two running totals are.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.model import Kind, Mention, Span
from sourcediff.pipeline import analyse, compare
from sourcediff.sincetotals import counted_on_other_days, running_total
from sourcediff.values import DateValue, Money, Quantity


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


def _percent(text: str, figure: str, source: str) -> Mention:
    start = text.index(figure)
    return Mention(kind=Kind.PERCENT, source=source, passage=0, span=Span(start, start + len(figure)),
                   raw=figure, value=Quantity(Decimal(figure.split("%")[0].split()[0]), "%"))


SINCE = "Brightwell shares have lost about 11% since the ruling was announced."
DAY = "Brightwell shares fell 4% in Oslund trading after the ruling."


def test_a_perfect_tense_figure_with_since_is_a_running_total() -> None:
    assert running_total(_percent(SINCE, "11%", "b"), SINCE)
    assert not running_total(_percent(DAY, "4%", "a"), DAY)


def test_a_running_total_told_days_later_is_no_rival() -> None:
    a, b = _percent(DAY, "4%", "a"), _percent(SINCE, "11%", "b")
    texts = {"a": DAY, "b": SINCE}
    assert counted_on_other_days(a, b, texts, {"a": dt.date(2026, 3, 2), "b": dt.date(2026, 3, 7)})
    assert not counted_on_other_days(a, b, texts, {"a": dt.date(2026, 3, 2), "b": dt.date(2026, 3, 2)})
    assert not counted_on_other_days(a, b, texts, {"a": dt.date(2026, 3, 2)})


def _share_facts(b_published: str) -> list[tuple[str, list[str]]]:
    a = Article.from_text(
        "Regulators fined the retailer Brightwell 80 million euros on Monday for misleading shoppers.\n\n"
        "Brightwell shares fell 4% in Oslund trading after the ruling was announced.\n\n"
        "The company said it would appeal.", id="a", published="2026-03-02")
    b = Article.from_text(
        "Brightwell is weighing an appeal against the 80 million euro fine imposed by regulators "
        "on Monday.\n\n"
        "Brightwell shares have lost about 11% in Oslund trading since the ruling was announced.\n\n"
        "Analysts expect a decision on an appeal soon.", id="b", published=b_published)
    return [(f.status.value, [m.raw for m in f.mentions]) for f in compare([a, b]).facts
            if f.kind is Kind.PERCENT]


def test_shares_lost_since_a_ruling_days_later_do_not_contradict_the_days_fall() -> None:
    facts = _share_facts("2026-03-07")
    assert facts and all(status == "unique" for status, _ in facts)


def test_the_same_two_figures_told_on_one_day_still_diverge() -> None:
    assert ("diverge", ["4%", "about 11%"]) in _share_facts("2026-03-02")


def test_two_running_totals_from_one_event_stay_rivals() -> None:
    one = "Bread prices have risen 9% since the start of June, the bakers said."
    two = "Bread prices have climbed 12 per cent since the start of June."
    a, b = _percent(one, "9%", "a"), _percent(two, "12 per cent", "b")
    assert not counted_on_other_days(a, b, {"a": one, "b": two},
                                     {"a": dt.date(2026, 3, 2), "b": dt.date(2026, 3, 7)})
