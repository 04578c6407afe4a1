"""Quotations and who said them.

:mod:`sourcediff.extract.quotemarks` finds the quotations (marks paired within
a paragraph, social-media embeds); this module decides who said them and cuts
them into sentences, each compared on its own, each knowing the quotation it
belongs to: the parts of one statement (“A,” she said. “B.”; a paragraph left
open and continued in the next) are one quotation, whose sentences are judged
as one fact when the outlets quote them together (`compare.judge`). Speakers come from the verbs of
saying around each quote, found on a copy of the text whose quoted words are
masked, so that a "said" inside a quotation never attributes anything.
Attributions are resolved in reading order, which lets "he added", "the CEO
wrote" and "the statement continued" refer back to the last fitting speaker.

Phrase rule: a quote of at most PHRASE_MAX_WORDS words whose quoted text
does not end a sentence (no . ! ? … before the closing mark) and that is not
followed by its own attribution after a comma (“Yes,” she said) is a phrase:
scare quotes and labels (“supply chain risk”) and fragments woven into a
sentence. A phrase is wording, compared as such; it keeps a speaker only when
its own sentence names one, never by carrying one over from an earlier quote.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from sourcediff.extract import patterns as P
from sourcediff.extract.entities import passage_locator
from sourcediff.extract.labels import in_label
from sourcediff.extract.quotemarks import (
    CLOSERS,
    OPENERS,
    Quote,
    find_quotes,
    paragraph_ranges,
    trim,
)
from sourcediff.extract.speakers import (
    CONTINUATIONS,
    MASK,
    PRONOUN_SPEAKER,
    Speaker,
    SpeakerResolver,
    resolver_for,
)
from sourcediff.model import Article, Kind, Mention, Passage, Quotation, Span
from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import QuoteValue

# Quotes this short that do not end a sentence are labels or fragments, not statements.
PHRASE_MAX_WORDS = 4
# Verbs that characterize something with quoted words, when a quotation follows within
# CHARACTERIZE_REACH characters of the clause ("described the raids as “...”", "called it “...”").
# Thanking, praising and blaming someone "for" quoted words quotes the one who thanks ("She thanked
# staff for “holding the line”"): the words are hers as surely as after "described it as". So are the
# words someone welcomes or greets a decision with ("The union welcomed the offer as “a fair start”").
CHARACTERIZE_REACH = 60
CHARACTERIZING = frozenset("described describes describing called calls branded brands labelled labeled "
                           "termed dubbed thanked thanks praised praises hailed hails blamed blames "
                           "criticised criticized criticises criticizes "
                           "welcomed welcomes greeted greets".split())
CHARACTERIZE = regex(
    rf"(?<![\w-])(?:{'|'.join(sorted(CHARACTERIZING))})\b"
    rf"(?=[^.!?;“”\"\n]{{0,{CHARACTERIZE_REACH}}}?(?:\bas\s+)?[“\"‘])")
# A participle of saying that hands a sentence's subject a quotation right after it ("Roe led the
# tributes, saying: “...”", "..., adding “...”"): the verb's own subject is the sentence's.
PARTICIPLES = frozenset({"saying", "adding"})
# A verb of saying joined by "and" to an earlier predicate ("Jo Ode thanked the crews, and said ...")
# has that predicate's subject: the words right before it are no subject of their own.
_COORDINATED = regex(r"(?:^|[\s,])and\s+$")
PARTICIPLE_SAYING = regex(r",\s+(?P<verb>saying|adding)\b(?=:?\s*[“\"‘])")
# Parts of the words of CHARACTERIZING, every one of which holds one.
_CHARACTERIZING_STEMS = ("describ", "call", "brand", "label", "termed", "dubbed", "thank", "prais", "hail",
                         "blame", "critici", "welcom", "greet")
# An editor's insertion inside a quotation: anything in square brackets ("[the police]"), or a
# name in parentheses ("(Dana Ruiz)"); a speaker's own aside ("(which is illegal)") stays.
_BRACKETED = regex(r"\s*(?:\[[^\[\]]{1,60}\]|\((?:[A-Z][\w'’.-]*\s?){1,4}\))")
# A clock time on the hour written with minutes ("6:00 p.m."), read as "6 p.m.".
_ON_THE_HOUR = regex(r"\b(\d{1,2}):00\b")
# A character that is not white space (str.isspace), hidden by the mask.
_NON_SPACE = regex(r"\S")
# A quoted sentence shorter than this stays with its neighbour ("Yes. We will appeal." is one statement).
MIN_SENTENCE_WORDS = 3
# Words allowed between two parts of one quotation: an attribution ("she told reporters in parliament"),
# never a sentence of the reporter's own.
JOIN_GAP_WORDS = 12
# An attribution after a quote must start within this many characters of the closing mark.
TAIL_CHARS = 160
# Kinds of subject phrase that can stand right after a closing mark.
SUBJECTS = ("name", "role", "ref")
# Words that open a new clause right after a closing mark ("“...” while the coach said ..."): what follows
# is another person's statement, not the quote's attribution.
_CONTRAST = frozenset("while whereas but although though".split())
# Words whose period does not end a sentence.
ABBREVIATIONS = frozenset("Sen Rep Gov Gen Lt Col Dr Mr Mrs Ms Sgt Adm Capt Maj Prof Pres Sec St Jr Sr Rev "
                          "Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec No vs Inc Corp Co Ltd U.S U.K U.N"
                          .split())


@dataclass(frozen=True)
class Attribution:
    """A verb of saying with its resolved subject."""

    start: int  # where the subject or the attribution clause begins
    verb: Span
    speaker: Speaker | None
    paragraph: int


def masked(text: str, quotes: list[Quote]) -> str:
    """The text with every quotation's words hidden (same length, so offsets hold).

    Built from slices (a list of every character of a long article was slow); a
    span overlapping one already hidden is hidden from where that one ended.
    """
    pieces: list[str] = []
    pos = 0
    for start, end in sorted((q.span.start, q.span.end) for q in quotes):
        start = max(start, pos)
        if start < end:
            pieces += (text[pos:start], _NON_SPACE.sub(MASK, text[start:end]))
            pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# --------------------------------------------------------------------------- attributions


def _ends(mtext: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence ends in mtext[start:end], not after an abbreviation or an initial ("Sen.", "Jane Q.")."""
    for m in P.SENTENCE_END.finditer(mtext, start, end):
        word = mtext[max(start, m.start() - 5):m.start()].split(" ")[-1]
        if mtext[m.start()] == "." and (word in ABBREVIATIONS or P.INITIAL.fullmatch(word)):
            continue
        yield m


