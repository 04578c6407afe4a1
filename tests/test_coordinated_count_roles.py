"""Two counts joined by "and" share their clause's role: "Thirty-four patients and two nurses died".

The "and" before a second figure ends a count's clause (extract/roles.py), so
only the count nearest the role word took it, and an outlet's lone "Thirty-four
patients" had no role to be set against another's "the deaths of 31 patients".
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.extract.roles import roles_of
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

PUBLISHED = ("2025-03-10", "2025-03-11", "2025-03-12", "2025-03-14")


def roles(text: str) -> dict[str, frozenset[str]]:
    ms = analyse(Article.from_text(text, id="x", published=PUBLISHED[0])).mentions
    return {m.raw: roles_of(m.cues) for m in ms if m.kind is Kind.NUMBER}


def numbers(*texts: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published=PUBLISHED[n]) for n, t in enumerate(texts)]
    return [(f.status.value, [m.raw for m in f.mentions]) for f in compare(articles).facts
            if f.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "figures"), [
    ("Thirty-four patients and two nurses died needlessly at the home.", ("Thirty-four", "two")),
    ("The deaths of 31 patients and two nurses could have been prevented.", ("31", "two")),
    ("The deaths of 31 patients and two nurses were avoidable, the review said.", ("31", "two")),
    ("Officers arrested four men and two women at the port.", ("four", "two")),
    ("Some 120 climbers and 30 guides were evacuated from the glacier.", ("Some 120", "30")),
])
def test_both_conjuncts_take_the_role(text: str, figures: tuple[str, str]) -> None:
    found = roles(text)
    assert found[figures[0]] and found[figures[0]] == found[figures[1]], found


@pytest.mark.parametrize(("text", "own", "roleless"), [
    # the first figure is the object of another verb: the homes were not hurt
    ("The fire destroyed 40 homes and 12 people were injured.", "12", "40"),
    # the second figure opens a statement of its own
    ("The blast killed 12 people and 40 homes were destroyed.", "12", "40"),
])
def test_a_conjunct_of_another_statement_keeps_no_role(text: str, own: str, roleless: str) -> None:
    found = roles(text)
    assert found[own] and not found[roleless], found


def test_each_conjunct_keeps_its_own_role() -> None:
    found = roles("The earthquake killed 612 people and injured 1,400 more.")
    assert found["612"] == {"role:dead"} and found["1,400"] == {"role:injured"}


def test_a_coordinated_toll_worded_apart_diverges() -> None:
    review = ("The deaths of 31 patients and two nurses at the Wendle Park care home could have been "
              "prevented with better care, a review said on Monday.")
    tabloid = ("Thirty-four patients and two nurses died needlessly at a scandal-hit care home, a damning "
               "report revealed yesterday.")
    facts = numbers(review, tabloid)
    assert ("diverge", ["31", "Thirty-four"]) in facts
    assert ("agree", ["two", "two"]) in facts


def test_a_figure_restated_in_a_headline_joins_the_divergence_with_its_text() -> None:
    # The tabloid gives 34 twice: its headline's pensioners name no role, its text's patients died.
    # Once the headline's figure met the others' 31, its text's own divergence found the tabloid on
    # both sides.
    review = ("Review finds 31 patient deaths avoidable at Wendle Park care home\n\nThe deaths of 31 "
              "patients and two nurses at the Wendle Park care home could have been prevented with better "
              "care, a review said on Monday.")
    tabloid = ("CARE HOME SCANDAL: 34 pensioners could have lived\n\nThirty-four patients and two nurses "
               "died needlessly at a scandal-hit care home, a damning report revealed yesterday.")
    trade = ("Wendle Park review: 19 recommendations\n\nThe review of the Wendle Park care home, published "
             "on 10 March, concluded that the deaths of 31 patients and 2 nurses were avoidable.")
    local = ("Families will gather at the Wendle Park care home tomorrow, days after a review found that "
             "31 patients and two nurses died avoidably.")
    diverging = [raws for status, raws in numbers(review, tabloid, trade, local) if status == "diverge"]
    assert len(diverging) == 1 and {"34", "Thirty-four"} <= set(diverging[0]), diverging


def test_a_part_named_by_its_noun_is_no_rival_of_another_whole_toll() -> None:
    # The rescuers' source gives the toll without a noun and a part of it with one: by noun it states
    # no value of the seals, and its 17 on the sand never meets the other outlet's whole 23.
    rescuers = ("More than 40 grey seals came ashore at Pellin Sands on Saturday. In all, 21 died before the "
                "tide came back in, the rescue group said. Seventeen seals died on the sand and four were "
                "put down by vets after they were judged too weak.")
    paper = ("Volunteers worked through the night at Pellin Sands. Twenty-three seals died, the council said "
             "on Monday, and the carcasses will be buried in the dunes.")
    facts = numbers(rescuers, paper)
    assert not any(status == "diverge" and "Seventeen" in raws for status, raws in facts), facts


def test_a_span_of_nights_keys_no_set_of_the_arrested() -> None:
    # "over four nights" takes the clause's role (arrests) but counts no set of people: keyed by noun
    # apart from the 50, it let one outlet's arrests over four nights meet another's 46 of one night.
    first = ("Riot police clashed with youths in Marlow Park for a third night. By midnight a patrol car "
             "had been set alight, and 46 people had been arrested.")
    running = ("Protests over the death of a teenager continued in Marlow Park. Since the shooting, more "
               "than 50 arrests have been made over four nights of protest, police said.")
    second = ("Youths threw bricks at officers in Marlow Park, and there were 46 arrests, mostly for "
              "disorderly conduct, police said.")
    facts = numbers(first, running, second)
    assert not any(status == "diverge" for status, _ in facts), facts
    assert ("agree", ["46", "46"]) in facts
