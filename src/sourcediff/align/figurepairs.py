"""Two prose passages sharing a rare precise figure make a claim of their own (issue #11).

The pair model weighs a pair's wording with its figures: an outlet's "the
pre-discount penalty was £69.4m" against another's "Without it the penalty
would have been 69.4 million pounds" share one figure and few other words,
so the pair scores under ``merge_at``, and each passage sits in a claim of
its own sentence neighbours. cluster.box_pairs gives such a pair a claim
when one side is a fact-box line; this step does it for prose, where a
figure alone is weaker evidence ("12 people" recurs; a story's "2,000" may
be two things), so it asks more of the figure:

- it is precise (clusterfigures._precise: three significant digits or
  more, "69.4", "18,412"), no clock or round count;
- it is the two passages' own: no other passage of the story states it
  (:data:`MAX_HOLDERS`). A figure three passages state is often a lead's
  number that a later sentence repeats for another fact ("412 pupils"
  in a lead's count of a school closure and again in a sentence on the
  pupils' bus route): on all our stories,
  allowing up to four holders joined 19 gold pairs and 5 gold-wrong ones,
  two holders 8 and 1 (benchmarks/notes/align43.md);
- neither passage is a headline, and no claim holds both already.

Two passages stating one window of clock times ("from 9 a.m. to 2 p.m."
against "between 09:00 and 14:00") are tied the same way (:func:`_one_window`).
A clock time on the hour is no evidence on its own (a story states many: a
strike's start, a briefing, a curfew), but two of them stated together by
two passages, and by no third, are the window of one fact. Such a pair is
often scored near ``merge_at`` and still parted by clustering (the sentence
stating the window states an exemption or a rota too, and sits in that
claim), so the pair is taken whatever its score, as long as no claim holds
both.

The pair makes a claim of two, like box_pairs' extra claims: it takes no
seat in any other claim and moves no passage, so a wrong pair costs one
pair, not a claim. The step reads the claims as given and only adds claims.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from sourcediff.align.clusterbase import Pair
from sourcediff.align.clusterfigures import _precise

MAX_HOLDERS = 2  # the passages of a story stating a figure that ties two of them: those two only
CLOCK = "time:clock="
MIN_WINDOW = 2  # the clock times two passages share that make a window: a start and an end


def pair_by_figures(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                    figures: Sequence[frozenset[str]], merge_at: float,
                    titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, plus a claim for each low-scored pair sharing a rare precise figure (see module)."""
    precise = [frozenset(k for k in keys if _precise(k)) if n not in titles else frozenset()
               for n, keys in enumerate(figures)]
    holders: Counter[str] = Counter(k for keys in precise for k in keys)
    holding: dict[int, set[int]] = defaultdict(set)
    for c, claim in enumerate(claims):
        for m in claim:
            holding[m].add(c)
    clocks = [frozenset(k for k in keys if k.startswith(CLOCK)) if n not in titles else frozenset()
              for n, keys in enumerate(figures)]
    out = [list(c) for c in claims]
    seen = {tuple(sorted(c)) for c in claims}
    for (i, j), p in sorted(probs.items()):
        if source_of[i] == source_of[j] or holding[i] & holding[j]:
            continue
        tied = p < merge_at and any(holders[k] <= MAX_HOLDERS for k in precise[i] & precise[j])
        pair = (min(i, j), max(i, j))
        if (tied or _one_window(clocks[i] & clocks[j], clocks)) and pair not in seen:
            seen.add(pair)
            out.append(list(pair))
    return out


def _one_window(shared: frozenset[str], clocks: Sequence[frozenset[str]]) -> bool:
    """True when two passages share a window of clock times that no third passage states whole."""
    return len(shared) >= MIN_WINDOW and sum(shared <= keys for keys in clocks) <= MAX_HOLDERS


__all__ = ["MAX_HOLDERS", "MIN_WINDOW", "pair_by_figures"]
