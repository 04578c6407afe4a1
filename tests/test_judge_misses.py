"""Divergences the judge missed on real multi-outlet stories, each with a guard against a false alarm."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.compat import same_thing
from sourcediff.extract.roles import PART
from sourcediff.model import Mention
from sourcediff.pipeline import analyse
from sourcediff.values import ABOVE, BELOW, CEILING, FLOOR, Quantity

CLOCK = ('"The council failed its tenants," Okafor wrote in his decision, which was published shortly after '
         '{} (1615 GMT).')
PART_OF_DAY = ('In a decision published in the early evening, the ombudsman said: '
               '"The council failed its tenants."')


def diverging(*texts: str, published: str = "2024-03-08") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


def test_a_hedge_word_does_not_hide_the_slot_of_a_clock_time() -> None:
    # "shortly after" says how precise the time is, not what it times: the rest of the words match.
    assert len(diverging(CLOCK.format("10:15 a.m."), PART_OF_DAY)) == 1


def test_a_hedged_clock_time_that_fits_the_part_of_day_agrees() -> None:
    assert diverging(CLOCK.format("6:15 p.m."), PART_OF_DAY) == []


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Overnight the mercury did not drop below 29 degrees in the city centre.", FLOOR),
    ("The river never fell below 4.2 metres all week.", FLOOR),
    ("Annual inflation didn't rise above 3% during the period.", CEILING),
    ("Overnight the mercury dropped below 29 degrees in the city centre.", BELOW),
    ("The party did not win more than 40 seats.", CEILING),
    ("The party won more than 40 seats.", ABOVE),
])
def test_a_negated_bound_is_the_other_bound(text: str, qualifier: str) -> None:
    ms = [m for m in analyse(Article.from_text(text, id="x", published="2024-03-08")).mentions
          if isinstance(m.value, Quantity)]
    assert [m.value.qualifier for m in ms if isinstance(m.value, Quantity)] == [qualifier]


def test_a_floor_agrees_with_the_figure_above_it() -> None:
    # "did not drop below 29 degrees" and "the overnight minimum was 29.6C": one night, no contradiction.
    night = "The overnight minimum at the airport was 29.6C, the bureau said on Sunday."
    low = "Overnight the temperature at the airport did not drop below {}, the bureau said."
    assert diverging(low.format("29 degrees"), night) == []
    assert len(diverging(low.format("31C"), night)) == 1


@pytest.mark.parametrize(("text", "figure", "cues"), [
    ("Officials said 210 people were hurt, 47 of them seriously.", "47", ("person", "role:injured", PART)),
    ("Police detained 19 people, six of whom were later charged.", "six", ("person", "role:arrested", PART)),
    ("About 500 staff will lose their jobs, 120 of them in Dundee.", "120", ("staff", PART)),
    # "of them" left out, a word of degree saying which part; or the whole opening the sentence.
    ("Clinics report 52 people injured, nine critically.", "nine", ("person", "role:injured", PART)),
    ("Of the 52 injured, nine were in a serious condition on Friday.", "nine", ("role:injured", PART)),
])
def test_a_count_of_them_is_a_part_of_the_count_before(text: str, figure: str, cues: tuple[str, ...]) -> None:
    ms = {m.raw: m for m in analyse(Article.from_text(text, id="x", published="2024-03-08")).mentions}
    assert ms[figure].cues == cues


@pytest.mark.parametrize("text", [
    "The council said 52 homes were flooded, nine were empty.",  # no degree word, no opening "Of the"
    "After the 52 injured, nine were sent home.",
])
def test_a_bare_figure_after_a_count_is_no_part_without_its_marks(text: str) -> None:
    ms = analyse(Article.from_text(text, id="x", published="2024-03-08")).mentions
    assert not any(PART in m.cues for m in ms)


def test_a_part_never_rivals_the_whole() -> None:
    # "47 of them seriously" is part of the 210 hurt: no contradiction with another outlet's 210.
    assert diverging("The regional governor said 210 people were hurt, 47 of them seriously.",
                     "The regional governor said 210 people were hurt in the quake.") == []
    # ...but two outlets' parts still meet: 47 against 47 agree.
    facts = compare([Article.from_text(t, id=f"s{n}", published="2024-03-08") for n, t in enumerate((
        "The regional governor said 210 people were hurt, 47 of them seriously.",
        "The regional governor said 210 people were hurt, 47 of them seriously, and 12 died."))]).facts
    assert any(f.status.value == "agree" and f.value == "47" for f in facts)


def test_a_part_is_never_the_same_thing_as_a_whole() -> None:
    def mentions(text: str) -> tuple[Mention, ...]:
        return analyse(Article.from_text(text, id="a", published="2024-03-08")).mentions

    first = mentions("The governor said 210 people were hurt, 160 of them seriously.")
    other = mentions("The governor said 160 people were hurt.")
    part = next(m for m in first if m.raw == "160")
    whole, rival = next(m for m in first if m.raw == "210"), next(m for m in other if m.raw == "160")
    assert not same_thing(part, whole) and not same_thing(part, rival)
    assert same_thing(whole, rival)


DOCK_STRIKE = ("Dockers at the Harlow container terminal will walk out for five days from Monday in their "
               "row over pay, the Transport Workers Union said. The union said talks with the Harlow Port "
               "Authority collapsed on Thursday over a 4.5% offer. About 1,900 members voted for the action.")
DOCK_STOPPAGE = ("Staff at the Harlow container terminal are set to halt work for 72 hours from {} unless "
                 "the Harlow Port Authority improves its pay offer, the Transport Workers Union said. Talks "
                 "collapsed on Thursday over a 4.5% offer, the union said. "
                 "About 1,900 members backed the action.")


def test_two_lengths_of_a_period_that_starts_on_the_same_day_diverge() -> None:
    # The words around the lengths differ ("walk out ... in their row" against "halt work ... unless"),
    # but both periods run from Monday: five days against 72 hours.
    assert len(diverging(DOCK_STRIKE, DOCK_STOPPAGE.format("Monday"))) == 1


def test_lengths_of_periods_that_start_on_different_days_are_no_contradiction() -> None:
    assert diverging(DOCK_STRIKE, DOCK_STOPPAGE.format("Tuesday")) == []
