"""A reported fragment of a quotation another outlet gives whole: "said they were “both well and resting”".

A short quote woven into a sentence is a phrase (extract/quotes.py), left out
of judging, since most are scare quotes and labels ("so-called “smart”
meters"). But a fragment after a verb of saying in its own sentence is the
speaker's words, cut: a tabloid's "Tveit said mum and baby were “both well
and resting”" quotes the wire's "Mother and daughter are both well and
resting, and ...". Left out, the tabloid was missing from that quotation's
fact, and a fact about who said it could not count its version.

Such a fragment joins the quotation fact one of whose mentions holds its
words as one run (SAME_QUOTE_MIN_WORDS or more, house style folded), in a
source the fact has not yet: here it is never a fact of its own, so a scare quote
with no such partner stays wording (a phrase credited to a speaker that no
quotation holds becomes its own fact: quotespoken.py). The verdict is judged again
with it (a unique quotation quoted by a second outlet agrees); a divergent
fact stays divergent, and a fragment never makes one: one credited to a
speaker sharing no word with the fact's stays out (`_other_speaker`).

A shorter fragment (SPOKEN_FRAGMENT_MIN_WORDS: "within 28 days") is too
common a phrase to join on its words alone, but one that holds a figure and
is credited to the fact's own speaker ("Calder promised grants “within 28
days”") is that speaker's words cut: without it, the whole quotation read
"only in wire" while two outlets quoted its fragment. A short fragment with
no figure ("but otherwise unhurt") stays out, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcediff.compat import SAME_QUOTE_MIN_WORDS, quote_words, speaker_key
from sourcediff.extract import patterns as P
from sourcediff.factverdicts import _verdict
from sourcediff.model import Kind, Mention, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.regexcache import regex
from sourcediff.values import QuoteValue
from sourcediff.wording import styled_words

# Verbs that give a judge's, panel's or inquiry's words ("found that ... were “...”", "ruled it “...”").
_FINDING_VERB = regex(r"\b(?:found|finds|ruled|rules|held|holds|decided|decides|judged|"
                      r"described|describes)\b")

# Fewest words of a fragment credited to the quotation's own speaker (see the module's docstring).
SPOKEN_FRAGMENT_MIN_WORDS = 3
# Fewest words of a fragment whose reported words run on into it as the quotation's (`_echoed`).
ECHO_FRAGMENT_MIN_WORDS = 2
# How far back a fragment's own sentence is searched for its verb of saying.
LEAD_CHARS = 200
# The end of the sentence before a fragment's own.
_SENTENCE_BREAK = regex(r"[.!?…][”\"’')\]]*\s+|\n")


def attach_fragments(facts: Sequence[Judged], phrases: Sequence[Mention], texts: dict[str, str],
                     people: frozenset[str], order: dict[str, int]) -> list[Judged]:
    """``facts`` with each reported fragment of ``phrases`` joined to the quotation fact holding its words."""
    out = list(facts)
    for p in phrases:
        text = texts.get(p.source, "")
        reported = _reported(p, text)
        if not reported and not _after_saying(p, text, ECHO_FRAGMENT_MIN_WORDS):
            continue
        assert isinstance(p.value, QuoteValue)
        words = quote_words(p.value)
        for n, (group, verdict, claim, role) in enumerate(out):
            if group[0].kind is not Kind.QUOTE or not _room_for(p, group) or _other_speaker(p, group):
                continue
            echoed = _echoed(p, text, group)
            short = len(words) < SAME_QUOTE_MIN_WORDS
            if not echoed and (not reported or (short and not _spoken_figure(p, group))):
                continue
            if any(isinstance(m.value, QuoteValue) and _holds(quote_words(m.value), words) for m in group):
                joined = sorted([*group, p], key=lambda m: (order[m.source], m.span.start))
                # the fragment only adds a source: a lone quotation is now agreed, no verdict gets worse
                again = verdict if verdict is Verdict.DIVERGE else _verdict(joined, False, people)
                if again is Verdict.DIVERGE and verdict is not Verdict.DIVERGE:
                    again = Verdict.AGREE
                out[n] = (joined, again, claim, role)
                break
    return out


def _room_for(p: Mention, group: Sequence[Mention]) -> bool:
    """True when the fact has no mention of the fragment's source, or only that sentence's other fragments.

    "said the camera was “the real story here” but warned that the price
    “will hold it back in Europe”" cuts one quoted sentence in two: the
    second fragment, a statement of its own, was in the fact, and the first
    stayed out because its source already was. A fragment of the same
    passage, by the same speaker, is the rest of that one quotation; a
    mention of the source in another passage is another quotation of it.
    """
    mine = [m for m in group if m.source == p.source]
    return all(m.passage == p.passage and m.speaker == p.speaker and m.span != p.span for m in mine)


def _reported(p: Mention, text: str) -> bool:
    """A phrase of SPOKEN_FRAGMENT_MIN_WORDS or more after a verb of saying or finding in its own sentence.

    A court report gives a ruling's words after the verb of the ruling, not
    of speech: "the judge found that the assurances were “specific, credible
    and reliable”", "ruled it “unlawful from the outset”", "described the
    claim as “wholly without merit”". Those are the judge's words, cut, as
    surely as after "said" (_FINDING_VERB); like any fragment, they join
    only a quotation that holds them.
    """
    return _after_saying(p, text, SPOKEN_FRAGMENT_MIN_WORDS)


def _after_saying(p: Mention, text: str, fewest: int) -> bool:
    """A phrase of ``fewest`` words or more after a verb of saying or finding in its own sentence."""
    if not (isinstance(p.value, QuoteValue) and p.value.phrase):
        return False
    if len(quote_words(p.value)) < fewest:
        return False
    lead = sentence_lead(text, p.span.start)
    return P.SPEECH_VERB.search(lead) is not None or _FINDING_VERB.search(lead) is not None


def _echoed(p: Mention, text: str, group: Sequence[Mention]) -> bool:
    """A fragment whose reported words run on into it as the quotation's own: "said the fire had put
    lives, homes and wildlife in “grave danger”" against "... it put lives, homes and wildlife in grave
    danger".

    Two quoted words alone are too common a phrase to join a quotation (the
    fragments above ask for SPOKEN_FRAGMENT_MIN_WORDS, or for four without a
    figure); but when the unquoted words right before them, in the same
    sentence, are themselves a run of the quotation as long as one the judge
    matches alone (SAME_QUOTE_MIN_WORDS) and the quoted words continue it,
    the outlet paraphrased the speaker's sentence and quoted its end: the
    fragment is a cut of that quotation (benchmarks/notes/arsonarrest_story.md).
    One shared word before a short fragment ("would get “a repair grant”")
    is no such run: it stays out.
    The fragment must be credited to a speaker of the fact: a shared run of
    plain words alone could be two people's stock phrase.
    """
    assert isinstance(p.value, QuoteValue)
    if not p.speaker:
        return False
    mine = set(speaker_key(p.speaker))
    if not any(mine & set(speaker_key(m.speaker)) for m in group if m.speaker):
        return False
    words = quote_words(p.value)
    lead = styled_words(sentence_lead(text, p.span.start))
    if len(lead) < SAME_QUOTE_MIN_WORDS:
        return False
    run = (*lead[-SAME_QUOTE_MIN_WORDS:], *words)
    return any(isinstance(m.value, QuoteValue) and _holds(quote_words(m.value), run) for m in group)


def sentence_lead(text: str, start: int) -> str:
    """The words of its own sentence before ``start`` (at most LEAD_CHARS): where a phrase's verb stands."""
    lead = text[max(0, start - LEAD_CHARS):start]
    breaks = list(_SENTENCE_BREAK.finditer(lead))
    return lead[breaks[-1].end():] if breaks else lead


