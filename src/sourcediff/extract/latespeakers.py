"""A second, late look at quotes left without a speaker, once the story's people are known.

Speakers are resolved article by article (`extract.quotes`), before the
cross-outlet step (`extract.people.unify_people`) has read every source. A
local paper that names its subject only in passing ("when Jo Ardley's name
was read out", a possessive the entity scan does not take for a person)
then closes a quote with "he said", and the pronoun finds nobody: the
person mentions the other outlets teach the article ("Ardley, 71, grew up
...") come too late. Such quotes were never looked at again.

This pass runs after that step. A quote still without a speaker whose own
attribution is a pronoun ("," she said) or a lone name (", Ardley said")
takes the one person of its article that the words can mean: the people
named in its paragraph and the paragraph before (never across a crosshead
that names someone else), less those the article shows taking the other
pronoun. Two candidates leave it unresolved, as does anything else: a
wrong speaker is worse than none. A speaker found earlier is never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sourcediff.extract import patterns as P
from sourcediff.extract.pronouns import pronoun_of
from sourcediff.extract.speakers import PRONOUN_SPEAKER
from sourcediff.model import Kind, Mention, Passage, SourceInfo
from sourcediff.regexcache import regex
from sourcediff.values import Entity

# The cue of a quote whose speaker this pass found (a guess from the story, not the writer's own words).
LATE_SPEAKER = "speaker:late"
# Paragraphs of body text read back for candidates: the quote's own and the one before it.
REACH_PARAGRAPHS = 2
# A crosshead is a short line with no sentence end ("The rest of the night", "Top five beckons").
CROSSHEAD_MAX_WORDS = 8

# After a quotation: its closing punctuation and mark, then "he said", "Ardley told the Courier".
_TAIL = regex(
    r"[.!?…]?\s*[”\"’']?\s*[,!?]?\s*[”\"’']?\s*(?P<who>he|she|they|[A-Z][\w’'-]+)\s+"
    + r"(?P<verb>" + P.SPEECH_VERB.pattern + r")")
# Before a quotation: "he said:", "she told the Courier:" and the opening mark.
_LEAD = regex(
    r"(?:^|[\s(,—–-])(?P<who>he|she|they|He|She|They)\s+(?P<verb>" + P.SPEECH_VERB.pattern
    + r")(?:\s+[A-Za-z][\w’'-]*){0,4}\s*[:,]\s*[“\"‘']?\s*$")
_END_MARKS = tuple(".!?…:;\"”’'")


@dataclass(frozen=True)
class _Seen:
    """A person (or a speaker of an earlier quote) named at ``at``, in passage ``paragraph``."""

    at: int
    paragraph: int
    name: str


def late_speakers(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """The sources with quotes left speakerless given the one person their pronoun or name can mean."""
    return tuple(_one(s) for s in sources)


def _one(info: SourceInfo) -> SourceInfo:
    if not any(m.kind is Kind.QUOTE and not m.speaker for m in info.mentions):
        return info
    found: dict[tuple[int, int], str] = {}  # quotation span -> speaker, so every sentence of it agrees
    out = []
    for m in info.mentions:
        if m.kind is Kind.QUOTE and not m.speaker:
            key = _quotation_key(m)
            if key not in found:
                found[key] = _speaker_for(info, m) or ""
            if found[key]:
                m = replace(m, speaker=found[key], cues=(*m.cues, *_cues(info, m)))
        out.append(m)
    mentions = tuple(out)
    return info if mentions == info.mentions else replace(info, mentions=mentions)


def _cues(info: SourceInfo, m: Mention) -> tuple[str, ...]:
    """LATE_SPEAKER, and PRONOUN_SPEAKER when a pronoun found the name: a guess, never a divergence
    from an outlet that names the speaker (factverdicts._named_speaker)."""
    span = m.quotation.span if m.quotation else m.span
    who = _attribution(info.article.text, span.start, span.end) or ""
    return (LATE_SPEAKER, PRONOUN_SPEAKER) if who.casefold() in ("he", "she", "they") else (LATE_SPEAKER,)


def _quotation_key(m: Mention) -> tuple[int, int]:
    span = m.quotation.span if m.quotation else m.span
    return span.start, span.end


def _attribution(text: str, start: int, end: int) -> str | None:
    """The pronoun or lone name that attributes the quotation ``[start, end)``, or None."""
    tail = _TAIL.match(text, end, min(len(text), end + 60))
    if tail and _gap_attributes(text[end:tail.start("who")], tail["who"]):
        return tail["who"]
    lead = _LEAD.search(text, max(0, start - 60), start)
    return lead["who"].casefold() if lead else None


def _gap_attributes(gap: str, who: str) -> bool:
    """True when the words after a quote's close attribute it: '," he said', '?" she asked', '," Roe said'.

    A full stop before a capital ('." He said:') opens a sentence of its own,
    which may introduce the next quote instead.
    """
    if "," in gap:
        return True
    return who in ("he", "she", "they") and any(c in gap for c in "!?")


def _speaker_for(info: SourceInfo, m: Mention) -> str | None:
    text = info.article.text
    span = m.quotation.span if m.quotation else m.span
    who = _attribution(text, span.start, span.end)
    if who is None:
        return None
    paragraphs = _paragraph_of(info.passages)
    here = paragraphs.get(_passage_at(info.passages, span.start), -1)
    if here < 0:
        return None
    seen = list(_seen_before(info, span.start, paragraphs))
    window = _window(info.passages, seen, here)
    if who in ("he", "she", "they"):
        # a speaker of an earlier quote who is no person of the scan (a role, a body) takes part too
        shown = _pronouns(text, info.mentions)
        everyone = {s.name for s in window}
        fits = {n for n in everyone if (n not in shown if who == "they" else shown.get(n, who) == who)}
        return next(iter(fits)) if len(fits) == 1 else None
    named = {p for p in _people(info.mentions) if who in (p.split()[0], p.split()[-1])}
    return next(iter(named)) if len(named) == 1 else None


def _people(mentions: Iterable[Mention]) -> set[str]:
    return {m.value.name for m in mentions if m.kind is Kind.PERSON and isinstance(m.value, Entity)}


def _paragraph_of(passages: Sequence[Passage]) -> dict[int, int]:
    """Passage index -> rank of its paragraph among body paragraphs (crossheads rank as their own)."""
    return {p.index: p.paragraph for p in passages}


def _passage_at(passages: Sequence[Passage], at: int) -> int:
    for p in passages:
        if p.span.start <= at < p.span.end or at < p.span.start:
            return p.index
    return -1


def _seen_before(info: SourceInfo, at: int, paragraphs: Mapping[int, int]) -> Iterable[_Seen]:
    """People named, and earlier quotes' speakers, before ``at``, with their paragraph."""
    for m in info.mentions:
        if m.span.start >= at:
            break
        para = paragraphs.get(m.passage, -1)
        if m.kind is Kind.PERSON and isinstance(m.value, Entity):
            yield _Seen(m.span.start, para, m.value.name)
        elif m.kind is Kind.QUOTE and m.speaker:
            yield _Seen(m.span.start, para, m.speaker)


