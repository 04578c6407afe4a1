"""Bare figures of a ranking by name: "Norland (412), Ostmark (390)", "followed by Ostmark with 390".

Reports of a count broken down by region, club or company give each part as a
bare figure next to the part's name: in brackets ("Norland (412), Ostmark
(390) and Vale (201)"), after "with" ("Ostmark comes second with 390",
"followed by Ostmark with 390 and Vale with 201"), or apposed to a superlative
("Norland has the most wolves, 412, ..."). numbers.py emits a plain count only
with the noun it counts, so these figures were dropped and an outlet that
gives one region's figure differently stated nothing another could
contradict. Here such a figure is read as a count of the noun the sentence
(or the count just before it) names, if any, and always with a cue naming the
part it belongs to (``NAMED_PREFIX`` + the name), so that two regions' figures
are never rivals (compat.same_thing) while one region's figure meets the same
region's figure in another outlet.
"""

from __future__ import annotations

from sourcediff.extract.amounts import Amount, left_match, singular
from sourcediff.extract.numberbase import Found
from sourcediff.extract.roles import MARGIN, ROLE_PREFIX
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# The cue of the part a figure is given for: "named:ostmark".
NAMED_PREFIX = "named:"



def names(cues: tuple[str, ...]) -> frozenset[str]:
    """The names a figure is given for (its ``NAMED_PREFIX`` cues): one runner's place, one region's count."""
    return frozenset(c for c in cues if c.startswith(NAMED_PREFIX))


# How far before a figure the count that names its noun may stand, inside one sentence.
_REACH = 120

_NAME = r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2})"
# "Ostmark (390": the figure alone in brackets right after a name.
_BRACKETED_BEFORE = regex(_NAME + r" \($")
# After it: the next item, the end of the clause, or the list's verb ("... and Vale (201) hold"), never a
# preposition that makes the bracket a label ("Section (3) of the act").
_BRACKETED_AFTER = regex(r"\)(?:[,;.]|\s+and\b|\s+(?!(?:of|in|on|at|to|for|from|by)\b)[a-z]+\b)")
# "Ostmark with 390", "Ostmark comes second with 390": a name, at most three lower-case words, "with".
_WITH_BEFORE = regex(_NAME + r"(?:(?: [a-z]+){1,3})?,? with $")
# "has the most wolves, 412": the figure apposed to a superlative's plural noun.
_SUPERLATIVE_BEFORE = regex(
    r"\b(?:the )?(?:most|fewest|(?:largest|highest|smallest|lowest) number of) (?P<noun>[a-z]+s), $")
# "recorded the fewest, at 290", "had the highest, with 2,380": the figure given "at" or "with" after a
# superlative that leaves its noun to the count before (regional breakdowns of one count).
_SUPERLATIVE_AT_BEFORE = regex(
    r"\bthe (?:most|fewest|least|highest|lowest|largest|smallest|biggest)"
    r"(?: (?:number|total|count|share))?(?: (?P<noun>[a-z]+s))?,? (?:at|with) $")
# Where a clause ends inside a sentence, for the subject of an apposed superlative: "Corrivale saw the
# steepest rise, with 1,140, while the Northern Fells recorded the fewest": the Northern Fells'.
_CLAUSE_BREAK = regex(r"[.;!?]\s|,\s+(?:while|whereas|but|and)\s")
# A results line: a contest's label, a colon, then names each with its bare figure ("Round one: Ostmark
# 41, Vale 29, Port Dunmore 22."). The label must name a contest, so a fleet's "Boeing 737, Airbus 320" or
# a list of roads ("Route 66, Highway 1") after another label stays unread.
_RESULT_NAME = r"[A-Z][a-z][\w'’-]*(?: (?:of |de )?[A-Z][a-z][\w'’-]*){0,2}"
# A recount's line is a count's ("Recount: Ostmark 41,372; Vale 41,229"), and a label may date its
# count in brackets ("First count (8 October): ..."); a line may part its items with semicolons.
_RESULTS_LINE_BEFORE = regex(
    r"\b(?i:round|ballot|vote|votes|voting|result|results|score|scores|final|tally|count|recount|run-?off|"
    r"poll|half[- ]time|full[- ]time)(?: [\w-]+){0,2}(?: \([^()\n]{1,30}\))?: "
    r"(?:" + _RESULT_NAME + r" \d[\d,]{0,6}(?:, (?:and )?| and |; ))*"
    r"(?P<name>" + _RESULT_NAME + r") $")
