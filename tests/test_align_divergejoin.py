"""divergejoin.join_divergent: a source's passage giving a claim's named figure another value joins it.

"The ministry sold 412 permits last year" (a) and "412 permits were issued"
(b) sit in one claim; a tabloid's "MORE than 480 permits handed out" (c)
scores low with them because its figure conflicts, yet it is how the
divergence looks (issue #11). Invented, small synthetic inputs only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from sourcediff.align.clusterfigures import Figures
from sourcediff.align.divergejoin import Worded, bare_label
from sourcediff.align.divergejoin import join_divergent as _join_divergent

PERMITS = "number:number:count:permit=412"
OTHER_PERMITS = "number:number:count:permit=480"
PERMIT_CLAIM = [[0, 1]]
# every passage names the ministry (a rare name) and the permits (the slot's noun)
_NAMED = frozenset({"org:interior ministry", "permit"})
MINISTRY = Worded(_NAMED, _NAMED)


def _said(words: Sequence[Worded] = ()) -> Callable[[int], Worded]:
    return lambda n: words[n] if n < len(words) else MINISTRY


def join_divergent(claims: list[list[int]], probs: dict[tuple[int, int], float], source_of: list[str],
                   figures: Sequence[frozenset[str]], titles: frozenset[int] = frozenset(),
                   words: Sequence[Worded] = ()) -> list[list[int]]:
    """The join with each passage's words (MINISTRY unless given): the figure tests are read here."""
    return _join_divergent(claims, probs, source_of, list(figures), _said(words), titles)


def _case() -> tuple[list[str], list[frozenset[str]], dict[tuple[int, int], float]]:
    # 0 (a) and 1 (b) state 412 permits; 2 (c) states 480; 3 (c) is another sentence of c;
    # 4 (a) is another sentence of a, paired with 3
    source_of = ["a", "b", "c", "c", "a"]
    figures: list[frozenset[str]] = [frozenset({PERMITS}), frozenset({PERMITS}), frozenset({OTHER_PERMITS}),
                                     frozenset(), frozenset()]
    probs = {(0, 1): 0.8, (0, 2): 0.15, (1, 2): 0.12, (0, 3): 0.05, (1, 3): 0.04, (3, 4): 0.6, (2, 4): 0.02}
    return source_of, figures, probs


def test_a_best_partner_giving_the_claims_named_figure_another_value_joins_it() -> None:
    source_of, figures, probs = _case()
    assert join_divergent(PERMIT_CLAIM, probs, source_of, figures) == [[0, 1, 2]]
    # it joins the claim where it sits alone or in a claim of its own source's neighbours too
    assert join_divergent([[0, 1], [3, 4]], probs, source_of, figures) == [[0, 1, 2], [3, 4]]


def test_a_passage_already_seated_or_with_no_conflicting_named_figure_joins_nothing() -> None:
    source_of, figures, probs = _case()
    # c already sits in the claim: no second seat
    assert join_divergent([[0, 1, 3]], probs, source_of, figures) == [[0, 1, 3]]
    # 2 already shares a claim with a's passage 4: it was seated with that source for another fact
    assert join_divergent([[0, 1], [2, 4]], probs, source_of, figures) == [[0, 1], [2, 4]]
    # the same figure is agreement, not divergence (the clustering's business)
    same = [*figures[:2], frozenset({PERMITS}), *figures[3:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, same) == PERMIT_CLAIM
    # another slot (a count of licences) is another fact
    licences = [*figures[:2], frozenset({"number:number:count:licenc=480"}), *figures[3:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, licences) == PERMIT_CLAIM
    # a headline joins nothing, nor is joined
    assert join_divergent(PERMIT_CLAIM, probs, source_of, figures, titles={2}) == PERMIT_CLAIM
    assert join_divergent(PERMIT_CLAIM, probs, source_of, figures, titles={0}) == PERMIT_CLAIM


def test_a_slot_naming_nothing_or_a_partner_that_is_not_mutual_joins_nothing() -> None:
    source_of, figures, probs = _case()
    # clocks, percents and bare counts are stated for many things in one story
    for one, other in (("time:clock=10:00", "time:clock=11:00"), ("percent:percent=4", "percent:percent=9"),
                       ("number:number:count=412", "number:number:count=480")):
        keys = [frozenset({one}), frozenset({one}), frozenset({other}), frozenset(), frozenset()]
        assert join_divergent(PERMIT_CLAIM, probs, source_of, keys) == PERMIT_CLAIM
    # c's other sentence 3 scores higher with 0 than 2 does: 2 is not 0's best partner in c
    rival = {**probs, (0, 3): 0.3, (1, 3): 0.3}
    assert join_divergent(PERMIT_CLAIM, rival, source_of, figures) == PERMIT_CLAIM


def test_a_hedged_figure_that_fits_and_a_claim_that_disagrees_join_nothing() -> None:
    source_of, figures, probs = _case()
    # "more than 400 permits" is a bound that 412 fits: one figure, no divergence
    bound = [*figures[:2], Figures({"number:number:count:permit=4E+2"},
                                   {"number:number:count:permit=4E+2": "above"}), *figures[3:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, bound) == PERMIT_CLAIM
    # the claim's members disagree among themselves on the slot: it is no one slot's claim
    split = [figures[0], frozenset({"number:number:count:permit=455"}), *figures[2:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, split) == PERMIT_CLAIM


def test_a_value_of_another_size_or_one_another_source_states_joins_nothing() -> None:
    source_of, figures, probs = _case()
    # "4,100 permits" is no slip for 412: another fact of the same noun
    far = [*figures[:2], frozenset({"number:number:count:permit=4.1E+3"}), *figures[3:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, far) == PERMIT_CLAIM
    # a's other sentence 4 states 480 permits too: a figure two sources give is a fact of its own
    shared = [*figures[:4], frozenset({OTHER_PERMITS})]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, shared) == PERMIT_CLAIM
    # c's own other sentence stating it is no other source: the join stands
    own = [*figures[:3], frozenset({OTHER_PERMITS}), frozenset()]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, own) == [[0, 1, 2]]


def test_a_passage_stating_other_facts_or_a_claim_of_other_facts_joins_nothing() -> None:
    source_of, figures, probs = _case()
    # c's sentence also counts 35 inspectors, a figure the claim states nowhere: it tells other facts
    more = [*figures[:2], frozenset({OTHER_PERMITS, "number:number:count:inspector=35"}), *figures[3:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, more) == PERMIT_CLAIM
    # ... unless a member states it too, as c does: then the rest of c's evidence is shared
    both = [frozenset({PERMITS, "number:number:count:inspector=35"}), figures[1], *more[2:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, both) == [[0, 1, 2]]
    # a member of the claim (b's 1) states no permits: it sits there for another fact
    bare = [figures[0], frozenset(), *figures[2:]]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, bare) == PERMIT_CLAIM


def test_a_source_counting_two_sets_of_the_noun_joins_nothing() -> None:
    """"412 permits" and, in another sentence, "900 permits since 2020": the story counts two sets."""
    source_of, figures, probs = _case()
    two_sets = [*figures[:4], frozenset({"number:number:count:permit=900"})]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, two_sets) == PERMIT_CLAIM
    # the diverging source's own other sentence counting another set says the same
    own = [*figures[:3], frozenset({"number:number:count:permit=1.2E+3"}), frozenset()]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, own) == PERMIT_CLAIM
    # a value that fits the first ("about 410 permits") is the same set told twice: the join stands
    about = "number:number:count:permit=4.1E+2"
    hedged = [*figures[:4], Figures({about}, {about: "about"})]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, hedged) == [[0, 1, 2]]


def test_sums_of_one_currency_in_two_passages_are_no_second_set() -> None:
    """A story states many sums in pounds: another sum of a's is no reason to leave c's £4.8m out."""
    source_of, _, probs = _case()
    sums = [frozenset({"money:GBP=4.12E+6"}), frozenset({"money:GBP=4.12E+6"}),
            frozenset({"money:GBP=4.8E+6"}), frozenset(), frozenset({"money:GBP=9E+7"})]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, sums) == [[0, 1, 2]]