def _crossheads(passages: Sequence[Passage]) -> set[int]:
    """Paragraphs that are crossheads: a heading, or one short line with no sentence end."""
    by_para: dict[int, list[Passage]] = {}
    for p in passages:
        by_para.setdefault(p.paragraph, []).append(p)
    out = set()
    for para, ps in by_para.items():
        line = " ".join(p.text for p in ps).strip()
        if ps[0].role in ("heading", "title") or (
                len(ps) == 1 and len(line.split()) <= CROSSHEAD_MAX_WORDS and not line.endswith(_END_MARKS)):
            out.add(para)
    return out


def _window(passages: Sequence[Passage], seen: Sequence[_Seen], here: int) -> list[_Seen]:
    """Who is named in the quote's paragraph and the body paragraph before it.

    A crosshead that names nobody is stepped over; one that names a person
    ends the reach, since the writer has turned to someone else.
    """
    heads = _crossheads(passages)
    paras = sorted({p.paragraph for p in passages if p.paragraph <= here}, reverse=True)
    keep: set[int] = set()
    for para in paras:
        if para in heads:
            if any(s.paragraph == para for s in seen):
                break
            continue
        keep.add(para)
        if len(keep) == REACH_PARAGRAPHS:
            break
    return [s for s in seen if s.paragraph in keep]


def _pronouns(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """Person name -> "he"/"she" where the article shows it one way only (a title or kin noun before
    a mention, a possessive right after it), read on the mentions as the whole story names them."""
    marks: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind is not Kind.PERSON or not isinstance(m.value, Entity):
            continue
        got = marks.setdefault(m.value.name, set())
        before = P.PRONOUN_WORD_BEFORE.search(text, max(0, m.span.start - 24), m.span.start)
        if before and (mark := pronoun_of(before["word"])):
            got.add(mark)
        after = P.PRONOUN_POSSESSIVE_AFTER.match(text, m.span.end)
        if after:
            got.add("he" if after["pron"] == "his" else "she")
    return {name: next(iter(got)) for name, got in marks.items() if len(got) == 1}


__all__ = ["LATE_SPEAKER", "late_speakers"]
