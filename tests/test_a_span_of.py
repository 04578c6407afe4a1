""""a year of free cover", "a month's free parking": the "a" of a unit before what is offered is one unit.

Why: the "a" of a unit of time was read only after a hedge ("nearly a
week") or "for" ("closed for a week"), since a bare "a week" is as often a
rate ("$5 a week"). A unit before what is offered free or paid measures the
offer ("a year of free identity protection", "a week of paid leave"), which
another outlet writes "12 months of free protection" or "seven days' paid
leave"; left unread, that outlet's span met nothing. A rate is never
followed by "of free"; after "than" the span bounds nothing near one.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def spans(body: str) -> list[tuple[Decimal, str | None]]:
    article = Article.from_text("Grocer offers cover\n\n" + body, id="s0", published="2026-05-04")
    out = []
    for m in analyse(article).mentions:
        v = m.value
        if m.kind.value == "number" and getattr(v, "unit", None) in ("minute", "hour", "day", "week", "month",
                                                                       "year"):
            out.append((v.amount, v.unit))
    return out


@pytest.mark.parametrize(("body", "want"), [
    ("Shoppers hit by the leak will get a year of free identity protection.", [(Decimal(1), "year")]),
    ("Shoppers hit by the leak will get a year's free identity protection.", [(Decimal(1), "year")]),
    ("Porters at the depot were given a week of paid leave after the fire.", [(Decimal(1), "week")]),
    ("The council offered traders a month of free parking on the high street.", [(Decimal(1), "month")]),
])
def test_a_unit_of_an_offer_is_one_unit(body: str, want: list[tuple[Decimal, str]]) -> None:
    assert spans(body) == want


@pytest.mark.parametrize("body", [
    "Deliveries fall on a day of the week chosen by each shop.",
    "The grocer said it had been a year of his life he would not forget.",
    "Membership costs 40 euros a year, the grocer said.",
    "Traders were promised more than a month of free parking.",
    "Some called the wait a month of Sundays.",
])
def test_no_span_for_a_part_a_rate_or_a_bound(body: str) -> None:
    assert spans(body) == []


def test_a_year_of_cover_agrees_with_twelve_months() -> None:
    a = Article.from_text("Grocer offers cover\n\nThe Hollinbrook grocer Pemberley said it would give "
                          "affected shoppers 12 months of free identity protection after a leak of records.",
                          id="a", published="2026-05-04")
    b = Article.from_text("Pemberley leak\n\nPemberley will give affected shoppers a year of free "
                          "identity protection after the leak of records, the grocer said.",
                          id="b", published="2026-05-05")
    facts = compare([a, b]).to_dict()["facts"]
    found = [f for f in facts if {m["text"] for m in f["mentions"]} == {"12 months", "a year"}]
    assert [f["status"] for f in found] == ["agree"]
