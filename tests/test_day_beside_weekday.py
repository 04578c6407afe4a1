"""A shipping date one outlet gets wrong, beside a pre-order day it names by weekday (invented text).

"Pre-orders open on Thursday, May 14, and the headphones will ship on June
1" against "pre-order from this Thursday, but the headphones won't reach
buyers until June 8": the shared Thursday shows the two passages tell one
sequence, and the day each leaves is the other's rival. A weekday was never
such shared evidence, so June 8 stayed a detail of its own. And the
tabloid's deck "wait until June" took its seat in the agreeing fact,
though its body says which day of June it means.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

WIRE = ("Kelvo Audio launched its Drift 4 headphones in Oslo on Monday. Pre-orders open on Thursday, May 14, "
        "and the headphones will ship on June 1, the company said. They cost 349 euros.")
TABLOID = ("Kelvo Audio took the wraps off its Drift 4 headphones yesterday, and buyers will have to wait "
           "until June.\n\nFans can pre-order from this Thursday, but the headphones won't reach buyers "
           "until June 8. They cost 349 euros.")
TRADE = ("Kelvo Audio's Drift 4 headphones were launched in Oslo on Monday. Pre-orders start on 14 May and "
         "the headphones ship on 1 June. They cost 349 euros.")


def _dates(tabloid: str) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    report = compare([Article.from_text(WIRE, id="a", published="2026-05-11"),
                      Article.from_text(tabloid, id="b", published="2026-05-12"),
                      Article.from_text(TRADE, id="c", published="2026-05-11")])
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if f.kind is Kind.DATE]


def test_a_day_left_beside_a_shared_weekday_is_the_rival_day() -> None:
    assert (Verdict.DIVERGE, [("a", "June 1"), ("b", "June 8"), ("c", "1 June")]) in _dates(TABLOID)


def test_a_month_whose_source_names_another_day_in_it_agrees_with_no_day() -> None:
    agreeing = [ms for status, ms in _dates(TABLOID) if status is Verdict.AGREE]
    assert not any(("b", "June") in ms for ms in agreeing)


def test_the_weekday_still_agrees_with_the_calendar_day() -> None:
    assert (Verdict.AGREE, [("a", "Thursday, May 14"), ("b", "this Thursday"), ("c", "14 May")]) in _dates(
        TABLOID)


def test_a_month_alone_still_holds_the_day() -> None:
    vague = TABLOID.replace("until June 8", "some time next month")
    assert (Verdict.AGREE, [("a", "June 1"), ("b", "June"), ("b", "next month"), ("c", "1 June")]) in _dates(
        vague)
