"""Each ECB+ false alarm with the judge rule that made it, for reading by hand.

    PYTHONPATH=src .venv/bin/python benchmarks/fa_rules.py [folder ...]

Runs ``compare`` on each ECB+ story folder as ``accuracy.py`` does, scores the
report as ``scoring.score`` does, and prints, per false alarm (a divergent fact
no gold divergence explains), the story, the fact kind, the values each source
states and the divergence rules of ``diverge.divergent_pairs`` (or
``compare``'s near/update pairs) that paired two of its mentions. A fact no
rule paired was made divergent later (a join, or a quote verdict). The texts are
evaluation data: this prints to the terminal only; nothing may be copied into
the project.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sourcediff import compare, diverge, load
from sourcediff.scoring import _facts, _false_alarms, _source_keys

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "data" / "ecbplus"

# rule name -> mention keys it paired, for the story being compared
PAIRED: list[tuple[str, Any, Any]] = []


def _key(m: Any) -> tuple[str, int, int]:
    return (m.source, m.span.start, m.span.end)


def _wrap(module: Any, name: str, ms_arg: int = 0) -> None:
    original: Callable[..., Iterable[tuple[int, int]]] = getattr(module, name)

    def wrapped(*args: Any, **kw: Any) -> list[tuple[int, int]]:
        ms = args[ms_arg]
        out = list(original(*args, **kw))
        for a, b in out:
            PAIRED.append((name, _key(ms[a]), _key(ms[b])))
        return out
    setattr(module, name, wrapped)


def _install() -> None:
    cm = importlib.import_module("sourcediff.compare")
    rules = ["_consensus_pairs", "_leftover_pairs", "precise_leftover_pairs", "shared_figure_pairs",
             "year_span_pairs", "_deadline_pairs", "start_pairs", "_context_pairs", "_clock_part_pairs",
             "_role_pairs", "_lone_clock_pairs", "_lone_measure_pairs", "event_clock_pairs", "opening_pairs",
             "_claim_count_pairs", "change_pairs", "conversion_pairs", "same_time_pairs", "record_year_pairs",
             "term_pairs", "near_measure_pairs", "age_pairs", "clock_range_pairs", "swapped_pairs",
             "measure_word_pairs", "story_count_pairs"]
    for name in rules:
        if hasattr(diverge, name):
            _wrap(diverge, name)
    _wrap(cm, "near_pairs")
    _wrap(cm, "stated_updates")
    original = diverge.divergent_pairs

    def claims_pairs(ms: Any, *args: Any, **kw: Any) -> list[tuple[int, int]]:
        start = len(PAIRED)
        out = original(ms, *args, **kw)
        by_rule = {(k1, k2) for _, k1, k2 in PAIRED[start:]} | {(k2, k1) for _, k1, k2 in PAIRED[start:]}
        for a, b in out:
            if (_key(ms[a]), _key(ms[b])) not in by_rule:
                PAIRED.append(("aligned_claim", _key(ms[a]), _key(ms[b])))
        return out
    cm.divergent_pairs = claims_pairs


def main(names: list[str]) -> None:
    _install()
    causes: Counter[str] = Counter()
    total = 0
    for folder in sorted(p for p in ECB.iterdir() if p.is_dir() and (p / "gold.json").exists()):
        if names and folder.name not in names:
            continue
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        PAIRED.clear()
        report = compare([load(p) for p in sorted(folder.glob("*.txt"))])
        rep = report.to_dict()
        keys = _source_keys(rep, gold)
        facts = _facts(rep, keys)
        for fact, scored in zip(report.facts, facts, strict=True):
            if _false_alarms([scored], gold, []) == 0:
                continue
            mk = {_key(m) for m in fact.mentions}
            vals = " | ".join(f"{m.source[-14:]}:{m.raw}={m.canonical}" for m in fact.mentions)
            rules = sorted({r for r, k1, k2 in PAIRED if k1 in mk and k2 in mk}) or ["join/verdict"]
            total += 1
            causes[f"{fact.kind.value}:{'+'.join(rules)}"] += 1
            print(f"{folder.name} [{fact.kind.value}] rules={'+'.join(rules)}\n    {vals[:400]}")
    print(f"\nfalse alarms listed: {total}")
    for cause, n in causes.most_common():
        print(f"{n:4d}  {cause}")


if __name__ == "__main__":
    main(sys.argv[1:])
