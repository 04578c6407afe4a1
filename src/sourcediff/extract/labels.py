"""Figures in fact boxes and tables: "Ambulances diverted on day one: 41.", "- Deaths: 12", "Injured — 41".

Trade sites, explainers and press releases list their figures under a
label instead of in a sentence, so the figure has no noun after it and the
count reader (numbers.py) finds nothing it counts. The label says what it
counts: its first plural noun ("ambulances", "appointments") is the count's
noun and a role word in it ("Deaths", "Injured") its role, so "Ambulances
diverted on day one: 41" meets another source's "37 ambulances were
diverted" as the same count.

Only a label that starts its line (after a list bullet), is a few words of
letters and names something counted is read, and only a figure that ends
the line's value: "Kick-off: 19:45" (a clock), "Score: 2-1" and "Ratio: 3 to
1" (pairs of figures), "Page: 12" and "Verse: 16" (no plural noun, so a
label of one thing), "He said: 41" (a speaker, not a label) stay unread.
"""

from __future__ import annotations

import re

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import STOP_WORDS, Amount, is_plural, singular
from sourcediff.extract.roles import NOUN_ROLES, ROLE_WORDS, role_cue
from sourcediff.regexcache import regex

# The most words a label holds; a longer run before a colon is a sentence introducing the figure.
_MAX_WORDS = 7
# Words that make the text before a colon an attribution or a sentence, never a label.
_NOT_LABEL_WORDS = frozenset(
    "said says say told tells added adds announced announces confirmed confirms reported reports stated "
    "states wrote writes according insisted warned explained i we he she they you it his her our their my "
    "your its".split())
# Verbs of saying that, right after a word naming what is counted, are a passive participle in a box's
# label ("Deaths reported: 7", "Arrests confirmed: 12", "Injuries reported: 23"), not a speaker's verb
# ("Police reported: 7"): what is counted is no speaker. Only after the role words that name counted
# events, never after people who could speak ("Evacuees reported", "Workers confirmed").
_REPORTED_AFTER = frozenset("reported confirmed".split())
_EVENT_ROLE_WORDS = frozenset(
    "death deaths fatality fatalities mortalities injuries arrests toll objections".split())
# Head nouns that make the figure under a label a measure or a reference rather than a count of things
# ("Years in office: 12", "Points: 40", "Pages: 320"), singular: left to the readers of measures.
_MEASURE_HEADS = frozenset(
    "year month week day hour minute second decade point page section article chapter rule clause "
    "paragraph verse line".split())
# Words that make the figure a ratio, a score, a rank or an identifier wherever they stand in the label
# ("Ratio of nurses to beds: 1 to 4", "Final score: 2", "Lots: 5312-5329", "Batch codes: 2210", "Ayes:
# 312"): another figure is implied (a division's other side: tallies.listed_divisions), the figure is a
# place in an order, or it names things rather than counts them.
_NOT_COUNT_WORDS = frozenset(
    "ratio ratios odds score scores rate rates result results split margin tally rank ranking record "
    "percent percentage share lot lots code codes batch batches serial serials id ids model models "
    "version versions reference references yes ayes yeas noes nays".split())
# Singular nouns that name a count of people or things as one body ("Roll: 238", "Headcount: 620",
# "Combined membership: 4,100"): a label ending in one counts, though it holds no plural noun.
_COLLECTIVE_COUNTS = frozenset(
    "roll headcount workforce membership enrolment enrollment attendance population".split())
# Words that may follow a boxed figure within its value: "212 over the first two days", "41, down from 44".
# Those that would join it to another figure ("3 to 1", "2 of 5", "4 per day") are not among them.
_VALUE_FOLLOWERS = (STOP_WORDS - frozenset("to of per than times percent cent and or".split())) | frozenset(
    "over across through until since during within among including so far last this next yesterday "
    "today overnight".split())

# What the text before a boxed figure ends with, white space stripped, when NUM_BOX_LABEL fills it: the
# separator's colon or dash (``\s*(?::|\s[—–-]|\t)\s*``); a tab separator is white space, so it is
# looked for apart. ``str.rstrip`` strips what the pattern's ``\s`` reads (tests/test_labels.py). The
# pattern's own failure costs a try at every word of the line: 348 figures a seeds compare, one a label.
_SEPARATOR_ENDS = (":", "—", "–", "-")


def label_cues(text: str, a: Amount) -> tuple[str, ...] | None:
    """The cues a boxed figure takes from its label (its noun, its role), or None when it has no label.

    ``a`` is read already (no currency, not noise, no unit: numbers.classify
    found no count in it); this only decides whether a label before it says
    what it counts.
    """
    if a.currency is not None or a.year_like or a.vague or not _ends_value(text, a.end):
        return None
    m = _label_before(text, a.start)
    return None if m is None else _label_cues(m["label"])


