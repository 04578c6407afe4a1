"""A part counted out of a whole named first: "Of the 46 staff at the three pools, 31 will move".

A sentence that opens "Of the N nouns ..., M ..." counts M of those nouns:
the whole and its noun come first, the part after the comma. The part
readers look for the whole after the part ("31 of the 46 staff":
numbercontext.part_of_whole_after), for a pronoun after it ("31 of them":
_partitive) or for a plural before the comma ("Staff, 31 of whom":
relativeparts); a fronted whole left the part with no noun, and a bare
count with none is dropped, so a figure only one outlet gives never became
its unique fact. The part counts the whole's noun, as a part (PART), never
as the whole: it is no rival of another outlet's 46.
"""

from __future__ import annotations

from sourcediff.extract.amounts import STOP_WORDS, Amount, is_noise, left_match, singular
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import PART
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# "Of the 46 staff at the three pools, " right before the part: the sentence's opening "Of" and a
# determiner, the whole's figure (digits or a number word), its noun, a short qualifier with no comma
# or stop, the comma, and a hedge the part may carry ("Of the 90 flats, about 60 ...").
_FRONTED_WHOLE = regex(
    r"\bOf\s+(?:the|its|their|these|those|our)\s+(?P<whole>\d[\d,]*|[a-z]+)\s+(?P<noun>[a-z][a-z'’-]*[a-z])"
    r"\b[^,.;:!?()\n]{0,60},\s+(?:(?:about|around|some|roughly|nearly|almost|just|only|more\s+than"
    r"|fewer\s+than|at\s+least)\s+)?$")
# Number words a fronted whole may be written in ("Of the twelve riders, nine ...").
_NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen"})
_REACH = 140
# What may stand right before the opening "Of": the start of the text, or a sentence's or line's end.
_SENTENCE_END = frozenset(".!?:;\n")


def fronted_part(text: str, a: Amount) -> Found | None:
    """ "Of the 46 staff at the three pools, 31 will move": 31 counts staff, as a part of them.

    Only a sentence that opens with the "Of the N noun" phrase, a whole
    written as a figure, and a part right after its comma; a figure with a
    currency, a year, a range or a vague word is left alone.
    """
    if a.currency is not None or a.year_like or a.vague or a.high is not None or is_noise(text, a):
        return None
    found = left_match(_FRONTED_WHOLE, text, a.start, _REACH)
    if found is None:
        return None
    opening = text[:found.start()].rstrip()
    if opening and opening[-1] not in _SENTENCE_END and not opening.endswith(("\u201d", '"')):
        return None
    whole, noun = found["whole"], found["noun"].lower()
    if not (whole[0].isdigit() or whole in _NUMBER_WORDS) or noun in STOP_WORDS:
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (singular(noun), PART))
