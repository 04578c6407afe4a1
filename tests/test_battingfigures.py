"""A batter's score ("97 not out", "97*", "unbeaten on 97"), scorecard boundaries, overs: typed values."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract import battingfigures, cricketscores
from sourcediff.extract.battingfigures import COUNT_SLOT, OVERS_SLOT, RUNS_SLOT


def _values(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(slot, value.canonical(), cue) for _, _, slot, value, cue in battingfigures.find(text)]


def _runs(text: str) -> list[str]:
    return [value for slot, value, _ in _values(text) if slot == RUNS_SLOT]


@pytest.mark.parametrize("text", [
    "Priya Raman batted through the day to finish 97 not out at stumps.",
    "Raman 97* (203 balls) kept the innings together.",
    "Raman, unbeaten on 97, walked off to a standing ovation at stumps.",
    "An unbeaten 97 from the opener rescued the innings.",
    "The opener struck 97 off 203 balls before tea.",
])
def test_a_batters_score_is_one_value_however_spelt(text: str) -> None:
    assert _runs(text) == ["97"]


def test_not_out_is_dropped_from_the_value() -> None:
    assert _runs("Raman made 97 not out.") == _runs("Raman made 97 off 180 balls.")


@pytest.mark.parametrize("text", [
    "Raman's unbeaten century carried the side to safety.",
    "The club are unbeaten in 14 matches this season.",
    "Harbour Town stayed unbeaten 12 games into the league campaign.",
    "The Falcons, unbeaten at home since March, host the Sharks on Friday.",
    "Only 2 not out of 30 applicants were shortlisted.",
    "Tickets cost £45* on the night (*booking fee extra).",
    "The sprinter, unbeaten over 200m this year, won in 19.94 seconds.",
])
def test_other_sports_and_other_stars_give_no_score(text: str) -> None:
    assert _runs(text) == []


def test_scorecard_boundaries_are_counts_of_fours_and_sixes() -> None:
    assert (COUNT_SLOT, "12", ("four",)) in _values("Raman 97* off 203 balls (12x4, 2x6) anchored the chase.")
    assert (COUNT_SLOT, "2", ("six",)) in _values("Raman 97* off 203 balls (12x4, 2x6) anchored the chase.")


@pytest.mark.parametrize("text", [
    "The club bought a 4x4 for the groundstaff.",
    "A 3x6m stage was built for the concert.",
    "The rugby side trained 3 x 6 minute intervals after the match.",
])
def test_a_times_sign_outside_a_scorecard_is_no_boundary_count(text: str) -> None:
    assert [v for v in _values(text) if v[0] == COUNT_SLOT] == []


def test_overs_are_a_code_not_a_decimal() -> None:
    assert _values("Westport reached the target in 48.3 overs.") == [(OVERS_SLOT, "48.3", ("overs",))]
    assert _values("Westport 251-4 (48.3 ov) beat Harlow.") == [(OVERS_SLOT, "48.3", ("overs",))]
    assert _values("Kofi Ames bowled 22 overs unchanged.") == [(OVERS_SLOT, "22", ("overs",))]


def test_an_analysis_gives_its_overs_and_its_spell() -> None:
    assert (OVERS_SLOT, "14.3", ("overs",)) in _values("Ames finished with 14.3-4-37-5 on the last morning.")
    assert (cricketscores.FIGURES_SLOT, "5W37") in [(s, v.text) for _, _, s, v in cricketscores.find(
        "Ames finished with 14.3-4-37-5 on the last morning.")]


@pytest.mark.parametrize("text", [
    "The striker was substituted after 61 minutes.",
    "The rugby side led 21-14 at the break after 40 minutes.",
    "Growth was 2.4 over the year.",
])
def test_no_overs_outside_cricket_words(text: str) -> None:
    assert [v for v in _values(text) if v[0] == OVERS_SLOT] == []


def _facts(*texts: str) -> dict[str, list[str]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(texts)]
    out: dict[str, list[str]] = {}
    for fact in compare(articles).facts:
        for slot in {m.slot for m in fact.mentions}:
            if slot in (RUNS_SLOT, OVERS_SLOT):
                out.setdefault(slot, []).append(fact.status.value)
    return out


def test_two_outlets_spelling_the_same_score_agree_and_a_different_one_diverges() -> None:
    wire = ("Priya Raman made 97 not out off 203 balls as Westport reached 251 for four in 48.3 overs "
            "to beat Harlow at Ferncliff on Sunday.")
    card = ("Westport 251-4 (48.3 ov) beat Harlow at Ferncliff on Sunday. "
            "Raman 97* off 203 balls steered the chase.")
    other = ("Priya Raman made 79 not out off 203 balls as Westport reached 251 for four in 48.1 overs "
             "to beat Harlow at Ferncliff on Sunday.")
    same = _facts(wire, card)
    assert "agree" in same.get(RUNS_SLOT, [])
    assert "agree" in same.get(OVERS_SLOT, [])
    different = _facts(wire, other)
    assert "diverge" in different.get(RUNS_SLOT, [])
    assert "diverge" in different.get(OVERS_SLOT, [])


def _innings(text: str) -> list[str]:
    return [v.text for _, _, s, v in cricketscores.find(text) if s == cricketscores.INNINGS_SLOT]


@pytest.mark.parametrize("text", [
    "The tourists caved in for 143 on the third afternoon, losing their last six wickets for 20.",
    "Harlow were skittled for 143 in their second innings.",
    "Harlow were skittled out for 143 by the seamers.",
    "With a fiery five for 31, Ames saw the visitors fold as they folded for 143.",
])
def test_collapse_verbs_give_an_all_out_innings_in_a_cricket_passage(text: str) -> None:
    assert "143/10" in _innings(text)


@pytest.mark.parametrize("text", [
    "The defence caved in for 20 minutes after the break and the Sharks scored three tries.",
    "The home side folded for 12 points in the second half of the basketball game.",
    "The company collapsed for 143 reasons, the report said.",
    "Shares slumped for 3 days running.",
])
def test_collapse_verbs_outside_cricket_are_left_alone(text: str) -> None:
    assert _innings(text) == []


def _slot(text: str, slot: str) -> list[str]:
    return [value for s, value, _ in _values(text) if s == slot]


def test_a_batters_scores_after_a_batting_verb_and_in_brackets() -> None:
    assert _slot("Captain Joel Akande made 63 in the first innings and 27 in the second.", RUNS_SLOT) == [
        "63", "27"]
    assert _slot("Joel Akande (63 and 27) declared the first innings at 344-6 before stumps.", RUNS_SLOT) == [
        "63", "27"]
    assert _slot("He shared the new ball with the wicketkeeper, who made 38.", RUNS_SLOT) == ["38"]


@pytest.mark.parametrize("text", [
    "The coach made 3 changes for the rugby test against the Pumas.",
    "Okafor scored 31 in the basketball final, 12 of them in the last quarter.",
    "The opener hit 14 fours in his innings.",
])
def test_no_batters_score_where_a_noun_follows_or_there_is_no_cricket(text: str) -> None:
    assert _slot(text, RUNS_SLOT) == []


def test_a_partnership_the_gap_between_innings_and_run_rates() -> None:
    stand = "Akande added 112 for the sixth wicket with the wicketkeeper."
    assert _slot(stand, battingfigures.STAND_SLOT) == ["112"]
    assert _slot("Harlow replied with 301 all out, a deficit of 43.", battingfigures.GAP_SLOT) == ["43"]
    assert _slot("Harlow were all out for 301, 43 behind.", battingfigures.GAP_SLOT) == ["43"]
    assert _slot("The required run rate was 4.12 an over.", battingfigures.RUN_RATE_SLOT) == ["4.12"]
    assert _slot("Ames bowled 22 overs and his economy rate was 1.95.", battingfigures.RUN_RATE_SLOT) == [
        "1.95"]


@pytest.mark.parametrize("text", [
    "The Sharks led by 12 at half-time and held on to win the rugby final.",
    "Her lead of 8 seconds over the field grew in the last lap.",
    "The home side trailed by 14 points in the third quarter.",
    "The marathon leader was 40 metres ahead at 30km.",
])
def test_leads_in_other_sports_are_not_an_innings_gap(text: str) -> None:
    assert _slot(text, battingfigures.GAP_SLOT) == []
