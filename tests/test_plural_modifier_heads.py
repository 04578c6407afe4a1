""""2,340 measles cases" counts cases: a plural noun before another modifies it (extract/numbernouns.py).

Invented text. A noun that ends in "s" often stands before the noun a
figure counts ("measles cases", "sales reps", "savings accounts"); read as
the head, "measles" kept the count apart from another outlet's "cases", so a
miscopied case count in a tabloid met nothing. Two plural nouns side by side
are a modifier and its head; a lone plural is still its own head.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

PUBLISHED = "2027-05-04"


def _cues(text: str) -> list[tuple[str, ...]]:
    info = analyse(Article.from_text(text, published=PUBLISHED))
    return [m.cues for m in info.mentions if m.kind is Kind.NUMBER]


@pytest.mark.parametrize(("text", "noun"), [
    ("Health officers in Dornby have confirmed 612 mumps cases since January.", "case"),
    ("The retailer will hire 240 sales reps for its new northern region.", "rep"),
    ("Customers opened 18,400 savings accounts at the mutual in April.", "account"),
])
def test_a_plural_modifier_gives_way_to_the_head_after_it(text: str, noun: str) -> None:
    assert (noun,) in _cues(text), _cues(text)


@pytest.mark.parametrize(("text", "noun"), [
    ("Rangers counted 85 otters along the estuary this spring.", "otter"),
    ("The council will plant 300 trees in the park next winter.", "tree"),
    # a collective noun with no "s" stays the head, as another outlet's "six crew" reads it
    ("The ferry sailed with 212 passengers and nine crew members on board.", "crew"),
])
def test_a_lone_plural_is_still_the_head(text: str, noun: str) -> None:
    assert (noun,) in _cues(text), _cues(text)


def test_two_outlets_case_counts_meet_across_the_modifier() -> None:
    first = Article.from_text("Dornby has recorded 612 mumps cases this year, health officers said on "
                              "Monday.", id="a", published=PUBLISHED)
    second = Article.from_text("Health officers said on Monday that 612 cases have been recorded in Dornby "
                               "this year.", id="b", published=PUBLISHED)
    facts = compare([first, second]).facts
    assert any(f.kind is Kind.NUMBER and {m.source for m in f.mentions} == {"a", "b"}
               and {m.raw for m in f.mentions} == {"612"} for f in facts)
