"""The step of a story a date or a clock time is told of: found, arrested, charged, convicted, sentenced.

A crime or court story dates many steps of one case: the bodies were found on
Saturday, the suspect was charged on Sunday, he appeared in court on Monday,
a jury convicted him on a Thursday and he was sentenced the next Tuesday. Two
outlets' sentences about the case share the defendant, the charge and the
court, so the aligner and the words around the values put "was sentenced on
Tuesday" beside "a jury convicted him on Thursday", and two correct dates were
reported as a divergence. The verb of the value's own clause says which step
it dates. Two values whose clauses each name steps, and no step in common, date
two steps: never rivals. A clause that names no step, or a step both clauses
name ("was arrested and charged on Monday" against "was charged on Tuesday"),
decides nothing, so a planted rival date of one step still diverges.

The same holds for the moments of one evening: "the march set off at 8pm"
and "the crowd had dispersed by 10.30pm" time its start and its end.

Only steps any such story has one of are named (`STEPS`); verbs that name many
events of a story ("said", "told", "arrived") are left out.

An announced intention is a step of its own that the other clause need not
name: "on 2 March the ministry announced its plan to scrap the levy" dates the
announcement, and "the levy was scrapped on Tuesday" dates the act; a story
that follows a decision through often carries both. A date whose clause
announces an intention is never the rival of a date whose clause does not;
two announcement dates ("announced its plan on 2 March" against "on 3 March")
still contradict.
"""

from __future__ import annotations

import re

from sourcediff.evidence import _ends
from sourcediff.extract.cues import NON_ASCII_WORD
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

# "found ... guilty" is a verdict, not a discovery: up to this many words between.
_GUILTY = r"(?:[\w'’.-]+\s+){0,6}?(?:not\s+)?guilty\b"

# The step of an announced intention: unlike the others, it parts two dates alone (`steps_differ`).
INTENTION = "intention"

# Each step, named by the words that say it happened. Matched in the value's clause (`_clause`).
STEPS: dict[str, re.Pattern[str]] = {
    # someone or something found: "the bodies were found", "discovered the wreck"
    "discovery": regex(rf"\b(?:found|discovered)\b(?!\s+{_GUILTY})", re.IGNORECASE),
    "arrest": regex(r"\barrest(?:ed|s)?\b|\bdetained\b|\btaken\s+into\s+custody\b", re.IGNORECASE),
    "charge": regex(r"\bcharged\b|\bindicted\b|\bindictment\b", re.IGNORECASE),
    # a hearing or an appearance in court, not the verdict or sentence given there
    "hearing": regex(r"\bhearings?\b|\barraign(?:ed|ment)\b"
                     r"|\bappear(?:ed|s|ing|ance)?\s+(?:in|at|before)\s+(?:[\w'’-]+\s+){0,3}?court\b",
                     re.IGNORECASE),
    "verdict": regex(rf"\bconvicted\b|\bconviction\b|\bacquitted\b|\bfound\s+{_GUILTY}|\bverdict\b",
                     re.IGNORECASE),
    "plea": regex(r"\b(?:pleaded|pled)\s+(?:not\s+)?guilty\b", re.IGNORECASE),
    "sentencing": regex(r"\bsentenced\b|\bsentencing\b", re.IGNORECASE),
    # an event's start and its end: "the protest began", "the crowd dispersed"
    "start": regex(r"\b(?:began|begun|started|set\s+off|got\s+under\s*way)\b", re.IGNORECASE),
    "end": regex(r"\b(?:dispersed|ended|broke\s+up|was\s+over|were\s+over)\b", re.IGNORECASE),
    # an intention announced, not the act: "announced its intention to", "unveiled their plans to"
    INTENTION: regex(r"\b(?:announc(?:ed|es|ing)|declared|unveiled|signall?ed|set\s+out)\s+"
                     r"(?:its|their|his|her|the|an?)\s+(?:[\w'’-]+\s+)?(?:intention|intent|plans?)\s+to\b",
                     re.IGNORECASE),
}

# For each step, lower-case words one of which every match of its pattern holds: a clause without any
# cannot name the step, and a substring search rules it out far cheaper than the case-insensitive pattern,
# which tries its alternation at every word of the clause (tests/test_seed_overheads.py holds the two equal).
STEP_WORDS: dict[str, tuple[str, ...]] = {
    "discovery": ("found", "discovered"),
    "arrest": ("arrest", "detained", "custody"),
    "charge": ("charged", "indict"),
    "hearing": ("hearing", "arraign", "appear"),
    "verdict": ("convict", "acquitted", "found", "verdict"),
    "plea": ("pleaded", "pled"),
    "sentencing": ("sentenc",),
    "start": ("began", "begun", "started", "set", "got"),
    "end": ("dispersed", "ended", "broke", "over"),
    INTENTION: ("intent", "plan"),
}

# What ends a clause inside a sentence: another clause with a step of its own follows ("began at 8.30pm but
# the crowd was dispersed", "was sentenced on Tuesday following his conviction").
_CLAUSE_BREAK = regex(r";|\s[-–—]\s|\b(?:but|while|whereas|although|after|before|until|since|when|following"
                      r"|prior\s+to)\b", re.IGNORECASE)
# How far from a value its clause is read, in characters.
_REACH = 160


def _clause(text: str, m: Mention) -> str:
    """The words of the value's own clause: its sentence, cut at the clause breaks around the value."""
    start = max(0, m.span.start - _REACH)
    before = text[start:m.span.start]
    cuts = _ends(before)
    before = before[cuts[-1]:] if cuts else before
    before = before.rsplit("\n", 1)[-1]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    before = before[breaks[-1].end():] if breaks else before
    after = text[m.span.end:m.span.end + _REACH]
    cuts = _ends(after)
    after = after[:cuts[0]] if cuts else after
    after = after.split("\n", 1)[0]
    found = _CLAUSE_BREAK.search(after)
    after = after[:found.start()] if found else after
    return before + " " + after


def steps_of(text: str, m: Mention) -> frozenset[str]:
    """The steps the clause of a date or a clock time names; empty for other kinds and for no step."""
    if m.kind not in (Kind.DATE, Kind.TIME):
        return frozenset()
    return clause_steps(_clause(text, m))


def clause_steps(clause: str) -> frozenset[str]:
    """The steps one clause names (`STEPS`).

    Only the steps whose `STEP_WORDS` the clause holds are searched for. The
    lower-cased clause answers for the case-insensitive patterns when no
    letter or digit in it is outside ASCII (typographic quotes and dashes
    are neither, as in `cues.Cues.lower`); otherwise the engine may also
    equate such a letter with one of theirs (the long s with "s"), so every
    pattern runs.
    """
    if not clause.isascii() and NON_ASCII_WORD.search(clause) is not None:
        return frozenset(name for name, pattern in STEPS.items() if pattern.search(clause))
    lower = clause.lower()
    return frozenset(name for name, pattern in STEPS.items()
                     if any(map(lower.__contains__, STEP_WORDS[name])) and pattern.search(clause))


def steps_differ(a: Mention, b: Mention, texts: dict[str, str]) -> bool:
    """True when both values' clauses name steps of the story, and no step in common: two steps' times.

    Also when one clause announces an intention and the other does not: the
    day a plan was announced against the day of the act (`INTENTION`).
    """
    sa = steps_of(texts[a.source], a)
    sb = steps_of(texts[b.source], b)
    if (INTENTION in sa) != (INTENTION in sb):
        return True
    return bool(sa) and bool(sb) and sa.isdisjoint(sb)
