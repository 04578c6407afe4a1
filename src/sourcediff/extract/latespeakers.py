"""A second, late look at quotes left without a speaker, once the story's people are known.

Speakers are resolved article by article (`extract.quotes`), before the
cross-outlet step (`extract.people.unify_people`) has read every source. A
local paper that names its subject only in passing ("the hall cheered
Jo Kestrel's name", a possessive the entity scan does not take for a person)
then closes a quote with "he said", and the pronoun finds nobody: the
person mentions the other outlets teach the article (a later bare
"Kestrel") come too late. Such quotes were never looked at again.

This pass runs after that step. A quote still without a speaker whose own
attribution is a pronoun ("," she said) or a lone name (", Kestrel said")
takes the one person of its article that the words can mean: the people
named in its paragraph and the paragraph before (never across a crosshead
that names someone else), less those the article shows taking the other
pronoun. Two candidates leave it unresolved, as does anything else: a
wrong speaker is worse than none. A speaker found earlier is never changed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sourcediff.extract import patterns as P
from sourcediff.extract.pronouns import marks_at
from sourcediff.extract.speakers import PRONOUN_SPEAKER
from sourcediff.model import Kind, Mention, Passage, SourceInfo
from sourcediff.regexcache import regex
from sourcediff.values import Entity

# The cue of a quote whose speaker this pass found (a guess from the story, not the writer's own words).
LATE_SPEAKER = "speaker:late"
# Paragraphs of body text read back for candidates: the quote's own and the one before it.
REACH_PARAGRAPHS = 2
# A crosshead is a short line with no sentence end ("After the whistle", "Second half").
CROSSHEAD_MAX_WORDS = 8

# After a quotation: its closing punctuation and mark, then "he said", "Kestrel told the Courier".
# The marks between the quotation and the name sit in an atomic group: "who" starts with a letter,
# which none of them takes, so their greedy reading is the only one that can succeed, and four "\s*"
# in a row must not backtrack into each other on a run of spaces (polynomial; test_regex_budget.py).
_TAIL = regex(
    r"(?>[.!?…]?\s*[”\"’']?\s*[,!?]?\s*[”\"’']?\s*)(?P<who>he|she|they|[A-Z][\w’'-]+)\s+"
    + r"(?P<verb>" + P.SPEECH_VERB.pattern + r")")
# Before a quotation: "he said:", "she told the Courier:" and the opening mark.
_LEAD = regex(
    r"(?:^|[\s(,—–-])(?P<who>he|she|they|He|She|They)\s+(?P<verb>" + P.SPEECH_VERB.pattern
    + r")(?:\s+[A-Za-z][\w’'-]*){0,4}\s*[:,]\s*[“\"‘']?\s*$")
_END_MARKS = tuple(".!?…:;\"”’'")
# A colon, then the quotation's opening mark, right before a quotation ("was gracious: “...").
_COLON_BEFORE = regex(r":\s?[“\"‘']?\s?\Z")
# How far back a colon's sentence is looked for.
_LEAD_CHARS = 240


@dataclass(frozen=True)
class _Seen:
    """A person, body or earlier quote's speaker named at ``at``, in paragraph ``paragraph``."""

    at: int
    paragraph: int
    name: str
    body: bool = False  # an organization: a "they", never a "he" or "she"


@dataclass(frozen=True)
class _Story:
    """What one article tells the pass, read once: who is named where, which paragraphs are
    crossheads, which pronoun each person takes, and its people's full names."""

    seen: tuple[_Seen, ...]
    paragraphs: tuple[int, ...]  # every paragraph number, in order
    crossheads: frozenset[int]
    shown: Mapping[str, str]
    people: frozenset[str]
    starts: tuple[int, ...]  # passage starts, for finding a quote's paragraph
    passage_paragraph: tuple[int, ...]


