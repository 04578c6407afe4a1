"""Two things a shipping story writes tersely (invented text).

A spec list gives a vessel's year as "built 2009" or "the 2009-built
carrier", with no date preposition; a crew breakdown says its noun once,
at the end: "nine Peruvian, 6 Chilean and one Spanish national". Both
figures used to be dropped, so another outlet's "built in 2009" or "six
Chileans" had nothing to agree with.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import analyse


def dates(text: str) -> list[str]:
    return [m.raw for m in analyse(Article.from_text(text)).mentions if m.kind is Kind.DATE]


def counts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.raw, m.cues) for m in analyse(Article.from_text(text)).mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The bulk carrier (81,000 dwt, built 2009, Liberian flag) sailed on Friday.", ["2009", "Friday"]),
    ("The 2009-built carrier is owned by a Hamburg fund.", ["2009"]),
    ("The ferry was launched 1998 and refitted later.", ["1998"]),
    ("The carrier was built in 2009.", ["2009"]),
])
def test_a_build_year_is_a_date(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The festival sold 2009 tickets on the first day.",
    "The yard has built 2009 small boats since it opened.",
])
def test_a_figure_after_other_words_is_no_build_year(text: str) -> None:
    assert "2009" not in [d for d in dates(text)]


def test_each_item_of_a_listed_breakdown_is_a_count_of_its_group() -> None:
    found = counts("The crew of 16 are nine Peruvian, 6 Chilean and one Spanish national.")
    assert ("nine", ("peruvian",)) in found
    assert ("6", ("chilean",)) in found


def test_a_listed_toll_keeps_its_roles() -> None:
    found = dict(counts("Gas blast in Tollmere: 2 Dead, 1 Wounded and 40 Homes Evacuated"))
    assert found.get("2") != ("dead",)


@pytest.mark.parametrize("text", [
    "Rovan City beat Pellmoor 3, with 2 late goals.",
    "They met at 12 Harbour Row on Tuesday.",
])
def test_a_capitalized_word_outside_a_list_is_no_group(text: str) -> None:
    assert all(cues not in (("pellmoor",), ("harbour",)) for _, cues in counts(text))


def test_a_breakdown_agrees_with_the_same_groups_written_as_plurals() -> None:
    wire = ("The bulk carrier Tessaly Point was detained at Callao on Friday, the port authority said.\n\n"
            "Its crew of 16 are nine Peruvian, 6 Chilean and one Spanish national, the owner said.")
    paper = ("Port officers detained the Tessaly Point at Callao on Friday.\n\n"
             "Its crew of 16 are nine Peruvians, six Chileans and a Spaniard, the owner said.")
    report = compare([Article.from_text(t, id=i, published="2027-05-14")
                      for i, t in (("a", wire), ("b", paper))])
    chilean = [f for f in report.facts if {m.raw for m in f.mentions} >= {"6", "six"}]
    assert chilean and chilean[0].status is Verdict.AGREE
