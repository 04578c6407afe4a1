"""Two cuts of one statement agree when a third source quotes the statement whole (quotevariants)."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.factverdicts import _quote_verdict
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotevariants import held_together, within
from sourcediff.values import QuoteValue

WHOLE = "It is a step in the right direction, but a step is not the same as a fair wage"
FIRST = "a step in the right direction"
SECOND = "A step is not the same as a fair wage"


def _q(words: str) -> QuoteValue:
    return QuoteValue(words, words.casefold().replace(",", ""))


@pytest.mark.parametrize(("whole", "first", "second"), [
    (WHOLE, FIRST, SECOND),
    ("We have found the leak, and we expect the plant to be running again by Friday night",
     "We have found the leak", "we expect the plant to be running again by Friday night"),
    ("The council has listened to parents, and the library will stay open on Saturdays",
     "The council has listened to parents", "the library will stay open on Saturdays"),
])
def test_two_cuts_are_held_by_a_third_source_s_whole_quote(whole: str, first: str, second: str) -> None:
    assert within(_q(whole), _q(first)) and within(_q(whole), _q(second))
    assert held_together(_q(first), _q(second), ("b", "c"), [("a", _q(whole)), ("b", _q(first))])


def test_a_source_never_bridges_its_own_cut() -> None:
    assert not held_together(_q(FIRST), _q(SECOND), ("b", "c"), [("b", _q(WHOLE)), ("c", _q(SECOND))])


@pytest.mark.parametrize("second", [
    "a step is not the same as a decent wage",  # altered: not held verbatim
    "a step",  # too short to be a quotation
    "we will keep pushing for more",  # another statement
])
def test_cuts_the_whole_does_not_hold_are_not_bridged(second: str) -> None:
    assert not held_together(_q(FIRST), _q(second), ("b", "c"), [("a", _q(WHOLE))])


def _quote(n: int, source: str, words: str, speaker: str = "Rosa Ilunga") -> Mention:
    return Mention(Kind.QUOTE, source, n, Span(n, n + 1), words, _q(words), slot="quote", speaker=speaker)


PEOPLE = frozenset({"rosa ilunga", "ilunga", "ed mora", "mora"})


def test_two_cuts_and_the_whole_agree() -> None:
    group = [_quote(0, "a", WHOLE), _quote(1, "b", FIRST), _quote(2, "c", SECOND), _quote(3, "d", WHOLE)]
    assert _quote_verdict(group, PEOPLE) is Verdict.AGREE


def test_a_bridged_cut_credited_to_someone_else_still_diverges() -> None:
    group = [_quote(0, "a", WHOLE), _quote(1, "b", FIRST), _quote(2, "c", SECOND, speaker="Ed Mora")]
    assert _quote_verdict(group, PEOPLE) is Verdict.DIVERGE


def test_two_cuts_without_a_whole_are_no_agreement() -> None:
    group = [_quote(1, "b", FIRST), _quote(2, "c", SECOND)]
    assert _quote_verdict(group, PEOPLE) is Verdict.DIVERGE


def _quote_facts(texts: list[str]) -> list[tuple[str, frozenset[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-14") for n, t in enumerate(texts)]
    return [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
            if f.kind is Kind.QUOTE]


STORY = [
    ('The Brenholt water board said on Thursday that it had found the burst main under Mill Lane. "We '
     'have found the leak, and we expect the plant to be running again by Friday night," said its '
     'director, Hana Kovacs.'),
    ('Brenholt\'s water board director Hana Kovacs said the burst main under Mill Lane had been located. '
     '"We have found the leak, and we expect the plant to be running again by Friday night," she said.'),
    ('The burst main under Mill Lane has been located, water board director Hana Kovacs said on Thursday, '
     'adding: "We expect the plant to be running again by Friday night."'),
    ('Water board director Hana Kovacs said on Thursday "we have found the leak" under Mill Lane in '
     'Brenholt.'),
]


def test_every_cut_of_one_statement_joins_one_agreeing_fact() -> None:
    assert ("agree", frozenset({"s0", "s1", "s2", "s3"})) in _quote_facts(STORY)


def test_an_altered_cut_is_no_agreement() -> None:
    altered = [*STORY[:2], STORY[2].replace("Friday night", "Saturday morning"), STORY[3]]
    facts = _quote_facts(altered)
    assert not any(status == "agree" and "s2" in sources for status, sources in facts)
