"""Whether each diverging gold fact's passages share a claim, and which align stage left one out.

    .venv/bin/python benchmarks/divergent_seats.py [--only seeds,stories] [--stories a,b] [--list]

A planted divergence is found only when the diverging source's passage sits
in one claim with the other sources' (the judge compares figures within a
claim). Yet a conflicting figure is evidence against joining in several
align stages (the pair model, splitseat's ``figures_conflict`` guard, the seat
rules): the divergence itself can keep its passage out (issue #11).

For every gold fact whose ``accept`` holds ``diverge`` and every source it
gives a value for, the source's gold anchor passage is the passage holding
the anchor of the gold alignment group whose anchors hold the most of the
fact's values (else the passages stating the value). The source is *seated*
when a claim of the compared report holds its passage and another source's;
else the miss is tallied by cause, the aligner's steps being traced as
align_stages.py traces them:

* ``no_passage``: no passage of the source states the value;
* ``not_candidate`` / ``low_prob``: the candidate index never proposed the
  passage with another source's, or the pair model scored the best such
  pair under ``merge_at``;
* ``dropped_by:STEP``: some step put them in one claim and STEP (the first
  after it without such a claim) took them apart;
* ``never:seat_taken`` / ``never:fit_low`` / ``never:orphan``: paired at
  ``merge_at`` or more yet never in one claim (align_diagnose's split causes);

each with ``+conflict`` when a figure family of the passage conflicts with
every other source's passage (clusterfigures.figures_conflict), the divergence
itself standing between them. Only counts and ids are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import sourcediff.pipeline as pipeline_mod
from sourcediff import load
from sourcediff.align import figure_keys, pair_probabilities
from sourcediff.align.cluster import Thresholds
from sourcediff.align.clusterbase import _Graph
from sourcediff.align.clusterfigures import figures_conflict
from sourcediff.scoring import anchor_in, norm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import ROOT, STORIES
from align_diagnose import _split_cause
from align_stages import TRACE  # importing it wraps the aligner's steps into TRACE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from train_pair_model import HELD_OUT_STORIES

SCORES: list[Any] = []


def _record_scores() -> None:
    inner = pipeline_mod.score_pairs

    def recorded(*args: Any, **kwargs: Any) -> Any:
        out = inner(*args, **kwargs)
        SCORES.append(out)
        return out

    pipeline_mod.score_pairs = recorded  # type: ignore[assignment]


_record_scores()


def _anchor_group(fact: Mapping[str, Any], gold: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The gold alignment group whose anchors hold the most of the fact's values."""
    best, hits = None, 0
    for g in gold["alignments"]:
        n = sum(1 for s, v in fact["values"].items()
                if s in g["anchors"] and norm(v) and norm(v) in norm(g["anchors"][s]))
        if n > hits or (n == hits and best is not None and g["id"] == fact["id"]):
            best, hits = g, n
    return best


def examine(name: str, files: Sequence[Path], gold: Mapping[str, Any], t: Thresholds,
            listed: list[str]) -> Counter[str]:
    """The diverging facts' sources of one story, seated or by cause (see the module docstring)."""
    diverging = [f for f in gold["facts"] if "diverge" in f["accept"]]
    out: Counter[str] = Counter()
    if not diverging:
        return out
    SCORES.clear()
    TRACE.clear()
    report = pipeline_mod.compare([load(p) for p in files])
    trace = list(TRACE)
    scores = SCORES[-1]
    docs = scores.docs
    probs = pair_probabilities(scores)
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    texts = {(p.source, p.index): p.text for s in report.sources for p in s.passages}
    by_file = {fn: key for key, fn in gold["sources"].items()}
    key_of = {s.article.id: by_file.get(Path(str(s.article.path)).name) for s in report.sources}
    doc_key = [key_of.get(d.source) for d in docs]
    doc_text = [texts.get((d.source, d.index), "") for d in docs]
    claims = [frozenset(index[(m.source, m.index)] for m in c.members) for c in report.claims]
    figures = [figure_keys(d.values, d.qualified) for d in docs]
    graph = _Graph(probs)
    source_of = [d.source for d in docs]
    for fact in diverging:
        group = _anchor_group(fact, gold)
        held: dict[str, frozenset[int]] = {}
        for s, v in fact["values"].items():
            anchor = group["anchors"].get(s) if group else None
            found = frozenset(n for n in range(len(docs)) if doc_key[n] == s and anchor
                              and anchor_in(doc_text[n], anchor))
            if not found:
                found = frozenset(n for n in range(len(docs)) if doc_key[n] == s and norm(v)
                                  and norm(v) in norm(doc_text[n]))
            held[s] = found
        for s in sorted(held):
            mine = held[s]
            others = frozenset().union(*(p for k, p in held.items() if k != s))
            out["sources"] += 1
            if any(c & mine and c & others for c in claims):
                out["seated"] += 1
                continue
            cause = _cause(mine, others, trace, probs, claims, graph, source_of, t)
            if mine and others and all(figures_conflict(figures[x], figures[y]) for x in mine
                                       for y in others if doc_key[y] != s):
                cause += "+conflict"
            out[cause] += 1
            listed.append(f"{name}: {fact['id']} {s} {cause}")
    return out


def _cause(mine: frozenset[int], others: frozenset[int], trace: Sequence[tuple[str, list[frozenset[int]]]],
           probs: Mapping[tuple[int, int], float], claims: Sequence[frozenset[int]], graph: _Graph,
           source_of: Sequence[str], t: Thresholds) -> str:
    if not mine or not others:
        return "no_passage"
    best = max((probs.get((min(i, j), max(i, j)), -1.0) for i in mine for j in others), default=-1.0)
    together = False
    for step, found in trace:
        now = any(c & mine and c & others for c in found)
        if together and not now:
            return f"dropped_by:{step}"
        together = together or now
    if together:
        return "dropped_by:judge"
    if best < 0:
        return "not_candidate"
    if best < t.merge_at:
        return "low_prob"
    return "never:" + _split_cause(mine, others, claims, graph, source_of, t).removeprefix("split_")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="seeds,stories")
    parser.add_argument("--stories", default="", help="comma-separated story names (default: all)")
    parser.add_argument("--list", action="store_true", help="print each missed source")
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    names = {n for n in args.stories.split(",") if n}
    todo: list[tuple[str, list[Path], dict[str, Any]]] = []
    if "seeds" in parts and not names:
        gold = json.loads((ROOT / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))
        todo.append(("seeds", sorted((ROOT / "seeds").iterdir()), gold))
    if "stories" in parts:
        for story in sorted(p for p in STORIES.iterdir() if p.is_dir() and (not names or p.name in names)):
            gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
            files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
            todo.append((story.name, files, gold))
    total: Counter[str] = Counter()
    held: Counter[str] = Counter()
    listed: list[str] = []
    for name, files, gold in todo:
        counts = examine(name, files, gold, Thresholds(), listed)
        total.update(counts)
        if name in HELD_OUT_STORIES:
            held.update(counts)
    if args.list:
        print("\n".join(listed))
    for label, counts in (("all", total), ("held-out", held)):
        print(f"{label}: sources {counts['sources']} seated {counts['seated']}")
        for k, v in counts.most_common():
            if k not in ("sources", "seated"):
                print(f"  {k:40s} {v:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
