"""The ordinary person a figure is told of: the one named with an age just before it, in its paragraph.

Outlets illustrate a story with people it happened to, each introduced by
name and age ("Retired baker Ann Colley, 68, said she paid £22 a month").
Two outlets rarely pick the same one, and their figures (what each paid,
how long each waited) are told in like words, so the words around them
match ("paid ... a month for the cover", "added to the loan at ... a
month") and two people's figures were set against each other as one fact
told twice. A figure sits with the person named with an age before it in
its own paragraph (the age's sentence or the next ones: "Ann Colley, 68,
took out a loan in 2019. The cover was added at £22 a month."); two
figures told of two such people are two facts.

An outlet also tells a person's figure with the person as the subject of
the figure's own sentence, no age given ("Harold Pembry, who was on the
second floor, has worked at the bakery for 31 years"): another outlet's
"Marlene Oakes ... has worked at the bakery for 24 years" is another
worker's service, told in the same words (`subject_people`). A name that
only tells the figure ("Ann Colley said 300 jobs would go") is its source,
not what it is about, and is not read so.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sourcediff.divergeages import named_ages
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

# How far before a figure the subject of its sentence may be named: a name and a relative clause
# ("Harold Pembry, who was on the second floor when the boiler burst, has worked ... for").
SUBJECT_REACH = 120
# Where the figure's sentence begins, looking back from it: a full stop, a question or exclamation mark (and a
# closing quote) before a capital, or a line break.
_SENTENCE_END = regex(r"[.!?][\"\u201d\u2019]?\s+[\"\u201c\u2018]?[A-Z]|\n")
# A verb of telling between the name and the figure: the name is who tells the figure ("Ann Colley said
# 300 jobs would go", "according to Tom Rudd, 40 homes"), not whom it is about.
_TELLING = regex(r"\b(?:sa(?:id|ys?|ying)|t(?:old|ells?|elling)|accord(?:ing|s)|announc(?:ed|es?|ing)"
                 r"|add(?:ed|s)|report(?:ed|s)?|confirm(?:ed|s)?|estimat(?:ed|es?)|claim(?:ed|s)?|stat(?:ed|es)"
                 r"|insist(?:ed|s)?|warn(?:ed|s)?|explain(?:ed|s)?|not(?:ed|es)|wr(?:ote|ites?)|argu(?:ed|es?)"
                 r"|believ(?:ed|es?)|th(?:inks?|ought)|expect(?:ed|s)?|predict(?:ed|s)?|puts?|quot(?:ed|es?)"
                 r"|cit(?:ed|es?)|revealed|reveals?|disclosed|discloses?)\b", re.IGNORECASE)


def case_people(ms: Sequence[Mention], texts: dict[str, str]) -> dict[int, str]:
    """mention index -> the person named with an age before it in its paragraph, for those that have one."""
    aged: dict[str, list[tuple[int, str]]] = defaultdict(list)  # source -> (age's start, person)
    for person, by_source in named_ages(ms, texts).items():
        for source, idx in by_source.items():
            aged[source].extend((ms[i].span.start, person) for i in idx)
    out: dict[int, str] = {}
    for i, m in enumerate(ms):
        text = texts.get(m.source)
        before = [(start, person) for start, person in aged.get(m.source, ()) if start <= m.span.start]
        if text is None or not before:
            continue
        start, person = max(before)
        if "\n" not in text[start:m.span.start]:
            out[i] = person
    return out


def told_of_two_people(a: int, b: int, people: dict[int, str]) -> bool:
    """Two figures each told of a person (named with an age, or its sentence's subject), two people."""
    pa, pb = people.get(a), people.get(b)
    return pa is not None and pb is not None and pa != pb


def subject_people(ms: Sequence[Mention], texts: dict[str, str], asked: Iterable[int]) -> dict[int, str]:
    """mention index -> the one person its sentence names before it, for the ``asked`` figures that have one.

    The person is what the figure is about when the sentence names just one
    person before the figure (within SUBJECT_REACH characters) and no verb of
    telling stands between the name and the figure. Asked only for the
    figures a rule already paired: the people of each source are sorted once.
    """
    asked = set(asked)
    people: dict[str, list[Mention]] = defaultdict(list)
    if asked:
        for m in ms:
            if m.kind is Kind.PERSON:
                people[m.source].append(m)
    starts: dict[str, list[int]] = {}
    out: dict[int, str] = {}
    for i in asked:
        m = ms[i]
        text = texts.get(m.source)
        if text is None or m.kind is Kind.PERSON or m.source not in people:
            continue
        if m.source not in starts:
            people[m.source].sort(key=lambda p: p.span.start)
            starts[m.source] = [p.span.start for p in people[m.source]]
        begin = max(0, m.span.start - SUBJECT_REACH)
        for end in _SENTENCE_END.finditer(text, begin, m.span.start):
            begin = end.end() - 1 if text[end.end() - 1].isalpha() else end.end()
        found = starts[m.source]
        within = people[m.source][bisect.bisect_left(found, begin):bisect.bisect_left(found, m.span.start)]
        named = [p for p in within if p.span.end <= m.span.start]
        if not named or len({p.canonical for p in named}) != 1:
            continue
        if not _TELLING.search(text, named[-1].span.end, m.span.start):
            out[i] = named[-1].canonical
    return out
