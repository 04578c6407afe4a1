"""A witnessed rewording that keeps the speaker's content words with a changed ending ("come" printed as
"comes") keeps them: the own words are read stemmed, as the run already is; unrelated sentences are not."""

from __future__ import annotations

from sourcediff.quotevariants import altered
from sourcediff.values import QuoteValue


def _q(text: str) -> QuoteValue:
    return QuoteValue(text, text.lower())


def test_a_content_word_with_another_ending_is_still_kept() -> None:
    original = _q("Half my stock arrives on the morning bus")
    reworded = _q("Half of what is in my stock arrive on that ferry")
    assert altered(original, reworded, witnessed=True)


def test_sentences_sharing_only_stems_of_one_word_stay_apart() -> None:
    first = _q("Half my stock arrives on the morning bus")
    second = _q("The bus arrived late and the driver apologised to everyone")
    assert not altered(first, second, witnessed=True)


def test_an_unwitnessed_rewording_is_not_read_stemmed() -> None:
    original = _q("Half my stock arrives on the morning bus")
    reworded = _q("Half of what is in my stock arrive on that ferry")
    assert not altered(original, reworded, witnessed=False)