def late_speakers(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """The sources with quotes left speakerless given the one person their pronoun or name can mean."""
    return tuple(_one(s) for s in sources)


def _one(info: SourceInfo) -> SourceInfo:
    """One source with its speakerless quotes resolved where exactly one person fits.

    The article is read (`_read`) only when some quote has a pronoun or lone
    name to resolve, and each quotation is resolved once: its sentences are
    separate mentions that must all take the same speaker.
    """
    if not info.passages or not any(m.kind is Kind.QUOTE and not m.speaker for m in info.mentions):
        return info
    text = info.article.text
    story: _Story | None = None  # read only when some quote has an attribution to resolve
    found: dict[tuple[int, int], tuple[str, tuple[str, ...]]] = {}  # quotation -> speaker, cues
    out = []
    for m in info.mentions:
        if m.kind is Kind.QUOTE and not m.speaker:
            span = m.quotation.span if m.quotation else m.span
            key = (span.start, span.end)
            if key not in found:
                found[key] = ("", ())
                if (who := _attribution(text, span.start, span.end)) is not None:
                    story = story or _read(info)
                    if speaker := _speaker_for(story, who, span.start):
                        found[key] = (speaker, _cues(who))
                elif (lead := _colon_lead(text, span.start)) is not None:
                    story = story or _read(info)
                    if speaker := _introducer(story, lead, span.start):
                        found[key] = (speaker, (LATE_SPEAKER,))
            speaker, cues = found[key]
            if speaker:  # every sentence of the quotation takes it
                m = replace(m, speaker=speaker, cues=(*m.cues, *cues))
        out.append(m)
    mentions = tuple(out)
    return info if mentions == info.mentions else replace(info, mentions=mentions)


def _cues(who: str) -> tuple[str, ...]:
    """LATE_SPEAKER, and PRONOUN_SPEAKER when a pronoun found the name: a guess, never a divergence
    from an outlet that names the speaker (factverdicts._named_speaker)."""
    return (LATE_SPEAKER, PRONOUN_SPEAKER) if who in ("he", "she", "they") else (LATE_SPEAKER,)


def _read(info: SourceInfo) -> _Story:
    """What the pass needs of one article, read once from its unified mentions: the people are the
    story's (after `unify_people`), which is why this pass runs late at all."""
    para = {p.index: p.paragraph for p in info.passages}
    seen = []
    for m in info.mentions:
        if m.kind in (Kind.PERSON, Kind.ORG) and isinstance(m.value, Entity):
            seen.append(_Seen(m.span.start, para.get(m.passage, -1), m.value.name, body=m.kind is Kind.ORG))
        elif m.kind is Kind.QUOTE and m.speaker:
            seen.append(_Seen(m.span.start, para.get(m.passage, -1), m.speaker))
    seen.sort(key=lambda s: s.at)
    people = frozenset(m.value.name for m in info.mentions
                       if m.kind is Kind.PERSON and isinstance(m.value, Entity))
    return _Story(seen=tuple(seen), paragraphs=tuple(sorted({p.paragraph for p in info.passages})),
                  crossheads=frozenset(_crossheads(info.passages)),
                  shown=_pronouns(info.article.text, info.mentions),
                  people=people, starts=tuple(p.span.start for p in info.passages),
                  passage_paragraph=tuple(p.paragraph for p in info.passages))


def _attribution(text: str, start: int, end: int) -> str | None:
    """The pronoun or lone name that attributes the quotation ``[start, end)``, or None."""
    tail = _TAIL.match(text, end, min(len(text), end + 60))
    if tail and _gap_attributes(text[end:tail.start("who")], tail["who"]):
        return tail["who"]
    lead = _LEAD.search(text, max(0, start - 60), start)
    return lead["who"].casefold() if lead else None


def _colon_lead(text: str, start: int) -> int | None:
    """Where the sentence starts whose words before a colon introduce the quotation at ``start``, or None.

    "Dunmore, knocked out in round one, was gracious on the platform: “...”"
    """
    if _COLON_BEFORE.search(text, max(0, start - 8), start) is None:
        return None
    lo = max(0, start - _LEAD_CHARS)
    ends = [m.end() for m in P.SENTENCE_END.finditer(text, lo, start)]
    line = text.rfind("\n", lo, start)
    at = max([*ends, line + 1 if line >= 0 else lo])
    return at if at > lo or lo == 0 else None


def _introducer(story: _Story, lead: int, start: int) -> str | None:
    """The person who opens the sentence ``[lead, start)`` and is the only one named in it, or None.

    The entity scan may not know a surname alone in one outlet ("Dunmore,
    knocked out ..."), so the sentence opened by it had no speaker for the
    quote it introduces; the story's people (after `unify_people`) name it.
    A sentence that names two people, or opens with anything else, is left.
    """
    named = story.seen[bisect_left(story.seen, lead, key=lambda s: s.at):
                       bisect_left(story.seen, start, key=lambda s: s.at)]
    if not named or named[0].body or named[0].name not in story.people:
        return None
    if len({s.name for s in named}) != 1 or named[0].at - lead > 1:
        return None
    return named[0].name


def _gap_attributes(gap: str, who: str) -> bool:
    """True when the words after a quote's close attribute it: '," he said', '?" she asked', '," Roe said'.

    A full stop before a capital ('." He said:') opens a sentence of its own,
    which may introduce the next quote instead.
    """
    if "," in gap:
        return True
    return who in ("he", "she", "they") and any(c in gap for c in "!?")


def _speaker_for(story: _Story, who: str, at: int) -> str | None:
    """The one person (or, for "they", body) ``who`` can mean for a quote opening at ``at``, or None."""
    here = story.passage_paragraph[max(0, bisect_right(story.starts, at) - 1)]
    window = _window(story, here, at)
    if who == "they":  # a body named nearby may be the "they" as well as any person
        fits = {s.name for s in window if s.name not in story.shown}
    elif who in ("he", "she"):
        # a speaker of an earlier quote who is no person of the scan (a role) takes part too
        fits = {s.name for s in window if not s.body and story.shown.get(s.name, who) == who}
    else:
        fits = {p for p in story.people if who in (p.split()[0], p.split()[-1])}
    return next(iter(fits)) if len(fits) == 1 else None


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


def _window(story: _Story, here: int, at: int) -> list[_Seen]:
    """Who is named before ``at`` in the quote's paragraph and the body paragraph before it.

    A crosshead that names nobody is stepped over; one that names a person
    ends the reach, since the writer has turned to someone else.
    """
    before = story.seen[:bisect_left(story.seen, at, key=lambda s: s.at)]
    named = {s.paragraph for s in before}
    keep: set[int] = set()
    for para in reversed(story.paragraphs[:bisect_right(story.paragraphs, here)]):
        if para in story.crossheads:
            if para in named:
                break
            continue
        keep.add(para)
        if len(keep) == REACH_PARAGRAPHS:
            break
    return [s for s in before if s.paragraph in keep]


def _pronouns(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """Person name -> "he"/"she" where the article shows it one way only (a title or kin noun before
    a mention, a possessive right after it), read on the mentions as the whole story names them."""
    marks: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind is not Kind.PERSON or not isinstance(m.value, Entity):
            continue
        marks.setdefault(m.value.name, set()).update(marks_at(text, m.span.start, m.span.end))
    return {name: next(iter(got)) for name, got in marks.items() if len(got) == 1}


__all__ = ["LATE_SPEAKER", "late_speakers"]
