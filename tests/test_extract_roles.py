"""Counts take a role from their clause; same-role counts compare, different roles never do."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff import Article, Verdict, compare, load
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, str | None]]:
    """(raw, role) of every count in ``text``."""
    out = []
    for m in analyse(Article.from_text(text)).mentions:
        if m.slot == "number:count":
            roles = [c.removeprefix("role:") for c in m.cues if c.startswith("role:")]
            out.append((m.raw, roles[0] if roles else None))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("The landslide killed 12 villagers.", [("12", "dead")]),
    ("Officials said 12 people were dead.", [("12", "dead")]),
    ("The death toll rose to 12 on Sunday.", [("12", "dead")]),
    ("The toll could exceed 500, aid groups warned.", [("500", "dead")]),
    ("The blast killed 61 workers and injured more than 300, the ministry said.",
     [("61", "dead"), ("more than 300", "injured")]),
    ("About 340 people were hurt.", [("About 340", "injured")]),
    ("Four hikers are still missing.", [("Four", "missing")]),
    ("Police arrested 23 protesters overnight.", [("23", "arrested")]),
    ("Some 2,000 residents were evacuated from the valley.", [("Some 2,000", "evacuated")]),
    ("The motion passed with 214 votes.", [("214", "votes")]),
    ("The crash left 3 dead and 9 injured.", [("3", "dead"), ("9", "injured")]),
    ("Three bridges and five schools were closed.", [("Three", None), ("five", None)]),
    ("Detectives made raids overnight, arresting 25 people.", [("25", "arrested")]),
    ("Nine riders were hurt when 40 horses bolted.", [("Nine", "injured"), ("40", None)]),
    ("Six climbers remain trapped in the cave.", [("Six", "trapped")]),
    ("Rescuers dug towards 11 entombed quarrymen.", [("11", "trapped")]),
    # the act counts everyone caught at the time, not who is still held: no role
    ("The rockfall hit at dawn, trapping 30 quarrymen.", [("30", None)]),
    # the subject of "has risen to" names the count however long its noun phrase
    ("The death toll from Saturday's flooding across the northern provinces of the country has risen to 19.",
     [("19", "dead")]),
    ("The number of people injured in the stadium collapse at the weekend climbed to 412.",
     [("412", "injured")]),
    # ... but a role word that far away names nothing without such a verb
    ("Police searching for the missing hikers in the snowy hills above the town found 19 tents.",
     [("19", None)]),
])
def test_count_roles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert counts(text) == expected


def test_a_bare_figure_in_a_headline_is_left_to_the_body(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Landslide kills twelve\n\nThe landslide killed 12 villagers.\n", encoding="utf-8")
    found = [(m.raw, m.cues) for m in analyse(load(path)).mentions if m.slot == "number:count"]
    assert found == [("12", ("villager", "role:dead"))]


def verdicts(*sentences: str) -> list[tuple[str, str]]:
    articles = [Article.from_text(s, id=f"s{n}", published="2024-03-05") for n, s in enumerate(sentences)]
    return [(f.status.value, f.summary) for f in compare(articles).facts if f.kind.value == "number"]


def test_same_role_counts_diverge_in_aligned_passages() -> None:
    found = verdicts("The landslide in the northern valley killed 12 villagers on Monday, police said.",
                     "The landslide in the northern valley killed 15 villagers on Monday, police said.")
    assert [v for v, _ in found] == ["diverge"]


def test_trapped_counts_diverge_in_aligned_passages() -> None:
    found = verdicts("At the flooded slate quarry, 6 workers remain trapped below ground on Monday.",
                     "At the flooded slate quarry, 8 workers remain trapped below ground on Monday.")
    assert [v for v, _ in found] == ["diverge"]


def test_exact_counts_compare_exactly() -> None:
    found = verdicts("The landslide in the northern valley killed 87 villagers on Monday, police said.",
                     "The landslide in the northern valley killed 88 villagers on Monday, police said.")
    assert [v for v, _ in found] == ["diverge"]


def test_a_bound_agrees_with_a_figure_inside_it() -> None:
    found = verdicts("More than 300 people were injured when the stadium roof collapsed on Monday.",
                     "The stadium roof collapsed on Monday, and 340 people were injured.")
    assert [v for v, _ in found] == ["agree"]


def test_two_lower_bounds_agree() -> None:
    found = verdicts("The 1998 flood killed more than 26,000 people across the delta region.",
                     "The 1998 flood killed more than 31,000 people across the delta region.")
    assert [v for v, _ in found] == ["agree"]


def test_different_roles_never_diverge() -> None:
    found = verdicts("The blast at the chemical plant killed 61 workers on Monday.",
                     "The blast at the chemical plant injured 80 workers on Monday.")
    assert Verdict.DIVERGE.value not in [v for v, _ in found]


def test_counts_of_different_things_never_diverge() -> None:
    found = verdicts("The storm damaged three bridges in the river valley on Monday.",
                     "The storm damaged five cities in the river valley on Monday.")
    assert Verdict.DIVERGE.value not in [v for v, _ in found]


def test_a_modifier_measure_never_meets_a_bare_duration() -> None:
    found = verdicts("The club signed the striker to a five-year deal on Monday.",
                     "The club signed the striker on Monday after five weeks of talks.")
    assert Verdict.DIVERGE.value not in [v for v, _ in found]


def test_an_age_is_not_a_duration() -> None:
    found = verdicts("The ceremony lasted three hours and the 3-year-old daughter of the host attended.",
                     "The ceremony lasted three hours and the 3-year-old daughter of the host attended.")
    assert Verdict.DIVERGE.value not in [v for v, _ in found]


def test_same_role_counts_link_across_unaligned_sentences() -> None:
    found = verdicts("Rescue teams said on Monday that 340 people were injured across the province.",
                     "More than 300 were hurt, hospital officials told reporters late in the day.")
    assert [v for v, _ in found] == ["agree"]


@pytest.mark.parametrize("text", [
    "A magnitude 6.4 earthquake struck the coast.",
    "A 6.4-magnitude quake struck the coast.",
    "The quake had a magnitude of 6.4, the agency said.",
    "The quake measured 6.4 on the Richter scale.",
])
def test_magnitude_spellings_are_one_value(text: str) -> None:
    mentions = analyse(Article.from_text(text)).mentions
    found = [(m.canonical, m.slot) for m in mentions if m.kind.value == "number"]
    assert found == [("6.4 magnitude", "number:magnitude")]


def story_verdicts(*articles: str) -> list[str]:
    """Verdicts of the count facts of invented articles, each a different outlet's telling."""
    arts = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate(articles)]
    return sorted(f.status.value for f in compare(arts).facts if f.kind.value == "number")


