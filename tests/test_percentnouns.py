"""A percent's measured noun: read where writers put it, and used to pair and part rival percents."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.percentnouns import measured_nouns


def _nouns(text: str, figure: str, *, whole: bool = True) -> frozenset[str]:
    start = text.index(figure)
    return measured_nouns(text, start, start + len(figure), whole=whole)


@pytest.mark.parametrize(("text", "figure", "noun"), [
    ("The nurses voted on a 64 per cent turnout.", "64 per cent", "turnout"),
    ("Turnout was 64% across the region.", "64%", "turnout"),
    ("The count showed a turnout of 64 percent.", "64 percent", "turnout"),
    ("Halbrook Mining bought a 35% stake in the smelter.", "35%", "stake"),
    ("The offer is a premium of nearly 28 per cent to Friday's close.", "28 per cent", "premium"),
    ("Unemployment rose to 6.3% in March.", "6.3%", "unemploy"),
    ("Inflation stood at 2.9 percent last month.", "2.9 percent", "inflat"),
])
def test_the_measured_noun_is_read_where_writers_put_it(text: str, figure: str, noun: str) -> None:
    assert noun in _nouns(text, figure)


def test_the_whole_a_share_is_of_counts_only_as_likeness() -> None:
    text = "Some 81% of members backed the deal."
    assert "member" in _nouns(text, "81%")
    assert _nouns(text, "81%", whole=False) == frozenset()


@pytest.mark.parametrize(("text", "figure"), [
    ("They own 30 per cent of the total.", "30 per cent"),
    ("Shares closed 4% higher on Monday.", "4%"),
    ("Turnout was 64% and 71% of those who voted said yes.", "71%"),
    ("Prices rose 3.2 percent and wages 2.1 percent.", "3.2 percent"),  # a change of prices, no measure
])
def test_generic_or_absent_nouns_name_nothing(text: str, figure: str) -> None:
    assert _nouns(text, figure) == frozenset()


def _report(a: str, b: str):  # type: ignore[no-untyped-def]
    return compare([Article.from_text(a, id="a", published="2026-03-09"),
                    Article.from_text(b, id="b", published="2026-03-09")])


def _facts_with(report, *raws: str):  # type: ignore[no-untyped-def]
    return [f for f in report.facts if {m.raw for m in f.mentions} >= set(raws)]


def test_a_noun_after_the_figure_and_one_before_it_still_agree() -> None:
    report = _report(
        "The nurses' union said 92% turnout and 71% support for the strike at Elmfield hospital.",
        "At Elmfield hospital, the nurses' union reported turnout of 92 per cent and 71 per cent support.")
    agreed = _facts_with(report, "92%", "92 per cent")
    assert len(agreed) == 1 and agreed[0].status.value == "agree"


def test_a_turnout_named_after_its_figure_rivals_the_turnout_named_before() -> None:
    report = _report(
        "The Elmfield nurses union called the strike on Monday after turnout was 64 percent and 83 percent "
        "of members backed industrial action in the ballot.",
        "The Elmfield nurses union called the strike on Monday after 83 per cent of members backed "
        "industrial action on a 46 per cent turnout in the ballot.")
    rivals = _facts_with(report, "64 percent", "46 per cent")
    assert len(rivals) == 1 and rivals[0].status.value == "diverge"
