"""Which step of the aligner put each wrong pair into one claim.

    .venv/bin/python benchmarks/align_stages.py [--only seeds,ecbplus,ecb,stories] [--held-out] [--per-case]
        [--cache FILE]

align_errors.py bands wrong pairs by the model's probability; this script
says which step made them. Every step ``align`` runs (the eight of
``cluster.claims_from`` and the joins after it) is wrapped so its output is
recorded; a wrong pair (two anchored passages of different sources in one
final claim whose anchors share no gold group) is charged to the first step
after which some claim holds both (the joins added since align50 are wrapped
too: second_seats, join_dates, join_quotes, pair_by_figures). Step 1 (``agglomerate``) is split by how
the pair joined: ``direct`` (the pair itself scored at ``merge_at``),
``weak`` (a candidate below it) or ``indirect`` (no candidate, joined through
other members), and whether the claim it sits in is large. ``--held-out``
keeps the ECB+ topics training never sees (number % 5 == 0); ``--per-case``
adds each folder's or story's wrong pairs by step. The shared data is
evaluation only: only counts and folder names are printed.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sourcediff.align as align_pkg
import sourcediff.align.cluster as cluster_mod
from sourcediff.align import align, pair_probabilities, score_pairs
from sourcediff.align.cluster import Thresholds

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import held_out_topic
from align_diagnose import Case, cases

CLUSTER_STEPS = ("agglomerate", "reseat", "attach", "adopt_orphans", "merge_overlapping", "share_seats",
                 "split_seats", "box_pairs")
JOIN_STEPS = ("join_multi_fact", "seat_multi_fact", "join_measures", "second_seats", "join_multi_measure",
              "join_rivals", "join_records", "join_dates", "join_quotes", "join_leads", "join_clauses",
              "join_split_statements", "join_divergent", "pair_by_figures")

TRACE: list[tuple[str, list[frozenset[int]]]] = []
PER_CASE: dict[str, Counter[str]] = {}


def _wrap(module: Any, name: str) -> None:
    inner: Callable[..., Any] = getattr(module, name)

    def traced(*args: Any, **kwargs: Any) -> Any:
        out = inner(*args, **kwargs)
        TRACE.append((name, [frozenset(c) for c in out]))
        return out

    setattr(module, name, traced)


for _n in CLUSTER_STEPS:
    _wrap(cluster_mod, _n)
for _n in JOIN_STEPS:
    _wrap(align_pkg, _n)


def examine(case: Case, counts: Counter[str], pairs: Counter[str], t: Thresholds) -> None:
    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    TRACE.clear()
    PER_CASE.setdefault(case.name, Counter())
    claims = align(case.infos, scores=scores, thresholds=t)
    docs = scores.docs
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    anchored: dict[str, set[str]] = {}
    for n, d in enumerate(docs):
        anchored.setdefault(d.source, set()).update(case.groups[n])
    seen: set[tuple[int, int]] = set()
    for c in claims:
        members = sorted(index[(p.source, p.index)] for p in c.members)
        for i, j in itertools.combinations(members, 2):
            if docs[i].source == docs[j].source or not case.groups[i] or not case.groups[j]:
                continue
            if (i, j) in seen:
                continue
            seen.add((i, j))
            pairs["judged"] += 1
            right = bool(case.groups[i] & case.groups[j])
            step = next((name for name, found in TRACE if any(i in k and j in k for k in found)), "?")
            if step == "agglomerate":
                p = probs.get((i, j))
                how = "indirect" if p is None else "direct" if p >= t.merge_at else "weak"
                size = next(len(k) for name, found in TRACE if name == step
                            for k in found if i in k and j in k)
                step = f"agglomerate/{how}/{'big' if size > 4 else 'small'}"
            if right:
                counts[f" right {step}"] += 1
                continue
            PER_CASE[case.name][step] += 1
            heads = sum(docs[k].index == 0 for k in (i, j))
            # ECB+ anchors a fact once per document, at its first mention: when either passage's group
            # is anchored at another passage of the other's source, that source does state the fact,
            # elsewhere (the claim seated another sentence of it, or the gold skipped a later mention)
            if case.groups[j] & anchored[docs[i].source] or case.groups[i] & anchored[docs[j].source]:
                counts[f"   (anchored elsewhere in the source) {step}"] += 1
            counts[step] += 1
            counts[f"  (headlines {heads})"] += 1


def recall(case: Case) -> tuple[int, int]:
    """Gold pairs some final claim holds (the aligner's claims, no judge), and all gold pairs."""
    scores = score_pairs(case.infos)
    claims = align(case.infos, scores=scores)
    index = {(d.source, d.index): n for n, d in enumerate(scores.docs)}
    sets = [frozenset(index[(p.source, p.index)] for p in c.members) for c in claims]
    found = sum(1 for a, b in case.gold_pairs if a and b and any(c & a and c & b for c in sets))
    return found, len(case.gold_pairs)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="seeds,ecbplus")
    ap.add_argument("--held-out", action="store_true", help="ECB+: only the topics training never sees")
    ap.add_argument("--per-case", action="store_true", help="also each case's wrong pairs by step")
    ap.add_argument("--cache", type=Path,
                    help="pickle of analysed ECB+ folders (align_errors.py's), outside the repo")
    args = ap.parse_args(argv)
    parts = set(args.only.split(","))
    todo: list[Case] = []
    if "seeds" in parts:
        todo += list(cases(["seeds"]))
    if "stories" in parts:
        todo += list(cases(["stories"]))
    if parts & {"ecb", "ecbplus"}:
        if args.cache and args.cache.exists():
            ecb: list[Case] = pickle.loads(args.cache.read_bytes())
        else:
            ecb = list(cases(["ecb"]))
            if args.cache:
                args.cache.write_bytes(pickle.dumps(ecb))
        todo += [c for c in ecb if c.name.split("_", 1)[-1] in parts
                 and (not args.held_out or held_out_topic(c.name))]
    groups: dict[str, list[Case]] = {}
    for c in todo:
        key = "ecb" if c.name.endswith("_ecb") else "ecbplus" if c.name.endswith("_ecbplus") else \
            "stories" if c.name.startswith("story") else c.name
        groups.setdefault(key, []).append(c)
    for key, group in groups.items():
        found = total = 0
        for c in group:
            f, n = recall(c)
            found += f
            total += n
        counts: Counter[str] = Counter()
        pairs: Counter[str] = Counter()
        for c in group:
            examine(c, counts, pairs, Thresholds())
        wrong = sum(v for k, v in counts.items() if not k.startswith(" "))
        print(f"{key}: judged {pairs['judged']} wrong {wrong} ({wrong / max(pairs['judged'], 1):.3f})"
              f" gold pairs found {found}/{total} ({found / max(total, 1):.3f})")
        for k, v in sorted(counts.items(), key=lambda kv: (kv[0].startswith(" "), -kv[1])):
            print(f"  {k:40s} {v:5d}  {v / max(wrong, 1):.2f}")
        if args.per_case:
            for c in group:
                row = PER_CASE.get(c.name, Counter())
                if row:
                    print(f"    {c.name:24s} {sum(row.values()):4d}  " +
                          " ".join(f"{k}={v}" for k, v in row.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
