"""Story grouping measured on ECB+ (../shared/data/ecbplus): B-cubed and pairwise P/R/F1.

ECB+ holds 982 articles on 86 events, two similar events per topic (two
actors entering rehab, two earthquakes), so grouping by subject alone fails.
The threshold is chosen on the odd topics and reported on the even ones (and
the other way round), so the figure is not fitted to the data it reports on.

    .venv/bin/python benchmarks/corpus_grouping.py [--threshold T]

Reads the third-party texts at run time only; skips when they are absent.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from sourcediff.corpus.features import StoryTerms, story_terms
from sourcediff.corpus.group import similarities, stories
from sourcediff.ingest import load
from sourcediff.pipeline import analyse

GRID = tuple(round(0.04 + 0.01 * i, 2) for i in range(60))


def shared_dir() -> Path:
    root = Path(__file__).resolve().parents[1]
    return Path(os.environ.get("SOURCEDIFF_SHARED", root.parent / "shared"))


def load_ecb(base: Path) -> tuple[list[StoryTerms], dict[str, str], dict[str, int]]:
    """Grouping terms of every article, its gold story and its topic number."""
    docs, gold, topic = [], {}, {}
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        for f in sorted(folder.glob("*.txt")):
            art = load(str(f))
            docs.append(story_terms(analyse(art)))
            gold[art.id] = folder.name
            topic[art.id] = int(folder.name.split("_")[0])
    return docs, gold, topic


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against the gold one."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for d in gold:
        by_pred[pred[d]].add(d)
        by_gold[gold[d]].add(d)
    p = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_pred[pred[d]]) for d in gold) / len(gold)
    r = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_gold[gold[d]]) for d in gold) / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over all pairs of articles put in one story."""
    def pairs(lab: dict[str, str]) -> set[tuple[str, str]]:
        groups = defaultdict(list)
        for d in sorted(gold):
            groups[lab[d]].append(d)
        return {p for g in groups.values() for p in itertools.combinations(g, 2)}
    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 0.0
    r = tp / len(gp) if gp else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def labels(docs: Sequence[StoryTerms], threshold: float,
           edges: dict[tuple[int, int], float] | None = None) -> dict[str, str]:
    if edges is None:
        edges = similarities(docs)
    return {d: s.id for s in stories(docs, edges, threshold) for d in s.members}


def subset(docs: Iterable[StoryTerms], topic: dict[str, int], parity: int) -> list[StoryTerms]:
    return [d for d in docs if topic[d.id] % 2 == parity]


def best_threshold(docs: Sequence[StoryTerms], gold: dict[str, str]) -> float:
    sub = {d.id: gold[d.id] for d in docs}
    edges = similarities(docs)
    return max(GRID, key=lambda t: (bcubed(labels(docs, t, edges), sub)[2], -t))


def report(name: str, docs: Sequence[StoryTerms], gold: dict[str, str], t: float) -> float:
    sub = {d.id: gold[d.id] for d in docs}
    pred = labels(docs, t)
    bp, br, bf = bcubed(pred, sub)
    pp, pr, pf = pairwise(pred, sub)
    found, want = len(set(pred.values())), len(set(sub.values()))
    print(f"{name:<28} t={t:.2f} articles={len(docs)} stories={found}/{want}"
          f"  B3 P={bp:.3f} R={br:.3f} F1={bf:.3f}  pairwise P={pp:.3f} R={pr:.3f} F1={pf:.3f}")
    return bf


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threshold", type=float, help="report this threshold instead of choosing one")
    args = ap.parse_args()
    base = shared_dir() / "data" / "ecbplus"
    if not base.is_dir():
        print(f"skipped: {base} not found (set SOURCEDIFF_SHARED)")
        return 0
    t0 = time.perf_counter()
    docs, gold, topic = load_ecb(base)
    print(f"loaded and analysed {len(docs)} articles in {time.perf_counter() - t0:.1f}s")
    scores = []
    for tune, held in ((1, 0), (0, 1)):
        tdocs, hdocs = subset(docs, topic, tune), subset(docs, topic, held)
        t = args.threshold if args.threshold is not None else best_threshold(tdocs, gold)
        report(f"tuned on {'odd' if tune else 'even'} topics", tdocs, gold, t)
        scores.append(report(f"held out {'even' if held == 0 else 'odd'} topics", hdocs, gold, t))
    t = args.threshold if args.threshold is not None else best_threshold(docs, gold)
    t1 = time.perf_counter()
    report("all 86 stories", docs, gold, t)
    print(f"held-out B3 F1 (mean of both halves): {sum(scores) / 2:.3f}; grouping time "
          f"{time.perf_counter() - t1:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
