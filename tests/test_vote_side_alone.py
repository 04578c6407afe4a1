"""One side of a vote told alone ("backed by seven councillors") is that side of the others' tally.

An outlet that gives only the winning side writes no tally, so its figure
was a plain head count and never met "7 votes to 4": the agreement went
unseen. A count of voters with an explicit for or against cue is read as
that side (`TallySide`, extract/votesides.py) and compared with a tally's
same side only (compat). Every name and figure is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.analysis import analyse
from sourcediff.model import Kind, Mention
from sourcediff.values import Tally, TallySide


def _numbers(text: str) -> list[Mention]:
    return [m for m in analyse(Article.from_text(text, id="a", published="2027-02-02")).mentions
            if m.kind is Kind.NUMBER]


def _value_of(text: str, raw: str) -> object:
    return next(m.value for m in _numbers(text) if m.raw == raw)


def test_a_count_of_voters_with_a_side_cue_is_that_side() -> None:
    assert _value_of("The scheme was backed by eight councillors.", "eight") == TallySide(8, "for")
    assert _value_of("In the end 41 MPs voted against the motion.", "41") == TallySide(41, "against")
    assert _value_of("The bill passed with 312 MPs in favour.", "312") == TallySide(312, "for")
    assert _value_of("Six Labour councillors voted for the plan.", "Six") == TallySide(6, "for")
    assert _value_of("The motion fell, with 19 delegates against.", "19") == TallySide(19, "against")


def test_a_count_without_a_side_cue_stays_a_head_count() -> None:
    for text, raw in (("The 11-member committee met on Monday evening.", "11-member"),
                      ("Seven councillors spoke against the plan before the vote.", "Seven"),
                      ("Some 230 delegates voted in favour of the motion.", "Some 230"),
                      ("The proposal was backed by 300 residents of the village.", "300")):
        value = _value_of(text, raw)
        assert not isinstance(value, TallySide | Tally), (text, value)


def _vote_facts(texts: dict[str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    articles = [Article.from_text(t, id=i, published="2027-02-02") for i, t in texts.items()]
    return [(f.status.value, sorted((m.source, m.raw) for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.NUMBER and any(isinstance(m.value, Tally | TallySide) for m in f.mentions)]


_WIRE = ("The planning committee of Pellham Borough Council on Monday approved a plan for 640 homes at "
         "Stannard Fields by 7 votes to 4 after a long meeting.")
_TRADE = ("Pellham's planning committee voted 7-4 on Monday to grant permission for 640 homes at "
          "Stannard Fields.")


def test_the_for_side_alone_agrees_with_the_tallies() -> None:
    facts = _vote_facts({
        "a": _WIRE,
        "b": _TRADE,
        "c": ("The 640-home Stannard Fields estate was backed by seven councillors at a stormy meeting "
              "on Monday."),
    })
    assert ("agree", [("a", "7 votes to 4"), ("b", "7-4"), ("c", "seven")]) in facts


def test_the_against_side_never_meets_the_for_side() -> None:
    facts = _vote_facts({
        "a": ("The 640-home Stannard Fields estate was backed by seven councillors at a stormy meeting "
              "on Monday."),
        "b": "At the Monday meeting on the 640-home Stannard Fields estate, seven councillors voted against.",
    })
    assert not [ms for status, ms in facts if len({s for s, _ in ms}) > 1]


def test_a_wrong_for_side_alone_diverges_from_the_tallies() -> None:
    facts = _vote_facts({
        "a": _WIRE,
        "b": _TRADE,
        "c": ("The 640-home Stannard Fields estate was backed by eight councillors at a stormy meeting "
              "on Monday."),
    })
    assert ("diverge", [("a", "7 votes to 4"), ("b", "7-4"), ("c", "eight")]) in facts


def test_a_side_equal_to_the_tallys_other_side_is_not_judged() -> None:
    """"rejected 7-4" puts the against-side first: "four councillors backed it" may be its for-side."""
    facts = _vote_facts({
        "a": "The planning committee of Pellham Borough Council on Monday rejected a plan for 640 homes at "
             "Stannard Fields by 7 votes to 4 after a long meeting.",
        "b": "The plan for 640 homes at Stannard Fields was backed by four councillors at a long meeting of "
             "Pellham Borough Council's planning committee on Monday.",
    })
    assert not [ms for status, ms in facts if status == "diverge"]
