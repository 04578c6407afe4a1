"""The cheap tests of perf32 answer exactly as the patterns they stand in for (invented texts).

``cues.has_digit`` looks for 0-9 by substring in ASCII text instead of
searching ``\\d``; ``rates._hinted`` searches RATE_HINT branch by branch, each
only where its cue is there; ``lexical.wording`` skips the number scan of a
passage without a digit. A wrong shortcut would hide a figure or a rate.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.align.lexical import wording
from sourcediff.extract import cues as C
from sourcediff.extract import patterns as P
from sourcediff.extract.rates import _hinted

_DIGIT = re.compile(r"\d")

DIGIT_TEXTS = [
    "The council met on a quiet evening.",
    "Turnout rose to 61 percent.",
    "Flight 9 left late.",
    "Version 0 was never shipped.",
    "",
    "\u0663 per euro (an Arabic-Indic three)",
    "Room \uff17 (a full-width seven) was closed.",
    "The \u201cold\u201d bridge reopened without a figure.",
    "Superscript\u00b2 is no decimal digit.",
    "Caf\u00e9 owners met on the 4th.",
]


@pytest.mark.parametrize("text", DIGIT_TEXTS)
def test_has_digit_answers_as_the_digit_pattern(text: str) -> None:
    assert C.has_digit(text) is (_DIGIT.search(text) is not None)
    assert C.cues(text).digit is (_DIGIT.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 09.,/\u0663\uff17\u00b2\u00e9\u201c"), max_size=30))
def test_has_digit_on_any_mix_of_characters(text: str) -> None:
    assert C.has_digit(text) is (_DIGIT.search(text) is not None)


RATE_TEXTS = [
    "The krona traded at 11 per euro.",
    "The rand weakened to 19.2 against the dollar.",
    "USD/SEK rose.", "usd / sek ended flat.",
    "It slid AGAINST the yen at noon.",
    "It slid aga\u0131nst the yen at noon.",
    "It slid aga\u0130nst the peso to close.",
    "Stocks slid aga\u017fnst the dollar to end.",
    "One euro bought 11 crowns.", "A pound BUYS 1.17 euros.", "It is worth 3 dollars now.",
    "The peso fell 2% to a record low.", "The lira EDGED   lower to its weakest.",
    "The franc firmed to parity.", "The won recovered to where it was.",
    "Shares jumped on the news.", "The team climbed the table.",
    "No figures here at all.", "\u0663 per euro", "A quiet day in the markets.",
    "Sales of 40 units to dealers, 12p per share.",
    "The \u201cfair\u201d rate eased to 1.08 against the euro.",
    "The K\u0212 rose to 3 to the dollar.",
]


@pytest.mark.parametrize("text", RATE_TEXTS)
def test_branch_by_branch_hint_answers_as_the_whole_pattern(text: str) -> None:
    assert _hinted(text) is (P.RATE_HINT.search(text) is not None)


def test_the_hint_is_still_its_branches_joined() -> None:
    """RATE_HINT and its parts stay one pattern: the parts are what rates.py searches."""
    assert P.RATE_HINT.pattern == "|".join(p.pattern for p in P.RATE_HINT_PARTS)
    assert all(p.flags == P.RATE_HINT.flags for p in P.RATE_HINT_PARTS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "peso", "USD", "/", "SEK", "fell", "rose", "to", "per", "against",
                                 "bought", "12", "3p", "1.5%", "at", "dollar", "\u0130", "edged", "up"]),
                max_size=12))
def test_branch_by_branch_hint_on_word_salads(words: list[str]) -> None:
    text = " ".join(words)
    assert _hinted(text) is (P.RATE_HINT.search(text) is not None)


@pytest.mark.parametrize("text, numbers", [
    ("The mayor thanked the volunteers.", frozenset()),
    ("The mayor thanked 1,200 volunteers and 3.5 tonnes of food.", frozenset({"1200", "3.5"})),
    ("The \u201cbest\u201d year since 2019, she said.", frozenset({"2019"})),
    ("Room \u0663 was closed.", frozenset({"\u0663"})),
])
def test_wording_numbers_with_and_without_digits(text: str, numbers: frozenset[str]) -> None:
    assert wording(text).numbers == numbers


def test_numbers_skip_what_other_scans_read_and_pass_over_figureless_passages() -> None:
    """numbers.extract asks the other scans' spans only of passages with amounts; what it finds is unchanged.

    A vote tally's sides and a race time's fields stay theirs; a figureless
    passage between two counted ones neither breaks nor adds a count.
    """
    from sourcediff.extract import numbers
    from sourcediff.model import Article
    from sourcediff.segment import segment

    text = ("The board approved the plan by a vote of 5 to 4 on Monday.\n\n"
            "Nobody on the board would say more about it afterwards.\n\n"
            "The winner crossed the line in 2hr 04min 31sec, ahead of 312 other runners.\n\n"
            "About 1,200 volunteers lined the route.")
    article = Article.from_text(text, id="t")
    found = [(m.raw, m.slot) for m in numbers.extract(article, segment(article))]
    assert found == [("312", "number:count"), ("About 1,200", "number:count")]
