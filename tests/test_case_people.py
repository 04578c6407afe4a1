"""Figures told of two ordinary people, each named with an age, are two facts (casepeople).

Two outlets illustrate a mis-selling story with a customer each; each
customer's monthly premium is told in like words ("paid ... a month for
the cover on a loan"), and the words around the two sums matched, so two
people's premiums were reported as a divergence. Invented text only.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.model import Kind

CITY = ("Harlow Lane Bank was ordered on Tuesday to repay customers sold Shieldsafe cover they could not "
        "use.\n\n"
        "Retired baker Ann Colley, 68, from Penmoor, said she paid {} a month for Shieldsafe on a car loan.")
VALLEY = ("Harlow Lane Bank must repay customers it sold Shieldsafe cover, the regulator said last week.\n\n"
          "{} took out a loan from the bank's Dunsby branch in 2018. Shieldsafe was added to the loan "
          "at £14.50 a month.")


def _monthly(city_sum: str, valley_person: str) -> list[tuple[str, list[str]]]:
    city = Article.from_text(CITY.format(city_sum), id="city", published="2026-11-11")
    valley = Article.from_text(VALLEY.format(valley_person), id="valley", published="2026-11-16")
    return sorted((f.status.value, sorted(m.raw for m in f.mentions)) for f in compare([city, valley]).facts
                  if f.mentions[0].kind is Kind.MONEY)


def test_two_peoples_premiums_are_two_facts() -> None:
    facts = _monthly("£19", "Tom Rudd, 72, a former bus driver,")
    assert all(status != "diverge" for status, _ in facts), facts


def test_one_persons_premium_told_differently_still_diverges() -> None:
    facts = _monthly("£19", "Ann Colley, 68, a retired baker,")
    assert ("diverge", ["£14.50", "£19"]) in facts, facts
