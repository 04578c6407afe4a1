"""Would moving a passage to the claim holding its gold partner pay? (issue #11, reseat43)

    .venv/bin/python benchmarks/reseat_moves.py --cache FILE [--graphs FILE]

Most gold pairs the pair model scores under ``merge_at`` have both passages
seated, in different claims (benchmarks/notes/align43.md). For each such
pair (its best-scored passage pair X, Y) and each claim C1 holding X and C2
holding Y, this moves X from C1 to C2 in the final claims and counts the
gold pairs found and the wrong pairs (annotated, disjoint groups) it changes:
a move is ``right`` when it finds more gold pairs and makes no more wrong
ones, ``wrong`` when it makes more wrong pairs or loses gold pairs,
``neutral`` otherwise. The moves are tabulated by simple criteria a clustering
step could read (X's fit to C2 against its fit to C1 without it, X's source
already seated in C2, C1 keeping two sources, X seated in one claim only).

A step does not know which claim holds the partner, so the criteria are then
applied as general rules to every seated passage and every claim it has a
link to (the whole story's gold pairs and wrong pairs before and after).

``--cache``: align_diagnose / low_prob_kinds' pickle of analysed cases (all
stories); ``--graphs``: a pickle of the numbers this script reads from them
(probabilities, claims, groups), kept between runs. Both outside the repo.
Numbers only: no text is printed.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from align_diagnose import Case  # noqa: F401  (the cases' pickle needs the class importable)

from sourcediff.align import align, pair_probabilities, score_pairs
from sourcediff.align.clusterbase import Pair, Thresholds, _fit, _Graph

Claims = list[frozenset[int]]


@dataclass(frozen=True)
class Story:
    """One story as the moves read it: numbers only."""

    name: str
    probs: dict[Pair, float]
    claims: tuple[frozenset[int], ...]
    source_of: tuple[str, ...]
    groups: tuple[frozenset[str], ...]
    gold_pairs: tuple[tuple[frozenset[int], frozenset[int]], ...]

    def hits(self, claims: Sequence[frozenset[int]]) -> int:
        return sum(1 for left, right in self.gold_pairs if any(c & left and c & right for c in claims))

    def wrongs(self, claims: Sequence[frozenset[int]]) -> int:
        src, groups = self.source_of, self.groups
        return sum(1 for c in claims for i, j in itertools.combinations(sorted(c), 2)
                   if src[i] != src[j] and groups[i] and groups[j] and not groups[i] & groups[j])


def load(cache: Path, graphs: Path | None) -> list[Story]:
    if graphs and graphs.exists():
        stored: list[Story] = pickle.loads(graphs.read_bytes())
        return stored
    out = []
    for case in pickle.loads(cache.read_bytes()):
        scores = score_pairs(case.infos)
        probs = pair_probabilities(scores)
        index = {(d.source, d.index): n for n, d in enumerate(scores.docs)}
        claims = tuple(frozenset(index[(p.source, p.index)] for p in c.members)
                       for c in align(case.infos, scores=scores, thresholds=Thresholds()))
        out.append(Story(case.name, probs, claims, tuple(d.source for d in scores.docs), case.groups,
                         case.gold_pairs))
    if graphs:
        graphs.write_bytes(pickle.dumps(out))
    return out


@dataclass(frozen=True)
class Move:
    gained: int  # gold pairs found after the move, less before
    wrong: int  # wrong pairs after, less before
    fit_gain: float  # X's fit to C2 less its fit to C1 without X (clusterbase._fit)
    seated: bool  # X's source already has a passage in C2
    keeps_two: bool  # C1 without X still spans two sources
    single: bool  # X sits in C1 only

    @property
    def verdict(self) -> str:
        if self.wrong > 0 or self.gained < 0:
            return "wrong"
        return "right" if self.gained > 0 else "neutral"


def moved(claims: Sequence[frozenset[int]], x: int, a: int, b: int, source_of: Sequence[str]) -> Claims:
    new = list(claims)
    new[a], new[b] = claims[a] - {x}, claims[b] | {x}
    return [c for c in new if len({source_of[m] for m in c}) >= 2]


def fit(members: frozenset[int], x: int, graph: _Graph, source_of: Sequence[str], t: Thresholds) -> float:
    return _fit(set(members), Counter(source_of[m] for m in members), x, graph, source_of, t.unknown)


def partner_moves(s: Story, t: Thresholds) -> list[Move]:
    """Every move of a split low-scored gold pair's passage into the claim holding its partner."""
    graph, src, claims = _Graph(s.probs), s.source_of, s.claims
    h0, w0 = s.hits(claims), s.wrongs(claims)
    seen: set[tuple[int, int, int]] = set()
    out = []
    for left, right in s.gold_pairs:
        if any(c & left and c & right for c in claims):
            continue
        best = max(((s.probs.get((min(i, j), max(i, j)), -1.0), i, j) for i in left for j in right),
                   default=(-1.0, 0, 0))
        if best[0] < 0 or best[0] >= t.merge_at:
            continue
        for x, y in ((best[1], best[2]), (best[2], best[1])):
            for (a, c1), (b, c2) in itertools.product(enumerate(claims), repeat=2):
                if x not in c1 or y not in c2 or x in c2 or (x, a, b) in seen:
                    continue
                seen.add((x, a, b))
                new = moved(claims, x, a, b, src)
                rest = c1 - {x}
                out.append(Move(s.hits(new) - h0, s.wrongs(new) - w0,
                                fit(c2, x, graph, src, t) - fit(rest, x, graph, src, t),
                                any(src[m] == src[x] for m in c2), len({src[m] for m in rest}) >= 2,
                                sum(x in c for c in claims) == 1))
    return out


