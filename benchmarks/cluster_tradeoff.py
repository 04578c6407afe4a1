"""The clustering's recall / wrong-pairs trade-off: threshold sweeps, pair-score bins, member pruning.

    .venv/bin/python benchmarks/cluster_tradeoff.py [--cache FILE] [--sweep NAME=V1,V2 ...]
        [--bins] [--prune LOW:SHARE ...]

Issue #11 asks for fewer ECB+ wrong pairs at no loss of recall. A single
operating point says little there: every clustering threshold trades one for
the other, so this script prints the curve. The figures are those of
benchmarks/align_diagnose.py (the aligner's own claims, all six steps of
cluster.py, without the judge), and equal accuracy.py's ECB+ figures for the
default thresholds. Each row gives mean align_recall / wrong_pairs for ECB+
as a whole, each half, each half's training and held-out topics (the pair
model never trained on the latter), the seeds and the stories' mean.

* ``--sweep merge_at=0.25,0.35``: one row per value of a ``Thresholds``
  field (repeat the flag for several fields; each is swept alone). A row
  marked ``train+`` is at least as good as the defaults on both training
  halves in both figures: only those are worth checking on held-out topics.
* ``--bins``: of the anchored passage pairs the default claims join, the
  share that gold calls wrong, by the pair model's probability (``none``: a
  pair never scored) and ECB+ half. If the share barely falls with the
  probability, no rule on the probabilities can remove wrong pairs without
  removing as many right ones.
* ``--prune 0.1:0.5``: after the six steps, a member is dropped from a claim
  when at least SHARE of its scored pairs with other sources' members are
  below LOW (the "weakest link" rule for members the claim's average let in).

``--cache`` keeps the pair probabilities between runs in a pickle outside the
repository (numbers and figure keys only). The shared data is evaluation only:
nothing of its text is printed or kept.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import pickle
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sourcediff.align import pair_probabilities, score_pairs
from sourcediff.align.cluster import Thresholds, claims_from, figure_keys

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cluster_steps
from accuracy import held_out_topic
from align_diagnose import cases
from cluster_steps import repeat_probabilities, score

Claims = list[list[int]]
PARTS = ("ECB+ all", "ecb", "ecbplus", "ecb train", "ecbplus train", "ecb held-out", "ecbplus held-out",
         "seeds", "stories")


@dataclass(frozen=True)
class Graph(cluster_steps.Graph):
    """One story as cluster_steps sees it, plus what steps 1 and 6 read: numbers and figure keys only."""

    looked: dict[int, frozenset[str]]
    figures: tuple[frozenset[str], ...]

    def claims(self, t: Thresholds) -> Claims:
        """The claims align() makes from these probabilities (cluster.claims_from, steps 1 to 6)."""
        def repeat(i: int, j: int) -> float:
            return self.repeats.get((min(i, j), max(i, j)), 0.0)
        looked: dict[int, Collection[str]] = dict(self.looked)
        return claims_from(self.probs, repeat, self.source_of, t, looked, self.figures)


def build_graphs(parts: Sequence[str]) -> list[Graph]:
    out = []
    for case in cases(parts):
        scores = score_pairs(case.infos)
        probs = pair_probabilities(scores)
        docs = scores.docs
        out.append(Graph(case.name, probs, repeat_probabilities(scores, probs), tuple(d.source for d in docs),
                         case.groups, case.gold_pairs, dict(scores.looked),
                         tuple(figure_keys(d.values) for d in docs)))
    return out


def load_graphs(cache: Path | None) -> list[Graph]:
    if cache and cache.exists():
        graphs: list[Graph] = pickle.loads(cache.read_bytes())
        return graphs
    graphs = build_graphs(("seeds", "stories", "ecb"))
    if cache:
        cache.write_bytes(pickle.dumps(graphs))
    return graphs


def parts_of(name: str) -> list[str]:
    """The rows a story counts in."""
    if not name[0].isdigit():
        return ["stories"] if name.startswith("story ") else [name]
    half = name.split("_", 1)[1]
    return ["ECB+ all", half, f"{half} {'held-out' if held_out_topic(name) else 'train'}"]


Figures = dict[str, tuple[float, float]]


def evaluate(graphs: Sequence[Graph], make: Callable[[Graph], Claims]) -> Figures:
    """Mean align_recall and wrong_pairs per row of PARTS."""
    acc: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for g in graphs:
        figures = score(g, make(g))
        for part in parts_of(g.name):
            acc[part].append(figures)
    return {k: (statistics.fmean(r for r, _ in v), statistics.fmean(w for _, w in v)) for k, v in acc.items()}


def show(label: str, figures: Figures) -> None:
    print(f"{label:28s} " + "  ".join(f"{k}={figures[k][0]:.3f}/{figures[k][1]:.3f}" for k in PARTS
                                       if k in figures), flush=True)


def better_on_training(new: Figures, old: Figures) -> bool:
    return all(new[k][0] >= old[k][0] - 1e-9 and new[k][1] <= old[k][1] + 1e-9
               for k in ("ecb train", "ecbplus train") if k in new)


def prune(claims: Claims, g: Graph, low: float, share: float) -> Claims:
    """Drop members whose scored pairs with the claim's other sources are mostly below ``low``."""
    out = []
    for claim in claims:
        keep = []
        for x in claim:
            known = [p for y in claim if g.source_of[y] != g.source_of[x]
                     if (p := g.probs.get((min(x, y), max(x, y)))) is not None]
            if not known or sum(p < low for p in known) / len(known) < share:
                keep.append(x)
        if len({g.source_of[x] for x in keep}) >= 2:
            out.append(keep)
    return out


