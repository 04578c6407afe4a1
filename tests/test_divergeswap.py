"""A lone source's sum that swaps two digits of a sum the others agree on is its rival, in any claim.

Invented text throughout (divergeswap.consensus_swap_pairs).
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.divergeswap import consensus_swap_pairs
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Money


def money(source: str, passage: int, amount: str, currency: str = "GBP") -> Mention:
    return Mention(kind=Kind.MONEY, slot=f"money:{currency}", raw=amount,
                   value=Money(currency, Decimal(amount)), source=source, passage=passage, span=Span(0, 4))


def test_a_lone_swap_of_an_agreed_sum_pairs_with_it() -> None:
    ms = [money("a", 1, "316000"), money("b", 3, "316000"), money("c", 7, "361000")]
    assert consensus_swap_pairs(ms) == [(0, 2), (1, 2)]


def test_no_consensus_or_a_source_stating_both_pairs_nothing() -> None:
    # one source against one: which is the slip is unknown, and swapped_pairs reads a shared claim
    assert consensus_swap_pairs([money("a", 1, "316000"), money("c", 7, "361000")]) == []
    # the lone source also gives the agreed figure: it states two sums
    assert consensus_swap_pairs([money("a", 1, "316000"), money("b", 3, "316000"), money("c", 7, "361000"),
                                 money("c", 2, "316000")]) == []
    # another currency, another magnitude, or no neighbouring swap: no pair
    assert consensus_swap_pairs([money("a", 1, "316000"), money("b", 3, "316000"),
                                 money("c", 7, "361000", "EUR")]) == []
    agreed = [money("a", 1, "316000"), money("b", 3, "316000")]
    assert consensus_swap_pairs([*agreed, money("c", 7, "36100")]) == []
    assert consensus_swap_pairs([*agreed, money("c", 7, "613000")]) == []


WIRE = ("Runner completes island circuit\n\n"
        "A retired postman finished a run around the island of Varrow on Sunday, having raised £316,000 "
        "for the Linwell Hospice.\n\n"
        "He set off in March from the harbour at Kessock Bay.")
TABLOID = ("Postie's mega run\n\n"
           "Postie Alf Dunmore has run right round Varrow, raking in £316,000 for the Linwell Hospice.\n\n"
           "He wore out six pairs of trainers.")
TRADE = ("Island run lifts Linwell Hospice\n\n"
         "The Linwell Hospice said the run had raised £316,000, a record for a single challenge event.\n\n"
         "Its director of income called it a remarkable effort.")
LOCAL = ("Alf is home\n\n"
         "Kessock Bay gave Alf Dunmore a hero's welcome at the harbour last weekend.\n\n"
         "Alf ran for the hospice that nursed his late wife, and the quiz night at the Anchor on Friday "
         "was held in his honour.\n\n"
         "By the time he got home the total stood at £361,000, and gifts are still arriving.")


def test_the_lone_swapped_sum_diverges_with_the_agreed_one() -> None:
    report = compare([Article.from_text(t, id=f"s{i}") for i, t in enumerate((WIRE, TABLOID, TRADE, LOCAL))])
    sums = [f for f in report.facts if f.kind is Kind.MONEY]
    raws = [({m.raw for m in f.mentions}, f.status.value) for f in sums]
    assert any({"£316,000", "£361,000"} <= r and s == "diverge" for r, s in raws), raws
