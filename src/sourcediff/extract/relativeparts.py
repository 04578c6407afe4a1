"""A part counted out of a plural noun with no figure: "Season pass holders, around 600 of whom live nearby".

"N of whom" / "N of which" is read through the count before it
(numbercontext._partitive: "340 were injured, 85 of them seriously"). When
the noun phrase it points back to states no figure ("The protesters, about
200 of whom were students"), the part counted nothing and was dropped, so a
figure only one outlet gives never became its unique fact. The relative
pronoun right after the figure and the comma right before it (a hedge word
between) tie the figure to the plural noun before the comma: the part counts
that noun's things, as a part (PART), never as their whole.
"""

from __future__ import annotations

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import STOP_WORDS, Amount, is_noise, is_plural, left_match, singular
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import PART
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# The plural noun ending the phrase before the comma, and the hedge the figure may carry after it
# ("holders, around 600", "protesters, more than 200").
_NOUN_COMMA = regex(
    r"\b(?P<word>[a-z][a-z'’-]*[a-z])\s*,\s+(?:(?:about|around|some|roughly|nearly|almost|approximately"
    r"|over|under|more\s+than|fewer\s+than|less\s+than|up\s+to|at\s+least)\s+)?$")
_REACH = 64


def relative_part(text: str, a: Amount) -> Found | None:
    """ "Residents, 40 of whom had been evacuated": 40 counts residents, as a part of them.

    Only "of whom" / "of which" right after the figure and a lower-case
    plural noun right before the comma count; a figure with a currency, a
    year, a range or a vague word is left alone.
    """
    rel = P.NUM_PARTITIVE_AFTER.match(text, a.num_end)
    if (rel is None or rel.group(0).split()[-1].lower() not in ("whom", "which") or a.currency is not None
            or a.year_like or a.vague or a.high is not None or is_noise(text, a)):
        return None
    noun = left_match(_NOUN_COMMA, text, a.start, _REACH)
    if noun is None:
        return None
    word = noun["word"]
    if word in STOP_WORDS or not is_plural(word):
        return None
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", (singular(word), PART))