def test_a_passage_sharing_only_its_figure_and_noun_joins_nothing() -> None:
    """c's sentence shares "permits" and nothing rarer with the claim: a near figure alone is no one fact."""
    source_of, figures, probs = _case()
    lone = Worded(frozenset({"permit", "harbour"}), frozenset({"permit", "harbour", "said"}))
    words = [MINISTRY, MINISTRY, lone]
    assert join_divergent(PERMIT_CLAIM, probs, source_of, figures, words=words) == PERMIT_CLAIM
    # a rare word it shares with a member of another source is evidence enough
    shared = Worded(frozenset({"permit", "harbour"}), frozenset({"permit", "harbour"}))
    harbour = Worded(frozenset({"harbour"}), frozenset({"harbour", "permit"}))
    joined = join_divergent(PERMIT_CLAIM, probs, source_of, figures, words=[harbour, MINISTRY, shared])
    assert joined == [[0, 1, 2]]
    # ... but not one only a passage of its own source holds
    assert join_divergent(PERMIT_CLAIM, probs, source_of, figures,
                          words=[MINISTRY, MINISTRY, shared, harbour]) == PERMIT_CLAIM


def test_a_bare_box_line_joins_only_when_its_label_is_the_claims() -> None:
    source_of, figures, probs = _case()
    # "Permits: 480" beside sentences counting permits: its label is theirs
    box = Worded(frozenset(), frozenset({"permit"}), label=frozenset({"permit"}))
    joined = join_divergent(PERMIT_CLAIM, probs, source_of, figures, words=[MINISTRY, MINISTRY, box])
    assert joined == [[0, 1, 2]]
    # "Permits issued abroad: 480": "abroad" is no member's word
    abroad = Worded(frozenset({"abroad"}), frozenset({"permit", "issu", "abroad"}),
                    label=frozenset({"permit", "issu", "abroad"}))
    joined = join_divergent(PERMIT_CLAIM, probs, source_of, figures, words=[MINISTRY, MINISTRY, abroad])
    assert joined == PERMIT_CLAIM


@pytest.mark.parametrize(("text", "label"), [
    ("Stations: 15", frozenset({"station"})),
    ("Vehicles: thirty-six", frozenset({"vehicl"})),  # a spelled figure is the figure
    ("- Grant awarded: \u00a31.90 million", frozenset({"grant", "award"})),
    ("Wards: 22, including a children's unit on the top floor.", None),  # more than its figure
    ("The council received \u00a32.74 million.", None),  # no label
    ("Cost: \u00a34m\nHomes: 312", None),  # two lines: more than one figure's label
])
def test_a_bare_label_is_a_label_and_a_figure_alone(text: str, label: frozenset[str] | None) -> None:
    assert bare_label(text) == label
