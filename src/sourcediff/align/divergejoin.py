"""A source's passage that states a claim's named figure otherwise joins the claim (issue #11).

A divergence is found only when the diverging source's passage sits in one
claim with the others' (the judge compares figures within a claim). Yet the
conflicting figure itself keeps it out: the pair model reads a figure
conflict as evidence of two facts, and the seat rules refuse a passage whose
figure conflicts with a member's (splitseat's ``figures_conflict``). On our
stories 319 of 5114 sources of a diverging gold fact sat in no claim with
another source's passage (benchmarks/divergent_seats.py,
benchmarks/notes/align65.md): the local paper's "almost £1.6bn" for the
others' "£1.73 billion" scored 0.16 with them.

Two passages of different sources that are each other's best partner (of
the passages of the other's source, the one the model scores highest,
figurepairs.best_partners) and give one named slot two values that cannot
be one figure ("£1.6bn" against "£1.73bn": a sum in pounds; "5 bidders"
against "6 bidders": a count of bidders) are how a divergence looks: the
model's own ranking ties them, and the slot they share says what they
disagree on. Such a passage x joins the claim C of its partner y when

- x's source has no passage in C (it takes no seat), and x shares no claim
  with a passage of y's source yet (it was seated nowhere with it);
- the slot names what it counts: a sum in its currency, a count with its
  noun, a measure in its unit (figurepairs.UNTIED: no clock, date,
  duration, percent or count without its noun, which a story states for
  many things);
- the two values are of one size (within a factor :data:`NEAR`): a slip or
  a rival estimate, not another fact of the same noun ("4,000 homes"
  without power against "180 homes" flooded);
- no passage of another source states x's value (a figure two sources
  give is a fact of its own, not one source's copy);
- every other named slot of x is stated, fitting, by a member of C (the
  rest of x's evidence is shared);
- every member of C of another source than y's states the slot with a value
  that fits y's and not x's (C is the slot's claim, and its sources agree
  on it; a member stating no such figure sits there for another fact);
- neither x nor any member of C is a headline;
- no source of the story counts the slot's noun with two values that cannot
  be one figure in two passages of its own ("21 wards now" and, elsewhere,
  "30 wards by 2030"): the story counts several sets of the noun, and the
  lone figure may be another set, no rival copy (:func:`_one_set`);
- x shares more with C than its figure (:func:`_worded_alike`): a word or a
  name rarer across the story than a ubiquitous term (leadjoin.rare_terms),
  not the slot's noun, that a member of another source holds too. A bare
  box line ("Stations: 15") has no word but its label: it joins only when
  every word of its label is a member's. A lone figure near the claim's is
  no evidence of one fact on its own: the merged align65 joined a fact
  box's "Wards: 22, including a children's unit" to three outlets' 21 wards
  beside one outlet's 30 wards by 2030, and a box's unrelated "Grant
  awarded" sum to a grant's claim (benchmarks/notes/align67.md).

Cost: one pass over the candidate pairs (the best partners), then per claim
member its best partners; no pair is scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from sourcediff.align.clusterbase import Pair, seated_with
from sourcediff.align.clusterfigures import COUNT_FAMILY, Figures, figures_conflict
from sourcediff.align.features import PassageDoc, Story
from sourcediff.align.figurepairs import UNTIED, best_partners
from sourcediff.align.leadjoin import rare_terms
from sourcediff.align.phrasejoin import NUMBER_STEMS
from sourcediff.terms import content_stems, stem

NEAR = 2.0  # two values of one figure, one source's slip or estimate against the others': of one size
_BULLETS = "-*\u2022\u2013\u2014 \t"  # what a box line may open with before its label


@dataclass(frozen=True)
class Worded:
    """A passage's words as the join weighs them: what it must share with a claim besides its figure."""

    rare: frozenset[str]  # content stems and names rarer across the story than a ubiquitous term
    terms: frozenset[str]  # all its content stems and names (no figure's digits or scale word)
    label: frozenset[str] | None = None  # a bare box line's label stems ("Stations: 15"); None for prose