def _kept_end(mtext: str, start: int, m: re.Match[str]) -> bool:
    """`_ends`' test (inlined there) of a match of a scan from ``start``: not after "Sen." or an initial."""
    word = mtext[max(start, m.start() - 5):m.start()].split(" ")[-1]
    return not (mtext[m.start()] == "." and (word in ABBREVIATIONS or P.INITIAL.fullmatch(word)))


# How far past its end a SENTENCE_END match reads (its lookahead: an opening mark and a capital).
_END_LOOKAHEAD = 2
# A paragraph's first characters are scanned for sentence ends each time: a news paragraph of a few
# sentences costs less so than looked up in a list.
_SHORT_SCAN = 400


@functools.lru_cache(maxsize=32)
def _paragraph_ends(mtext: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Each SENTENCE_END end in mtext[start:end], and at each the last end `_ends` kept (-1: none)."""
    ends, upto, last = [], [], -1
    for m in P.SENTENCE_END.finditer(mtext, start, end):
        if _kept_end(mtext, start, m):
            last = m.end()
        ends.append(m.end())
        upto.append(last)
    return ends, upto


def _sentence_start(mtext: str, para: Span, pos: int) -> int:
    """Offset where the sentence holding ``pos`` begins (in the masked text).

    The last end `_ends` keeps in ``mtext[para.start:pos]``. The paragraph's ends are found once
    (`_paragraph_ends`): a match that, with its lookahead, ends before ``pos`` is the same whether
    the scan stops at ``pos`` or at the paragraph's end, and the scan goes on from it alike, so only
    the text after the last such match is scanned again, up to ``pos``. Asked for every verb and
    quote of a paragraph, the scan from its start cost the square of its length.
    """
    if pos > para.end or pos - para.start <= _SHORT_SCAN:
        # Past the paragraph the scan up to pos reads more than the paragraph's; a short one costs less.
        start = para.start
        for m in _ends(mtext, para.start, pos):
            start = m.end()
        return start
    ends, upto = _paragraph_ends(mtext, para.start, para.end)
    k = bisect_right(ends, pos - _END_LOOKAHEAD)
    resume, last = (ends[k - 1], upto[k - 1]) if k else (para.start, -1)
    for m in P.SENTENCE_END.finditer(mtext, resume, pos):
        if _kept_end(mtext, para.start, m):
            last = m.end()
    return last if last >= 0 else para.start


def _sentence_end(mtext: str, para: Span, pos: int) -> int:
    m = next(_ends(mtext, pos, para.end), None)
    return m.start() + 1 if m else para.end


def _clause_start(mtext: str, para: Span, verb: int, prev_verb_end: int) -> int:
    """Where a verb's subject may begin: sentence start, last closing quote mark, or previous verb."""
    start = max(_sentence_start(mtext, para, verb), prev_verb_end)
    last_mark = max(mtext.rfind(ch, start, verb) for ch in CLOSERS + '"' + "’")
    if last_mark >= 0 and MASK in mtext[start:last_mark]:
        start = last_mark + 1
    return start


def _post_verb(mtext: str, para: Span, pos: int) -> str:
    """Text after a verb up to the next quote mark or sentence end."""
    end = _sentence_end(mtext, para, pos)
    marks = [i for i in (mtext.find(ch, pos, end) for ch in OPENERS + '"') if i >= 0]
    return mtext[pos: min(marks, default=end)]


def _named_in(name: str, text: str) -> bool:
    """A full name (two words or more) whose last word is written in ``text``: one capitalized word
    before a colon is as often a label ("Update:", "Breaking:") as a surname."""
    words = name.split()
    return len(words) > 1 and words[-1] in text


def _verbs(mtext: str, para: Span) -> Iterator[tuple[Span, bool]]:
    """(verb span, is_according_to) for each attribution cue of a paragraph, in order.

    Verbs that characterize ("described the raids as", "called it") count
    only when a quotation follows them in their clause: "called" alone is as
    often a telephone call. A colon right before a quote's opening mark is a
    cue too ("Jane Roe: “…”"); find_attributions keeps it only after a name.
    """
    lo, hi = para.start, para.end
    hits = [(Span(m.start(), m.end()), False) for m in P.SPEECH_VERB.finditer(mtext, lo, hi)]
    # The two patterns below open with a lookbehind or \b, slow to search: first look for their words.
    if mtext.find("ccording to", lo, hi) >= 0:
        hits += [(Span(m.start(), m.end()), True) for m in P.ACCORDING_TO.finditer(mtext, lo, hi)]
    if any(mtext.find(w, lo, hi) >= 0 for w in _CHARACTERIZING_STEMS):
        hits += [(Span(m.start(), m.end()), False) for m in CHARACTERIZE.finditer(mtext, lo, hi)]
    if mtext.find(":", lo, hi) >= 0:
        hits += [(Span(m.start(), m.start() + 1), False) for m in P.COLON_QUOTE.finditer(mtext, lo, hi)]
    if mtext.find("saying", lo, hi) >= 0 or mtext.find("adding", lo, hi) >= 0:
        hits += [(Span(m.start("verb"), m.end()), False) for m in PARTICIPLE_SAYING.finditer(mtext, lo, hi)]
    yield from sorted(hits, key=lambda h: h[0].start)


def _subject_for(mtext: str, para: Span, verb: Span, speaker: Speaker | None,
                 resolver: SpeakerResolver) -> Speaker | None:
    """The person who opens the verb's sentence, when the verb's own subject was out of reach.

    "Yıldız arrived on Sunday and described the damage as ..." (no subject
    found) and "Minister Jo Ode arrived and said" (read as a role) are the
    sentence's subject speaking. The nearest subject is checked before the
    sentence start is looked up, which costs a scan of the paragraph.
    """
    word = mtext[verb.start:verb.end]
    if not ((speaker is None and (word in CHARACTERIZING or word in PARTICIPLES
                                  or _COORDINATED.search(mtext, max(para.start, verb.start - 8), verb.start)))
            or (speaker and speaker.type == "role")):
        return speaker
    subjects = resolver.subjects
    i = bisect_left(subjects, verb.start, key=lambda h: h[0])
    if not i or subjects[i - 1][0] < para.start:
        return speaker
    pos, name = subjects[i - 1]
    if speaker is not None and name.split()[-1] not in speaker.name.split():
        return speaker
    return Speaker(name, "person") if pos >= _sentence_start(mtext, para, verb.start) else speaker


def find_attributions(mtext: str, paragraphs: list[Span], resolver: SpeakerResolver,
                      embeds: dict[int, Quote], headings: frozenset[int] = frozenset()) -> list[Attribution]:
    """Every attribution of the article, resolved in reading order.

    ``headings`` are the paragraphs that are a title or a heading: there "Name: “…”" labels a topic
    ("Flood town: “We lost everything”") rather than introducing what that name said.
    """
    out: list[Attribution] = []
    people = {name for _, name in resolver.people}
    for n, para in enumerate(paragraphs):
        if n in embeds:
            speaker = resolver.name(embeds[n].embed_speaker or "", at=para.end)
            out.append(Attribution(para.end, Span(para.end, para.end), speaker, n))
            continue
        prev_end = para.start
        for verb, according in _verbs(mtext, para):
            if in_label(mtext, para.start, verb.start):
                continue  # "Cases reported: 12": a fact box's label, no one speaking
            start = _clause_start(mtext, para, verb.start, prev_end)
            pre, word = mtext[start:verb.start], mtext[verb.start:verb.end]
            if start == para.start:
                # a live blog entry opens on its time: "14:40 Police say" is the police, not "14:40 Police"
                pre = P.SUBJECT_STAMP_LEAD.sub("", pre, count=1)
            if word == ":":
                # "Jane Roe, chair of the trust: “…”": live blogs and releases introduce a statement
                # without a verb of saying. Only a person the article names, written in full right
                # there, counts ("Update:", "The statement in full:" name no one), and only with no
                # verb of saying earlier in the sentence ("she told Sky News:" has its speaker).
                if n in headings or prev_end > _sentence_start(mtext, para, verb.start):
                    continue
                speaker = resolver.before(pre, at=verb.start, verb=word) if pre.strip() else None
                if (speaker is None or speaker.type != "person" or speaker.name not in people
                        or not _named_in(speaker.name, pre)):
                    continue
            elif word in PARTICIPLES:
                speaker = None  # the words before are a whole clause: its subject speaks (_subject_for)
            elif according or not pre.strip(" ,—–-·"):
                speaker = resolver.after(_post_verb(mtext, para, verb.end), at=verb.start, verb=word)
            else:
                speaker = resolver.before(pre, at=verb.start, verb=word)
            speaker = _subject_for(mtext, para, verb, speaker, resolver)
            out.append(Attribution(start, verb, speaker, n))
            prev_end = verb.end
    return out


# --------------------------------------------------------------------------- speakers of quotes


def _tail_attribution(q: Quote, ctx: Context, *, resolved: bool = True) -> Attribution | None:
    """An attribution that directly follows the quote (“...,” she said / said Smith / according to).

    Directly: the words right after the closing mark are the subject or the
    verb, so "“…” on talks, as CEO Jane Roe said" is not Roe's.
    """
    para, mtext = ctx.paragraphs[q.paragraph], ctx.mtext
    nxt = [o.open for o in ctx.quotes_in.get(q.paragraph, ()) if o.open > q.close]
    limit = min([*nxt, _sentence_end(mtext, para, q.close + 1), q.close + TAIL_CHARS])
    for a in ctx.attrs_in.get(q.paragraph, ()):
        if not ((a.speaker or not resolved) and q.close < a.verb.start < limit and a.start >= q.close):
            continue
        between = mtext[q.close + 1:a.verb.start]
        first = between.lstrip(" ,.;:—–-\"”’'").split(",")[0]
        opening = first.split(maxsplit=1)
        if opening and opening[0].casefold() in _CONTRAST:
            continue
        if MASK not in between and (not first.strip() or ctx.resolver.classify(first).kind in SUBJECTS):
            return a
    return None


def _lead_attribution(q: Quote, ctx: Context) -> Attribution | None:
    """The last attribution earlier in the quote's own sentence (“X said that ...”, “X wrote:”).

    An attribution that already follows an earlier quote of the sentence only
    carries over across a few words (“A,” she said, “B”), not across a clause.
    """
    para, mtext = ctx.paragraphs[q.paragraph], ctx.mtext
    start = _sentence_start(mtext, para, q.open)
    found = [a for a in ctx.attrs_in.get(q.paragraph, ())
             if a.speaker and start <= a.verb.start and a.verb.end <= q.open]
    if not found:
        return None
    a = found[-1]
    between = mtext[a.verb.end:q.open].strip(" ,:;—–-")
    if MASK in mtext[start:a.start] and between and not P.SPLIT_GAP.match(between):
        return None
    return a


def _introduced(q: Quote, ctx: Context, sentence_start: int) -> bool:
    """A colon introduces the quote and the quote ends its sentence (“Roe, outside the court: "We won."”).

    Its speaker is in the words before the colon; a verb of saying in the
    next sentence ("The party says it will appeal.") reports something else.
    """
    lead = ctx.text[sentence_start:q.open].rstrip()
    inner = ctx.text[q.span.start:q.span.end].rstrip()
    return lead.endswith(":") and bool(P.WORDISH.search(lead)) and inner[-1:] in ".!?…"


def _intro_subject(q: Quote, ctx: Context, sentence_start: int) -> Speaker | None:
    """The person who opens an introduced quote's sentence ("Union chief Jo Ode, speaking outside: ...")."""
    subjects = ctx.resolver.subjects
    i = bisect_left(subjects, sentence_start, key=lambda h: h[0])
    if i < len(subjects) and subjects[i][0] < q.open:
        return Speaker(subjects[i][1], "person")
    return _reply_from(q, ctx, sentence_start)


def _reply_from(q: Quote, ctx: Context, sentence_start: int) -> Speaker | None:
    """The person a reply comes from ("The party's reply comes from deputy leader Jo Ode, ...: "...").

    A live blog or a round-up introduces a quote by its source rather than
    by a subject: "Reaction from the union's Jo Ode:", "The response came
    from Tom Roe, standing in for the chair:". The first person named right
    after "from" (role words between) is the speaker, not a person named
    later in the lead: that one is who the speaker stands for or answers.
    """
    lead = P.INTRO_REPLY_FROM.search(ctx.text, sentence_start, q.open)
    if lead is None:
        return None
    people = ctx.resolver.people
    i = bisect_left(people, lead.end(), key=lambda h: h[0])
    if i == len(people) or people[i][0] >= q.open:
        return None
    at, name = people[i]
    return Speaker(name, "person") if P.INTRO_ROLE_GAP.fullmatch(ctx.text, lead.end(), at) else None


def _is_phrase(text: str, q: Quote, sentence_start: int, tail_comma: bool) -> bool:
    """The phrase rule of the module docstring."""
    inner = text[q.span.start:q.span.end]
    words = P.QUOTE_WORD.findall(inner)
    if len(words) > PHRASE_MAX_WORDS or tail_comma:
        return False
    lead = text[sentence_start:q.open].rstrip()
    woven = bool(P.WORDISH.search(lead)) and not lead.endswith(":")
    return woven or inner.rstrip()[-1:] not in ".!?…"


@dataclass(frozen=True)
class Assigned:
    quote: Quote
    speaker: Speaker | None
    phrase: bool
    # The quote's own attribution (after it, or earlier in its sentence); None when carried over.
    attribution: Attribution | None = None


def _carry(q: Quote, done: list[Assigned], attrs: Sequence[Attribution]) -> Speaker | None:
    """A statement without its own attribution continues the paragraph's latest speaker.

    ``done`` and ``attrs`` are those of the quote's own paragraph.
    """
    prev = [d for d in done if not d.phrase and d.speaker]
    cues = [a for a in attrs if a.speaker and a.verb.end <= q.open]
    best_q = prev[-1] if prev else None
    best_a = cues[-1] if cues else None
    if best_q and (not best_a or best_q.quote.close > best_a.verb.start):
        return best_q.speaker
    if best_a:
        return best_a.speaker
    return None


def _previous_paragraph(attrs: Sequence[Attribution], done_before: list[Assigned]) -> Speaker | None:
    """A paragraph that is only a quote continues the speaker of the paragraph right before it.

    ``attrs`` are the quote's paragraph's attributions, ``done_before`` the previous paragraph's quotes.
    """
    if any(a.speaker for a in attrs):
        return None
    prev = [d for d in done_before if not d.phrase and d.speaker]
    return prev[-1].speaker if prev else None


def _introduced_above(q: Quote, ctx: Context, attrs: Sequence[Attribution]) -> Speaker | None:
    """A paragraph that is only a quote, after a paragraph ending "X said:", is X's statement.

    Press releases set the statement apart ("Jane Roe, Director of the Trust,
    said:" then the quotation as its own paragraph); the colon at the end of
    the paragraph before introduces it as surely as one before the opening mark.
    ``attrs`` are the quote's paragraph's attributions.
    """
    n = q.paragraph - 1
    if n < 0 or any(a.speaker for a in attrs) or ctx.quotes_in.get(n):
        return None
    para = ctx.paragraphs[n]
    cues = [a for a in ctx.attrs_in.get(n, []) if a.speaker]
    if not cues or not ctx.mtext[para.start:para.end].rstrip().endswith(":"):
        return None
    last = cues[-1]
    return last.speaker if _adjunct_only(ctx.mtext[last.verb.end:para.end].strip()) else None


# Words that open a clause of the reported statement itself ("said the reasons were simple:", "said that
# two things mattered:"): the colon then introduces what the clause announces, not the speaker's words.
_CLAUSE_WORDS = frozenset(
    "that was were is are had has have would will could should can may might there it they he she we "
    "this these those".split())
# How many words may stand between the verb of saying and the colon: a recipient, a place, a time.
_ADJUNCT_MAX_WORDS = 6


def _adjunct_only(tail: str) -> bool:
    """Whether what follows a verb of saying up to the paragraph's final colon only frames the statement.

    "X said:" and "X told reporters:" introduce the next paragraph's
    quotation, and so do "X told Radio Dunmore on Monday:" and "X said in a
    statement:": a recipient, a time or a channel between the verb and the
    colon. Requiring nothing there left a radio's blockquote after "Its
    chair, Jo Roe, told Radio Dunmore on Monday:" with no speaker. A clause
    ("said the reasons were simple:") or a long phrase is no framing.
    """
    if tail in ("", ":"):
        return True
    words = tail.rstrip(":").split()
    return (tail.endswith(":") and len(words) <= _ADJUNCT_MAX_WORDS
            and not any(w.lower().strip(",") in _CLAUSE_WORDS for w in words))


def _reported_above(q: Quote, ctx: Context, attrs: Sequence[Attribution]) -> Speaker | None:
    """A paragraph that is only a quote, after one person's reported speech, is that person's.

    Outlets give a statement's gist in reported speech ("Inspector Mara Quell
    said the hull would be lifted on Monday.") and set the person's own words
    apart as the next paragraph, often a blockquote, with no attribution of
    its own: nobody else is named between them, so the reader takes them as
    the same person's. Only a paragraph that is the quote alone, with no
    attribution at all (resolved or not), and a paragraph before it that
    holds no quote, whose every attribution names one and the same person and
    whose last sentence holds that attribution qualify; anything else stays
    for the other rules. ``attrs`` are the quote's paragraph's attributions.
    """
    n = q.paragraph - 1
    if n < 0 or attrs or ctx.quotes_in.get(n) or n in ctx.headings:
        return None
    para = ctx.paragraphs[q.paragraph]
    if ctx.mtext[q.close + 1:para.end].strip(_TRAILING_MARKS):
        return None
    cues, above = ctx.attrs_in.get(n, []), ctx.paragraphs[n]
    named = {a.speaker for a in cues}
    # the reported speech closes the paragraph: a sentence after it ("Residents are angry.") may
    # introduce whoever speaks next
    last = _sentence_start(ctx.mtext, above, above.end - 1)
    if len(named) != 1 or cues[-1].verb.start < last:
        return None
    # "Jo Roe and Al Poe said ...": two people speak, though the attribution names one of them
    if any(w in _AND_WORDS for w in ctx.mtext[last:cues[-1].verb.start].split()):
        return None
    (speaker,) = named
    return speaker if speaker is not None and speaker.type == "person" and not speaker.by_pronoun else None


# Words joining two subjects of one verb of saying.
_AND_WORDS = frozenset({"and", "&"})
# What may follow a quotation's closing mark in a paragraph that is only the quotation.
_TRAILING_MARKS = " \t\n.,;:!?…”\"’'"


@dataclass(frozen=True)
class Context:
    """Everything the speaker rules look at for one article."""

    text: str
    mtext: str
    paragraphs: list[Span]
    quotes: list[Quote]
    attrs: list[Attribution]
    resolver: SpeakerResolver
    # The same quotes and attributions by paragraph: every rule looks within one paragraph, and
    # scanning the whole article for each quote would be quadratic on long texts.
    quotes_in: Mapping[int, list[Quote]] = field(default_factory=dict)
    attrs_in: Mapping[int, list[Attribution]] = field(default_factory=dict)
    # Paragraphs that are a title or heading: "Name: “…”" there labels a topic, no one speaks.
    headings: frozenset[int] = frozenset()

    @classmethod
    def build(cls, text: str, mtext: str, paragraphs: list[Span], quotes: list[Quote],
              attrs: list[Attribution], resolver: SpeakerResolver,
              headings: frozenset[int] = frozenset()) -> Context:
        quotes_in: dict[int, list[Quote]] = {}
        attrs_in: dict[int, list[Attribution]] = {}
        for q in quotes:
            quotes_in.setdefault(q.paragraph, []).append(q)
        for a in attrs:
            attrs_in.setdefault(a.paragraph, []).append(a)
        return cls(text, mtext, paragraphs, quotes, attrs, resolver, quotes_in, attrs_in, headings)


def assign(ctx: Context) -> list[Assigned]:
    """Speaker and phrase flag of every quote, in reading order."""
    text = ctx.text
    done: list[Assigned] = []
    done_in: dict[int, list[Assigned]] = {}
    for q in ctx.quotes:
        para, attrs = ctx.paragraphs[q.paragraph], ctx.attrs_in.get(q.paragraph, [])
        here = done_in.setdefault(q.paragraph, [])
        if q.embed_speaker is not None:
            done.append(Assigned(q, attrs[0].speaker, False))
            here.append(done[-1])
            continue
        sentence_start = _sentence_start(ctx.mtext, para, q.open)  # asked three times below
        introduced = _introduced(q, ctx, sentence_start)
        tail = None if introduced else _tail_attribution(q, ctx)
        attached = tail or (None if introduced else _tail_attribution(q, ctx, resolved=False))
        comma = attached is not None and P.TAIL_COMMA.match(text[q.span.end:q.close + 2]) is not None
        phrase = _is_phrase(text, q, sentence_start, comma)
        found = tail or _lead_attribution(q, ctx)
        if found is not None and phrase and ctx.mtext[found.verb.start:found.verb.end] == ":":
            found = None  # "Jo Roe: “Bridge of Sighs” star to open fair": a title quoted, no statement
        # With no person named in full right before the colon, the sentence's subject introduces it;
        # a heading's "Name: “…”" labels a topic instead (find_attributions).
        intro = introduced and q.paragraph not in ctx.headings
        speaker = found.speaker if found else _intro_subject(q, ctx, sentence_start) if intro else None
        if speaker is None and not phrase:
            # a heading opens a section: it carries no speaker over from the paragraph above it
            starts_para = not text[para.start:q.open].strip() and q.paragraph not in ctx.headings
            speaker = _carry(q, here, attrs) or (
                _previous_paragraph(attrs, done_in.get(q.paragraph - 1, []))
                or _introduced_above(q, ctx, attrs) or _reported_above(q, ctx, attrs)
                if starts_para else None)
        speaker = _continued(q, ctx, found, done[-1] if done else None, _sole_antecedent(q, ctx, speaker))
        done.append(Assigned(q, speaker, phrase, found))
        here.append(done[-1])
    return _fill_run_ons(done)


def _continued(q: Quote, ctx: Context, found: Attribution | None, last: Assigned | None,
               speaker: Speaker | None) -> Speaker | None:
    """A "she added" right after that person's own quote: as good as a name.

    "Jo Roe said: “We start Monday.” / She added: “It will be hard.”" leaves
    the reader no choice when nobody else is named between the two quotes
    (in this paragraph or the one before): the writer credits the second
    quote to Roe, so an outlet giving the same words to someone else
    diverges. A "he said" (no continuation) stays the extractor's guess, and
    so does a "she added" after a quote that ended its sentence.
    """
    if (speaker is None or not speaker.by_pronoun or found is None or last is None
            or last.speaker is None or last.speaker.by_pronoun or last.speaker.name != speaker.name
            or q.paragraph - last.quote.paragraph > 1
            or ctx.mtext[found.verb.start:found.verb.end].casefold() not in CONTINUATIONS):
        return speaker
    if found.verb.start > q.close and not ctx.text[q.span.start:q.close + 1].rstrip("”\"’' ").endswith(","):
        # "“… 130 years.” She added that …": a new sentence's "she added" may begin the next words,
        # the quote being the previous subject's ("The minister said the return closed “…”")
        return speaker
    people = ctx.resolver.people
    i = bisect_left(people, last.quote.close, key=lambda h: h[0])
    between = {ctx.resolver.index.person(n) or n for pos, n in people[i:] if pos < q.open}
    return replace(speaker, by_pronoun=False) if between <= {speaker.name} else speaker


def _sole_antecedent(q: Quote, ctx: Context, speaker: Speaker | None) -> Speaker | None:
    """A "he" or "she" whose paragraph names one person before the quote, that person: as good as a name.

    "Opposition leader Jo Ode conceded defeat. "We lost," she said." leaves
    the reader no choice, so the credit is the writer's own, and another
    outlet crediting the words to someone else diverges from it. A pronoun
    whose paragraph names nobody, or two people, stays the extractor's guess
    (``Speaker.by_pronoun``).
    """
    if speaker is None or not speaker.by_pronoun:
        return speaker
    para = ctx.paragraphs[q.paragraph]
    people = ctx.resolver.people
    i = bisect_left(people, para.start, key=lambda h: h[0])
    named = set()
    while i < len(people) and people[i][0] < q.open:
        named.add(ctx.resolver.index.person(people[i][1]) or people[i][1])
        i += 1
    return replace(speaker, by_pronoun=False) if named == {speaker.name} else speaker


def _fill_run_ons(done: list[Assigned]) -> list[Assigned]:
    """A quote left open at its paragraph's end belongs to the speaker of the next paragraph's quote."""
    first: dict[int, Speaker] = {}
    for d in done:
        if d.speaker and d.quote.paragraph not in first:
            first[d.quote.paragraph] = d.speaker
    out = list(done)
    for i, d in enumerate(out):
        if d.quote.run_on and d.speaker is None and (nxt := first.get(d.quote.paragraph + 1)):
            out[i] = replace(d, speaker=nxt)
    return out


# --------------------------------------------------------------------------- entry point


def _norm(raw: str) -> str:
    """Folded words for comparison: punctuation dropped at both ends, an editor's bracketed
    insertion ("her [Tara's] family") dropped, "6:00" as "6" (house style, not the speaker's words)."""
    return fold(_ON_THE_HOUR.sub(r"\1", _BRACKETED.sub("", raw))).strip(" .,;:!?\"'()[]-…")


def _continues(prev: Assigned, cur: Assigned, ctx: Context) -> bool:
    """True when ``cur`` goes on with the quotation ``prev`` began, in the same speaker's voice.

    News style cuts one statement into parts: “A,” she said. “B.” / “A,” she
    said, “and b.” (the second part may be short: it ends the sentence) / a
    paragraph left open (no closing mark) whose next paragraph opens with a
    mark / a paragraph that is only a quote, carried on from the quote that
    ends the paragraph before. Between two parts there may be only the
    attribution (“she told reporters in parliament”), at most one sentence end
    and no “that”: reporter's prose or a paraphrase in between makes two
    quotations, as does another speaker.
    """
    p, q = prev.quote, cur.quote
    if prev.phrase or prev.speaker is None or cur.speaker is None:
        return False
    if prev.speaker.name != cur.speaker.name or p.embed_speaker is not None or q.embed_speaker is not None:
        return False
    para = ctx.paragraphs[q.paragraph]
    if q.paragraph == p.paragraph + 1 and not ctx.text[para.start:q.open].strip():
        if p.run_on:
            return not cur.phrase
        if cur.attribution is not None or cur.phrase:
            return False
        return _only_attribution(ctx, p.close + 1, ctx.paragraphs[p.paragraph].end, cur, ends=1,
                                 paragraph=p.paragraph)
    if q.paragraph != p.paragraph:
        return False
    return _only_attribution(ctx, p.close + 1, q.open, cur, ends=0 if cur.phrase else 1,
                             paragraph=q.paragraph)


def _only_attribution(ctx: Context, start: int, end: int, cur: Assigned, *,
                      ends: int, paragraph: int) -> bool:
    """``text[start:end]`` is empty or only an attribution to ``cur``'s speaker, with at most ``ends``
    sentence ends (the one after the gap counted when the next character opens a sentence)."""
    gap = ctx.mtext[start:end]
    words = [w.casefold() for w in P.QUOTE_WORD.findall(gap)]
    if MASK in gap or len(words) > JOIN_GAP_WORDS or "that" in words:
        return False
    if not words:
        return True
    assert cur.speaker is not None
    name = cur.speaker.name
    said = any(a.speaker and a.speaker.name == name and start <= a.verb.start < end
               for a in ctx.attrs_in.get(paragraph, ()))
    limit = min(len(ctx.mtext), end + 3)
    return said and sum(1 for m in _ends(ctx.text, start, limit) if m.start() < end) <= ends


def quotations(assigned: Sequence[Assigned], ctx: Context) -> list[list[Assigned]]:
    """The quotes grouped into quotations: runs of parts that continue one another (see `_continues`)."""
    out: list[list[Assigned]] = []
    for d in assigned:
        if out and _continues(out[-1][-1], d, ctx):
            out[-1].append(d)
        else:
            out.append([d])
    return out


def quote_sentences(text: str, span: Span) -> list[Span]:
    """The sentences of a quotation, each of at least MIN_SENTENCE_WORDS words.

    Sources quote the same speaker sentence by sentence in different cuts
    (one quote of two sentences, two quotes of one, a "she added" between),
    so each sentence is compared on its own and one changed sentence is one
    divergence. A sentence too short to stand alone ("Yes.") stays with the
    one before it, or the one after when it opens the quote.
    """
    inner = text[span.start:span.end].rstrip(" .!?…\"”’'")
    if not any(c in inner for c in ".!?…"):
        return [span]
    cuts, start = [], span.start
    for m in _ends(text, span.start, span.end):
        cuts.append(Span(start, m.start() + 1))
        start = m.end()
    cuts.append(Span(start, span.end))
    def short(s: Span) -> bool:
        return len(P.QUOTE_WORD.findall(text[s.start:s.end])) < MIN_SENTENCE_WORDS

    out: list[Span] = []
    for cut in (c for c in (trim(text, c.start, c.end) for c in cuts) if c is not None):
        if out and (short(out[-1]) or short(cut)):
            out[-1] = Span(out[-1].start, cut.end)
        else:
            out.append(cut)
    return out or [span]


def _without_full_stop(text: str, span: Span) -> Span:
    """A quoted sentence's words without its closing full stop: "... up to the windows." is "... windows".

    Whether the stop sits inside the quotation marks or the sentence goes on
    with ", he said" is house style (British or American), like the trailing
    comma `trim` already drops, so the sentence one outlet closes and another
    runs on are the same words; the stop is no word of the speaker's. An
    ellipsis ("...") is kept: it marks words left out.
    """
    if span.end - span.start > 1 and text[span.end - 1] == "." and text[span.end - 2] != ".":
        return Span(span.start, span.end - 1)
    return span


def _quotation_mentions(parts: Sequence[Assigned], article: Article,
                        locate: Callable[[int], int]) -> Iterator[Mention]:
    """The QUOTE mentions of one quotation: one per sentence, each knowing its whole quotation.

    The quotation's passage is the one holding its attribution when that
    passage holds some of its words too, else the one holding its first words.

    The speaker is the first one a part names (a pronoun's guess only when no
    part names one): a part carried over from an attribution speaks for all.
    """
    text = article.text
    spoken = [d for d in parts if d.speaker is not None]
    named = [d for d in spoken if d.speaker and not d.speaker.by_pronoun] or spoken
    speaker = named[0].speaker if named else None
    cued = [d.attribution for d in parts if d.attribution is not None]
    whole = Span(parts[0].quote.span.start, parts[-1].quote.span.end)
    cut = [(d, [d.quote.span] if d.phrase else quote_sentences(text, d.quote.span)) for d in parts]
    statements = sum(len(spans) for d, spans in cut if not d.phrase)
    held = [locate(span.start) for _, spans in cut for span in spans]
    said = [p for p in (locate(a.verb.start) for a in cued) if p in held]  # not a sentence before the quote
    quotation = Quotation(whole, said[0] if said else held[0], text[whole.start:whole.end], statements)
    several = sum(len(spans) for _, spans in cut) > 1
    for d, spans in cut:
        for span in (spans if d.phrase else [_without_full_stop(text, s) for s in spans]):
            raw = text[span.start:span.end]
            yield Mention(
                kind=Kind.QUOTE, source=article.id, passage=locate(span.start),
                span=span, raw=raw, value=QuoteValue(text=raw, norm=_norm(raw), phrase=d.phrase),
                slot="phrase" if d.phrase else "statement", speaker=speaker.name if speaker else None,
                cues=(PRONOUN_SPEAKER,) if speaker and speaker.by_pronoun else (),
                quotation=quotation if several else None,
            )


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """QUOTE mentions, one per quoted sentence, with the speaker and quotation when the article gives them."""
    text = article.text
    paragraphs = paragraph_ranges(article, passages)
    quotes = find_quotes(text, paragraphs)
    mtext = masked(text, quotes)
    resolver = resolver_for(text)
    embeds = {q.paragraph: q for q in quotes if q.embed_speaker is not None}
    heads = [p.span.start for p in passages if p.role in ("title", "heading")]
    headings = frozenset(n for n, para in enumerate(paragraphs)
                         if any(para.start <= h < para.end for h in heads))
    attrs = find_attributions(mtext, paragraphs, resolver, embeds, headings)
    locate = passage_locator(passages)
    ctx = Context.build(text, mtext, paragraphs, quotes, attrs, resolver, headings)
    found = tuple(m for parts in quotations(assign(ctx), ctx)
                  for m in _quotation_mentions(parts, article, locate))
    heads_at = frozenset(p.index for p in passages if p.role in ("title", "heading"))
    return _without_heading_echoes(found, heads_at)


def _without_heading_echoes(found: tuple[Mention, ...], heads: frozenset[int]) -> tuple[Mention, ...]:
    """Drop a title's or heading's quote whose words the body quotes (`_cut_of`): it echoes that quotation.

    "## 'Like a ghost in the garden'" over a paragraph quoting "It moved like a
    ghost in the garden" is the editor's cut of the body quote, not a second
    statement; kept, it is a short variant of its own that another outlet's
    altered version of the full quote never fits, and so it splits the fact,
    and it has no speaker of its own to give (a heading starts a section).
    """
    def words(m: Mention) -> tuple[str, ...]:
        return tuple(_WORD.findall(m.value.norm)) if isinstance(m.value, QuoteValue) else ()

    body = [w for m in found if m.passage not in heads and (w := words(m))]

    def echoed(m: Mention) -> bool:
        w = words(m)
        return bool(w) and any(_cut_of(w, b) or _retold_run(w, b) for b in body)

    return tuple(m for m in found if m.passage not in heads or not echoed(m))


# A heading of this many words or more may leave words of the body quote out; shorter ones must be a
# run of it ("'Safe'" is no cut of "it is not safe").
_CUT_MIN_WORDS = 3


def _cut_of(cut: tuple[str, ...], quote: tuple[str, ...]) -> bool:
    """Whether a heading's words are the editor's cut of a body quote: a run of it, or nearly one.

    Headline style drops small words: "'Numbers none of us dared predict'"
    over "... in numbers none of us dared to predict" leaves out "to". The
    heading's words must come in the quote's order, from its first word to
    its last within one stretch of the quote, with at most one word in three
    left out between them (and none for a heading under _CUT_MIN_WORDS
    words); a heading that changes or adds a word is no cut.
    """
    n = len(cut)
    allowed = n // 3 if n >= _CUT_MIN_WORDS else 0
    for i in range(len(quote) - n + 1):
        if quote[i] != cut[0]:
            continue
        k, j = 1, i + 1
        while k < n and j < len(quote) and j - i - k <= allowed:
            if quote[j] == cut[k]:
                k += 1
            j += 1
        if k == n and j - i - n <= allowed:
            return True
    return False


# A heading that retells a body quote keeps a run of at least this many of its words, in its order...
_RUN_MIN_WORDS = 4
# ... and that run is at least this share of the heading's words.
_RUN_SHARE = 2 / 3


def _retold_run(cut: tuple[str, ...], quote: tuple[str, ...]) -> bool:
    """Whether a heading keeps a long run of a body quote and only rewords its edge.

    A crosshead often names what the quote's pronoun points to: "'An hour a
    day in the van'" over "...we spend more than an hour a day in it". That
    is no cut (`_cut_of`: it changes a word), yet it is the editor's
    retelling of the quote below, and no speaker says it: kept, it stood as a
    rival reading of another outlet's full quote. The run must hold
    _RUN_MIN_WORDS words and _RUN_SHARE of the heading's, so a heading that
    shares a stock phrase ("at the end of the day") with a quote stays.
    """
    n = len(cut)
    need = max(_RUN_MIN_WORDS, math.ceil(_RUN_SHARE * n))
    if n < need:
        return False
    best = 0
    for i in range(n):
        for j in range(len(quote)):
            k = 0
            while i + k < n and j + k < len(quote) and cut[i + k] == quote[j + k]:
                k += 1
            best = max(best, k)
    return best >= need


_WORD = regex(r"[\w']+")
