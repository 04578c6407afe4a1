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

A source of one passage links nothing: a run "no other passage holds" is
evidence only where its article had other sentences to hold it. Two
one-sentence articles (a pair of paraphrase candidates) share every run of
theirs with no one, and linking them on it turned five of MRPC dev's
different-claim pairs into claims (accuracy 0.780 -> 0.770).

The floor is 0.2, not 0: under it the two passages that share a run were
mostly two facts ("spotted the first swan" and "its first swan cull"; align46.md).

The links are joined by measurejoin.join_measures, in a run of their own,
so its guards decide: a passage joins a claim only when it is linked with
every member of another source there, and two passages apart form a claim
of their own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise

from sourcediff.model import Mention
from sourcediff.terms import STOP, stem
from sourcediff.text import WORD, fold_keep_case

Pair = tuple[int, int]
Phrase = tuple[str, str]
# The pair model's score a phrase-linked pair needs: under it the model read two different facts.
PHRASE_FLOOR = 0.2
# What may stand right before a sentence's first word: its capital is no name's.
_OPENERS = (".", "!", "?", ":", '"', "'", "(", "-")
# Words that only name a figure's unit ("per cent" of a rate and of a share price): glue, like stop words.
_UNIT_WORDS = frozenset({"per", "cent", "percent"})


def phrases(text: str) -> frozenset[Phrase]:
    """The text's runs of two adjacent content words that name no one, as stems.

    A word capitalised inside a sentence is a name's ("Dr Ada Kell", "Norvik Signal Works"): outlets
    name a person or a firm in sentences about several facts, so a name shared is no wording shared.
    """
    folded = fold_keep_case(text)
    ws = [(m.group().casefold(), _named(folded, m.start(), m.group())) for m in WORD.finditer(folded)]
    out: set[Phrase] = set()
    for (a, a_name), (b, b_name) in pairwise(ws):
        if _content(a) and _content(b) and not a_name and not b_name:
            out.add((stem(a), stem(b)))
    return frozenset(out)


def _named(text: str, start: int, word: str) -> bool:
    """Whether the word at ``start`` is capitalised where a sentence does not begin."""
    return word[0].isupper() and not text[:start].rstrip().endswith(_OPENERS) and bool(text[:start].strip())


def _content(word: str) -> bool:
    return (len(word) > 2 and word not in STOP and word not in _UNIT_WORDS
            and not any(ch.isdigit() for ch in word))


def phrase_links(texts: Sequence[str], source_of: Sequence[str], probs: Mapping[Pair, float], floor: float,
                 claims: Sequence[Sequence[int]] = (),
                 titles: Collection[int] = ()) -> dict[Pair, list[Mention]]:
    """Proposed pairs of two sources at ``floor`` or over sharing a phrase only they hold (module doc).

    The links carry no mentions: join_measures reads them as links whose measure is none.
    """
    held: list[frozenset[Phrase]] = [phrases(t) for t in texts]
    where: dict[Phrase, list[int]] = defaultdict(list)
    for n, ps in enumerate(held):
        for p in ps:
            where[p].append(n)
    beside: dict[int, set[str]] = defaultdict(set)  # passage -> the other sources it sits with
    for claim in claims:
        for n in claim:
            beside[n].update(source_of[m] for m in claim if m != n)
    sizes = Counter(source_of[n] for n in range(len(texts)) if n not in titles)
    out: dict[Pair, list[Mention]] = {}
    for (a, b), score in probs.items():
        if score < floor or source_of[a] == source_of[b] or a in titles or b in titles:
            continue
        if sizes[source_of[a]] < 2 or sizes[source_of[b]] < 2:
            continue  # an article of one passage: nothing else in it could have held the run
        if source_of[b] in beside[a] or source_of[a] in beside[b]:
            continue  # a passage seated with the other source: the clustering chose its partner there
        if any(where[p] == sorted((a, b)) for p in held[a] & held[b]):
            out[(a, b) if a < b else (b, a)] = []
    return out
