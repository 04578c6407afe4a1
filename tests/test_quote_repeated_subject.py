"""A repeated subject pronoun after "and" is house style, not an altered quote (invented text).

One outlet prints "I locked the door and I ran", another "I locked the door
and ran": the same words spoken. Any other added or changed word still
makes the quote altered.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.wording import styled_words, without_repeated_subjects


def _verdicts(first: str, second: str) -> list[Verdict]:
    arts = [Article.from_text(f'"{first}" the harbour master Lise Moen said on Monday.', id="a",
                              published="2026-10-05"),
            Article.from_text(f'Harbour master Lise Moen said on Monday: "{second}"', id="b",
                              published="2026-10-05")]
    return [f.status for f in compare(arts).facts if f.kind is Kind.QUOTE]


SAME = [
    ("I saw the water rising and I ran back for the dog.",
     "I saw the water rising and ran back for the dog."),
    ("We checked every mooring but we lost two boats anyway.",
     "We checked every mooring but lost two boats anyway."),
    ("She called the coastguard and then she waited on the pier.",
     "She called the coastguard and then waited on the pier."),
]
ALTERED = [
    # A different subject is a different statement.
    ("I saw the water rising and we ran back for the dog.",
     "I saw the water rising and ran back for the dog."),
    # Another added word is still an alteration.
    ("I saw the water rising and ran back for the dog.",
     "I saw the water rising and quickly ran back for the dog."),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_a_repeated_subject_is_the_same_quote(first: str, second: str) -> None:
    assert _verdicts(first, second) == [Verdict.AGREE]


@pytest.mark.parametrize(("first", "second"), ALTERED)
def test_other_changes_stay_altered(first: str, second: str) -> None:
    assert _verdicts(first, second) == [Verdict.DIVERGE]


def test_only_a_pronoun_the_quote_already_used_is_dropped() -> None:
    def fold(text: str) -> tuple[str, ...]:
        return without_repeated_subjects(styled_words(text))
    assert fold("She came and they left") == ("she", "came", "and", "they", "left")
    assert fold("I came and I left") == ("i", "came", "and", "left")
    # "it" and "you" are objects as often as subjects: kept.
    assert fold("It broke and it sank") == ("it", "broke", "and", "it", "sank")


def test_a_cut_that_starts_at_the_repeated_pronoun_is_still_a_cut() -> None:
    whole = "We found the leak on Monday, and we expect the pumps to run again by Friday night."
    assert _verdicts(whole, "we expect the pumps to run again by Friday night") == [Verdict.AGREE]
