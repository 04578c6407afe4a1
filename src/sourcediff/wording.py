"""House-style folding of quoted words: the same words as different outlets print them.

Outlets reprint one quotation in their own house style: "aren't" or "are
not", "realised" or "realized", "neighbourhood" or "neighborhood", "11th
hour" or "eleventh-hour", "6 p.m." or "6:00 p.m.", "9:12pm PST" or "21:12"
(`_clocks_folded`), "£2.25" or "2.25 pounds" (`_currency_spelled`), "Amazon.com" or "Amazon",
an editor's insertion in brackets ("her [Tara's] family"), scare quotes
inside the quote; and, when the words differ only there, a repeated subject
pronoun after "and" ("I heard it and I left" or "I heard it and left",
`without_repeated_subjects`). None of that
changes what the speaker said, so quotations are compared on words folded
this way; a changed word ("shocked" for "saddened") still differs.
"""

from __future__ import annotations

import functools
import re

from sourcediff.regexcache import regex
from sourcediff.text import words

# A sum written with its currency sign: "£2.25", "$5 million", "€4bn". Wires spell the currency out inside a
# quote ("a cap of 2.25 pounds"), others keep the sign ("a cap of £2.25"): the same words spoken.
_SIGNED_SUM = regex(r"([£$€])(\d[\d,.]*\d|\d)(\s?(?:million|billion|trillion|m|bn|k)\b)?")
_CURRENCY_WORDS = {"£": "pounds", "$": "dollars", "€": "euros"}
# An editor's insertion: "(Tara Reid)", "[the company]".
_INSERTION = regex(r"\([^()]{0,60}\)|\[[^\[\]]{0,60}\]")
# Contractions to their long forms. "'s" is possessive or "is", so it is left alone except after a
# pronoun that has no possessive in "'s" ("it's" is "it is", never "its"; "that's", "he's" likewise):
# a tabloid's "it's mine" against the wire's "it is mine" is house style, not a reworded quote.
_CONTRACTIONS = (
    (regex(r"\b(it|that|there|here|what|who|where|he|she)'s\b", re.IGNORECASE), r"\1 is"),
    (regex(r"\blet's\b", re.IGNORECASE), "let us"),
    (regex(r"\bcan't\b"), "can not"), (regex(r"\bcannot\b"), "can not"),
    (regex(r"\bwon't\b"), "will not"), (regex(r"\bshan't\b"), "shall not"),
    (regex(r"n't\b"), " not"), (regex(r"'re\b"), " are"), (regex(r"'m\b"), " am"),
    (regex(r"'ve\b"), " have"), (regex(r"'ll\b"), " will"),
)
# British spellings to American ones, as word endings: realise(d), neighbour(hood), centre.
_SPELLINGS = (
    (regex(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (regex(r"(?<=[a-z]{3})our(s|ed|ing|hood|hoods|ite|ites|able)?$"), r"or\1"),
    (regex(r"(?<=[a-z]{3})tre(s)?$"), r"ter\1"),
    (regex(r"(?<=[a-z]{3})ogue(s)?$"), r"og\1"),
)
_ORDINALS = dict(zip(
    "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th".split(),
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), strict=True))
# ":00" of a whole hour ("6:00 p.m." is "6 p.m.").
_WHOLE_HOUR = regex(r"(?<=\d):00\b")
# A web suffix on a site's name ("Amazon.com" is "Amazon"): outlets print the brand either way.
_WEB_SUFFIX = regex(r"(?<=[A-Za-z])\.(?:com|net|org)\b")
# A clock time in a quotation, on the 12-hour clock ("9:12pm", "9.12 p.m.") or the 24-hour one ("21:12"),
# with the zone an outlet may print after it ("PST", "GMT", "ET").
_ZONE_AFTER = r"(?:\s+(?:[ecmp][sd]t|[ecmp]t|gmt|utc|bst|cest|cet|ae[sd]t))?\b"
_TWELVE_HOUR_CLOCK = regex(r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])\.?m\b\.?"
                           + _ZONE_AFTER, re.IGNORECASE)
