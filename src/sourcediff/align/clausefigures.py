"""A clause's own figure gives its passage a second seat the model refused (issue #11, align62.md).

A lede states two facts in one sentence ("The resort will close on 28
February, and the season ends six weeks early"), another outlet states them
in two sentences, and a claim seats one passage per source: the lede sits in
the claim of one fact, and the gold pairs of its other fact with the outlets
that state it apart are lost (benchmarks/one_seat_misses.py counts them:
the commonest miss of the stories). clausejoin.py offers the lede the claim
of its second clause when the pair model scores that clause with the claim's
members; a clause still holding a subject, names and background words
against short one-fact sentences often scores under ``merge_at``.

The figure stands in for the model's scores here, as multifact.py reads it
for a whole passage, but for one clause: a clause k of a passage x that may
take a seat of its own (clausejoin._keyed) joins a claim C when

- k states figures (multifact.joins_by: no weak key) that no other-source
  member of x's own claims states, and no other clause of x states: they are
  k's fact, not the one x is seated for;
- every other-source member of C, of two sources or more, states one of
  those figures and none that x's own claims' other-source members state (C
  is the claim of k's fact, not of x's seated one);
- no figure of x conflicts with a member's (cluster.figures_conflict: a rival
  value of the family is another fact; x's other clauses count, as
  secondseat.py reads a passage: "covered 58 tiger reserves" against "47
  tigers were killed" joined a poaching claim by "every four years");
- no other passage of x's source in C states those figures (multifact.py's
  test: that passage holds the seat, and the clause's figure only refers
  back to it: "voted 6-3 for the half-point reduction" beside its own lead
  of the cut);
- C holds no quotation unless x holds one (secondseat.py's test): a claim of
  someone's words ("kept the lights on for 58 years") is not the claim of a
  narrative clause sharing its figure;
- the candidate index proposed x with a member of C (a passage it never
  looked at is no evidence), and C is open to x (clausejoin._open: no
  headline, x not in it).

Unlike multifact.py, C's members may state figures x does not: the clause
cut carries the evidence that the shared figure is a fact of its own. Only
set operations on the figures of claims clausejoin reads already: no pair is
scored or rescanned.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from sourcediff.align.clusterfigures import figures_conflict
from sourcediff.align.multifact import joins_by


def own_figures(x: int, claims: Sequence[Sequence[int]], seats: Collection[int], source_of: Sequence[str],
                figures: Callable[[int], frozenset[str]]) -> frozenset[str]:
    """The figures the other-source members of x's own claims (``seats``) state: x's seated fact."""
    return frozenset(k for c in seats for m in claims[c] if source_of[m] != source_of[x] for k in figures(m))


def figure_seat(x: int, clause: frozenset[str], rest: frozenset[str], own: frozenset[str],
                claims: Sequence[Sequence[int]], near: Sequence[int], proposed: Collection[int],
                source_of: Sequence[str], figures: Callable[[int], frozenset[str]],
                quoted: Collection[int] = ()) -> int | None:
    """The claim of ``near`` whose fact a clause of x states by its figures alone, or None (see module).

    ``clause``: the clause's figures; ``rest``: the figures of x's other clauses; ``own``:
    :func:`own_figures`; ``near``: the open claims the clause may join; ``proposed``: the
    passages the index proposed with x; ``quoted``: the passages holding a quotation. The claim with
    the most other-source members wins.
    """
    keys = frozenset(k for k in clause if joins_by(k)) - own - rest
    if not keys:
        return None
    chosen: tuple[int, int] | None = None
    for c in near:
        claim = claims[c]
        others = [m for m in claim if source_of[m] != source_of[x]]
        if len({source_of[m] for m in others}) < 2 or not any(m in proposed for m in others):
            continue
        if any(not keys & figures(m) or own & figures(m) or figures_conflict(figures(x), figures(m))
               for m in others):
            continue
        if any(keys & figures(m) for m in claim if m != x and source_of[m] == source_of[x]):
            continue  # x's source states the figure in C in another passage: that one holds the seat
        if x not in quoted and any(m in quoted for m in claim):
            continue  # a claim of someone's words: a narrative clause sharing its figure reports the event
        if chosen is None or len(others) > chosen[0]:
            chosen = (len(others), c)
    return None if chosen is None else chosen[1]
