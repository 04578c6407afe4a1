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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcediff.divergeages import named_ages
from sourcediff.model import Mention


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
    """Two figures each told of a person named with an age, two different people: two facts."""
    pa, pb = people.get(a), people.get(b)
    return pa is not None and pb is not None and pa != pb
