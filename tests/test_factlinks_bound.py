"""A bound links first to the figure it names, not to a larger one it merely fits (issue #11).

"must serve at least eight and a half years" fits a 13-year sentence as
well as an 8.5-year minimum; in one claim stating both, passage scores alone
put it with the 13 years, and the 8.5 years of the other outlets stood
without it. The figure a bound names is the one it states. Invented text.
"""

from __future__ import annotations

from sourcediff import Article, Kind, compare
from sourcediff.model import Mention


def number_facts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-11-19") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.canonical for m in f.mentions))
                  for f in compare(arts).facts if f.kind is Kind.NUMBER)


def test_a_floor_joins_the_figure_it_names() -> None:
    facts = number_facts(
        "Roe was jailed for 13 years and must serve at least eight and a half years before parole.",
        "Roe was jailed for 13 years with a non-parole period of 8.5 years.",
        "Roe will serve at least eight and a half years of his 13-year term.")
    assert ("agree", ["13 year", "13 year", "13 year"]) in facts
    assert ("agree", ["8.5 year", "floor 8.5 year", "floor 8.5 year"]) in facts


def test_a_bound_without_its_figure_still_joins_what_it_fits() -> None:
    facts = number_facts("Roe was jailed on Thursday for at least ten years, the court said.",
                         "Roe was jailed on Thursday for 13 years, the court said.")
    assert facts == [("agree", ["13 year", "floor 10 year"])]


def test_only_sums_and_measures_take_the_bound_first_link() -> None:
    from sourcediff.factlinks import _bound_at_figure
    from sourcediff.pipeline import analyse

    def figures(text: str) -> list[Mention]:
        info = analyse(Article.from_text(text, id="x", published="2026-11-19"))
        return [m for m in info.mentions if m.kind in (Kind.NUMBER, Kind.MONEY)]

    floor, exact = figures("He must serve at least 8.5 years."), figures("He must serve 8.5 years.")
    assert _bound_at_figure(floor[0], exact[0])
    money = figures("The fund lost more than $40 million."), figures("The fund lost $40 million.")
    assert _bound_at_figure(money[0][0], money[1][0])
    # a bare count: small counts recur for many things, left to their roles and nouns
    counts = figures("At least five people were hurt."), figures("Five people were hurt.")
    assert not _bound_at_figure(counts[0][0], counts[1][0])
