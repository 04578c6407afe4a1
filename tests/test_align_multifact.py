"""align.multifact: a passage stating several facts also joins the claim of each of its figures.

A lead ("a 9 km ash column, 6,200 people moved out") sits in one claim; the
claim of the sentences stating only its ash column should hold it too
(issue #11). Small synthetic graphs and figure keys only.
"""

from __future__ import annotations

from sourcediff.align.cluster import Pair
from sourcediff.align.features import source_docs
from sourcediff.align.measurejoin import MentionKey, key_of, links_of, measures_of
from sourcediff.align.multifact import entry_stamps, join_multi_fact, join_multi_measure, joins_by
from sourcediff.model import Article, Mention
from sourcediff.pipeline import analyse

COLUMN = "number:distance=9"
EVACUEES = "number:number:count:peopl=6.2E+3"
OTHER = "number:distance=7"


def _lead_case(lead: frozenset[str]) -> tuple[list[str], dict[tuple[int, int], float], list[frozenset[str]]]:
    # 0 (a) the lead; 1 (b), 2 (c) state the column; 3 (b) the evacuees
    source_of = ["a", "b", "c", "b"]
    probs = {(0, 1): 0.35, (0, 3): 0.6, (1, 2): 0.8}
    return source_of, probs, [lead, frozenset({COLUMN}), frozenset({COLUMN}), frozenset({EVACUEES})]


def test_a_lead_joins_the_claim_of_its_second_figure() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [0, 1, 2]]


def test_a_passage_with_one_figure_or_a_conflicting_one_stays_out() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]
    # two distances: which of them is the claim's is not sure
    source_of, probs, figures = _lead_case(frozenset({COLUMN, OTHER, EVACUEES}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]


def test_a_claim_about_more_than_the_shared_figure_or_a_headline_claim_is_not_joined() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    figures[2] = frozenset({COLUMN, "percent:percent=12"})  # member 2 states something the lead does not
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures, titles={1}) == [[0, 3], [1, 2]]


def test_a_sibling_in_the_claim_holds_the_seat_unless_it_is_the_headline() -> None:
    # 4 (a): another sentence of the lead's source, stating the column, sits in the claim
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    source_of.append("a")
    figures.append(frozenset({COLUMN}))
    assert join_multi_fact([[0, 3], [1, 2, 4]], probs, source_of, figures) == [[0, 3], [1, 2, 4]]
    joined = join_multi_fact([[0, 3], [1, 2, 4]], probs, source_of, figures, titles={4})
    assert joined == [[0, 3], [0, 1, 2, 4]]


def test_a_pair_never_proposed_joins_nothing() -> None:
    source_of, probs, figures = _lead_case(frozenset({COLUMN, EVACUEES}))
    del probs[(0, 1)]
    assert join_multi_fact([[0, 3], [1, 2]], probs, source_of, figures) == [[0, 3], [1, 2]]


def test_weak_keys_never_join() -> None:
    assert joins_by(COLUMN) and joins_by("time:clock=14:35") and joins_by("number:number:count=14212")
    assert joins_by("number:number:count:miner=14")  # a count with its noun read
    assert not joins_by("number:number:count=9")  # a bare small count
    assert not joins_by("time:clock=09:00")  # on the hour
    assert not joins_by("number:number:identifier:flight=CV418")  # the story's subject


# join_multi_measure: the same for a figure written in another format, unit or rounding.
# Invented articles, read by the real extractors; the claims are given by hand.

LEAD = ("The freighter Osric Vale ran aground at 23:40 on Tuesday, spilling 4.2 tonnes of fertiliser "
        "and forcing 1,350 people from their homes.")
TABLOID = "The ship hit the rocks at 11.40pm.\n\nSome 1,350 residents were moved out."
TRADE = "The grounding happened at 11:40 p.m. local time."


def _measure_story(*texts: str) -> tuple[list[str], list[list[Mention]], dict[Pair, list[Mention]],
                                         frozenset[MentionKey]]:
    """Each passage's source and measures in the aligner's doc order, their links and entry stamps."""
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-03") for n, t in enumerate(texts)]
    infos = tuple(analyse(a) for a in articles)
    docs = [d for s in infos for d in source_docs(s)]
    source_of = [d.source for d in docs]
    measures = measures_of(infos, [(d.source, d.index) for d in docs])
    return source_of, measures, links_of(measures, source_of), entry_stamps(infos)


def _join(claims: list[list[int]], *texts: str, titles: frozenset[int] = frozenset()) -> list[list[int]]:
    source_of, measures, links, stamps = _measure_story(*texts)
    return join_multi_measure(claims, {}, source_of, measures, links, titles, stamps=stamps)


def test_a_seated_lead_joins_the_claim_of_its_clock_written_otherwise() -> None:
    # 0 the wire's lead, 1 and 2 the tabloid's time and evacuees, 3 the trade site's time.
    # The lead sits with the tabloid's evacuees; "23:40" is "11.40pm" and "11:40 p.m." too.
    assert _join([[0, 2], [1, 3]], LEAD, TABLOID, TRADE) == [[0, 2], [0, 1, 3]]


def test_a_lead_seated_with_no_other_source_is_left_to_measurejoin() -> None:
    assert _join([[1, 3]], LEAD, TABLOID, TRADE) == [[1, 3]]


def test_a_claim_about_more_than_the_measure_or_a_headline_claim_is_not_joined() -> None:
    window = "The grounding happened at 11:40 p.m., and the salvage crew left at 06:15."
    assert _join([[0, 2], [1, 3]], LEAD, TABLOID, window) == [[0, 2], [1, 3]]
    assert _join([[0, 2], [1, 3]], LEAD, TABLOID, TRADE, titles=frozenset({3})) == [[0, 2], [1, 3]]


def test_a_lead_giving_the_measure_two_values_joins_nothing() -> None:
    lead = LEAD.replace("on Tuesday,", "on Tuesday, was refloated at 23:55,")
    assert _join([[0, 2], [1, 3]], lead, TABLOID, TRADE) == [[0, 2], [1, 3]]


def test_a_live_blog_entrys_opening_stamp_is_no_figure_the_lead_lacks() -> None:
    blog = "**13:15** The grounding happened at 11:40 p.m."
    assert _join([[0, 2], [1, 3]], LEAD, TABLOID, blog) == [[0, 2], [0, 1, 3]]
    _source_of, measures, _links, stamps = _measure_story(blog, "At 13:15 the tide turned.")
    assert {(m.source, m.raw) for ms in measures for m in ms if key_of(m) in stamps} == {("s0", "13:15")}