def worded(doc: PassageDoc, text: str, story: Story) -> Worded:
    """The passage's :class:`Worded`: its rare stems and names (no figure keys), and a bare line's label."""
    terms = frozenset(t for t in (*doc.stems, *doc.names) if _worded(t))
    return Worded(rare_terms(doc, story) & terms, terms, bare_label(text) if doc.boxed else None)


def _worded(term: str) -> bool:
    """Whether a stem is a word, no figure's digits, scale or spelling ("2.74m", "million", "thirty-six")."""
    if any(ch.isdigit() for ch in term):
        return False
    return not all(stem(part) in NUMBER_STEMS for part in term.split("-"))


def bare_label(text: str) -> frozenset[str] | None:
    """The label stems of a box line stating nothing but its label and figure ("Grant awarded: £1.9m").

    None when the text is no "Label: figure" line or says more after its figure ("Wards: 22, including
    a children's unit"): those words are the line's evidence, weighed as prose's.
    """
    label, colon, rest = text.strip().lstrip(_BULLETS).partition(":")
    if not colon or "\n" in label:
        return None
    stems = frozenset(content_stems(label))
    if not stems or any(_worded(s) for s in content_stems(rest)):
        return None
    return stems


def join_divergent(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                   figures: Sequence[frozenset[str]], said: Callable[[int], Worded],
                   titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, each joined by the best partner of a member stating its named slot otherwise.

    ``said`` gives a passage's :class:`Worded` (asked only of the few passages that pass the figure tests).
    """
    best = best_partners(probs, source_of)
    mutual: dict[int, list[int]] = defaultdict(list)  # a passage -> its mutual best partners
    for (y, _), x in best.items():
        if best.get((x, source_of[y])) == y:
            mutual[y].append(x)
    if not mutual:
        return claims
    seated = seated_with(claims, source_of)
    named = [_named(keys) for keys in figures]
    stating: dict[str, list[int]] = defaultdict(list)  # a slot -> the passages stating it
    for n, slots in enumerate(named):
        for slot in slots:
            stating[slot].append(n)
    out = [list(c) for c in claims]
    taken: set[int] = set()
    for n, claim in enumerate(claims):
        if any(m in titles for m in claim):
            continue
        sources = {source_of[m] for m in claim}
        chosen: dict[str, tuple[float, int]] = {}
        for y in claim:
            for x in mutual.get(y, ()):
                if (source_of[x] in sources or x in titles or x in taken or source_of[y] in seated.get(x, ())
                        or not _diverges(x, y, claim, source_of, named, stating, said)):
                    continue
                p = probs.get((min(x, y), max(x, y)), 0.0)
                held = chosen.get(source_of[x])
                if held is None or p > held[0]:
                    chosen[source_of[x]] = (p, x)
        for _, x in sorted(chosen.values()):
            taken.add(x)
            out[n].append(x)
    return [sorted(c) for c in out]


def _named(keys: frozenset[str]) -> dict[str, Figures]:
    """A passage's figures by slot (the key before its value), of the slots that name what they count.

    Each keeps its qualifiers, so that a hedge or a bound ("more than 2 million") fits as the judge fits it.
    """
    slots: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        slot = key.partition("=")[0]
        if not key.startswith(UNTIED) and slot != COUNT_FAMILY:
            slots[slot].add(key)
    qualifiers = keys.qualifiers if isinstance(keys, Figures) else {}
    return {slot: Figures(v, {k: q for k, q in qualifiers.items() if k in v}) for slot, v in slots.items()}


def _diverges(x: int, y: int, claim: Sequence[int], source_of: Sequence[str],
              named: Sequence[Mapping[str, Figures]], stating: Mapping[str, Sequence[int]],
              said: Callable[[int], Worded]) -> bool:
    """Whether x gives a named slot of y a value only x's source states, and the claim's sources agree on y's.

    A value another source states too is that source's figure for another fact (a story's "4,000 homes"
    without power beside its "180 homes" flooded): only a value no other source gives is one source's
    divergent copy of the figure.
    """
    ours, theirs = named[x], named[y]
    for slot in ours.keys() & theirs.keys():
        if not figures_conflict(ours[slot], theirs[slot]):
            continue
        if not _near(ours[slot], theirs[slot]):
            continue
        others = [m for m in claim if source_of[m] != source_of[y]]
        if not others or any(slot not in named[m] for m in others):
            continue  # a member stating no such figure sits there for another fact: not the slot's claim
        agreed = all(figures_conflict(ours[slot], keys) and not figures_conflict(theirs[slot], keys)
                     for keys in (named[m][slot] for m in others))
        if (agreed and _rest_shared(x, slot, claim, source_of, named)
                and all(source_of[m] == source_of[x] or figures_conflict(ours[slot], named[m][slot])
                        for m in stating[slot])
                and _one_set(slot, stating[slot], source_of, named)
                and _worded_alike(x, slot, [m for m in claim if source_of[m] != source_of[x]], said)):
            return True
    return False


def _one_set(slot: str, stating: Sequence[int], source_of: Sequence[str],
             named: Sequence[Mapping[str, Figures]]) -> bool:
    """Whether no source counts the slot's noun with two values that cannot be one figure in two passages.

    "21 wards now" and "30 wards by 2030" in one story: it counts several sets of wards, and a fact box's
    lone "22 wards" may be another set (the one about to open) rather than a rival of the 21. Sums and
    measures are left alone: a story states many sums in its currency and many lengths in its unit.
    """
    if not slot.startswith(COUNT_FAMILY + ":"):
        return True
    by_source: dict[str, list[int]] = defaultdict(list)
    for m in stating:
        by_source[source_of[m]].append(m)
    return not any(figures_conflict(named[a][slot], named[b][slot])
                   for held in by_source.values() for i, a in enumerate(held) for b in held[i + 1:])


def _worded_alike(x: int, slot: str, others: Sequence[int], said: Callable[[int], Worded]) -> bool:
    """Whether x shares a rare word or name (not the slot's noun) with a member of another source.

    The figure alone says the passages tell one size, not one fact: a fact box's "Wards: 22, including
    a children's unit on the top floor" shares only "wards" with three outlets' 21-wards sentence. A bare
    box line has no word but its label, so its label must be the claim's: "Stations: 15" beside "its
    14 stations" joins, "Grant awarded: £1.90 million" beside "the council received £2.74 million" does not.
    """
    ours = said(x)
    theirs = frozenset().union(*(said(m).terms for m in others))
    if ours.label is not None:
        return ours.label <= theirs
    noun = slot.rpartition(":")[2] if slot.startswith(COUNT_FAMILY + ":") else ""
    return bool((ours.rare - {noun}) & theirs)


def _rest_shared(x: int, slot: str, claim: Sequence[int], source_of: Sequence[str],
                 named: Sequence[Mapping[str, Figures]]) -> bool:
    """Whether every other named slot of x is one a member of another source states and x's value fits.

    A passage stating figures the claim holds nowhere states other facts ("60 floors of offices, a
    210-room hotel and 140 flats" beside a claim of the tower's 96 floors): its conflict is no divergence.
    """
    return all(any(source_of[m] != source_of[x] and other in named[m]
                   and not figures_conflict(keys, named[m][other]) for m in claim)
               for other, keys in named[x].items() if other != slot)


def _near(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a value of ours and one of theirs are of one size (within :data:`NEAR` of each other).

    Two copies of one figure differ by a slip or a rival estimate ("£1.6bn" for £1.73bn, 25C for 15C):
    "4,000 homes" without power against "180 homes" flooded are two facts of one noun.
    """
    sizes = [[_size(k) for k in keys] for keys in (ours, theirs)]
    return any(a > 0 and b > 0 and max(a, b) <= NEAR * min(a, b) for a in sizes[0] for b in sizes[1])


def _size(key: str) -> float:
    try:
        return abs(float(key.partition("=")[2]))
    except ValueError:
        return 0.0


__all__ = ["join_divergent"]
