"""A sum stated per period beside a lump sum leaves the lump sum its passage's one sum (invented text).

Three outlets say a councillor refunded $8,400; a fourth, in one sentence,
gives his allowance "$3,450 a month" and says he "has so far handed back just
$9,600". The sum per month is a rate, never a reading of the refund, yet with
it the fourth passage stated two sums and told the claim's consensus nothing:
its $9,600 stayed a lone figure instead of the refund's dissenting value.
Nor did "handed back" and "repaid" tell the consensus that the two sums are
one repayment: the words for paying back now fold to one.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.divergeconsensus import repay_words
from sourcediff.model import Fact

WIRE = ("Councillor Ned Harrowell has refunded $8,400 of wrongly claimed travel costs and will repay "
        "the rest in stages, the audit office said on Monday.")
PAPER = ("Harrowell has refunded $8,400 so far and will repay the remaining travel claims in stages, "
         "auditors said.")
SITE = "Refunded so far: $8,400, with the rest of the travel claims to be repaid in stages."
TABLOID = ("Councillor Ned Harrowell, who draws an allowance of $3,450 a month, has so far handed back "
           "just $9,600 of the wrongly claimed travel costs, the audit office said.")


def _money(*texts: str) -> list[Fact]:
    names = ("wire", "paper", "site", "tabloid")
    arts = [Article.from_text(t, id=n, published="2026-05-11") for n, t in zip(names, texts, strict=False)]
    return [f for f in compare(arts).facts if f.kind is Kind.MONEY]


def test_the_lump_sum_dissents_from_the_consensus() -> None:
    facts = _money(WIRE, PAPER, SITE, TABLOID)
    refund = [f for f in facts if "tabloid" in f.sources and "wire" in f.sources]
    assert refund and refund[0].status is Verdict.DIVERGE, [(f.status, f.sources, f.summary) for f in facts]


def test_the_rate_stays_out_of_the_refund() -> None:
    facts = _money(WIRE, PAPER, SITE, TABLOID)
    rate = [f for f in facts if any("3,450" in m.raw for m in f.mentions)]
    assert rate and rate[0].sources == ("tabloid",) and rate[0].status is Verdict.UNIQUE


def test_repayment_words_fold_to_one() -> None:
    """The words "handed back" and "repaid" beside two sums say both are repayments (`_same_role_amount`)."""
    assert repay_words(frozenset({"hand", "back", "far"})) == frozenset({"repay", "far"})
    assert repay_words(frozenset({"repaid", "refund"})) == frozenset({"repay"})
    assert repay_words(frozenset({"back", "paid"})) == frozenset({"repay"})
    assert repay_words(frozenset({"back", "road"})) == frozenset({"back", "road"})
