"""figurepairs.pair_by_figures: two prose passages sharing a precise figure no other passage states.

"The levy raised 48.7 million crowns" and "the scheme brought in 48.7m
crowns last year" share one figure and few words: the pair model scores
them low, so each sits with its own neighbours (issue #11). Invented text
and small synthetic inputs only.
"""

from __future__ import annotations

from sourcediff.align.figurepairs import join_tallies, pair_by_figures

PRECISE = "money:SEK=4.87E+7"
ROUND = "money:SEK=5E+7"
MERGE_AT = 0.3


def test_a_low_scored_pair_sharing_a_figure_only_it_states_makes_a_claim() -> None:
    # 0 (a) and 1 (b) state the figure; 2 (b) and 3 (c) state other things
    source_of = ["a", "b", "b", "c"]
    figures = [frozenset({PRECISE}), frozenset({PRECISE}), frozenset({ROUND}), frozenset()]
    probs = {(0, 1): 0.05, (0, 2): 0.2, (1, 3): 0.1}
    claims = [[0, 3], [1, 2]]
    assert pair_by_figures(claims, probs, source_of, figures, MERGE_AT) == [[0, 3], [1, 2], [0, 1]]
    # already together, scored at merge_at (the clustering's business) or a headline: nothing added
    assert pair_by_figures([[0, 1]], probs, source_of, figures, MERGE_AT) == [[0, 1]]
    assert pair_by_figures(claims, {(0, 1): 0.5}, source_of, figures, MERGE_AT) == claims
    assert pair_by_figures(claims, probs, source_of, figures, MERGE_AT, titles={0}) == claims


def test_a_round_figure_or_one_a_third_passage_states_adds_nothing() -> None:
    # 1 (b) is scored higher with 3 (a) than with 0 (a): 0 and 1 are not each other's best partners
    source_of = ["a", "b", "c", "a"]
    probs = {(0, 1): 0.05, (1, 3): 0.2}
    # "50 million" recurs for many things in one story
    assert pair_by_figures([], probs, source_of, [frozenset({ROUND})] * 2 + [frozenset()] * 2, MERGE_AT) == []
    # a third passage states it too: which two of the three tell one fact is not sure
    assert pair_by_figures([], probs, source_of, [frozenset({PRECISE})] * 3 + [frozenset()], MERGE_AT) == []



# "The council will pay 2 million crowns to the families" (a, passage 0) against "Families are to get
# SEK 2m from the council" (b, passage 1): each is the other's best-scored partner in the other source.
SUM = "money:SEK=2E+6"


def _best_partners_case() -> tuple[list[list[int]], dict[tuple[int, int], float], list[str],
                                   list[frozenset[str]]]:
    # 0 (a) sits with 3 (c), 1 (b) with 4 (d); 2 (b) is 0's second-best partner in b, 5 (a) 1's in a
    source_of = ["a", "b", "b", "c", "d", "a"]
    figures = [frozenset({SUM}), frozenset({SUM})] + [frozenset()] * 4
    probs = {(0, 1): 0.2, (0, 2): 0.1, (1, 4): 0.5, (0, 3): 0.6, (1, 5): 0.05}
    return [[0, 3], [1, 4]], probs, source_of, figures


def test_best_partners_sharing_a_figure_that_names_its_thing_make_a_claim() -> None:
    claims, probs, source_of, figures = _best_partners_case()
    assert pair_by_figures(claims, probs, source_of, figures, MERGE_AT) == [[0, 3], [1, 4], [0, 1]]
    # a count with its noun ties them too ("no one was hurt" / "nobody was hurt")
    hurt = [frozenset({"number:number:count:hurt=0"}) if n < 2 else f for n, f in enumerate(figures)]
    assert pair_by_figures(claims, probs, source_of, hurt, MERGE_AT) == [[0, 3], [1, 4], [0, 1]]


