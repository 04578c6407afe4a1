"""A sum a plan saves and a sum it costs are two quantities (sumroles, read by _context_pairs).

"Closing the four libraries will save £2.3m a year once the cost of the
mobile library is taken into account" and "the mobile library will cost
around £180k a year" share their rare words, so the rule that pairs values
by the words around them set the saving against the cost. Two savings that
differ, and two costs that differ, still diverge. All text here is invented.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff import Article
from sourcediff.model import Kind, Mention, Span
from sourcediff.pipeline import compare
from sourcediff.sumroles import roles_apart, sum_role
from sourcediff.values import Money

LEADS = ["Dunmore council voted on Tuesday to close four of its libraries next spring.\n\n",
         "Four Dunmore libraries will shut next spring after a council vote on Tuesday.\n\n",
         "Councillors in Dunmore have agreed to close four libraries from next spring.\n\n"]
COST_A = ("The mobile library that replaces them will cost about 180,000 pounds a year, a sum already taken "
          "off the savings.")
COST_B = ("The council admits the mobile library will cost around £{} a year, money already taken off the "
          "savings figure.")
SAVING = ("The council says closing the four libraries will save £{} a year once the cost of the mobile "
          "library is taken into account.")


def _sums(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article(id=f"s{i}", text=LEADS[i] + t + "\n", published=dt.date(2026, 5, 12))
                for i, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.MONEY]


def test_a_saving_is_no_rival_of_the_cost_told_beside_it() -> None:
    facts = _sums(COST_A, COST_B.format("180k"), SAVING.format("2.3m"))
    assert ("agree", ["about 180,000 pounds", "around £180k"]) in facts, facts
    assert all(status != "diverge" for status, _ in facts), facts


def test_two_savings_that_differ_still_diverge() -> None:
    facts = _sums("Closing the four libraries will save £1.9m a year, the council said on Tuesday.",
                  SAVING.format("2.3m"))
    assert ("diverge", ["£1.9m", "£2.3m"]) in facts, facts


def test_two_costs_that_differ_still_diverge() -> None:
    facts = _sums(COST_A, COST_B.format("240k"))
    assert ("diverge", ["about 180,000 pounds", "around £240k"]) in facts, facts


def _money(text: str, raw: str) -> Mention:
    start = text.index(raw)
    return Mention(kind=Kind.MONEY, source="s", passage=0, span=Span(start, start + len(raw)), raw=raw,
                   value=Money("GBP", Decimal(2300000)), slot="money")


@pytest.mark.parametrize(("text", "role"), [
    ("The closures will save £2.3m a year.", "saving"),
    ("It promises cost savings of £2.3m a year.", "saving"),
    ("The new buses will cost £2.3m a year.", "cost"),
    ("The council expects to spend about £2.3m a year on buses.", "cost"),
    # a cost cut is a saving told in a cost's words: no role is read
    ("The closures will cut costs by £2.3m a year.", None),
    # only the figure's own clause is read
    ("The buses will cost more, but the plan still leaves £2.3m a year.", None),
    ("The council will pay £2.3m a year.", None),
])
def test_the_word_that_governs_a_sum_says_its_role(text: str, role: str | None) -> None:
    assert sum_role(_money(text, "£2.3m"), {"s": text}) == role


def test_only_a_saving_and_a_cost_are_apart() -> None:
    assert roles_apart("saving", "cost")
    assert not roles_apart("saving", "saving")
    assert not roles_apart("cost", None)