@pytest.mark.parametrize(("articles", "expected"), [
    # one toll per story: worded apart, the rival figures still diverge
    (("The ferry capsized on the lake on Sunday, killing 15 people on board.",
      "Divers searched the lake through the night. The death toll stood at 12, the coastguard said."),
     ["diverge"]),
    (("Police arrested 23 people in raids across the city, a spokesman said.",
      "Detectives swooped on homes at dawn, arresting 25 people."),
     ["diverge"]),
    # a later figure ("has risen to") is still the story's toll: it diverges from another source's
    (("The ferry capsized on the lake on Sunday, killing 15 people on board.",
      "Divers searched the lake again on Monday. The death toll has risen to 17, the coastguard said."),
     ["diverge"]),
    (("Eleven people were injured when the roof of the market hall collapsed.",
      "The number of injured climbed to 14 overnight, the city said."),
     ["diverge"]),
    # a subset of the toll, far smaller, is not a rival total
    (("Sixty-four passengers were injured in the crash on the coast line.",
      "Officials said two injured passengers had died later in hospital in the city."),
     ["unique", "unique"]),
    # different people: Britons among the injured are not the story's injured
    (("The quake injured 340 people across the province, officials said.",
      "Two hundred Britons were hurt at the resort, the Foreign Office said."),
     ["unique", "unique"]),
    # a source stating two values of the role says nothing about which one a partner contradicts
    (("Police said 12 people died in the town; 9 people died in the village.",
      "Rescuers worked all day; 10 people died, the mayor told reporters."),
     ["unique", "unique", "unique"]),
])
def test_one_role_per_story_compares_across_unaligned_sentences(articles: tuple[str, ...],
                                                              expected: list[str]) -> None:
    assert story_verdicts(*articles) == expected


@pytest.mark.parametrize(("articles", "expected"), [
    # a rounded large figure is the same fact as the precise one, whatever the wording around it
    (("Rovers won the final on Sunday. Organisers said 74,212 fans packed the stadium.",
      "The coach praised his defence. The club confirmed later that 74,000 supporters came."),
     ["agree"]),
    (("Unions called the strike over pay. Police counted 1.12 million marchers nationwide.",
      "Trains and schools were shut on Thursday. Police sources said 1.1 million people marched."),
     ["agree"]),
])
def test_large_precise_counts_link_on_the_figure(articles: tuple[str, ...], expected: list[str]) -> None:
    assert story_verdicts(*articles) == expected


@pytest.mark.parametrize(("articles", "expected"), [
    (("The mercury hit 41.5C at the airport on Monday afternoon.",
      "Forecasters said it was 41.5 degrees at the airport, a record."), ["agree"]),
    # a temperature with no scale never contradicts one with a scale: it may be Fahrenheit
    (("The mercury hit 41.5C at the airport on Monday afternoon, forecasters said.",
      "The mercury hit 107 degrees at the airport on Monday afternoon, forecasters said."),
     ["unique", "unique"]),
])
def test_temperatures_with_and_without_their_scale(articles: tuple[str, ...], expected: list[str]) -> None:
    assert story_verdicts(*articles) == expected