# "29 for Vale": a bare figure given for a name after the count whose noun it shares ("gave Ostmark 41
# votes against 29 for Vale and 22 for Port Dunmore").
_FOR_AFTER = regex(r" for (?P<name>" + _RESULT_NAME + r")(?=[,;.]|\s+and\b|\s*$)")
# What may follow a figure given after "with" or apposed: the end of the clause or the next item.
_CLAUSE_END_AFTER = regex(r"(?:[,;.)]|\s+and\b|\s*$)")
# The subject before an apposed superlative: the first name of the clause ("Norland state has ...").
_SUBJECT = regex(_NAME + r"\b")
# Capitalised words that open a sentence without naming anything.
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Their", "Then",
                        "But", "And", "With", "In", "On", "At", "By", "Of", "For", "From", "After",
                        "Before", "While", "Followed"})


def named_figure(text: str, a: Amount, previous: Found | None, before: Found | None) -> Found | None:
    """The bare figure ``a`` as a count given for a name, or None when it is not one (see module doc).

    ``previous`` is the last figure read in this passage and ``before`` the
    count of the sentence just before: either may name the noun ("Norland
    has 412 wolves. Ostmark comes second with 390.").
    """
    if (a.currency is not None or a.year_like or a.vague or a.high is not None or a.spelled
            or a.scaled or a.start != a.num_start):
        return None
    name, noun = _name_and_noun(text, a)
    if name is None or name.split()[0] in _NOT_NAMES:
        return None
    cues = _noun_cues(text, a, noun, previous, before)
    if not cues and _FOR_AFTER.match(text, a.num_end):
        return None  # "12 years, and 3 for Smith": a figure "for" a name counts the noun before it or nothing
    value = Quantity(a.low, None, a.qualifier, None)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count",
                 (*cues, NAMED_PREFIX + name.lower()))


def _name_and_noun(text: str, a: Amount) -> tuple[str | None, str | None]:
    """The name a figure is given for and, for an apposed superlative, the noun it counts."""
    m = left_match(_BRACKETED_BEFORE, text, a.start, 60)
    if m is not None and _BRACKETED_AFTER.match(text, a.num_end):
        return m["name"], None
    m = _FOR_AFTER.match(text, a.num_end)
    if m is not None:
        return m["name"], None
    if not _CLAUSE_END_AFTER.match(text, a.num_end):
        return None, None
    m = left_match(_RESULTS_LINE_BEFORE, text, a.start, 160)
    if m is not None:
        return m["name"], None
    m = left_match(_WITH_BEFORE, text, a.start, 60)
    if m is not None:
        return m["name"], None
    m = (left_match(_SUPERLATIVE_BEFORE, text, a.start, 60)
         or left_match(_SUPERLATIVE_AT_BEFORE, text, a.start, 60))
    if m is None:
        return None, None
    clause = _CLAUSE_BREAK.split(text[:m.start()])[-1]
    names = (_without_opener(s["name"]) for s in _SUBJECT.finditer(clause))
    return next((n for n in names if n), None), m["noun"]


def _without_opener(name: str) -> str | None:
    """A clause's capitalised words without an opening word that names nothing ("The Harbour Party" is
    "Harbour Party"); None when nothing is left ("The", "But")."""
    words = name.split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    return " ".join(words) or None


def _noun_cues(text: str, a: Amount, noun: str | None, previous: Found | None,
               before: Found | None) -> tuple[str, ...]:
    """What the figure counts: its own noun, else that of the count before it (this sentence or the last)."""
    if noun is not None:
        return (singular(noun),)
    if (previous is not None and previous.slot == "number:count" and a.start - previous.end <= _REACH
            and not any(c in ".!?" for c in text[previous.end:a.start])):
        return _plain(previous.cues)
    if before is not None and not text[:a.start].count(". "):
        return _plain(before.cues)
    return ()


def _plain(cues: tuple[str, ...]) -> tuple[str, ...]:
    """A count's cues without the name it was given for: the next item names its own; a margin lends none."""
    return tuple(c for c in cues if not c.startswith(NAMED_PREFIX) and not c.startswith(ROLE_PREFIX)
                 and c != MARGIN)