CRITERIA: dict[str, Callable[[Move], bool]] = {
    "all": lambda m: True,
    "source not seated in C2": lambda m: not m.seated,
    "source seated in C2": lambda m: m.seated,
    "C1 keeps 2+ sources": lambda m: m.keeps_two,
    "X in C1 only": lambda m: m.single,
    **{f"fit gain > {d}": (lambda m, d=d: m.fit_gain > d) for d in (0.0, 0.05, 0.1, 0.15, 0.2)},
    **{f"fit gain > {d}, not seated": (lambda m, d=d: m.fit_gain > d and not m.seated) for d in (0.0, 0.1)},
    "fit gain > 0.1, not seated, keeps 2, single":
        lambda m: m.fit_gain > 0.1 and not m.seated and m.keeps_two and m.single,
}


@dataclass(frozen=True)
class Rule:
    """A general move: X leaves C1 for its best linked claim C2 fitting it by ``margin`` better."""

    margin: float
    free: bool = False  # X's source not seated in C2
    keep_two: bool = False  # C1 keeps two sources without X
    single: bool = False  # X sits in one claim only

    @property
    def label(self) -> str:
        flags = (("free", self.free), ("keeps 2", self.keep_two), ("single", self.single))
        conds = [n for n, on in flags if on]
        return ", ".join([f"fit gain > {self.margin}", *conds])

    def apply(self, s: Story, t: Thresholds) -> tuple[Claims, int]:
        graph, src, claims = _Graph(s.probs), s.source_of, s.claims
        owners: dict[int, list[int]] = {}
        for n, c in enumerate(claims):
            for m in c:
                owners.setdefault(m, []).append(n)
        plan: list[tuple[int, int, int]] = []
        for x, own in owners.items():
            if self.single and len(own) > 1:
                continue
            near = sorted({n for m in graph.adj.get(x, {}) for n in owners.get(m, ())} - set(own))
            for a in own:
                rest = claims[a] - {x}
                if self.keep_two and len({src[m] for m in rest}) < 2:
                    continue
                best, where = fit(rest, x, graph, src, t) + self.margin, -1
                for b in near:
                    if self.free and any(src[m] == src[x] for m in claims[b]):
                        continue
                    if (f := fit(claims[b], x, graph, src, t)) > best:
                        best, where = f, b
                if where >= 0:
                    plan.append((x, a, where))
        new = [set(c) for c in claims]
        for x, a, b in plan:
            new[a].discard(x)
            new[b].add(x)
        return [frozenset(c) for c in new if len({src[m] for m in c}) >= 2], len(plan)


RULES = (Rule(0.1), Rule(0.2), Rule(0.1, free=True), Rule(0.1, keep_two=True), Rule(0.1, single=True),
         Rule(0.05, True, True, True), Rule(0.1, True, True, True), Rule(0.15, True, True, True),
         Rule(0.2, True, True, True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True, help="pickle of analysed cases (outside the repo)")
    ap.add_argument("--graphs", type=Path, help="pickle of the numbers read from them (outside the repo)")
    args = ap.parse_args(argv)
    t = Thresholds()
    stories = load(args.cache, args.graphs)
    moves = [m for s in stories for m in partner_moves(s, t)]
    print(f"{'move of X to its partner claim':45s} {'right':>5s} {'wrong':>5s} {'neutral':>7s} {'gold':>5s} "
          f"{'wrongp':>6s}")
    for name, keep in CRITERIA.items():
        sel = [m for m in moves if keep(m)]
        v = Counter(m.verdict for m in sel)
        print(f"{name:45s} {v['right']:5d} {v['wrong']:5d} {v['neutral']:7d} "
              f"{sum(m.gained for m in sel):+5d} {sum(m.wrong for m in sel):+6d}")
    print(f"\n{'general rule':45s} {'moves':>5s} {'gold':>6s} {'wrongp':>6s} {'stories':>7s}")
    for rule in RULES:
        total, gained, wrong, changed = 0, 0, 0, 0
        for s in stories:
            new, n = rule.apply(s, t)
            dh, dw = s.hits(new) - s.hits(s.claims), s.wrongs(new) - s.wrongs(s.claims)
            total, gained, wrong, changed = total + n, gained + dh, wrong + dw, changed + bool(dh or dw)
        print(f"{rule.label:45s} {total:5d} {gained:+6d} {wrong:+6d} {changed:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
