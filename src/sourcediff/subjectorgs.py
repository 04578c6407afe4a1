"""The organisation a figure is told of: the one its sentence names before it, or the one "It" stands for.

Outlets that cover a league table, a results season or a tender tell each
body's figure in the same words ("Halvesby scored 98.7 out of 100", another
outlet's "It scored 78.9 out of 100" of another university), so the words
around two bodies' figures match and the rule that pairs values by their
words (`divergecontext._context_pairs`) set one body's score against
another's as one fact told twice. `casepeople.subject_people` reads the
person a figure's sentence names; this reads the organisation, by its full
name (an ORG mention) or by the short form outlets use after the first
mention ("Halvesby" for "Halvesby Institute of Technology"): a capitalised
word of one organisation's name that no other organisation's or person's
name has, no head word ("University", "Council") and no common English word
("World"). A sentence that opens with "It" and a verb tells of the one
organisation the sentence before it names. A name that only tells the figure
("Halvesby said 300 jobs would go") is its source, not what it is about.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sourcediff.casepeople import _SENTENCE_END, _TELLING, SUBJECT_REACH
from sourcediff.extract.orgs import LEGAL_SUFFIXES, ORG_WORDS
from sourcediff.extract.sentencesubject import common_word
from sourcediff.model import Kind, Mention
from sourcediff.regexcache import regex

# How far back the sentence before an "It" sentence is read for the organisation the pronoun stands for.
PREVIOUS_REACH = 300
# A capitalised word, with a possessive ending dropped ("Halvesby's").
_CAPITALISED = regex(r"\b[A-Z][\w\u2019'-]*?(?=(?:['\u2019]s)?\b)")
# "It" opening a sentence as the subject of a verb; "It is", "It was", "It's" and the like open a dummy
# subject as often ("It is thought 300 ...", "It emerged that ..."), and are read as no pronoun.
_IT_SUBJECT = regex(r"It\s+(?!(?:is|was|'s|\u2019s|seems|seemed|appears|appeared|emerged|emerges|remains"
                    r"|remained|has\s+been|had\s+been|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be)\b)"
                    r"[a-z]")


def short_forms(ms: Sequence[Mention]) -> dict[str, str]:
    """Each word that names one organisation alone, to that organisation's canonical name.

    Read from the canonical names of the ORG mentions of every source: a
    word of one organisation's name that is capitalised, no head word, no
    legal suffix and no common English word, and that no other organisation's
    name and no person's name has.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    taken: set[str] = set()
    for m in ms:
        if m.kind is Kind.ORG:
            for word in m.canonical.split():
                if word[:1].isupper() and word not in ORG_WORDS and word not in LEGAL_SUFFIXES \
                        and not word.isupper() and not common_word(word):
                    owners[word].add(m.canonical)
        elif m.kind is Kind.PERSON:
            taken.update(m.canonical.split())
    return {word: next(iter(names)) for word, names in owners.items()
            if len(names) == 1 and word not in taken}


def _sentence_start(text: str, begin: int, end: int) -> int:
    """Where the sentence holding ``end`` begins, read back no further than ``begin``."""
    for stop in _SENTENCE_END.finditer(text, begin, end):
        begin = stop.end() - 1 if text[stop.end() - 1].isalpha() else stop.end()
    return begin


def _named(text: str, start: int, end: int, orgs: Sequence[Mention],
           short: dict[str, str]) -> list[tuple[int, str]]:
    """(end, canonical) of each organisation named in ``text[start:end]``: ORG mentions and short forms."""
    found = [(m.span.end, m.canonical) for m in orgs if start <= m.span.start and m.span.end <= end]
    found.extend((w.end(), short[w.group()]) for w in _CAPITALISED.finditer(text, start, end)
                 if w.group() in short)
    return sorted(found)


def subject_orgs(ms: Sequence[Mention], texts: dict[str, str], asked: Iterable[int]) -> dict[int, str]:
    """mention index -> the one organisation its sentence tells it of, for the ``asked`` figures having one.

    The organisation is what the figure is about when the sentence names
    just one organisation before the figure (within SUBJECT_REACH
    characters), with no verb of telling and no person named between the
    name and the figure; or when the sentence opens with "It" and a verb and
    the sentence before names just one organisation. Asked only for the
    figures a rule already paired.
    """
    asked = set(asked)
    if not asked:
        return {}
    orgs: dict[str, list[Mention]] = defaultdict(list)
    people: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        if m.kind is Kind.ORG:
            orgs[m.source].append(m)
        elif m.kind is Kind.PERSON:
            people[m.source].append(m)
    short = short_forms(ms)
    out: dict[int, str] = {}
    for i in asked:
        m = ms[i]
        text = texts.get(m.source)
        if text is None or m.kind in (Kind.ORG, Kind.PERSON):
            continue
        begin = _sentence_start(text, max(0, m.span.start - SUBJECT_REACH), m.span.start)
        named = _named(text, begin, m.span.start, orgs[m.source], short)
        if named:
            last = named[-1][0]
            if len({name for _, name in named}) == 1 and not _TELLING.search(text, last, m.span.start) \
                    and not any(last <= p.span.start < m.span.start for p in people[m.source]):
                out[i] = named[-1][1]
            continue
        if _IT_SUBJECT.match(text, begin) is not None and begin > 0:
            before = _sentence_start(text, max(0, begin - PREVIOUS_REACH), begin - 1)
            named = _named(text, before, begin, orgs[m.source], short)
            if len({name for _, name in named}) == 1:
                out[i] = named[0][1]
    return out
