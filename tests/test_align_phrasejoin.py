"""align.phrasejoin: two passages sharing a run of content words no other passage holds are linked.

Invented sentences about a ferry operator; the pair probabilities and the claims
are given by hand, so the tests read the step alone.
"""

from __future__ import annotations

from sourcediff.align.measurejoin import join_measures
from sourcediff.align.phrasejoin import PHRASE_FLOOR, phrase_links, phrases, second_seats
from sourcediff.model import Mention

TEXTS = [
    "Harwick Ferries said it had doubled its night crossing crews since March.",  # s0
    "The operator cut its fares in spring.",  # s0
    "Staff numbers on the night crossing crews have doubled, the company says.",  # s1
    "Fares fell in the spring, bosses say.",  # s1
]
SOURCES = ["s0", "s0", "s1", "s1"]


def test_phrases_are_runs_of_two_content_words_without_figures() -> None:
    assert phrases("It doubled its night crossing crews, up 40 per cent.") == {
        ("night", "cross"), ("cross", "crew")}


def test_a_phrase_only_two_passages_hold_links_them_when_the_model_doubts() -> None:
    probs = {(0, 2): PHRASE_FLOOR + 0.05, (1, 3): 0.8}
    assert list(phrase_links(TEXTS, SOURCES, probs, PHRASE_FLOOR)) == [(0, 2)]


def test_a_pair_the_model_refuses_is_not_linked() -> None:
    assert phrase_links(TEXTS, SOURCES, {(0, 2): PHRASE_FLOOR - 0.01}, PHRASE_FLOOR) == {}


def test_a_phrase_a_third_passage_holds_links_nothing() -> None:
    texts = [*TEXTS, "A union says the night crossing crews are tired."]
    probs = {(0, 2): 0.5, (0, 4): 0.5, (2, 4): 0.5}
    assert phrase_links(texts, [*SOURCES, "s2"], probs, PHRASE_FLOOR) == {}


def test_headlines_link_nothing() -> None:
    assert phrase_links(TEXTS, SOURCES, {(0, 2): PHRASE_FLOOR}, PHRASE_FLOOR, titles={0}) == {}


def test_linked_passages_apart_form_a_claim() -> None:
    links = phrase_links(TEXTS, SOURCES, {(0, 2): PHRASE_FLOOR}, PHRASE_FLOOR)
    measures: list[list[Mention]] = [[], [], [], []]
    claims = [[1, 3]]
    assert join_measures(claims, {(0, 2): PHRASE_FLOOR}, SOURCES, measures, links=links) == [[1, 3], [0, 2]]


def test_a_passage_seated_with_the_other_source_is_not_linked() -> None:
    probs = {(0, 2): PHRASE_FLOOR}
    assert phrase_links(TEXTS, SOURCES, probs, PHRASE_FLOOR, claims=[[1, 3]]) != {}
    assert phrase_links(TEXTS, SOURCES, probs, PHRASE_FLOOR, claims=[[0, 3]]) == {}
    assert phrase_links(TEXTS, SOURCES, probs, PHRASE_FLOOR, claims=[[1, 2]]) == {}


def test_a_name_shared_is_no_phrase() -> None:
    assert phrases("Landlord Norvik Homes said the crossing crews would stay.") == {("cross", "crew")}
    assert phrases("Crossing crews stay, said Norvik.") == {("cross", "crew"), ("crew", "stay")}


def test_two_one_passage_articles_share_no_rare_run() -> None:
    """With no other sentence in either article, a run only the two hold says nothing of its rarity."""
    texts = [TEXTS[0], TEXTS[2]]
    assert phrase_links(texts, ["s0", "s1"], {(0, 1): 0.5}, PHRASE_FLOOR) == {}
    # One more sentence in each article, and the run is rare again.
    assert list(phrase_links(TEXTS, SOURCES, {(0, 2): 0.5}, PHRASE_FLOOR)) == [(0, 2)]


def test_headlines_are_no_other_passages() -> None:
    texts = [TEXTS[0], "Ferry crews doubled", TEXTS[2], "Crossing staff up"]
    assert phrase_links(texts, SOURCES, {(0, 2): 0.5}, PHRASE_FLOOR, titles={1, 3}) == {}


def test_a_one_paragraph_brief_links_among_longer_articles() -> None:
    texts = [TEXTS[0], TEXTS[2], TEXTS[3], "Bosses say the timetable is unchanged."]
    assert list(phrase_links(texts, ["s0", "s1", "s1", "s1"], {(0, 1): 0.5}, PHRASE_FLOOR)) == [(0, 1)]


# A passage seated with the other source for one fact, whose other clause states a second one.
CLAUSED = [
    "The harbour dome reopened in May, and the guided night tours will resume from the east quay.",  # s0
    "Night tours will resume from the east quay, the trust says.",  # s1
    "The dome reopened to visitors in May after repairs.",  # s1
]
# s0's other sentence: a run only two passages hold is rare only where each article has others.
OTHER_S0 = "Season tickets go on sale online next month."
S3 = ["s0", "s1", "s1", "s0"]