def bins(graphs: Sequence[Graph]) -> None:
    """Judged pairs of the default claims by pair probability: how many gold calls wrong."""
    tally: dict[tuple[str, str], Counter[bool]] = defaultdict(Counter)
    for g in graphs:
        if not g.name[0].isdigit():
            continue
        half = g.name.split("_", 1)[1]
        for claim in g.claims(Thresholds()):
            for i, j in itertools.combinations(claim, 2):
                if g.source_of[i] == g.source_of[j] or not g.groups[i] or not g.groups[j]:
                    continue
                p = g.probs.get((i, j))
                key = "none" if p is None else f"{min(int(p * 10), 9) / 10:.1f}"
                tally[(half, key)][not g.groups[i] & g.groups[j]] += 1
    for (half, key), c in sorted(tally.items()):
        print(f"{half:8s} p>={key:4s} pairs={c[True] + c[False]:5d} wrong={c[True]:4d} "
              f"share={c[True] / (c[True] + c[False]):.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path,
                    help="pickle of pair probabilities, kept between runs (outside the repo)")
    ap.add_argument("--sweep", action="append", default=[],
                    help="NAME=V1,V2: a Thresholds field and its values")
    ap.add_argument("--bins", action="store_true", help="wrong share of joined pairs by pair probability")
    ap.add_argument("--prune", action="append", default=[], help="LOW:SHARE, see the module docstring")
    args = ap.parse_args(argv)
    graphs = load_graphs(args.cache)
    default = evaluate(graphs, lambda g: g.claims(Thresholds()))
    show("defaults", default)
    for spec in args.sweep:
        name, values = spec.split("=", 1)
        kind = type(getattr(Thresholds(), name))
        for v in values.split(","):
            t = dataclasses.replace(Thresholds(), **{name: kind(v)})
            new = evaluate(graphs, lambda g, t=t: g.claims(t))
            show(f"{name}={v}{' train+' if better_on_training(new, default) else ''}", new)
    for spec in args.prune:
        low, share = (float(x) for x in spec.split(":"))
        new = evaluate(graphs, lambda g, low=low, share=share: prune(g.claims(Thresholds()), g, low, share))
        show(f"prune {spec}{' train+' if better_on_training(new, default) else ''}", new)
    if args.bins:
        bins(graphs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