def label_unit(text: str, a: Amount) -> str | None:
    """The unit a boxed figure's label opens with ("Miles driven by the vans: 38,000" -> "Miles"), or None.

    A fact box writes the unit once, in the label, and the figure bare; read
    as a count of miles it never met another outlet's "38,000 miles" (a
    measure). Only the label's first word, in the plural, as its head noun:
    "Vans on the road: 12" names no unit, and a unit further in ("Trips over
    100 miles: 12") qualifies what is counted. Call it after `label_cues`
    accepted the label.
    """
    m = _label_before(text, a.start)
    if m is None:
        return None
    first = re.split(r"[ -]", m["label"], maxsplit=1)[0]
    unit = P.NUM_UNIT_AFTER.match(" " + first)
    return first if is_plural(first.lower()) and unit is not None and unit.end() == len(first) + 1 else None


def after_label(text: str, pos: int) -> bool:
    """True when a fact-box label ends right at ``pos``: "Riders affected: " before "2.3m"."""
    return _label_before(text, pos) is not None


def _label_before(text: str, pos: int) -> re.Match[str] | None:
    """The fact-box label filling its line from the line's start up to ``pos``, if the line has one."""
    line = text.rfind("\n", 0, pos) + 1
    before = text[line:pos]
    if not before.rstrip().endswith(_SEPARATOR_ENDS) and "\t" not in before:
        return None  # the pattern's separator is not there: no label, without trying it at every word
    return P.NUM_BOX_LABEL.fullmatch(text, line, pos)


def in_label(text: str, start: int, pos: int) -> bool:
    """True when ``pos`` lies in the label of a fact-box line at ``start`` ("Files claimed stolen: 8").

    A verb of saying there ("claimed") attributes nothing: the label's noun
    is no speaker for the quote extractor to remember for a later "he said".
    """
    m = P.NUM_BOX_LABEL.match(text, start)
    return (m is not None and pos < m.end("label") and P.NUM_BOX_FIGURE.match(text, m.end()) is not None
            and _label_cues(m["label"]) is not None)


def _label_cues(label: str) -> tuple[str, ...] | None:
    """A label's count cues (its first plural noun, its role), or None when it names no counted thing."""
    words = [w.lower() for w in re.split(r"[ -]", label)]
    if len(words) > _MAX_WORDS or any(w in _NOT_LABEL_WORDS and not _participle_of_event(words, i)
                                      for i, w in enumerate(words)):
        return None
    nouns = [w for w in words if w not in STOP_WORDS and is_plural(w) and not w.endswith(("'s", "’s"))]
    if any(w in _NOT_COUNT_WORDS for w in words) or (nouns and singular(nouns[0]) in _MEASURE_HEADS):
        return None
    matches = list(P.NUM_ROLE_WORD.finditer(label))
    found = matches[0] if matches else None
    roles = [ROLE_WORDS[" ".join(w.group(0).lower().split())] for w in matches]
    role = next((r for r in roles if r not in NOUN_ROLES), roles[0] if roles else None)  # "Staff injured"
    if nouns:
        return (singular(nouns[0]), *role_cue(role))
    if found is None:
        return (words[-1],) if words[-1] in _COLLECTIVE_COUNTS else None
    # "Injured: 41", "In hospital — 3": the role's word is all the label names; it stands as the noun
    # too, so the figure is no headline's bare toll (numbers.extract drops those outside sentences).
    return (singular(found.group(0).split()[-1]), *role_cue(role))


def _participle_of_event(words: list[str], i: int) -> bool:
    """True when the label's word ``i`` is "reported" or "confirmed" right after an event's role word."""
    return i > 0 and words[i] in _REPORTED_AFTER and words[i - 1] in _EVENT_ROLE_WORDS


def _ends_value(text: str, pos: int) -> bool:
    """True when the figure ends the box's value: the line ends, punctuation, or a word no figure joins.

    A bracketed note after the figure ("Crew: 6 (two pilots, four cabin staff)", "Injured: 12 (three
    seriously)") glosses the figure the label counts; the figure still ends the value before it.
    """
    if _glossed(text, pos):
        return True
    m = P.NUM_PHRASE_END.match(text, pos)
    if m is None:
        return False
    word = (m["word"] or "").lower()
    if not word:
        return text[m.start():m.end()].strip()[:1] not in (":", "-", "–", "—")
    return word in _VALUE_FOLLOWERS


# A bracketed note that makes a box figure a part of a whole: "(of 5)", "(out of 5)", "(/5)".
_PART_NOTE = regex(r"\(\s*(?:(?:of|out\s+of|from|in)\b|/)", re.IGNORECASE)


def _glossed(text: str, pos: int) -> bool:
    """True when a bracketed note, closed on the figure's line, follows it: "12 (three seriously)".

    Not a note that makes the figure a part of a whole ("Bridges: 3 (of 5)", "3 (out of 5)", "3 (/5)"):
    that figure is no count of its own (boxfacts leaves such lines unread).
    """
    end = text.find("\n", pos)
    rest = text[pos:] if end < 0 else text[pos:end]
    note = rest.lstrip(" ")
    if not (note.startswith("(") and ")" in note):
        return False
    return _PART_NOTE.match(note) is None


__all__ = ["after_label", "in_label", "label_cues"]
