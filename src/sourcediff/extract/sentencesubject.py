"""Whether a capitalized run opens its sentence, and whether "she" or "he" speaks for it next.

Evidence that a run is a person although its given name is on no list
(entities._person_evidence): a culture's given names are too many to ship,
but a run that opens its sentence as the subject and is answered by "she
said" in the next one is somebody, and one of the commonest English words
("Red", "Royal") opens a body's name, not a person's. Kept apart from
entities.py because it reads sentences, not names, and entities.py is big.
"""

from __future__ import annotations

from functools import cache

from sourcediff.datafiles import read_data
from sourcediff.regexcache import regex

# English words this common open a body's or a thing's name ("Red Cross", "Royal Mint", "Grand Hotel"),
# and the given names among them are on the shipped list; unlisted given names are rarer than this rank.
COMMON_WORD_RANK = 1000


@cache
def _common_words() -> frozenset[str]:
    """The COMMON_WORD_RANK most frequent English words (the shipped word vectors' list is by frequency)."""
    return frozenset(read_data("word_vectors.txt").splitlines()[:COMMON_WORD_RANK])


def common_word(word: str) -> bool:
    """Whether a capitalized word is one of the commonest English words ("Red", "Royal"), so no given name."""
    return word.casefold() in _common_words()


# A sentence's start before a run: the text's start, a line break or a sentence's closing mark.
_SENTENCE_START_BEFORE = regex(r"(?:^|[.!?][\"”’]?[^\S\n]+|\n[^\S\n]*)$")
# The run is the subject: a lower-case word (its verb) follows it.
_VERB_AFTER = regex(r"[^\S\n]+[a-z]")
# The end of the run's sentence: a closing mark before white space, at most this far on.
_SENTENCE_END = regex(r"[.!?][\"”’]?\s+")
_SENTENCE_REACH = 300
# The next sentence is the run's words, said by "she" or "he": '"It was hard," she said.', 'She said ...'.
_PRONOUN_SPEAKS = regex(
    r"(?:[\"“][^\"“”\n]{1,400}?[,!?][\"”][^\S\n]+(?:she|he)|(?:She|He))[^\S\n]+"
    r"(?:said|says|told|tells|added|adds|recalled|explained|admitted|insisted)\b")


def pronoun_speaks_next(text: str, start: int, end: int) -> bool:
    """Whether a run that opens its sentence as the subject is "she" or "he" who speaks in the next one.

    "Marit Vellinga won the final. 'I cannot believe it,' she said." names a
    person however unlisted the given name: a body or a place is "it" or
    "they", never "she". Only the very next sentence counts, and only when the
    run opens its own sentence and a verb follows it, so the pronoun has no
    nearer subject to stand for.
    """
    if not opens_sentence(text, start):
        return False
    if _VERB_AFTER.match(text, end) is None:
        return False
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _SENTENCE_REACH))
    return stop is not None and _PRONOUN_SPEAKS.match(text, stop.end()) is not None


def opens_sentence(text: str, at: int) -> bool:
    """Whether a sentence starts at this offset: the text's start, a line break or a closing mark before."""
    if _SENTENCE_START_BEFORE.search(text, max(0, at - 4), at) is None:
        return False
    return _ABBREVIATION_BEFORE.search(text, max(0, at - 8), at) is None


# A short capitalized abbreviation's full stop ("Mt. Orra", "St. Albans", "Gen. Roe"): no sentence ends there.
_ABBREVIATION_BEFORE = regex(r"(?<![\w.])[A-Z][a-z]{0,3}\.[^\S\n]+$")