_DAY_CLOCK = regex(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b" + _ZONE_AFTER, re.IGNORECASE)


def _clocks_folded(text: str) -> str:
    """``text`` with each clock as the 24-hour clock writes it, its zone dropped: "9:12pm PST" is "21:12".

    Outlets reprint a statement's clock in their own notation: an American wire's "the pump failed
    at 9:12pm PST" is a British paper's "the pump failed at 21:12". The moment is the same, and so are the
    words spoken; the zone is the outlet's gloss for its readers (the time itself is judged as a clock
    fact of its own). A whole hour loses its ":00", as ``_WHOLE_HOUR`` does.
    """
    def twelve(m: re.Match[str]) -> str:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
        return _clock(hour, m["m"])

    def day(m: re.Match[str]) -> str:
        return _clock(int(m["h"]), m["m"])
    return _DAY_CLOCK.sub(day, _TWELVE_HOUR_CLOCK.sub(twelve, text))


def _clock(hour: int, minute: str | None) -> str:
    return f"{hour}:{minute}" if minute and minute != "00" else f"{hour}"


@functools.lru_cache(maxsize=16384)
def styled_words(text: str) -> tuple[str, ...]:
    """The words of a quotation with house style folded away (see the module doc).

    Memoized: the judge compares each quotation with many others, and one
    story reprints the same quotation in every source.
    """
    text = _WEB_SUFFIX.sub("", _WHOLE_HOUR.sub("", _INSERTION.sub(" ", text.replace("’", "'"))))
    if any(ch.isdigit() for ch in text):
        text = _currency_spelled(_clocks_folded(text))
    return tuple(part for word in words(text) for part in _styled_word(word))


# Subject-only pronouns (never an object: "it" and "you" are both) and the conjunctions that join two
# clauses of one subject, which outlets print with the subject repeated or left out.
_SUBJECTS = frozenset("i we he she they".split())
_CLAUSE_JOINS = frozenset("and but or then".split())


def without_repeated_subjects(ws: tuple[str, ...]) -> tuple[str, ...]:
    """``ws`` without a subject pronoun that repeats an earlier one right after "and", "but", "or", "then".

    "Then I heard my name and I sat down" and "... and sat down" are the
    same words spoken: one outlet prints the repeated "I", another leaves it
    out, and no reader would call the quote altered. Only a pronoun the
    quote already used is dropped ("She came and they left" keeps "they").
    """
    out: list[str] = []
    for i, w in enumerate(ws):
        if w in _SUBJECTS and i and ws[i - 1] in _CLAUSE_JOINS and w in ws[:i - 1]:
            continue
        out.append(w)
    return tuple(out)


def _currency_spelled(text: str) -> str:
    """``text`` with each sum's currency sign written out after it, as a wire prints it inside a quote.

    "£2.25" becomes "2.25 pounds" and "$5 million" "5 million dollars", so
    "a cap of £2.25 still saves" and "a cap of 2.25 pounds still saves" are
    one run of words. A spelled-out "38m pounds" is "38 million pounds"
    to a reader, but the words are left as written: only the sign moves.
    """
    return _SIGNED_SUM.sub(lambda m: f"{m.group(2)}{m.group(3) or ''} {_CURRENCY_WORDS[m.group(1)]}", text)


@functools.lru_cache(maxsize=65536)
def _styled_word(word: str) -> tuple[str, ...]:
    """One word folded (a contraction may become two); memoized, as a story's vocabulary is small."""
    for pattern, long in _CONTRACTIONS:
        word = pattern.sub(long, word)
    out: list[str] = []
    for part in re.split(r"[\s\-']+", word):
        if not part:
            continue
        out.append(american(_ORDINALS.get(part, part)))
    return tuple(out)


@functools.lru_cache(maxsize=16384)
def american(word: str) -> str:
    """A lower-case word's British spelling as the American one ("theatres" -> "theaters"), else the word.

    Outlets on both sides of the Atlantic name one thing: "4,412 theaters"
    and "4,421 theatres" count the same screens, and quotations reprinted
    in either spelling are the same words.
    """
    for pattern, spelled in _SPELLINGS:
        word = pattern.sub(spelled, word)
    return word
