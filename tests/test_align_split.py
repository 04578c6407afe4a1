"""cluster.split_seats: a passage blocked from a claim by its own source's sibling gets a claim of its own.

Small synthetic graphs (numbers only): passages 0.. with their sources, the
pair probabilities and each passage's figures (``family=value`` keys).
"""

from __future__ import annotations

from sourcediff.align.cluster import Thresholds, claims_from, figure_keys, split_seats

T = Thresholds(split_at=0.7)
COUNT = "number:number:count:bridg=5"  # a figure: five bridges
OTHER = "money:USD=2E+6"


def _never(i: int, j: int) -> float:
    return 0.0


def _figures(n: int, **held: set[str]) -> list[frozenset[str]]:
    """n passages without figures, except those named p<index>."""
    return [frozenset(held.get(f"p{i}", set())) for i in range(n)]


def test_a_blocked_passage_gets_a_claim_with_its_partner_on_a_figure_the_sibling_lacks() -> None:
    # claim 0 (a), 1 (b), 2 (c); 3 is a's other sentence (seated with 4): it states the count
    # that 1 states, 0 does not
    source_of = ["a", "b", "c", "a", "d"]
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (1, 3): 0.8, (2, 3): 0.75, (3, 4): 0.9}
    figures = _figures(5, p1={COUNT}, p3={COUNT})
    assert split_seats([[0, 1, 2], [3, 4]], probs, source_of, T, figures) == [[0, 1, 2], [3, 4], [1, 3]]


def test_no_extra_claim_for_a_seated_passage_without_a_strong_pair_and_a_figure_of_its_own() -> None:
    source_of = ["a", "b", "c", "a", "d"]
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (1, 3): 0.8, (3, 4): 0.9}
    claims = [[0, 1, 2], [3, 4]]
    # the sibling states the figure too: 3 restates the claim's fact, which is no new pair to assert
    assert split_seats(claims, probs, source_of, T, _figures(5, p0={COUNT}, p1={COUNT}, p3={COUNT})) == claims
    # no figure shared with the partner
    assert split_seats(claims, probs, source_of, T, _figures(5, p1={COUNT}, p3={OTHER})) == claims
    # the pair is below split_at, on a round figure
    weak = {**probs, (1, 3): 0.45}
    assert split_seats(claims, weak, source_of, T, _figures(5, p1={COUNT}, p3={COUNT})) == claims
    # a passage whose source is not in the claim is not blocked: attach and adopt decide on it
    free = ["a", "b", "c", "e", "d"]
    assert split_seats(claims, probs, free, T, _figures(5, p1={COUNT}, p3={COUNT})) == claims


def test_a_precise_figure_splits_at_sure_split_at() -> None:
    # claim 0 (a), 1 (b), 2 (c); 3 is a's other sentence and pairs with 1 at 0.6: below split_at
    source_of = ["a", "b", "c", "a", "d"]
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (1, 3): 0.6, (3, 4): 0.9}
    # seated in another claim, on a round figure ("5 bridges"): split_at holds
    seated = [[0, 1, 2], [3, 4]]
    assert split_seats(seated, probs, source_of, T, _figures(5, p1={COUNT}, p3={COUNT})) == seated
    # seated, on a precise figure (12,400): the figure names one quantity, sure_split_at is enough
    precise = "number:number:count=1.24E+4"
    out = split_seats(seated, probs, source_of, T, _figures(5, p1={precise}, p3={precise}))
    assert out == [[0, 1, 2], [3, 4], [1, 3]]
    # below sure_split_at nothing splits
    weak = {**probs, (1, 3): 0.45}
    assert split_seats(seated, weak, source_of, T, _figures(5, p1={precise}, p3={precise})) == seated


def test_a_precise_count_is_one_figure_whatever_noun_counts_it() -> None:
    # "a crowd of 74,212" and "74,212 fans": the noun after a count varies by outlet
    crowd, fans = "number:number:count:crowd=74212", "number:number:count:fan=74212"
    assert figure_keys({crowd}) == figure_keys({fans}) == {"number:number:count=74212"}
    # a round count keeps its noun: "five bridges" is not "five cities"
    assert figure_keys({COUNT}) == {COUNT}
    assert figure_keys({"number:number:count:citi=5"}) != figure_keys({COUNT})
    # precise figures of other families keep their keys; a value that is no number is never precise
    assert figure_keys({"number:temperature=46.2", "number:number:tally=2-1"}) == {
        "number:temperature=46.2", "number:number:tally=2-1"}


def test_dates_parts_of_day_and_ages_are_no_figures() -> None:
    keys = {"date:date=2024-03-01", "time:part=morning", "number:age=27", COUNT, "time:clock=07:30"}
    assert figure_keys(keys) == {COUNT, "time:clock=07:30"}


