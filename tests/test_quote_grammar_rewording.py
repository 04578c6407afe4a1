"""A witnessed quote reworded in its grammar alone, every content word of one version kept in order but
no run of three words in a row, is the statement altered; two sentences sharing a few words are not."""

from __future__ import annotations

from sourcediff.quotevariants import altered
from sourcediff.values import QuoteValue


def _q(text: str) -> QuoteValue:
    return QuoteValue(text, text.lower())


def test_function_words_changed_around_every_content_word_is_a_rewording() -> None:
    original = _q("This is a council that will mend roads, not promises")
    reworded = _q("This will be a council of roads, not of promises")
    assert altered(original, reworded, witnessed=True)
    assert altered(_q("Our new hospital will be judged by its patients, not its budgets"),
                   _q("The new hospital is to be judged on patients and not on budgets"), witnessed=True)


def test_two_sentences_sharing_a_few_words_are_not_one_statement() -> None:
    first = _q("This is a council that will mend roads, not promises")
    second = _q("The council will publish its plan for the roads in the spring")
    assert not altered(first, second, witnessed=True)


def test_an_unwitnessed_grammar_rewording_is_left_alone() -> None:
    original = _q("This is a council that will mend roads, not promises")
    reworded = _q("This will be a council of roads, not of promises")
    assert not altered(original, reworded, witnessed=False)
