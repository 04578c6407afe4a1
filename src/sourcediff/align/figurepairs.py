"""Two prose passages sharing a rare precise figure make a claim of their own (issue #11).

The pair model weighs a pair's wording with its figures: an outlet's "the
pre-discount penalty was £69.4m" against another's "Without it the penalty
would have been 69.4 million pounds" share one figure and few other words,
so the pair scores under ``merge_at``, and each passage sits in a claim of
its own sentence neighbours. cluster.box_pairs gives such a pair a claim
when one side is a fact-box line; this step does it for prose, where a
figure alone is weaker evidence ("12 people" recurs; a story's "2,000" may
be two things), so it asks more of the figure:

- it is precise (clusterfigures.precise_key: three significant digits or
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

A figure less rare than that, stated by up to :data:`MAX_SHARED` passages,
ties two passages when they are also each other's best partners: of the
passages of the other source, two or more, each is the one the model scores
highest with the other (:func:`best_partners`), and neither sits in a
claim with any passage of the other's source yet. Alone such a figure is weak
(align43: 104 gold pairs against 74 gold-wrong ones on all our stories, held
by up to four passages and scored under ``merge_at``), the model's ranking
alone weaker still (mutual best partners scored under ``merge_at``, not
seated with each other's source: 80 gold against 92 gold-wrong; most of the
rest a reporter's aside paired with another's); the two together join 7
gold pairs and no gold-wrong one ("a €12 million grant" against "a €12m
hand-out"; "No one was injured." against "Nobody was injured, officials
said."; benchmarks/notes/align44.md). The figure must name what it is: a sum in its
currency, a count with its noun, a measure in its unit. A duration's key keeps
the count without its unit ("30 days" and "30 years" key alike), a percent's
and a bare count's name nothing ("growth of 1.1%" and "the krone fell 1.1%":
on our stories percents joined one gold pair and one such pair, which cost
its story a fact), and a clock time or a date is stated for many things.

The pair makes a claim of two, like box_pairs' extra claims: it takes no
seat in any other claim and moves no passage, so a wrong pair costs one
pair, not a claim. The step reads the claims as given and only adds claims.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from sourcediff.align.clusterbase import Pair, seated_with
from sourcediff.align.clusterfigures import BARE_COUNT, precise_key

MAX_HOLDERS = 2  # the passages of a story stating a figure that ties two of them: those two only
CLOCK = "time:clock="
MIN_WINDOW = 2  # the clock times two passages share that make a window: a start and an end
MAX_SHARED = 4  # the passages stating a figure that ties two best partners (align43's rare figure)
# Keys that tie no best partners, naming neither a thing counted nor a unit (see module).
UNTIED = ("time:", "date:", "number:duration=", "percent:", BARE_COUNT + "=")
# A vote's tally key ("number:number:tally=31-19") and the digits it needs to tie its passages (join_tallies).
TALLY = ":tally="
MIN_TALLY_DIGITS = 3


def pair_by_figures(claims: list[list[int]], probs: Mapping[Pair, float], source_of: Sequence[str],
                    figures: Sequence[frozenset[str]], merge_at: float,
                    titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, plus a claim for each low-scored pair sharing a rare precise figure (see module)."""
    precise = [frozenset(k for k in keys if precise_key(k)) if n not in titles else frozenset()
               for n, keys in enumerate(figures)]
    holders: Counter[str] = Counter(k for keys in precise for k in keys)
    holding: dict[int, set[int]] = defaultdict(set)
    for c, claim in enumerate(claims):
        for m in claim:
            holding[m].add(c)
    clocks = [frozenset(k for k in keys if k.startswith(CLOCK)) if n not in titles else frozenset()
              for n, keys in enumerate(figures)]
    shared = [frozenset(k for k in keys if not k.startswith(UNTIED)) if n not in titles else frozenset()
              for n, keys in enumerate(figures)]
    stated: Counter[str] = Counter(k for keys in figures for k in keys)
    best = best_partners(probs, source_of)
    seated = seated_with(claims, source_of)
    out = [list(c) for c in claims]
    seen = {tuple(sorted(c)) for c in claims}
    for (i, j), p in sorted(probs.items()):
        if source_of[i] == source_of[j] or holding[i] & holding[j]:
            continue
        tied = p < merge_at and (
            any(holders[k] <= MAX_HOLDERS for k in precise[i] & precise[j])
            or (best.get((i, source_of[j])) == j and best.get((j, source_of[i])) == i
                and source_of[j] not in seated[i] and source_of[i] not in seated[j]
                and any(stated[k] <= MAX_SHARED for k in shared[i] & shared[j])))
        pair = (min(i, j), max(i, j))
        if (tied or _one_window(clocks[i] & clocks[j], clocks)) and pair not in seen:
            seen.add(pair)
            out.append(list(pair))
    return out


