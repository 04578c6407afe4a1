"""Two passages sharing a run of two content words no other passage holds are linked (issue #11).

Outlets that state one fact in their own words still keep its rare words
together: "had doubled its night crossing crews" and "staff numbers on the
night crossing crews have doubled". The pair model weighs such a run among all
the words the two sentences do not share, and against a long sentence
stating other facts too it scores the pair under ``merge_at``.

A run of two adjacent content words (no stop word, no single letter, no
figure: figures are measurejoin's; no word capitalised inside a sentence: a
person's or a firm's name is named in sentences about several facts) that the story states in one passage of
each of two sources, and in no headline and no other passage at all, names
one thing those two passages speak of: a phrase the story repeats ("the
river bank", the subject's name) is in many passages and links nothing.
The link is made only for a pair the candidate index proposed and the pair
model scored at ``floor`` or over (the model's doubt is what the phrase
removes, its refusal is kept), and only when neither passage sits in a claim
with the other's source already: the clustering chose its partner there, and
linking such passages too (two sentences naming one thing for two facts,
"stop flying" in a statement and in a quote) raised the wrong pairs more than
the found ones (benchmarks/notes/align46.md).

A story of fewer than two other passages links nothing: a run "no other
passage holds" is evidence only where other sentences could have held it.
Two one-sentence articles (a pair of paraphrase candidates) share every run of
theirs with no one, and linking them on it turned five of MRPC dev's
different-claim pairs into claims (accuracy 0.780 -> 0.770). A one-paragraph
brief among longer articles still links: the others' sentences test the run.

One seated passage is read clause by clause (clausejoin.clause_spans, without the
cuts that need a clause's own figure: an apposition or a tail stating one): a
sentence stating two facts ("The dome reopened in May, and the night tours
will return in June") sits with the other source for one of them; when the
run lies in another clause than the one its seat rests on (the clause sharing
the most words with the seat's other-source members), that clause's fact is a
second one and may take a second seat. A passage that does not split, or
whose run lies in its seat's clause, speaks there of the seat's fact: a
role or a time ("managing director", "last month") named in sentences
about two facts. When both passages are seated with the other's source the
link is not made. join_measures cannot seat such a link (the passage is not apart from
the other source, nor linked with a whole claim): :func:`second_seats` gives it a
claim of two (benchmarks/notes/align46b.md).

The floor is 0.2, not 0: under it the two passages that share a run were
mostly two facts ("spotted the first swan" and "its first swan cull"; align46.md).

The links are joined by measurejoin.join_measures, in a run of their own,
so its guards decide: a passage joins a claim only when it is linked with
every member of another source there, and two passages apart form a claim
of their own.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise

from sourcediff.align.clausejoin import clause_spans
from sourcediff.align.clusterbase import seated_with
from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.terms import STOP, stem
from sourcediff.text import WORD, fold_keep_case

Pair = tuple[int, int]
Phrase = tuple[str, str]
# The pair model's score a phrase-linked pair needs: under it the model read two different facts.
PHRASE_FLOOR = 0.2
# The other (non-headline) passages a story needs before a run none of them holds counts as rare.
MIN_OTHERS = 2
# What may stand right before a sentence's first word: its capital is no name's.
_OPENERS = (".", "!", "?", ":", '"', "'", "(", "-")
# text.WORD as one group: its split gives each word and what stands before it, in one scan.
_WORD_SPLIT = regex(f"({WORD.pattern})", WORD.flags)
# Words that only name a figure's unit ("per cent" of a rate and of a share price): glue, like stop words.
_UNIT_WORDS = frozenset({"per", "cent", "percent"})
# Spelled numbers ("eight seconds", "thousands of new homes"): a seated passage's second clause sharing
# one states a figure, and a figure's claim is measurejoin's (a vague "thousands" joined with "4,200"
# turned that figure's verdict; benchmarks/notes/align46b.md).
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "dozen")
NUMBER_STEMS = frozenset(stem(w) for w in (*WORD_VALUES, *_SCALE_WORDS, *(w + "s" for w in _SCALE_WORDS)))


def phrases(text: str) -> frozenset[Phrase]:
    """The text's runs of two adjacent content words that name no one, as stems.

    A word capitalised inside a sentence is a name's ("Dr Ada Kell", "Norvik Signal Works"): outlets
    name a person or a firm in sentences about several facts, so a name shared is no wording shared.
    """
    return phrases_folded(fold_keep_case(text))


def phrases_folded(folded: str) -> frozenset[Phrase]:
    """:func:`phrases` of a text already folded by ``fold_keep_case`` (a passage's ``Wording.kept``).

    One C scan cuts the text into the words and what stands before each (``_WORD_SPLIT``): a match
    object per word, its text and its place read in Python, cost a third more. A word is inside a
    sentence when the last visible character before it opens no sentence or quote; with only white
    space before it, that character is the previous word's last, a letter or digit.
    """
    parts = _WORD_SPLIT.split(folded)  # [before word 0, word 0, before word 1, word 1, ..., after the last]
    words = parts[1::2]
    keys: list[str | None] = list(map(_word_key, words))  # each word's stem, or None where no run may pass
    for n, word in enumerate(words):
        if keys[n] is not None and word[0].isupper():
            before = parts[2 * n].rstrip()
            if before[-1] not in _OPENERS if before else n > 0:
                keys[n] = None  # a name's word
    return frozenset((a, b) for a, b in pairwise(keys) if a is not None and b is not None)


@functools.lru_cache(maxsize=65536)
def _word_key(word: str) -> str | None:
    """A word's stem when it is a content word, else None: one cached look-up a word of every passage.

    A story repeats its words from passage to passage; folding, the content test and the stem were
    three calls a word each time.
    """
    low = word.casefold()
    return stem(low) if _content(low) else None


def _content(word: str) -> bool:
    return (len(word) > 2 and word not in STOP and word not in _UNIT_WORDS
            and (word.isalpha() or not any(ch.isdigit() for ch in word)))


def phrase_links(texts: Sequence[str], source_of: Sequence[str], probs: Mapping[Pair, float], floor: float,
                 claims: Sequence[Sequence[int]] = (), titles: Collection[int] = (),
                 folded: Sequence[str] | None = None) -> dict[Pair, list[Mention]]:
    """Proposed pairs of two sources at ``floor`` or over sharing a phrase only they hold (module doc).

    The links carry no mentions: join_measures reads them as links whose measure is none. ``folded``:
    each text as ``fold_keep_case`` made it (the passages' ``Wording.kept``), so it is not folded again.
    """
    if len(texts) - len(set(titles) & set(range(len(texts)))) - 2 < MIN_OTHERS:
        return {}  # too few other sentences to tell a rare run from any run
    held: list[frozenset[Phrase]] = ([phrases(t) for t in texts] if folded is None
                                     else [phrases_folded(f) for f in folded])
    where: dict[Phrase, list[int]] = defaultdict(list)
    for n, ps in enumerate(held):
        for p in ps:
            where[p].append(n)
    beside = seated_with(claims, source_of)  # passage -> the other sources it sits with
    out: dict[Pair, list[Mention]] = {}
    for (a, b), score in probs.items():
        if score < floor or source_of[a] == source_of[b] or a in titles or b in titles:
            continue
        runs = [p for p in held[a] & held[b] if where[p] == sorted((a, b))]
        if not runs:
            continue
        seated_a, seated_b = source_of[b] in beside[a], source_of[a] in beside[b]
        if seated_a and seated_b:
            continue  # both seated with the other source: the clustering chose their partners there
        if seated_a or seated_b:
            counted = _counted(texts[a]) | _counted(texts[b])
            runs = [r for r in runs if r not in counted]
        for x, y, seated in ((a, b, seated_a), (b, a, seated_b)):
            if seated:
                seats = [[texts[m] for m in claim if source_of[m] != source_of[x]] for claim in claims
                         if x in claim and any(source_of[m] == source_of[y] for m in claim)]
                if not second_clause(texts[x], runs, seats):
                    break
        else:
            out[(a, b) if a < b else (b, a)] = []
    return out


def second_clause(text: str, runs: Collection[Phrase], seats: Sequence[Sequence[str]]) -> bool:
    """Whether a run of ``text`` (no spelled number in it) lies in a clause its ``seats`` do not rest on.

    ``seats`` are the other-source members' texts of each claim the passage sits in with the
    other source; each rests on the clause sharing the most content words with them.
    """
    spans = clause_spans(text, second_seat_cuts=False)  # a run is no figure of a tail's own
    clauses = [text[s:e] for s, e in spans]
    worded = {run for run in runs if not NUMBER_STEMS & set(run)}
    holding = {k for k, clause in enumerate(clauses) if phrases(clause) & worded}
    if not holding:
        return False  # no split, or the run spans a boundary: one fact's wording
    words = [_stems(clause) for clause in clauses]
    rests: set[int] = set()
    for members in seats:
        theirs = [_stems(t) for t in members]
        rests.add(max(range(len(clauses)), key=lambda k: sum(len(words[k] & w) for w in theirs)))
    return not holding <= rests


def _counted(text: str) -> frozenset[Phrase]:
    """The runs within three words after a number ("4,200 new homes", "thousands of new homes").

    Such a run names what a figure counts: the pair's fact is that figure, measurejoin's, and a
    vague "thousands" seated with "4,200" turned that figure's verdict (align46b.md).
    """
    ws = [m.group().casefold() for m in WORD.finditer(fold_keep_case(text))]
    out: set[Phrase] = set()
    for n, w in enumerate(ws):
        if any(ch.isdigit() for ch in w) or stem(w) in NUMBER_STEMS:
            out.update((stem(a), stem(b)) for a, b in pairwise(ws[n + 1:n + 5]))
    return frozenset(out)


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in (m.group().casefold() for m in WORD.finditer(text)) if _content(w))


def second_seats(claims: list[list[int]], links: Collection[Pair]) -> list[list[int]]:
    """The claims, with a claim of two for each link no claim holds after join_measures.

    join_measures seats only passages apart or linked with a whole claim: a passage
    seated with the other source for one clause's fact gets its second clause's seat here,
    as clausejoin gives a lead a second seat.
    """
    held = {(a, b) for claim in claims for a in claim for b in claim if a < b}
    return [*claims, *(sorted(pair) for pair in sorted(links) if tuple(sorted(pair)) not in held)]
