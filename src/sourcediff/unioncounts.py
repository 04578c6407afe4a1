"""A count of a union: its noun phrase joins two nouns, so it counts neither of them alone.

"Power went off in 61,000 households and businesses" counts more than
households: against another outlet's "52,000 households" it is no rival,
the two figures count different sets. The claim's consensus
(divergeconsensus) and the story-wide count rule (divergestorycounts) both
leave such a count out, so both read the union here.

A noun joined to another by "and", "or", "plus" right after the figure
("420 passengers and crew"), not a list of two counts ("340 firefighters
and 18 aircraft") nor two clauses ("420 jobs and will close"). The claim's
consensus weighs counts the aligner already put in one claim and reads any
such join after the figure (`joined_noun`). The story-wide rule weighs
counts from anywhere in the story, so it asks more (`union_count`): the
conjunction follows the counted noun itself, not a phrase after it ("14
stations between Harbourside and Millbrook Airport" counts stations), and
the second word is not a verb taking an object ("14 stations and links the
district with the airport").

An "including" clause is no union: it names members of the counted set
("15 stations, including an interchange with Line 2", "92 recommendations,
including round-the-clock consultant cover"), whatever noun it uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sourcediff.countnouns import count_stems
from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.terms import stem

# The noun after a count joined to another by "and", "or", "plus" ("420 passengers and crew"): a union.
# Not when a figure follows the conjunction ("340 firefighters and 18 aircraft"): a list of two counts,
# each of its own noun. Nor when a preposition, a verb or a pronoun does ("2.3 million riders and for
# failing to report", "420 jobs and will close"), nor a present participle ("1,230 flights and
# disrupting the plans of", "620 jobs and closing two plants"): the conjunction joins clauses, not nouns.
_JOINED_NOUN_AFTER = regex(
    r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?:and|or|plus|&)\s+"
    r"(?!(?:some|about|around|nearly|more\s+than|at\s+least|over)?\s*(?:\d|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|thousands)\b))"
    r"(?!(?:for|to|from|with|by|at|on|in|into|of|that|which|who|then|also|was|were|is|are|has|have|had|will|"
    r"would|could|may|might|it|they|he|she|we|this|these|those)\b)(?![a-z]{2,}ing\b)", re.IGNORECASE)
# The word after the conjunction, when a determiner follows it: a verb and its object ("and links the
# district"), not a second noun ("and businesses lost power").
_VERB_WITH_OBJECT = regex(r"[\w-]+\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b",
                          re.IGNORECASE)
# A determiner right after the conjunction: a second thing named apart, not a second counted set
# ("21 wards and a helipad on the roof" counts wards; "households and businesses" is a union).
_DETERMINER_NEXT = regex(r"(?:the|a|an|its|their|his|her|our|this|that|these|those)\b", re.IGNORECASE)


def joined_noun(m: Mention, texts: Mapping[str, str]) -> bool:
    """True when the count's noun is joined to another by "and", "or", "plus": a union of two things."""
    text = texts.get(m.source)
    return text is not None and _JOINED_NOUN_AFTER.match(text, m.span.end) is not None


def union_count(m: Mention, texts: Mapping[str, str]) -> bool:
    """True when the counted noun itself is joined to a second noun: "61,000 households and businesses"."""
    text = texts.get(m.source)
    hit = _JOINED_NOUN_AFTER.match(text, m.span.end) if text is not None else None
    if hit is None or stem(hit["noun"].lower()) not in count_stems(m):
        return False
    return (text is not None and _VERB_WITH_OBJECT.match(text, hit.end()) is None
            and _DETERMINER_NEXT.match(text, hit.end()) is None)


__all__ = ["joined_noun", "union_count"]