def join_tallies(claims: list[list[int]], source_of: Sequence[str], figures: Sequence[Collection[str]],
                 titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, plus one claim of the passages stating a vote's tally when no claim holds them all.

    A tally ("31-19", "31 to 19", "by 31 votes to 19", "31 in favour and 19
    against": one key, extract/tallies.py) is one vote of the story, and each
    outlet states it once; but the sentence stating it often states more (a
    lede's vote and cap and start date), so the pair model scores it low with
    the others' vote sentences and each sits with its own neighbours. A
    tally is rarer evidence than a figure: it holds two counts. So its
    passages make one claim, as pair_by_figures' pairs do (no seat taken,
    no passage moved), when the tally
    - has :data:`MIN_TALLY_DIGITS` digits or more ("31-19", not "6-3", which
      a match report may give for two games);
    - is stated by two sources or more, and by one passage of each (a source
      stating it twice may be telling two votes);
    - is stated outside headlines.
    """
    holders: dict[str, list[int]] = defaultdict(list)
    for n, keys in enumerate(figures):
        if n in titles:
            continue
        for k in keys:
            value = k.partition("=")[2]
            if TALLY in k and sum(ch.isdigit() for ch in value) >= MIN_TALLY_DIGITS:
                holders[k].append(n)
    out = [list(c) for c in claims]
    for _, members in sorted(holders.items()):
        sources = [source_of[n] for n in members]
        if len(set(sources)) < 2 or len(set(sources)) != len(sources):
            continue
        held = set(members)
        if not any(held <= set(c) for c in out):
            out.append(sorted(members))
    return out


def best_partners(probs: Mapping[Pair, float], source_of: Sequence[str]) -> dict[tuple[int, str], int]:
    """(passage, other source) -> the passage of that source scored highest with it, over others.

    A partner is best only against rivals: the source's other passages, which
    the index did not propose for the passage or the model scored lower. The
    only passage of a source (one sentence against one, as in a paraphrase
    test) was chosen over nothing, and a tie names no best partner.
    """
    passages = Counter(source_of)
    top: dict[tuple[int, str], tuple[float, int | None]] = {}
    for (i, j), p in probs.items():
        if source_of[i] == source_of[j]:
            continue
        for x, y in ((i, j), (j, i)):
            key = (x, source_of[y])
            held = top.get(key)
            if held is None or p > held[0]:
                top[key] = (p, y)
            elif p == held[0]:
                top[key] = (p, None)
    return {key: y for key, (_, y) in top.items() if y is not None and passages[key[1]] > 1}


def _one_window(shared: frozenset[str], clocks: Sequence[frozenset[str]]) -> bool:
    """True when two passages share a window of clock times that no third passage states whole."""
    return len(shared) >= MIN_WINDOW and sum(shared <= keys for keys in clocks) <= MAX_HOLDERS


__all__ = ["MAX_HOLDERS", "MAX_SHARED", "MIN_TALLY_DIGITS", "MIN_WINDOW", "TALLY", "UNTIED", "best_partners",
           "join_tallies", "pair_by_figures"]
