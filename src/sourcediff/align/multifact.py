"""A passage stating several facts joins the claims of its other figures (issue #11, step 8).

A story's lead, or a live blog's recap, states several facts in one sentence
("erupted on Tuesday, blasting a 9 km ash column and forcing 6,200 people
out"). The pair model scores such a passage low against a one-fact sentence
of another outlet (the length ratio, little word cover, its other figures
counted as conflict), and clustering gives a passage one seat: the lead ends
up in one claim, and the gold pairs of its other facts are lost, as are the
facts the judge would have built from them (benchmarks/notes/multi_fact_leads.md).

The evidence used here is a figure, as cluster.box_pairs uses a fact-box
line's: a passage P stating two or more figures (cluster.figure_keys) joins a
claim C it is not in when

- every member of C from another source states a figure of P's that is no
  weak key (:func:`joins_by`), and the index proposed P with one of them (a
  passage it never looked at is no evidence);
- those members state no figure P does not state (clock times on the hour
  aside): C is then the claim *of* that figure. A claim whose members also
  state other figures is about more than the shared one (a vote and the new
  rate, the end of a strike as well as its start), and sharing one of its
  figures made the wrong pairs of the variants measured in the note;
- P states no other value of that figure's family (a lead giving two
  distances says nothing sure about which the claim's is);
- no member of C from another source is a headline (``titles``): a
  headline sums up the story, and leads joining the headlines' claim made
  ECB+ wrong pairs without finding a gold one;
- P's source has no passage in C but its headline: a body sentence of P's
  source in C states the fact already and holds the seat (a lead joining the
  claim of its own fact-box line made a wrong pair on pharma).

Weak keys never join: dates and parts of day (figure_keys drops them), a
count that is not precise without its noun ("nine", cluster._precise),
clock times on the hour, and identifiers (a flight number names the story's
subject, so every sentence about it shares it).

The step runs after cluster.claims_from, as its own function, so the
clustering steps stay as they are; it only adds passages to claims.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from sourcediff.align.cluster import COUNT_FAMILY, Pair
from sourcediff.align.clusterfigures import _precise

CLOCK = "time:clock="


def _family(key: str) -> str:
    return key.partition("=")[0]


def _on_the_hour(key: str) -> bool:
    """A clock time on the hour ("09:00", "midnight"): stated of many things in a story, so no evidence."""
    return key.startswith(CLOCK) and key.endswith(":00")


def joins_by(key: str) -> bool:
    """True for a figure that may join a passage to a claim: no weak key (see the module docstring)."""
    family = _family(key)
    if family == COUNT_FAMILY:  # a count without its noun: unread, or dropped by figure_keys as precise
        return _precise(key)
    return not _on_the_hour(key) and ":identifier" not in family


def join_multi_fact(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                    figures: Sequence[frozenset[str]], titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, each joined by the passages stating several facts that share its figure (see module).

    The claims are read as they are given: a passage joins on what the earlier steps built, never
    on another passage this step added, so the order of claims does not matter.
    """
    many = {n for n, keys in enumerate(figures) if len(keys) >= 2 and any(joins_by(k) for k in keys)}
    if not many:
        return claims
    near: dict[int, set[int]] = defaultdict(set)  # a multi-fact passage -> its candidate partners
    for i, j in probs:
        if i in many:
            near[i].add(j)
        if j in many:
            near[j].add(i)
    towards: dict[int, set[int]] = defaultdict(set)  # a passage -> the multi-fact passages proposed with it
    for x, partners in near.items():
        for m in partners:
            towards[m].add(x)
    out = [list(c) for c in claims]
    for n, claim in enumerate(claims):
        members = set(claim)
        # only a passage proposed with a member can join: the cost follows the members' degrees
        for x in sorted(set().union(*(towards.get(m, ()) for m in claim)) - members):
            if _joins(x, claim, near[x], source_of, figures, titles):
                out[n].append(x)
    return [sorted(c) for c in out]


def _joins(x: int, claim: Sequence[int], near: set[int], source_of: Sequence[str],
           figures: Sequence[frozenset[str]], titles: Collection[int]) -> bool:
    """Whether passage x, outside the claim, states the claim's figure (the tests of the module docstring)."""
    others = [m for m in claim if source_of[m] != source_of[x]]
    if not others or not near.intersection(others):
        return False
    if any(m in titles for m in others):
        return False  # a headline sums up the story: its claim is the story's, not one fact's
    mine = figures[x]
    if any(not _on_the_hour(f) and f not in mine for m in others for f in figures[m]):
        return False  # the claim states something x does not: it is about more than a shared figure
    families = Counter(_family(k) for k in mine)
    own = [m for m in claim if source_of[m] == source_of[x]]
    if any(m not in titles for m in own):
        return False  # x's source states the claim's fact in another sentence already: that one is its seat
    return any(joins_by(k) and families[_family(k)] == 1
               and all(k in figures[m] for m in others) and all(k in figures[m] for m in own)
               for k in mine)