def test_the_extra_claim_takes_the_best_partner_of_each_source() -> None:
    # claim 0 (a), 1 and 2 (b: a source stating the fact twice), 3 (c); 4 is a's other sentence
    source_of = ["a", "b", "b", "c", "a"]
    probs = {(0, 1): 0.9, (0, 3): 0.9, (1, 3): 0.9, (1, 4): 0.75, (2, 4): 0.85, (3, 4): 0.8}
    figures = _figures(5, p1={COUNT}, p2={COUNT}, p3={COUNT}, p4={COUNT})
    assert split_seats([[0, 1, 2, 3]], probs, source_of, T, figures) == [[0, 1, 2, 3], [2, 3, 4]]


def test_two_blocked_passages_keep_separate_claims_and_repeats_are_dropped() -> None:
    # claim 0 (a), 1 (b), 2 (c); 3 (a) and 4 (c) are blocked, both pair with 1 alone:
    # merging the two extra claims would assert 3-4, which nothing scored
    source_of = ["a", "b", "c", "a", "c"]
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (1, 3): 0.8, (1, 4): 0.8}
    figures = _figures(5, p1={COUNT, OTHER}, p3={COUNT}, p4={OTHER})
    out = split_seats([[0, 1, 2]], probs, source_of, T, figures)
    assert out == [[0, 1, 2], [1, 3], [1, 4]]
    # the same extra claim found from two claims is kept once; one inside an existing claim not at all
    twice = split_seats([[0, 1, 2], [0, 1, 2]], probs, source_of, T, figures)
    assert twice.count([1, 3]) == 1
    held = split_seats([[0, 1, 2], [1, 3]], probs, source_of, T, figures)
    assert held.count([1, 3]) == 1 and [1, 4] in held


def test_claims_from_adds_the_extra_claim_only_with_figures() -> None:
    source_of = ["a", "b", "c", "a"]
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (1, 3): 0.8}
    t = Thresholds(merge_at=0.5, attach_at=0.6, split_at=0.7)
    without = claims_from(probs, _never, source_of, t)
    assert without == [[0, 1, 2]]
    figures = _figures(4, p1={COUNT}, p3={COUNT})
    assert claims_from(probs, _never, source_of, t, figures=figures) == [[0, 1, 2], [1, 3]]


def test_a_blocked_orphan_pairs_at_merge_at_without_a_figure() -> None:
    # claim 0 (a), 1 (b), 2 (c): 0 says who scored the opener and the equaliser, 1 the winner too;
    # 3 is a's short recap of the equaliser, in no claim, and pairs only with 1, at 0.32:
    # step 1 would have paired 1 and 3 had 1 been alone
    source_of = ["a", "b", "c", "a"]
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (1, 3): 0.32}
    claim = [[0, 1, 2]]
    assert split_seats(claim, probs, source_of, T, _figures(4)) == [[0, 1, 2], [1, 3]]
    # below merge_at it stays alone, whatever figures it shares
    weak = {**probs, (1, 3): 0.28}
    assert split_seats(claim, weak, source_of, T, _figures(4, p1={COUNT}, p3={COUNT})) == claim
    # its extra claim holds each source's member it pairs with at merge_at, not the whole claim
    both = {**probs, (2, 3): 0.5}
    assert split_seats(claim, both, source_of, T, _figures(4)) == [[0, 1, 2], [1, 2, 3]]


def test_an_orphan_gets_one_extra_claim_from_its_strongest_pair() -> None:
    # claims 0 (a) with 1 (b), and 2 (a) with 4 (c); orphan 3 (a) is blocked from both,
    # pairs with 1 at 0.84 and with 4 at 0.41: it states 1's fact and merely shares words with 4
    source_of = ["a", "b", "a", "a", "c"]
    probs = {(0, 1): 0.9, (2, 4): 0.9, (1, 3): 0.84, (3, 4): 0.41}
    claims = [[0, 1], [2, 4]]
    assert split_seats(claims, probs, source_of, T, _figures(5)) == [[0, 1], [2, 4], [1, 3]]


def test_a_count_without_its_noun_matches_a_count_of_its_value() -> None:
    # "put the turnout at 3 million." (the sentence ends: no noun read) against "3 million people";
    # 3 is seated with 4, so the figure decides
    source_of = ["a", "b", "c", "a", "d"]
    probs = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (1, 3): 0.8, (3, 4): 0.9}
    claims = [[0, 1, 2], [3, 4]]
    people, bare = "number:number:count:peopl=3E+6", "number:number:count:=3E+6"
    assert split_seats(claims, probs, source_of, T, _figures(5, p1={people}, p3={bare})) == [
        [0, 1, 2], [3, 4], [1, 3]]
    # another value is no match, nor are two nouns that differ ("five bridges", "five cities")
    assert split_seats(claims, probs, source_of, T,
                       _figures(5, p1={"number:number:count:peopl=2E+6"}, p3={bare})) == claims
    assert split_seats(claims, probs, source_of, T,
                       _figures(5, p1={"number:number:count:citi=5"}, p3={COUNT})) == claims