@pytest.mark.parametrize(("articles", "expected"), [
    # counts of one noun in a story are one fact when they agree, whatever the sentences around them
    (("Police said more than 400 officers took part in the dawn operation.",
      "Detectives swooped at first light. About 450 officers were involved, a spokesman said."),
     ["agree"]),
    (("The storm cut power to about 40,000 homes in the west of the city.",
      "Crews worked through the night. More than 38,000 homes were still dark on Friday."),
     ["agree"]),
    # different nouns are different facts
    (("Police said more than 400 officers took part in the dawn operation.",
      "Detectives swooped at first light. About 450 protesters gathered outside, a spokesman said."),
     ["unique", "unique"]),
    # an order of magnitude fits any figure of its size: the noun alone is no second source for one
    (("The bakery group will close its ovens, leaving 2,400 workers without jobs, it said on Monday.",
      "The bakery group is closing. \"Thousands of workers have given their lives to these ovens,\" "
      "a union official said."),
     ["unique", "unique"]),
])
def test_counts_of_one_noun_link(articles: tuple[str, ...], expected: list[str]) -> None:
    assert story_verdicts(*articles) == expected


@pytest.mark.parametrize(("articles", "expected"), [
    # a workforce is one figure per story: a tabloid's intro against a wire's body still diverges
    (("The chain collapsed on Monday, leaving the jobs of 2,400 workers hanging by a thread.",
      "The stores will keep trading, and its 2,100 staff will be paid as normal for now."),
     ["diverge"]),
    # an order of magnitude in a quote is no second figure of the source's workforce
    (("The chain collapsed on Monday, leaving the jobs of 2,400 workers hanging by a thread.",
      "The stores will keep trading, and its 2,100 staff will be paid as normal. \"Thousands of workers "
      "have given years to this company,\" a union official said."),
     ["diverge", "unique"]),
    # rounded, the figures fit
    (("The chain collapsed on Monday, leaving the jobs of 2,400 workers hanging by a thread.",
      "The stores will keep trading, and its roughly 2,400 staff will be paid as normal for now."),
     ["agree"]),
    # figures of different sizes count different people (a site against the group)
    (("The chain collapsed on Monday, leaving the jobs of 2,400 workers hanging by a thread.",
      "The group, which has 9,000 employees in four countries, said the stores would keep trading."),
     ["unique", "unique", "unique"]),
])
def test_workforce_counts_compare_across_sources(articles: tuple[str, ...], expected: list[str]) -> None:
    assert story_verdicts(*articles) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Its 2,100 staff will be paid as normal for now.", [("2,100", "staff")]),
    ("The mill employs 2,400 workers.", [("2,400", "staff")]),
    # jobs lost are no workforce: the count keeps no role
    ("The firm will lay off 1,200 workers.", [("1,200", None)]),
    ("About 500 staff will lose their jobs.", [("About 500", None)]),
    # what befell them beats who they are
    ("The blast left two workers dead.", [("two", "dead")]),
])
def test_workforce_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state named by a phrase, its noun understood from the clause before
    ("The gas leak left two workers dead and 17 in hospital.", [("two", "dead"), ("17", "injured")]),
    ("By nightfall five were dead and 23 in the hospital.", [("five", "dead"), ("23", "injured")]),
    ("The brawl ended with 6 in custody.", [("6", "arrested")]),
    # the group before stays quiet; the figure in hospital is a count of people in that state
    ("Of the 12, three were in hospital.", [("three", "injured")]),
])
def test_count_of_people_in_a_state(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert counts(text) == expected


def test_in_hospital_compares_with_hospitalized() -> None:
    found = verdicts("The ferry fire on the northern lake left one dead and 19 in hospital, police said.",
                     "Police said 19 people were hospitalized after the ferry fire on the northern lake.")
    assert ("agree", "19 in 2 sources") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a clause about an earlier event after its date: that event's toll, not the story's
    ("It was the first deadly rockfall on the pass since May 2017, when three hikers were killed.",
     [("three", "past-dead")]),
    ("The worst flood in the valley since 1998, when 40 people died, cut off six villages.",
     [("40", "past-dead"), ("six", None)]),
    ("A similar storm hit the coast nine years ago, when 12 people were injured.", [("12", "past-injured")]),
    # the story's own toll in the same sentence keeps its role
    ("Two climbers were killed on Friday, the first deaths on the peak since 2019.", [("Two", "dead")]),
])
def test_an_earlier_events_toll_has_a_role_of_its_own(text: str,
                                                     expected: list[tuple[str, str | None]]) -> None:
    assert counts(text) == expected


def test_a_toll_diverges_when_two_sources_also_recall_an_earlier_one() -> None:
    """The earlier toll is no second value of the story's toll; a lone toll is no helicopter count."""
    found = verdicts(
        "A rockslide killed three walkers on the coast path on Sunday, police said. It was the first fatal "
        "rockslide there since June 2016, when two walkers were killed.",
        "FIVE walkers were killed when tonnes of rock crashed onto a packed coastal path. Coastguard crews "
        "sent five boats and three helicopters. It is the first deadly rockslide there since June 2016, "
        "when two walkers died.",
        "Police confirmed on Sunday that three people had died. Rescue crews sent five boats.")
    assert ("diverge", "three (s0, s2) vs FIVE (s1)") in found
