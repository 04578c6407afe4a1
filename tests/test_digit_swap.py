"""Two figures with two neighbouring digits swapped are one figure miscopied: a box line joins, and diverges.

A local paper's fact box lists "Grant awarded: £2.47 million" where the wire's
sentence says the council "received £2.74 million": many per cent off, so
neither the exact nor the near match of cluster.box_pairs joined the line, and
the line shares no word with the sentence, so no pair score made the two
rivals. Invented text only.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sourcediff import Article, compare
from sourcediff.align.cluster import box_pairs
from sourcediff.align.clusterbase import _Graph
from sourcediff.align.clusterseats import _near_fit
from sourcediff.digitswap import transposed


@pytest.mark.parametrize(("mine", "theirs"), [
    ("1530000", "1350000"), ("18250", "18520"), ("2.47", "2.74"), ("4120", "1420"), ("-3.51", "-3.15"),
])
def test_neighbouring_digits_swapped_are_a_transposition(mine: str, theirs: str) -> None:
    assert transposed(Decimal(mine), Decimal(theirs))
    assert transposed(theirs, mine)


@pytest.mark.parametrize(("mine", "theirs"), [
    ("1530000", "1530000"),  # the same figure
    ("1530000", "135000"),  # another order of magnitude
    ("25", "52"),  # too few digits: two round figures swap by chance
    ("1530000", "3510000"),  # two digits apart, not neighbours
    ("1234", "2143"),  # two swaps
    ("1530000", "1360000"),  # another digit
    ("3.51", "-3.15"),  # a sign
    ("x", "1.35"),  # no figure
])
def test_other_differences_are_no_transposition(mine: str, theirs: str) -> None:
    assert not transposed(mine, theirs)


def test_a_box_line_joins_prose_stating_its_figure_with_two_digits_swapped() -> None:
    probs = {(0, 1): 0.05}
    figures = [frozenset({"money:GBP=2.47E+6"}), frozenset({"money:GBP=2.74E+6"})]
    boxed = [frozenset({"money:GBP=2.47E+6"}), frozenset()]
    assert box_pairs([], ["a", "b"], figures, boxed, _Graph(probs)) == [[0, 1]]
    assert not _near_fit(frozenset({"money:GBP=2.47E+6"}), frozenset({"money:EUR=2.74E+6"}))


WIRE = ("Hollins Vale council has won a share of the national flood resilience fund, the ministry said on "
        "Tuesday.\n\n"
        "The council received £2.74 million from a total pot of £40 million, the largest grant in the "
        "region.\n\n"
        "Work on the new embankment at Marrow Ford is due to start in the spring.")
TRADE = ("Hollins Vale is among nine councils sharing the flood resilience fund this year.\n\n"
         "Officers pocketed a tidy £2.74m for the Marrow Ford embankment, the ministry confirmed.\n\n"
         "Engineers expect the embankment to take two years to build.")
LOCAL = ("Marrow Ford residents cheered the news that their embankment will finally be built.\n\n"
         "Flood scheme at a glance:\n\n"
         "- Grant awarded: £2.47 million\n"
         "- Homes protected: 312\n\n"
         "Councillor Bea Tolland said the town had waited fifteen years for the work.")


def _money_statuses(*texts: tuple[str, str]) -> dict[str, str]:
    report = compare([Article(id=n, text=t) for n, t in texts])
    return {m.raw: fact.status.value for fact in report.facts for m in fact.mentions
            if fact.kind.value == "money"}


def test_a_box_lines_swapped_sum_diverges_from_the_prose_stating_it() -> None:
    statuses = _money_statuses(("wire", WIRE), ("trade", TRADE), ("local", LOCAL))
    assert statuses["£2.47 million"] == "diverge"
    assert statuses["£2.74 million"] == "diverge"


def test_a_source_stating_both_figures_reports_two_sums() -> None:
    # the local paper also gives the other sum elsewhere: two facts, no rival
    local = LOCAL.replace("the town had waited fifteen years for the work.",
                          "the town had bid for £2.74 million twice before.")
    statuses = _money_statuses(("wire", WIRE), ("local", local))
    assert statuses["£2.47 million"] != "diverge"


def test_sums_that_are_no_swap_of_each_other_stay_apart() -> None:
    statuses = _money_statuses(("wire", WIRE), ("trade", TRADE), ("local", LOCAL.replace("2.47", "1.90")))
    assert statuses["£1.90 million"] == "unique"


def _count_statuses(*bodies: str) -> dict[str, str]:
    report = compare([Article(id=f"s{n}", text=b) for n, b in enumerate(bodies)])
    return {m.raw: fact.status.value for fact in report.facts for m in fact.mentions
            if fact.kind.value == "number"}


CHOIR = ("The Tarnby Voices choir won the regional final in Ostmark on Saturday night.\n\n"
         "The choir took {n} points from the public vote, well clear of the runners-up.\n\n"
         "Conductor Ilse Brand said the singers would celebrate at home on Sunday.")


def test_a_count_with_two_digits_swapped_diverges_by_the_claims_consensus() -> None:
    # counts are left to the existing rules (a rival subject's count is not a swap): they still see this one
    statuses = _count_statuses(CHOIR.format(n="362"), CHOIR.format(n="362"), CHOIR.format(n="326"))
    assert statuses["326"] == "diverge"


def test_counts_of_two_things_are_no_swap() -> None:
    # 362 points against 326 seats: two facts, whatever their digits
    other = CHOIR.format(n="362").replace("took 362 points from the public vote",
                                          "sang to 326 seats of the public hall")
    statuses = _count_statuses(CHOIR.format(n="362"), CHOIR.format(n="362"), other)
    assert statuses.get("326") != "diverge"
