"""A fact-box line's hedged count ("Entries: over 900") joins the prose counting it exactly ("947 entries").

The box rounds what the prose counts: the other way round from the hedged
fit of cluster.box_pairs, which let "Schools shut: 31" join "more than 30
schools". Only a precise prose count fits: a round one is no count the bound
was rounded from. Invented figures only.
"""

from __future__ import annotations

from sourcediff.align.cluster import box_pairs
from sourcediff.align.clusterbase import _Graph
from sourcediff.align.clusterfigures import Figures

BOUND = "number:number:count:entri=9E+2"


def _joined(figures: list[Figures]) -> list[list[int]]:
    return box_pairs([], ["a", "b"], figures, [frozenset({BOUND}), frozenset()], _Graph({(0, 1): 0.03}))


def _box() -> Figures:
    return Figures({BOUND}, {BOUND: "above"})


def test_a_bounded_box_count_joins_the_precise_count_it_rounds() -> None:
    # "Entries: over 900" against "947 entries" (a precise count's key has lost its noun)
    figures = [_box(), Figures({"number:number:count=947"})]
    assert _joined(figures) == [[0, 1]]


def test_the_same_noun_counts_too() -> None:
    figures = [_box(), Figures({"number:number:count:entri=947"})]
    assert _joined(figures) == [[0, 1]]


def test_a_round_or_hedged_or_far_count_does_not_join() -> None:
    for other in (Figures({"number:number:count=9.5E+2"}),  # round: no count the bound was rounded from
                  Figures({"number:number:count=947"}, {"number:number:count=947": "approx"}),  # hedged
                  Figures({"number:number:count=4120"}),  # far above the bound
                  Figures({"number:number:count:seat=947"})):  # another noun
        figures = [_box(), other]
        assert box_pairs([], ["a", "b"], figures, [frozenset({BOUND}), frozenset()],
                         _Graph({(0, 1): 0.03})) == [], other


def test_an_unhedged_box_count_needs_its_own_value() -> None:
    key = "number:number:count:entri=9E+2"
    figures = [Figures({key}), Figures({"number:number:count=947"})]
    assert box_pairs([], ["a", "b"], figures, [frozenset({key}), frozenset()], _Graph({(0, 1): 0.03})) == []