def _other_speaker(p: Mention, group: Sequence[Mention]) -> bool:
    """True when the fragment names a speaker sharing no word with any speaker of the fact.

    "as quickly as possible", credited to one official, is no cut of another's
    "... to release a fix as quickly as possible": a short fragment is weak
    evidence, too weak to set one speaker against another, so it stays out.
    A fact whose sources credit its words to two people (one of them wrongly)
    takes the fragment credited to either: it sides with that speaker.
    """
    if not p.speaker:
        return False
    mine = set(speaker_key(p.speaker))
    theirs = [set(speaker_key(m.speaker)) for m in group if m.speaker]
    return bool(theirs) and not any(mine & key for key in theirs)


def _spoken_figure(p: Mention, group: Sequence[Mention]) -> bool:
    """A short fragment holding a figure, credited to a speaker sharing a word with the fact's."""
    if not p.speaker or not any(ch.isdigit() for ch in p.raw):
        return False
    mine = set(speaker_key(p.speaker))
    return any(mine & set(speaker_key(m.speaker)) for m in group if m.speaker)


def _holds(long: Sequence[str], short: Sequence[str]) -> bool:
    """True when ``short`` is one run of ``long``'s words."""
    n = len(short)
    return any(tuple(long[i:i + n]) == tuple(short) for i in range(len(long) - n + 1))
