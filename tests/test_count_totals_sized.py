""""14 trains an hour, or 336 in all": a total without its noun, weighed apart from the rate (invented text).

A broadcaster wrote "cancelled 410 flights each day until Saturday, or 1,320
in total" where two other outlets wrote the total as "cancelled 1,230
flights": the total had no noun, so it counted nothing; and even with one,
its passage stated two counts of the noun (the daily one and the total), so
the claim's consensus, which weighs a passage's one value of a family, never
weighed it. A bare figure before "in total", "in all", "all told" or
"altogether" now takes the noun of the count before it in its clause; named
counts of a hundred or more are weighed by order of magnitude, as sums are;
and a count followed by "and" and a participle ("1,230 flights and
disrupting") is no union of two nouns.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse

PUBLISHED = "2027-04-13"


def _cues(text: str) -> dict[str, tuple[str, ...]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return {m.raw: m.cues for m in info.mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize("text", [
    "The operator will run 14 trains an hour through the tunnel, or 336 in all, during the festival.",
    "Volunteers planted 120 saplings a day, 840 altogether, during the week-long drive.",
    "The council will close 45 libraries this year and 60 next year, 105 all told, to save money.",
])
def test_a_bare_total_takes_the_noun_of_the_count_before_it(text: str) -> None:
    cues = _cues(text)
    total = next(c for raw, c in cues.items() if raw in ("336", "840", "105"))
    assert total and total[0] in ("train", "sapling", "library"), cues


def test_a_bare_figure_with_no_total_word_is_not_given_the_noun() -> None:
    cues = _cues("The operator will run 14 trains an hour through the tunnel, and 336 of them stop at Arle.")
    assert cues.get("336", ()) != ("train",), cues


def _report(figures: list[str]) -> list[tuple[Verdict, set[str], set[str]]]:
    texts = [
        "Halvern Rail has cancelled {} because of the signalling fault, the operator said on Tuesday.",
        "Because of the signalling fault Halvern Rail cancelled {}, the operator confirmed.",
        "The signalling fault forced Halvern Rail to cancel {}, the operator said.",
    ]
    arts = [Article.from_text(t.format(f), id=f"s{n}", published=PUBLISHED)
            for n, (t, f) in enumerate(zip(texts, figures, strict=True))]
    rep = compare(arts)
    return [(f.status, {m.source for m in f.mentions}, {m.raw for m in f.mentions})
            for f in rep.facts if f.kind is Kind.NUMBER]


def test_a_rival_total_beside_a_daily_count_is_a_divergence() -> None:
    facts = _report(["2,140 trains and stranding thousands, with 430 trains a day off the timetable",
                     "430 trains each day until Friday, or 2,410 in total",
                     "2,140 trains, or 430 trains a day"])
    assert any(status is Verdict.DIVERGE and {"s0", "s1", "s2"} <= sources and "2,410" in raws
               for status, sources, raws in facts), facts


def test_agreeing_totals_beside_daily_counts_stay_agreed() -> None:
    facts = _report(["2,140 trains and stranding thousands, with 430 trains a day off the timetable",
                     "430 trains each day until Friday, or 2,140 in total",
                     "2,140 trains, or 430 trains a day"])
    assert all(status is not Verdict.DIVERGE for status, _, _ in facts), facts
