"""Alignment and judging accuracy, printed as figures from one command.

    .venv/bin/python benchmarks/accuracy.py [--only ecb,seeds,stories,mrpc] [--save FILE]

* ECB+ (``../shared/data/ecbplus``, 86 real stories): mean align_recall,
  wrong_pairs, facts_found, verdicts and false_alarms, for the ``ecb`` and
  ``ecbplus`` halves separately and together;
* the five seeds against ``tests/gold/seeds.json``;
* every story in ``tests/data/stories`` against its own gold;
* MRPC dev (``../shared/data/mrpc/dev.tsv``): the same-claim decision on two
  one-sentence articles, made by ``compare`` (a claim holds both sentences),
  as accuracy against the paraphrase label.

The shared data is evaluation only: this script reads it and prints numbers,
nothing of its text is kept. Parts whose data is absent are skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sourcediff import Article, compare, load
from sourcediff.scoring import Score, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCEDIFF_SHARED", ROOT.parent / "shared"))
ECB = SHARED / "data" / "ecbplus"
MRPC = SHARED / "data" / "mrpc"
STORIES = ROOT / "tests" / "data" / "stories"
PARTS = ("ecb", "seeds", "stories", "mrpc")


def _score_folder(files: list[Path], gold: dict[str, Any]) -> Score:
    return score(compare([load(p) for p in files]).to_dict(), gold)


def _line(name: str, scores: list[Score]) -> str:
    def mean(attr: str) -> float:
        return statistics.fmean(float(getattr(s, attr)) for s in scores)
    return (f"{name:22s} n={len(scores):3d}  align_recall={mean('align_recall'):.3f}  "
            f"wrong_pairs={mean('wrong_pairs'):.3f}  facts_found={mean('facts_found'):.3f}  "
            f"verdicts={mean('verdicts'):.3f}  false_alarms={mean('false_alarms'):.2f}")


def ecb_folders() -> Iterator[tuple[str, list[Path], dict[str, Any]]]:
    """Each ECB+ folder's name, article files (sorted) and gold."""
    for folder in sorted(p for p in ECB.iterdir() if p.is_dir() and (p / "gold.json").exists()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        yield folder.name, sorted(folder.glob("*.txt")), gold


def held_out_topic(folder: str) -> bool:
    """The topics training/train_pair_model.py never trains on (every fifth, both halves)."""
    return int(folder.split("_", 1)[0]) % 5 == 0


def run_ecb(out: dict[str, Any]) -> None:
    halves: dict[str, list[Score]] = {"ecb": [], "ecbplus": []}
    held: dict[str, list[Score]] = {"ecb": [], "ecbplus": []}
    for name, files, gold in ecb_folders():
        s = _score_folder(files, gold)
        half = name.split("_", 1)[1]
        halves[half].append(s)
        if held_out_topic(name):
            held[half].append(s)
        out.setdefault("ecb_folders", {})[name] = s.line()
    for half, scores in halves.items():
        print(_line(f"ECB+ {half}", scores))
    print(_line("ECB+ all", halves["ecb"] + halves["ecbplus"]))
    for half, scores in held.items():
        if scores:
            print(_line(f"ECB+ {half} held-out", scores))
    out["ecb"] = {h: _means(s) for h, s in halves.items()}
    out["ecb_held_out"] = {h: _means(s) for h, s in held.items() if s}


def _means(scores: list[Score]) -> dict[str, float]:
    return {k: round(statistics.fmean(float(getattr(s, k)) for s in scores), 4)
            for k in ("align_recall", "wrong_pairs", "facts_found", "verdicts", "false_alarms")}


def run_seeds(out: dict[str, Any]) -> None:
    gold = json.loads((ROOT / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    s = _score_folder(sorted((ROOT / "seeds").iterdir()), gold)
    print(f"{'seeds':22s} {s.line()}")
    out["seeds"] = s.line()


def run_stories(out: dict[str, Any]) -> None:
    for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
        s = _score_folder(files, gold)
        print(f"{'story ' + story.name:22s} {s.line()}")
        out.setdefault("stories", {})[story.name] = s.line()


def same_claim(first: str, second: str) -> bool:
    """compare's decision on two one-sentence articles: does one claim hold both?"""
    report = compare([Article.from_text(first, id="a"), Article.from_text(second, id="b")])
    return any(set(c.sources) == {"a", "b"} for c in report.claims)


def mrpc_pairs(split: str) -> list[tuple[int, str, str]]:
    with (MRPC / f"{split}.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(int(r[0]), r[3], r[4]) for r in rows[1:] if len(r) >= 5]


def run_mrpc(out: dict[str, Any]) -> None:
    pairs = mrpc_pairs("dev")
    hits = tp = fp = fn = 0
    for label, a, b in pairs:
        said = same_claim(a, b)
        hits += said == bool(label)
        tp += said and bool(label)
        fp += said and not label
        fn += (not said) and bool(label)
    acc = hits / len(pairs)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    print(f"{'MRPC dev':22s} n={len(pairs):3d}  accuracy={acc:.3f}  F1={f1:.3f}")
    out["mrpc_dev"] = {"accuracy": round(acc, 4), "f1": round(f1, 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default=",".join(PARTS), help="comma-separated parts: " + ",".join(PARTS))
    ap.add_argument("--save", type=Path, help="also write the figures as JSON to this file")
    args = ap.parse_args(argv)
    parts = [p for p in args.only.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        print(f"accuracy.py: unknown part {sorted(unknown)[0]!r}; choose from {','.join(PARTS)}")
        return 2
    out: dict[str, Any] = {}
    runners = {"ecb": (run_ecb, ECB), "seeds": (run_seeds, ROOT), "stories": (run_stories, STORIES),
               "mrpc": (run_mrpc, MRPC)}
    for part in parts:
        run, needs = runners[part]
        if not needs.exists():
            print(f"{part}: skipped, {needs} is absent")
            continue
        t0 = time.perf_counter()
        run(out)
        out.setdefault("seconds", {})[part] = round(time.perf_counter() - t0, 1)
    if args.save:
        args.save.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
