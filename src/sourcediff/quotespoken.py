"""A short quote a verb of saying gives a named speaker, quoted by no outlet at greater length.

A quote of a few words woven into a sentence is a phrase (extract/quotes.py),
left out of judging: most are scare quotes, labels and titles. A phrase a
verb of saying or describing credits to a speaker in its own sentence is
something else: "The operator said it was “disappointed but not surprised”",
"Her brother called her “shaken but stubborn”" are that person's words, which
an editor checks across outlets as surely as a whole sentence. When another
outlet quotes the whole sentence the fragment joins that fact
(quotefragments.py); when none does, nothing showed the words at all.

Such a phrase becomes a quotation fact of its own, the same words credited
to the same speaker by other outlets joining it (agreed), any other outlet
leaving it unique. It never diverges from anything: a short quote is cut and
reworded across outlets by normal editing, too weak a piece of evidence to
set against another version. A phrase whose words another quotation holds
stays out (that quotation is the fact, and quotefragments.py decides whether
the fragment joins it), and so does a phrase that names rather than
speaks: a title or a name in capitals, a nickname between a first name and
a surname, words after "so-called", "known as", "the slogan".
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcediff.compat import quote_words, speaker_key
from sourcediff.extract import patterns as P
from sourcediff.extract.quotes import CHARACTERIZE
from sourcediff.model import Kind, Mention
from sourcediff.quotefacts import Judged
from sourcediff.quotefragments import _holds, sentence_lead
from sourcediff.regexcache import regex
from sourcediff.values import QuoteValue

# Fewest words of a spoken phrase: one quoted word ("a “disgrace”") is as often a label as a verdict.
SPOKEN_PHRASE_MIN_WORDS = 2
# Words right before the opening mark that name the quoted words rather than speak them.
_NAMING = regex(r"(?:\bso-called|\bknown as|\bnicknamed|\bdubbed|\btitled|\bentitled|\bnamed|\bcalled|"
                r"\bheadlined|\bwords?|\bterms?|\bphrases?|\bslogans?|\bmottos?|\bhashtags?|\bheadlines?|"
                r"\blabels?|\bbanners?|\bsigns?)\s*$")
# Small words a title leaves in lower case ("Bridge of Sighs", "Out of the Blue").
_TITLE_SMALL = frozenset("a an and at by for in of on or the to with".split())


def spoken_phrases(facts: Sequence[Judged], phrases: Sequence[Mention], texts: dict[str, str],
                   order: dict[str, int]) -> list[list[Mention]]:
    """Groups of spoken ``phrases`` that are in no fact of ``facts`` and whose words no quotation holds."""
    held = [quote_words(m.value) for group, *_ in facts for m in group if isinstance(m.value, QuoteValue)]
    used = {(m.source, m.span) for group, *_ in facts for m in group}
    groups: list[list[Mention]] = []
    for p in sorted(phrases, key=lambda m: (order[m.source], m.span.start)):
        if (p.source, p.span) in used or not _spoken(p, texts.get(p.source, "")):
            continue
        assert isinstance(p.value, QuoteValue)
        words = quote_words(p.value)
        if any(_holds(w, words) for w in held if len(w) > len(words)):
            continue
        for group in groups:
            if _same(group[0], p) and p.source not in {m.source for m in group}:
                group.append(p)
                break
        else:
            groups.append([p])
    return groups


def _same(a: Mention, b: Mention) -> bool:
    """The same words (house style folded) credited to speakers sharing a word."""
    assert isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue)
    return (quote_words(a.value) == quote_words(b.value) and a.speaker is not None and b.speaker is not None
            and bool(set(speaker_key(a.speaker)) & set(speaker_key(b.speaker))))


def _spoken(p: Mention, text: str) -> bool:
    """A phrase a verb of saying or describing credits to a speaker in its own sentence, naming nothing."""
    if p.kind is not Kind.QUOTE or not isinstance(p.value, QuoteValue) or not p.value.phrase or not p.speaker:
        return False
    words = p.value.text.split()
    if len(quote_words(p.value)) < SPOKEN_PHRASE_MIN_WORDS or _title(words):
        return False
    lead = sentence_lead(text, p.span.start)
    bare = lead.rstrip(" “\"‘'")
    if _NAMING.search(bare) or _nickname(bare, text[p.span.end:p.span.end + 40]):
        return False
    return (P.SPEECH_VERB.search(lead) is not None
            or CHARACTERIZE.search(text, p.span.start - len(lead), p.span.start) is not None)


def _title(words: Sequence[str]) -> bool:
    """Every word capitalized but a title's small words: a title or a name, not a statement."""
    return words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL for w in words)


def _nickname(before: str, after: str) -> bool:
    """Between a first name and a surname (Jo “The Hammer” Ode)."""
    prev, nxt = before.split()[-1:], after.lstrip(" ”\"’'").split()[:1]
    return bool(prev and nxt and prev[0][:1].isupper() and nxt[0][:1].isupper())