def test_a_run_in_another_clause_than_the_seat_links_a_seated_passage() -> None:
    probs = {(0, 1): PHRASE_FLOOR}
    assert list(phrase_links([*CLAUSED, OTHER_S0], S3, probs, PHRASE_FLOOR, claims=[[0, 2]])) == [(0, 1)]


def test_a_run_in_the_seat_clause_links_nothing() -> None:
    texts = [
        "The harbour dome reopened in May after repairs to the east quay, and night tours will resume.",  # s0
        "Repairs to the east quay are done, the trust says.",  # s1
        "The dome reopened in May after the repairs.",  # s1
    ]
    probs = {(0, 1): PHRASE_FLOOR}
    assert phrase_links([*texts, OTHER_S0], S3, probs, PHRASE_FLOOR, claims=[[0, 2]]) == {}


def test_a_seated_passage_that_does_not_split_links_nothing() -> None:
    texts = [CLAUSED[0].replace(", and the guided", " with the guided"), *CLAUSED[1:]]
    probs = {(0, 1): PHRASE_FLOOR}
    assert phrase_links([*texts, OTHER_S0], S3, probs, PHRASE_FLOOR, claims=[[0, 2]]) == {}


def test_two_passages_both_seated_with_the_other_source_are_not_linked() -> None:
    texts = [*CLAUSED, "Guided tours restart soon at the dome, which reopened in May."]  # s0
    probs = {(0, 1): PHRASE_FLOOR}
    claims = [[0, 2], [1, 3]]
    assert phrase_links(texts, ["s0", "s1", "s1", "s0"], probs, PHRASE_FLOOR, claims=claims) == {}


def test_a_seated_link_join_measures_leaves_takes_a_second_seat() -> None:
    texts = [*CLAUSED, "Visitors are back at the dome since its reopening in May.",  # s2
             "Tour guides are being hired by the trust this winter.", OTHER_S0]  # s2, s2, s0
    sources = ["s0", "s1", "s1", "s2", "s2", "s0"]
    probs = {(0, 1): PHRASE_FLOOR}
    claims = [[0, 2, 3], [1, 4]]
    links = phrase_links(texts, sources, probs, PHRASE_FLOOR, claims=claims)
    measures: list[list[Mention]] = [[], [], [], [], [], []]
    joined = join_measures(claims, probs, sources, measures, links=links)
    assert joined == claims  # neither is linked with a whole claim, and 0 is not apart from s1
    assert second_seats(joined, links) == [*claims, [0, 1]]
    assert second_seats([[0, 1, 2]], links) == [[0, 1, 2]]


def test_a_run_counting_a_figure_gives_a_seated_passage_no_second_seat() -> None:
    texts = [
        "The dome reopened in May, and thousands of night visitors are expected on the east quay.",  # s0
        "About 9,000 night visitors came last year, the trust says.",  # s1
        "The dome reopened to visitors in May after repairs.",  # s1
    ]
    probs = {(0, 1): PHRASE_FLOOR}
    assert phrase_links([*texts, OTHER_S0], S3, probs, PHRASE_FLOOR) != {}  # apart, the run links them
    assert phrase_links([*texts, OTHER_S0], S3, probs, PHRASE_FLOOR, claims=[[0, 2]]) == {}


def test_a_spelled_number_in_the_run_gives_no_second_seat() -> None:
    texts = [
        "The dome reopened in May, and guides said the night tours ran for eight weeks in total.",  # s0
        "Tours will run for eight weeks again, the trust says.",  # s1
        "The dome reopened to visitors in May after repairs.",  # s1
    ]
    probs = {(0, 1): PHRASE_FLOOR}
    assert phrase_links([*texts, OTHER_S0], S3, probs, PHRASE_FLOOR, claims=[[0, 2]]) == {}
    seated_words = [t.replace("eight weeks", "long evenings") for t in texts]
    assert phrase_links([*seated_words, OTHER_S0], S3, probs, PHRASE_FLOOR, claims=[[0, 2]]) != {}



def test_a_figured_tail_gives_a_run_no_clause_of_its_own() -> None:
    # the tail's cut needs a figure of its own (clausejoin); a run is wording the seat may state too
    texts = [
        "The harbour dome reopened to visitors in May, in repairs costing 4 million to the east quay.",  # s0
        "Repairs to the east quay are done, the trust says.",  # s1
        "The dome reopened in May after the repairs.",  # s1
    ]
    probs = {(0, 1): PHRASE_FLOOR}
    assert phrase_links([*texts, OTHER_S0], S3, probs, PHRASE_FLOOR, claims=[[0, 2]]) == {}
