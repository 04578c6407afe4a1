"""Grammatical filler added or dropped in a quotation is the same words spoken (invented text).

One outlet prints "the pumps failed at the worst moment", another "the
pumps that failed at the worst moment": transcription, not an altered
quote. An article, a determiner for another, "that", a form of "be" or a
dummy subject are filler (quotefiller.py); any other word changed, added or
dropped, and "is" for "was", still makes the quote altered.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.compat import quotes_agree
from sourcediff.quotefiller import filler_apart
from sourcediff.values import QuoteValue
from sourcediff.wording import styled_words


def _verdicts(first: str, second: str) -> list[Verdict]:
    arts = [Article.from_text(f'"{first}" the harbour master Lise Moen said on Monday.', id="a",
                              published="2026-10-05"),
            Article.from_text(f'Harbour master Lise Moen said on Monday: "{second}"', id="b",
                              published="2026-10-05")]
    return [f.status for f in compare(arts).facts if f.kind is Kind.QUOTE]


def _agree(first: str, second: str) -> bool:
    return quotes_agree(QuoteValue(first, first.casefold()), QuoteValue(second, second.casefold()))


SAME = [
    # an article added
    ("The ferry has moved into Pellow Dock for repairs.",
     "The ferry has moved into the Pellow Dock for repairs."),
    # one determiner for another
    ("Nothing in the agreement stops the harbour from charging boat owners more.",
     "Nothing in this agreement stops the harbour from charging boat owners more."),
    # the complementiser "that", and a cut of the longer printing's head
    ("I want to say that I know the delays we caused cost people a lot of money.",
     "I know that the delays we caused cost people a lot of money."),
    # a form of "be" dropped
    ("What makes this so worrying is it leaves a gap in the sea wall nobody can reach.",
     "What makes this so worrying it leaves a gap in the sea wall nobody can reach."),
    # a dummy subject and "be" added in a fragment
    ("safe and the best option for the harbour",
     "Our plan is safe and it is the best option for the harbour."),
]
ALTERED = [
    # a content word dropped
    ("Every passenger and crew member was taken off the ferry safely.",
     "Every passenger was taken off the ferry safely."),
    # a tense of "be" for another
    ("The north pier is closed to the public until further notice.",
     "The north pier was closed to the public until further notice."),
    # a negation dropped
    ("We are not able to reopen the north pier this week.",
     "We are able to reopen the north pier this week."),
    # a preposition for another
    ("It is an honour to be named in the same breath as Captain Orme.",
     "It is an honour to be named in the same breath with Captain Orme."),
    # filler at the end put for words of its own: a change, not a cut
    ("We were promised the fund would cover every loss, and we will hold them to that.",
     "We were promised the fund would cover every loss, and we will hold them to every penny."),
    # one word changed
    ("This is a sad day for everyone who works at the harbour.",
     "This is a sad time for everyone who works at the harbour."),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_filler_added_or_dropped_is_the_same_quote(first: str, second: str) -> None:
    assert _agree(first, second)
    assert _verdicts(first, second) == [Verdict.AGREE]


@pytest.mark.parametrize(("first", "second"), ALTERED)
def test_other_changes_stay_altered(first: str, second: str) -> None:
    assert not _agree(first, second)
    assert _verdicts(first, second) == [Verdict.DIVERGE]


def test_two_overlapping_cuts_are_not_one_quotation() -> None:
    # each printing runs on where the other stops: neither is a cut of the other
    assert not filler_apart(styled_words("the tide came in faster than the forecast said"),
                            styled_words("came in faster than the forecast said it would"))


def test_short_printings_and_filler_alone_prove_nothing() -> None:
    assert not filler_apart(styled_words("it is the best"), styled_words("the best"))
    assert not filler_apart(styled_words("it is what it is"), styled_words("that is what it was"))


def test_a_cut_with_filler_inside_agrees() -> None:
    whole = styled_words("On every side, crews, pilots and all of us, we felt that this was the right call")
    assert filler_apart(whole, styled_words("felt this was the right call"))
    assert filler_apart(styled_words("felt this was the right call"), whole)
