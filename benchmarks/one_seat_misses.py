"""Count the gold pairs lost because a sentence stating two facts takes one seat (notes/align62.md).

    .venv/bin/python benchmarks/one_seat_misses.py [--stories a,b,...] [--cache DIR] [--list]

One source states two facts in one sentence (a lede: "X will close on Feb. 28,
six weeks early"), another states them in two sentences. The claim holding
the one-sentence statements seats one of the two sentences of the second
source (one seat per source), and the other sentence sits in another claim:
one of the two gold groups misses that source.

For every missed gold pair (group G, sources a~b) the script reads the
compared report (the claims the judge scores, not the aligner's raw ones) and
calls a side s of the pair *one-seat* when

- a claim C holding the most sources' G anchors (G's home) holds the other
  side's G anchor and also a passage Q of s that is not
  s's G anchor (the seat of s in C is taken);
- Q is anchored in another group G2, and some passage of C is anchored in
  both G and G2 (C is the claim of a two-fact passage, and Q states its other
  fact: C "shares a fact" with G);
- s's G anchor sits in some claim (seated elsewhere) or in none (``orphan``).

It prints the count of such pairs and of groups with one (``groups``), with
the count of all missed pairs, for all stories and the held-out ones; with
``--list``, each one-seat pair. ``--cache`` keeps each story's report JSON
between runs (the stories are the repo's own). Only figures and ids are
printed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sourcediff import compare, load
from sourcediff.scoring import _claims, _source_keys, anchor_in

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import STORIES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from train_pair_model import HELD_OUT_STORIES

Pair = tuple[str, str]


def report_of(story: Path, cache: Path | None) -> dict[str, Any]:
    """The compared report of one story, read from ``cache`` when it holds it."""
    if cache is not None and (cache / f"{story.name}.json").exists():
        return dict(json.loads((cache / f"{story.name}.json").read_text(encoding="utf-8")))
    files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
    report = compare([load(p) for p in files]).to_dict()
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"{story.name}.json").write_text(json.dumps(report), encoding="utf-8")
    return report


def one_seat(claims: Sequence[Sequence[Pair]], gold: Mapping[str, Any]) -> tuple[Counter[str], list[str]]:
    """The missed pairs of the story, and which are one-seat (see the module docstring)."""
    groups = gold["alignments"]

    def anchored(key: str, text: str) -> set[str]:
        return {g["id"] for g in groups if key in g["anchors"] and anchor_in(text, g["anchors"][key])}

    tagged = [[(k, t, anchored(k, t)) for k, t in c] for c in claims]
    out: Counter[str] = Counter()
    listed: list[str] = []
    hit_groups: set[str] = set()
    for g in groups:
        gid = g["id"]
        homes: list[list[tuple[str, str, set[str]]]] | None = None
        for (a, an), (b, bn) in itertools.combinations(sorted(g["anchors"].items()), 2):
            if any(any(k == a and anchor_in(t, an) for k, t, _ in c) and
                   any(k == b and anchor_in(t, bn) for k, t, _ in c) for c in tagged):
                continue
            out["missed"] += 1
            kind = ""
            if homes is None:
                sizes = [len({k for k, _, ids in c if gid in ids}) for c in tagged]
                homes = [c for c, n in zip(tagged, sizes, strict=True) if n == max(sizes, default=0) and n]
            for s, sn, o, on in ((a, an, b, bn), (b, bn, a, an)):
                for c in tagged:
                    if c not in homes or not any(k == o and anchor_in(t, on) for k, t, _ in c):
                        continue  # the group's home (most of its sources) holding the other side
                    taken = [ids for k, t, ids in c if k == s and not anchor_in(t, sn)]
                    if not taken:
                        continue
                    if any(gid in ids and ids - {gid} and any(ids & q for q in taken) for _, _, ids in c):
                        seated = any(k == s and anchor_in(t, sn) for c2 in tagged for k, t, _ in c2)
                        kind = "one_seat" if seated else "one_seat_orphan"
                        break
                    kind = kind or "seat_taken_other"
                if kind.startswith("one_seat"):
                    break
            if kind:
                out[kind] += 1
            if kind.startswith("one_seat"):
                hit_groups.add(gid)
                listed.append(f"{gid} {a}~{b} {kind}")
    out["groups"] = len(hit_groups)
    return out, listed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", default="", help="comma-separated story names (default: all)")
    parser.add_argument("--cache", type=Path, help="a directory (outside the repo) for the reports")
    parser.add_argument("--list", action="store_true", help="print each one-seat pair")
    args = parser.parse_args(argv)
    names = [n for n in args.stories.split(",") if n]
    stories = sorted(p for p in STORIES.iterdir() if p.is_dir() and (not names or p.name in names))
    total: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for story in stories:
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        report = report_of(story, args.cache)
        counts, listed = one_seat(_claims(report, _source_keys(report, gold)), gold)
        total.update(counts)
        if story.name in HELD_OUT_STORIES:
            held.update(counts)
        if args.list:
            for line in listed:
                print(f"{story.name}: {line}")
    keys = ("missed", "one_seat", "one_seat_orphan", "seat_taken_other", "groups")
    print("all     " + "  ".join(f"{k}={total[k]}" for k in keys) + f"  stories={len(stories)}")
    print("held-out " + "  ".join(f"{k}={held[k]}" for k in keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
