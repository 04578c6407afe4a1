"""A bare "N pounds" in a clause about money ("the bill ... up from 410,000 pounds") is a sum, not a weight.

Wire style writes sums as "N pounds". With no multiplier and no price unit
after it, amounts._currency_after read such a figure as a weight, and
money.unify_pounds read it back as sterling only when another source stated
the very same sum: a wire's earlier-year bill, which no other outlet
restated, stayed a weight and met none of their sums. The clause tells:
a word of money there (bill, cost, paid, fined, grant, raised, sold ...)
and no word of weight ("weighed", "lost", "ounces", a catch, a baby, "pounds
of" a substance) makes the figure money.
"""

from __future__ import annotations

import pytest

from sourcediff import compare
from sourcediff.extract.amounts import scan_amounts
from sourcediff.model import Article


def _money(text: str) -> list[str]:
    art = Article.from_text(text, id="s0", published="2027-03-09")
    return sorted(m.canonical for f in compare([art]).facts if f.kind.value == "money" for m in f.mentions)


def _currencies(text: str) -> list[str | None]:
    return [a.currency for a in scan_amounts(text) if not a.year_like]


@pytest.mark.parametrize(("text", "want"), [
    ("The library's heating bill climbed to 96,000 pounds last winter, the trust said.", ["GBP 96000"]),
    ("Drivers who ignore the signs will be fined 85 pounds, the borough said on Friday.", ["GBP 85"]),
    ("The parish council paid 14,500 pounds for the new playground surface.", ["GBP 14500"]),
    ("Neighbours have raised 3,200 pounds to repair the chapel roof.", ["GBP 3200"]),
    ("The cottage was sold at auction for 287,000 pounds on Thursday.", ["GBP 287000"]),
    ("The scheme offers a grant of up to 7,500 pounds to each household.", ["ceiling GBP 7500"]),
])
def test_pounds_in_a_clause_about_money_are_a_sum(text: str, want: list[str]) -> None:
    assert _money(text) == want


@pytest.mark.parametrize("text", [
    "The prize-winning marrow weighed 112 pounds, the show's judges said.",
    "The angler, who paid for a day ticket, landed a carp of 48 pounds at dawn.",
    "Staff at the clinic said she had lost 60 pounds since the surgery was paid for.",
    "Police said the van carried 90 pounds of cannabis worth a large sum.",
    "The twins were born at 6 pounds each, the hospital said, and the bill was covered.",
    "The fee covers a suitcase of up to 50 pounds and 2 ounces, the airline said.",
    "After the price rise the tyres were pumped to 32 pounds per square inch.",
    "The hound, a gift from the breeder, is now 70 pounds and still growing.",
])
def test_pounds_with_a_word_of_weight_or_no_money_stay_a_weight(text: str) -> None:
    assert _money(text) == []


def test_the_clause_ends_at_the_sentence_stop() -> None:
    """A money word in the sentence before does not reach a weight in the next one."""
    text = "The council paid for the survey. The seal pup was 30 pounds when it was found."
    assert _currencies(text) == [None]


def test_a_money_clause_reads_the_earlier_year_too() -> None:
    """The sum a bill rose from is money as the sum it rose to is ("up from 410,000 pounds in 2024")."""
    text = ("Its energy bill for the halls rose to 1.2 million pounds a year, up from 380,000 pounds in "
            "2024, a report said.")
    assert _currencies(text) == ["pounds", "pounds"]