def test_best_partners_are_no_evidence_without_a_rare_figure_that_names_its_thing() -> None:
    claims, probs, source_of, figures = _best_partners_case()
    # one sentence against one (a paraphrase test): each is the other's only passage, chosen over nothing
    assert pair_by_figures([], {(0, 1): 0.2}, ["a", "b"], figures[:2], MERGE_AT) == []
    # 2 (b) scores higher with 0 than 1 does: 1 is not 0's best partner in b; a tie names none either
    for p in (0.25, 0.2):
        assert pair_by_figures(claims, {**probs, (0, 2): p}, source_of, figures, MERGE_AT) == claims
    # the index need not propose 1's rivals in a: 5 was not looked at, so it scored lower
    fewer = {k: v for k, v in probs.items() if k != (1, 5)}
    assert pair_by_figures(claims, fewer, source_of, figures, MERGE_AT) == [[0, 3], [1, 4], [0, 1]]
    # 0 sits with a passage of b already (the clustering chose 1's neighbour for it)
    assert pair_by_figures([[0, 2], [1, 4]], probs, source_of, figures, MERGE_AT) == [[0, 2], [1, 4]]
    # five passages state the sum: it is the story's, not the two passages'
    common = [frozenset({SUM})] * 5 + [frozenset()]
    assert pair_by_figures(claims, probs, source_of, common, MERGE_AT) == claims
    # a percent, a duration or a bare count names nothing ("growth of 1.1%" / "the krone fell 1.1%")
    for key in ("percent:percent=1.1", "number:duration=30", "number:number:count:=12", "time:clock=15:00"):
        bare = [frozenset({key}) if n < 2 else f for n, f in enumerate(figures)]
        assert pair_by_figures(claims, probs, source_of, bare, MERGE_AT) == claims
    # a headline, or a pair the clustering weighed at merge_at: nothing added
    assert pair_by_figures(claims, probs, source_of, figures, MERGE_AT, titles={1}) == claims
    assert pair_by_figures(claims, {**probs, (0, 1): 0.35}, source_of, figures, MERGE_AT) == claims


# "Councillors voted 31-19 on Tuesday to cap rents ..." (a, a lede stating more), "The measure passed with 31
# councillors in favour and 19 against." (b), "approved the cap by 31 votes to 19" (c): one tally key.
TALLY_KEY = "number:number:tally=31-19"


def test_the_passages_stating_one_tally_once_each_make_one_claim() -> None:
    source_of = ["a", "a", "b", "c", "c"]
    figures = [frozenset({TALLY_KEY, "percent:percent=3.5"}), frozenset(), frozenset({TALLY_KEY}),
               frozenset({TALLY_KEY}), frozenset()]
    claims = [[0, 4], [1, 2]]
    assert join_tallies(claims, source_of, figures) == [[0, 4], [1, 2], [0, 2, 3]]
    # a claim already holding them all: nothing added
    assert join_tallies([[0, 2, 3, 4]], source_of, figures) == [[0, 2, 3, 4]]


def test_a_tally_a_source_states_twice_or_a_short_or_headline_one_adds_nothing() -> None:
    source_of = ["a", "a", "b"]
    twice = [frozenset({TALLY_KEY})] * 3
    assert join_tallies([], source_of, twice) == []  # two votes of the same count in a, perhaps
    short = [frozenset(), frozenset({"number:number:tally=6-3"}), frozenset({"number:number:tally=6-3"})]
    assert join_tallies([], source_of, short) == []  # "6-3": two games' scores as easily as one vote
    one = [frozenset(), frozenset({TALLY_KEY}), frozenset({TALLY_KEY})]
    assert join_tallies([], source_of, one) == [[1, 2]]
    assert join_tallies([], source_of, one, titles={1}) == []  # a headline's tally
    assert join_tallies([], ["a", "b", "b"], [frozenset(), frozenset({TALLY_KEY}), frozenset()]) == []
