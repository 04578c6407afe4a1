"""A person's age is a fact of the person: "Jane Ostler, 58," against "Ostler, 57," anywhere in two outlets.

The other divergence rules compare figures the aligner seats in one claim.
An age given beside a name ("Jane Ostler, 58,", "Ostler, aged 57", "the
58-year-old Jane Ostler") belongs to no claim of its own: one outlet writes
it in the lead, another in the last paragraph, beside a quote, and the
passages rarely align. Yet two outlets giving one named person two ages
contradict each other wherever they write it, so ages are set against each
other by the person (the person mention's canonical value, which already
joins "Ostler" to "Jane Ostler" across sources), not by the passage.

Ages change with time: when the story's dated articles span more than
half a year (a trial two years after an arrest, an anniversary piece), a
person a year or two older in the later articles is no contradiction, so
ages are compared only when the dated articles fall within one news cycle
(`NEWS_CYCLE`); undated articles do not stop the comparison.

A source that gives one person two different ages ("aged 19 when he joined,
now 58") tells a life story, not an age: it is left out. A lone unnamed age
("a 58-year-old woman") names nobody and stays with the claim rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from sourcediff.compat import compatible
from sourcediff.evidence import Evidence
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

AGE_SLOT = "number:age"
# What stands between a name and its age: "Ostler, 58", "Ostler, aged 58", "Ostler (58)", "Ostler, who is 58",
# and the appositive "Ostler, a 58-year-old from Leeds" (right after the name's comma, "a" describes that
# name; only a free-standing "a 58-year-old man" introduces somebody else).
_NAME_THEN_AGE = regex(r",[^\S\n]+(?:aged[^\S\n]+|who[^\S\n]+is[^\S\n]+|an?[^\S\n]+)?"
                       r"|[^\S\n]+(?:aged[^\S\n]+|\()")
# What stands between an age and its name: "the 58-year-old Jane Ostler".
_AGE_THEN_NAME = regex(r"[^\S\n]+")
# The words before an age that refer back to someone already named: "The 54-year-old", "Aged 54,", "she
# was 54", "when he was aged 54". "a 54-year-old man" introduces someone else and is never read so.
_REFERRING_BEFORE = regex(r"(?:\bthe|\b(?:she|he)[^\S\n]+(?:is|was)(?:[^\S\n]+aged)?|\baged)[^\S\n]+$",
                          re.IGNORECASE)
# What may follow "the 54-year-old" when it stands for the person named before: a verb, an adverb or a
# comma ("The 54-year-old previously ran", "the 54-year-old said", "The 54-year-old, who"), not a noun
# ("the 54-year-old driver" may be somebody else).
_PRONOUN_AGE_AFTER = regex(r"(?:[^\S\n]*,|[^\S\n]+(?:[a-z]+(?:ed|ly|s)|is|was|has|had|will|would|can|could"
                           r"|may|must|did|does|ran|won|took|told|made|became|began|left|led|joined|spent|went|came)\b)")
# Where a sentence begins: after a full stop, a question or exclamation mark (and a closing quote), or a line.
# A run of line breaks (the blank line between paragraphs) is one start, not one per break: counted apart,
# the empty line between two paragraphs took the place of the previous paragraph's last sentence, and "The
# 35-year-old landed ..." opening a paragraph lost the person named just before.
_SENTENCE_START = regex(r"[.!?][\"\u201d\u2019]?[^\S\n]+(?=[\"\u201c\u2018]?[A-Z])|\n\s*")
# How far back the person in focus may have been named: the age's own sentence and the one before.
_FOCUS_SENTENCES = 2
# The longest span of publication days over which an age is still one age: half a year, so that two
# articles of one news cycle compare and a follow-up a year on does not.
NEWS_CYCLE = dt.timedelta(days=183)


def _whose(age: Mention, people: Sequence[Mention], text: str) -> str | None:
    """The canonical name of the person ``age`` is given for, when a name stands right beside it."""
    for p in people:
        if p.span.end <= age.span.start and _NAME_THEN_AGE.fullmatch(text, p.span.end, age.span.start):
            return p.canonical
        if age.span.end <= p.span.start and _AGE_THEN_NAME.fullmatch(text, age.span.end, p.span.start):
            return p.canonical
    return None


def _in_focus(age: Mention, people: Sequence[Mention], text: str) -> str | None:
    """The one person an age written away from any name refers back to, if only one is in focus.

    "Maria Lindqvist was appointed on Tuesday. The 54-year-old ran ...": the
    age's sentence and the one before name one person, and the age's words
    refer back ("the", "aged", "she was"), so the age is hers. Two people
    named there, or an age that introduces someone ("a 54-year-old man"),
    attach to nobody.
    """
    before = _REFERRING_BEFORE.search(text, max(0, age.span.start - 30), age.span.start)
    if before is None:
        return None
    if before.group(0).strip().casefold() == "the" and (
            not age.raw.casefold().endswith("old") or not _PRONOUN_AGE_AFTER.match(text, age.span.end)):
        return None
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text, 0, age.span.start)]
    since = starts[max(0, len(starts) - _FOCUS_SENTENCES)]
    named = {p.canonical for p in people if since <= p.span.start and p.span.end <= age.span.start}
    return named.pop() if len(named) == 1 else None


def named_ages(ms: Sequence[Mention], texts: dict[str, str]) -> dict[str, dict[str, list[int]]]:
    """person -> source -> indexes of the ages that source gives beside that person's name."""
    people: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        if m.kind is Kind.PERSON:
            people[m.source].append(m)
    ages: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, m in enumerate(ms):
        text = texts.get(m.source)
        if m.slot != AGE_SLOT or text is None:
            continue
        # Only the people a few words around the age: a passage names many people, an age sits by one.
        near = [p for p in people[m.source] if abs(p.span.start - m.span.start) < 120]
        person = _whose(m, near, text) or _in_focus(m, people[m.source], text)
        if person is not None:
            ages[person][m.source].append(i)
    return ages


def age_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """(a dissenting age, the age most sources give) for each named person two sources age differently."""
    pairs: list[tuple[int, int]] = []
    days = ctx.published.values()
    if days and max(days) - min(days) > NEWS_CYCLE:
        return pairs
    for by_source in named_ages(ms, ctx.texts).values():
        stated: dict[str, int] = {}  # source -> its one age for the person
        for source, idx in by_source.items():
            first = idx[0]
            if all(compatible(ms[first], ms[k]) for k in idx[1:]):
                stated[source] = first
        if len(stated) < 2:
            continue
        votes = Counter(ms[i].canonical for i in stated.values())
        common = votes.most_common(1)[0][0]
        anchor = next(i for i in stated.values() if ms[i].canonical == common)
        pairs.extend((i, anchor) for i in stated.values() if not compatible(ms[i], ms[anchor]))
    return pairs


__all__ = ["AGE_SLOT", "NEWS_CYCLE", "age_pairs", "named_ages"]
