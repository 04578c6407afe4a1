"""Which clustering step makes each wrong pair, and why confident gold pairs end up apart.

    .venv/bin/python benchmarks/cluster_steps.py [--only seeds,stories,ecb] [--cache FILE]

benchmarks/align_diagnose.py says *whether* a gold pair was lost to the
candidates, the model or the clustering; this script opens up the last of
those. The clustering runs step by step (cluster.py: agglomerate, reseat,
attach, adopt orphans, merge overlapping claims) on the pair probabilities as
they are, and:

* each **wrong pair** in the final claims (two anchored passages of different
  sources sharing no gold group) is charged to the first step after which
  some claim held both;
* each **missed gold pair** whose best passage pair the model scored at least
  ``merge_at`` gets a reason: ``unclaimed`` (one passage in no claim; adopt
  did not reach ``attach_at``), ``seat_taken`` (the other claim already holds
  a passage of its source), ``attach_below`` (its source was free, but its
  best links to the claim stayed under ``attach_at``), ``reseated`` (they
  were together after agglomeration and reseat moved one out) or ``other``
  (it fit the claim at ``attach_at`` but was refused by ``attach_margin``, or
  another passage of its source fit better).

Only counts are printed. ``--cache`` keeps the pair probabilities between runs
in a pickle outside the repository (it holds no text, only numbers).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sourcediff.align import PairScores, pair_probabilities, score_pairs
from sourcediff.align.cluster import Thresholds, adopt_orphans, agglomerate, attach, merge_overlapping, reseat
from sourcediff.align.clusterbase import _Graph, _top_fit
from sourcediff.align.features import pair_features
from sourcediff.align.model import load_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import held_out_topic
from align_diagnose import cases

Pair = tuple[int, int]
STEPS = ("agglomerate", "reseat", "attach", "adopt", "merge")


@dataclass(frozen=True)
class Graph:
    """One story as the clustering sees it: numbers only."""

    name: str
    probs: dict[Pair, float]
    repeats: dict[Pair, float]  # every same-source pair of passages in the candidate graph
    source_of: tuple[str, ...]
    groups: tuple[frozenset[str], ...]
    gold_pairs: tuple[tuple[frozenset[int], frozenset[int]], ...]


def repeat_probabilities(scores: PairScores, probs: Mapping[Pair, float]) -> dict[Pair, float]:
    """The repeat score (align's ``repeat``) of every same-source passage pair in the candidate graph."""
    docs = scores.docs
    nodes = sorted({n for pair in probs for n in pair})
    same = [(i, j) for i, j in itertools.combinations(nodes, 2) if docs[i].source == docs[j].source]
    rows = [[*pair_features(docs[i], docs[j], scores.story), scores.between(docs[i], docs[j]), 1.0, 1.0]
            for i, j in same]
    reps = load_model().probability(rows).tolist() if rows else []
    return dict(zip(same, reps, strict=True))


def build_graphs(parts: Sequence[str]) -> list[Graph]:
    out = []
    for case in cases(parts):
        scores = score_pairs(case.infos)
        probs = pair_probabilities(scores)
        out.append(Graph(case.name, probs, repeat_probabilities(scores, probs),
                         tuple(d.source for d in scores.docs), case.groups, case.gold_pairs))
    return out


def stages(g: Graph, t: Thresholds) -> list[list[list[int]]]:
    """The claims after each step, in the order of STEPS."""
    def repeat(i: int, j: int) -> float:
        return g.repeats.get((min(i, j), max(i, j)), 0.0)
    graph = _Graph(g.probs)
    a = agglomerate(g.probs, repeat, g.source_of, t)
    r = reseat(a, g.probs, g.source_of, t, graph)
    at = attach(r, g.probs, g.source_of, t, graph, repeat)
    ad = adopt_orphans(at, g.probs, g.source_of, t, graph)
    return [a, r, at, ad, merge_overlapping(ad, g.source_of)]


@dataclass
class Tally:
    recall: list[float]
    wrong: list[float]
    made_by: Counter[str]
    missed: Counter[str]


def score(g: Graph, claims: list[list[int]]) -> tuple[float, float]:
    sets = [set(c) for c in claims]
    hit = sum(1 for left, right in g.gold_pairs if any(c & left and c & right for c in sets))
    judged = wrong = 0
    for c in claims:
        for i, j in itertools.combinations(c, 2):
            if g.source_of[i] != g.source_of[j] and g.groups[i] and g.groups[j]:
                judged += 1
                wrong += not g.groups[i] & g.groups[j]
    return (hit / len(g.gold_pairs) if g.gold_pairs else 1.0, wrong / judged if judged else 0.0)


def explain(g: Graph, t: Thresholds, final_step: Callable[[Graph, Thresholds], list[list[int]]] | None = None
            ) -> Tally:
    """One story's figures, its wrong pairs by the step that made them and its confident misses by reason."""
    tally = Tally([], [], Counter(), Counter())
    steps = stages(g, t)
    if final_step:
        steps.append(final_step(g, t))
    final = steps[-1]
    rec, wr = score(g, final)
    tally.recall.append(rec)
    tally.wrong.append(wr)
    step_sets = [[set(c) for c in s] for s in steps]
    for c in final:
        for i, j in itertools.combinations(c, 2):
            if g.source_of[i] == g.source_of[j] or not g.groups[i] or not g.groups[j]:
                continue
            if g.groups[i] & g.groups[j]:
                continue
            first = next(n for n, s in enumerate(step_sets) if any(i in c2 and j in c2 for c2 in s))
            tally.made_by[(*STEPS, "extra")[first]] += 1
    graph = _Graph(g.probs)
    owners: dict[int, list[set[int]]] = {}
    for c in step_sets[-1]:
        for m in c:
            owners.setdefault(m, []).append(c)
    for left, right in g.gold_pairs:
        if any(c & left and c & right for c in step_sets[-1]):
            continue
        scored = [(g.probs.get((min(i, j), max(i, j)), -1.0), i, j) for i in left for j in right]
        if not scored or max(scored)[0] < t.merge_at:
            continue
        _, i, j = max(scored)
        if any(i in c and j in c for c in step_sets[0]):
            tally.missed["reseated"] += 1
        elif i not in owners or j not in owners:
            tally.missed["unclaimed"] += 1
        else:
            reason = "attach_below"
            for x, y in ((i, j), (j, i)):
                for c in owners[x]:
                    srcs = Counter(g.source_of[m] for m in c)
                    if srcs[g.source_of[y]]:
                        reason = "seat_taken"
                    elif _top_fit(c, srcs, y, graph, g.source_of, t) >= t.attach_at:
                        reason = "other"
            tally.missed[reason] += 1
    return tally


def run(graphs: Sequence[Graph], t: Thresholds, show: Callable[[str], None] = print,
        final_step: Callable[[Graph, Thresholds], list[list[int]]] | None = None) -> dict[str, Tally]:
    """Figures by part (ECB+ halves, held-out topics, seeds, each story, the stories' mean)."""
    groups: dict[str, Tally] = {}
    for g in graphs:
        if g.name[0].isdigit():
            half = g.name.split("_", 1)[1]
            keys = ["ECB+ all", f"ECB+ {half}"]
            keys += [f"ECB+ {half} held-out"] if held_out_topic(g.name) else []
        else:
            keys = [g.name] + (["stories"] if g.name.startswith("story ") else [])
        one = explain(g, t, final_step)
        for k in keys:
            tally = groups.setdefault(k, Tally([], [], Counter(), Counter()))
            tally.recall += one.recall
            tally.wrong += one.wrong
            tally.made_by.update(one.made_by)
            tally.missed.update(one.missed)
    for k, tl in groups.items():
        show(f"{k:22s} n={len(tl.recall):3d} recall={statistics.fmean(tl.recall):.3f} "
             f"wrong={statistics.fmean(tl.wrong):.3f} made_by={dict(tl.made_by)} missed={dict(tl.missed)}")
    return groups


def load_graphs(parts: Sequence[str], cache: Path | None) -> list[Graph]:
    if cache and cache.exists():
        graphs: list[Graph] = pickle.loads(cache.read_bytes())
    else:
        graphs = build_graphs(("seeds", "stories", "ecb"))
        if cache:
            cache.write_bytes(pickle.dumps(graphs))

    def part(name: str) -> str:
        return "ecb" if name[0].isdigit() else "stories" if name.startswith("story ") else "seeds"
    return [g for g in graphs if part(g.name) in parts]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="seeds,stories,ecb")
    ap.add_argument("--cache", type=Path,
                    help="pickle of pair probabilities, kept between runs (outside the repo)")
    args = ap.parse_args(argv)
    run(load_graphs(args.only.split(","), args.cache), Thresholds())
    return 0


if __name__ == "__main__":
    sys.exit(main())
