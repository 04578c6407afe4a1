"""An "after" and a "before" interval that time one step from its two ends are one fact.

"The ferry sailed four days after the strike began" and "the strike began
four days before the ferry sailed" state one span; so does "the strike had
begun four days earlier". Each phrase names the other's step: the event an
interval is measured from (its anchor) stands in the other's clause (the
step it times). Two spans measured from one named event in opposite
directions ("two days after the vote", "two days before the vote") time two
steps, and two unanchored ones ("later", "earlier") may time any.
"""

from __future__ import annotations

import pytest

from sourcediff.compat import comparable, compatible, same_thing, slot_family
from sourcediff.extract import intervals
from sourcediff.model import Article, Mention, Passage, Span
from sourcediff.text import fold


def interval(text: str) -> Mention:
    article = Article.from_text(text, id="t")
    (m,) = intervals.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))
    return m


def test_the_clause_before_a_span_names_the_step_it_times() -> None:
    m = interval("The relief convoy reached Dunmore four days after the bridge collapsed.")
    assert m.value.anchor == "bridge collapsed" and "convoy" in m.value.event.split()
    assert m.canonical == "4 day after bridge collapsed"  # the value's text is unchanged


@pytest.mark.parametrize(("after", "before"), [
    ("The relief convoy reached Dunmore four days after the bridge collapsed.",
     "The bridge collapsed four days before the relief convoy arrived."),
    ("The relief convoy reached Dunmore four days after the bridge collapsed.",
     "The bridge had collapsed four days earlier, on Sunday."),
])
def test_converse_phrases_of_one_span_agree(after: str, before: str) -> None:
    a, b = interval(after), interval(before)
    assert a.slot != b.slot and slot_family(a) == slot_family(b)
    assert comparable(a, b) and same_thing(a, b) and compatible(a, b)


def test_converse_phrases_of_different_lengths_are_rivals() -> None:
    a = interval("The relief convoy reached Dunmore four days after the bridge collapsed.")
    b = interval("The bridge collapsed five days before the relief convoy arrived.")
    assert comparable(a, b) and same_thing(a, b) and not compatible(a, b)


@pytest.mark.parametrize(("first", "second"), [
    ("Polls opened two days after the vote was called.", "The rally was held two days before the vote."),
    ("Talks resumed two days later.", "The offer had been made two days earlier."),
])
def test_spans_that_time_different_steps_are_two_facts(first: str, second: str) -> None:
    a, b = interval(first), interval(second)
    assert not same_thing(a, b) and not compatible(a, b)


def test_one_direction_still_needs_one_event() -> None:
    a = interval("The relief convoy reached Dunmore four days after the bridge collapsed.")
    b = interval("The army arrived five days after the flood warning.")
    assert not same_thing(a, b)


def test_a_journeys_length_is_the_span_between_its_ends() -> None:
    """ "Took five days to get from the depot to the pass" times the trip "after leaving the depot" does."""
    trip = interval("The convoy took just five days to get from the depot to the pass, despite the snow.")
    assert trip.raw == "just five days" and trip.value.relation == "after"
    assert "depot" in trip.value.anchor.split() and "pass" in trip.value.event.split()
    left = interval("The convoy had left the depot six days earlier.")
    after = interval("It reached the pass six days after it left the depot.")
    same = interval("It reached the pass five days after it left the depot.")
    assert same_thing(trip, left) and not compatible(trip, left)
    assert same_thing(trip, after) and not compatible(trip, after)
    assert compatible(trip, same)


def test_a_tasks_length_stays_a_duration() -> None:
    article = Article.from_text("It took three days to repair the pipe.", id="t")
    text = article.text
    assert intervals.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),)) == ()
