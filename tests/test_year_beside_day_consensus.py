"""A year beside a day in the dissenter's sentence still meets the others' year (invented text).

Two outlets write "made in 1761" and a third "made in 1716, was taken from a
car on 3 May": its passage states two dates, a year and a day, and the day
alone was weighed as its value, so the rival year stayed a detail of its own.
Among years alone the passage states one, which the claim's consensus weighs.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict

PUBLISHED = "2026-06-10"


def _year_facts(third: str) -> list[tuple[Verdict, set[str]]]:
    texts = ["The cello, made in 1761 by the maker Tomas Reddle, was found in a barn on Monday, police said.",
             "Police found the cello, made in 1761 by Tomas Reddle, in a barn on Monday.",
             third]
    rep = compare([Article.from_text(t, id=f"s{n}", published=PUBLISHED) for n, t in enumerate(texts)])
    return [(f.status, {m.source for m in f.mentions}) for f in rep.facts
            if f.kind is Kind.DATE and any(m.raw in ("1761", "1716") for m in f.mentions)]


def test_a_rival_year_beside_a_day_diverges() -> None:
    facts = _year_facts("The cello, made in 1716 by Tomas Reddle, was taken from a car on 3 May and found "
                        "in a barn on Monday.")
    assert (Verdict.DIVERGE, {"s0", "s1", "s2"}) in facts, facts


def test_the_same_year_beside_a_day_agrees() -> None:
    facts = _year_facts("The cello, made in 1761 by Tomas Reddle, was taken from a car on 3 May and found "
                        "in a barn on Monday.")
    assert all(status is not Verdict.DIVERGE for status, _ in facts), facts
