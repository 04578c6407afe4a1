"""A change's ends written in opposite orders: "from A to B" against "to C from the current A".

The shared start pairs off in the leftover rule, which then set the two new
levels against each other only when both stood on the same side of it in
writing. Outlets write a change either way round ("rose from 4% to 5%",
"rose to 5% from 4%"), and "from" / "to" say which end each figure is, so
the rival new level was left a unique fact. Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict


def _money_facts(second: str) -> list[tuple[Verdict, set[str]]]:
    arts = [
        Article.from_text("Shelf staff at Grellan Foods have turned down a 5% pay award. Grellan's award "
                          "would raise the basic hourly rate from 11.40 pounds to 11.95 pounds. "
                          "The union wants 9%.", id="s0", published="2027-02-08"),
        Article.from_text("Grellan Foods shelf staff have rejected a pay award. Workers turned down a 5 per "
                          f"cent rise, which Grellan says would take pay to {second} an hour from the "
                          "current £11.40. Their union is asking for 9 per cent.",
                          id="s1", published="2027-02-09"),
        Article.from_text("Grellan Foods staff reject pay award. Award: 5% on basic pay, from £11.40 to "
                          "£11.95 per hour. Union claim: 9%.", id="s2", published="2027-02-10"),
    ]
    return [(f.status, {m.raw for m in f.mentions}) for f in compare(arts).facts if f.kind is Kind.MONEY]


def test_rival_new_level_written_before_the_shared_start_diverges() -> None:
    facts = _money_facts("£12.05")
    assert any(status is Verdict.DIVERGE and {"11.95 pounds", "£12.05"} <= raws
               for status, raws in facts), facts


def test_same_new_level_written_before_the_shared_start_agrees() -> None:
    facts = _money_facts("£11.95")
    assert not any(status is Verdict.DIVERGE for status, _ in facts), facts
    assert any(status is Verdict.AGREE and {"11.95 pounds", "£11.95"} <= raws
               for status, raws in facts), facts
