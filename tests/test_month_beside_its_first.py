"""A calendar month and another outlet's first day of it are one date told at two precisions (invented text).

Three outlets say a bridge's new tolls apply "from 1 April 2029", and two of
them quote the chief executive's "From April next year"; a tabloid says the
bridge must pay its way "from April 2029". A month is no distinctive value,
so it linked to the day only through a shared claim, and the tabloid's
sentence sat in the quote's claim: the months made one fact, the days
another, and the tabloid was not seen to state the outlets' date
(factlinks `_month_beside_its_first`, keyed by `month_opening`). Any other
day of the month is still left to the claims (the key holds first days
only), and so is a month bounded apart from the day ("by" against "from").
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare
from sourcediff.factlinks import month_opening
from sourcediff.model import Kind, Mention, Report, Span
from sourcediff.values import DateValue

WIRE = ("Toll charges set for Harrowmere bridge\n\n"
        "The Harrowmere bridge will charge cars 3.40 pounds a crossing from {day}, "
        "its operator Calloway Crossings said on Monday.\n\n"
        "Vans will pay 6.10 pounds, the operator said.\n\n"
        "\"From April next year, the bridge will pay its own way,\" chief executive Rowan Hale said.")
TRADE = ("Calloway Crossings confirms Harrowmere tariff\n\n"
         "Calloway Crossings will introduce a 3.40-pound car tariff on the Harrowmere bridge on {day}, "
         "the operator confirmed on Monday.\n\n"
         "Vans will be charged 6.10 pounds per crossing.\n\n"
         "\"From April next year, the bridge will pay its own way,\" chief executive Rowan Hale said.")
LOCAL = ("Bridge tolls: what drivers will pay\n\n"
         "Drivers crossing the Harrowmere bridge will pay 3.40 pounds from {day}.\n\n"
         "Van drivers will pay 6.10 pounds.")
TABLOID = ("BRIDGE RIP-OFF\n\n"
           "FURIOUS motorists will be stung for 3.40 pounds every time they cross the Harrowmere bridge.\n\n"
           "Bridge bosses say the crossing must pay its own way from {month}.\n\n"
           "Council leader Ivy Marchetti said residents would fight the plan.")


def _story(day: str, month: str) -> Report:
    texts = [WIRE.format(day=day), TRADE.format(day=day), LOCAL.format(day=day),
             TABLOID.format(month=month)]
    return compare([Article.from_text(t, id=f"s{i}", published="2028-11-06") for i, t in enumerate(texts)])


def _date_facts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [({m.raw for m in f.mentions}, {m.source for m in f.mentions})
            for f in report.facts if f.kind is Kind.DATE]


def test_the_month_joins_the_day_that_opens_it() -> None:
    facts = _date_facts(_story("1 April 2029", "April 2029"))
    assert any({"1 April 2029", "April 2029"} <= raws and sources == {"s0", "s1", "s2", "s3"}
               for raws, sources in facts), facts


def test_another_day_of_the_month_stays_apart() -> None:
    facts = _date_facts(_story("14 April 2029", "April 2029"))
    assert ({"14 April 2029"}, {"s0", "s1", "s2"}) in facts, facts


def _date(start: str, end: str, precision: str) -> Mention:
    value = DateValue(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end), precision=precision)
    return Mention(Kind.DATE, "s", 0, Span(0, 0), start, value, slot="date")


def test_the_key_holds_months_and_first_days_only() -> None:
    assert month_opening(_date("2029-04-01", "2029-04-30", "month")) == month_opening(
        _date("2029-04-01", "2029-04-01", "day"))
    assert month_opening(_date("2029-04-14", "2029-04-14", "day")) is None
    assert month_opening(_date("2029-01-01", "2029-12-31", "year")) is None
