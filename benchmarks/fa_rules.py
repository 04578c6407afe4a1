"""Each false alarm with the judge rule that made it, for reading by hand (ECB+ or the project's stories).

    PYTHONPATH=src .venv/bin/python benchmarks/fa_rules.py [folder ...]
    PYTHONPATH=src .venv/bin/python benchmarks/fa_rules.py --stories [story ...]

Runs ``compare`` on each ECB+ story folder (with ``--stories``, each story of
``tests/data/stories``) as ``accuracy.py`` does, scores the report as
``scoring.score`` does, and prints, per false alarm (a divergent fact no gold
divergence explains), the story, the fact kind, the values each source states
and what made it divergent:

- the divergence rules of ``diverge.divergent_pairs`` (or ``compare``'s
  near/update pairs) that paired two of its mentions; a pair of the claim
  loop itself is ``claim_scored`` (the two passages' pair score passed
  DIVERGE_MIN_SCORE) or ``claim_lone:<test>`` (a sure claim's low-scoring
  pair, admitted by one of the lone-figure tests);
- ``quote_verdict`` when the quote judge (``factverdicts._quote_verdict``)
  read the group's quotations as altered words, or ``join:<name>`` when a
  later join of ``compare.judge`` first made a divergent group of its mentions.

ECB+ folders whose topic number is a multiple of 5 are held out (marked
``[held-out]``): read them to confirm, never to choose a change. The texts
are evaluation data: this prints to the terminal only; nothing may be copied
into the project.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sourcediff import Verdict, compare, diverge, load
from sourcediff.scoring import _facts, _false_alarms, _source_keys

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "data" / "ecbplus"
STORIES = ROOT / "tests" / "data" / "stories"
GOLD = "gold.json"

# (rule name, mention key, mention key) for every pair a rule made in the story being compared
PAIRED: list[tuple[str, Any, Any]] = []
# (test name, mention key, mention key) for every low-scoring pair of a sure claim a lone test admitted
LONE: list[tuple[str, Any, Any]] = []
# (what made it, mention keys) for every group first made divergent by the quote verdict or a join
MADE: list[tuple[str, frozenset[Any]]] = []

RULES = ["_consensus_pairs", "leftover_pairs", "precise_leftover_pairs", "shared_figure_pairs",
         "split_statement_pairs", "split_passage_pairs", "sized_passage_pairs", "year_span_pairs",
         "split_year_pairs", "_deadline_pairs", "start_pairs", "_context_pairs", "_clock_part_pairs",
         "_role_pairs", "_tally_pairs", "_lone_clock_pairs", "_lone_measure_pairs", "event_clock_pairs",
         "opening_pairs", "abduction_pairs", "_claim_count_pairs", "change_pairs", "conversion_pairs",
         "same_time_pairs", "record_year_pairs", "term_pairs", "near_measure_pairs", "age_pairs",
         "described_age_pairs", "clock_range_pairs", "swapped_pairs", "consensus_swap_pairs",
         "measure_word_pairs", "story_count_pairs", "month_pairs"]
LONE_TESTS = ["_lone_figures", "lone_days", "one_company_moves", "_release_clocks", "_box_timed_clocks"]


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


def _wrap_test(module: Any, name: str) -> None:
    original: Callable[..., bool] = getattr(module, name)

    def wrapped(a: Any, b: Any, *args: Any, **kw: Any) -> bool:
        out = original(a, b, *args, **kw)
        if out:
            LONE.append((name, _key(a), _key(b)))
        return out
    setattr(module, name, wrapped)


def _diverged(facts: Any) -> set[frozenset[Any]]:
    if not isinstance(facts, list):
        return set()
    return {frozenset(_key(m) for m in f[0]) for f in facts
            if isinstance(f, tuple) and len(f) > 1 and f[1] is Verdict.DIVERGE}


def _wrap_join(module: Any, name: str) -> None:
    original: Callable[..., Any] = getattr(module, name)

    def wrapped(*args: Any, **kw: Any) -> Any:
        out = original(*args, **kw)
        before = set().union(*(_diverged(a) for a in args))
        MADE.extend((f"join:{name}", g) for g in _diverged(out) - before)
        return out
    setattr(module, name, wrapped)


def _install() -> None:
    cm = importlib.import_module("sourcediff.compare")
    for name in RULES:
        if hasattr(diverge, name):
            _wrap(diverge, name)
    for name in LONE_TESTS:
        if hasattr(diverge, name):
            _wrap_test(diverge, name)
    _wrap(cm, "near_pairs")
    _wrap(cm, "stated_updates")
    for name in dir(cm):
        if name.startswith("join_") or name in ("judged_again", "split_ranges_apart", "attach_fragments"):
            _wrap_join(cm, name)
    verdict = cm._verdict

    def judged(group: Any, diverged: bool, *args: Any, **kw: Any) -> Any:
        out = verdict(group, diverged, *args, **kw)
        if out is Verdict.DIVERGE and not diverged:
            MADE.append(("quote_verdict", frozenset(_key(m) for m in group)))
        return out
    cm._verdict = judged
    original = diverge.divergent_pairs

    def claims_pairs(ms: Any, *args: Any, **kw: Any) -> list[tuple[int, int]]:
        start, lone_start = len(PAIRED), len(LONE)
        out = original(ms, *args, **kw)
        by_rule = {(k1, k2) for _, k1, k2 in PAIRED[start:]} | {(k2, k1) for _, k1, k2 in PAIRED[start:]}
        lone = {(k1, k2): t for t, k1, k2 in LONE[lone_start:]}
        for a, b in out:
            ka, kb = _key(ms[a]), _key(ms[b])
            if (ka, kb) not in by_rule:
                test = lone.get((ka, kb)) or lone.get((kb, ka))
                PAIRED.append((f"claim_lone:{test}" if test else "claim_scored", ka, kb))
        return out
    cm.divergent_pairs = claims_pairs


def held_out(folder: str) -> bool:
    """ECB+ topics whose number is a multiple of 5 are held out (accuracy.py)."""
    head = folder.split("_")[0]
    return head.isdigit() and int(head) % 5 == 0


def _causes(mk: set[Any]) -> list[str]:
    rules = {r for r, k1, k2 in PAIRED if k1 in mk and k2 in mk}
    made = [what for what, g in MADE if g <= mk]
    return sorted(rules) + made[:1] or ["unattributed"]


def main(argv: list[str]) -> None:
    stories = "--stories" in argv
    names = [a for a in argv if a != "--stories"]
    base = STORIES if stories else ECB
    _install()
    causes: Counter[str] = Counter()
    total = 0
    for folder in sorted(p for p in base.iterdir() if p.is_dir() and (p / GOLD).exists()):
        if names and folder.name not in names:
            continue
        gold = json.loads((folder / GOLD).read_text(encoding="utf-8"))
        PAIRED.clear()
        LONE.clear()
        MADE.clear()
        report = compare([load(p) for p in sorted(folder.iterdir()) if p.is_file() and p.name != GOLD])
        rep = report.to_dict()
        keys = _source_keys(rep, gold)
        facts = _facts(rep, keys)
        for fact, scored in zip(report.facts, facts, strict=True):
            if _false_alarms([scored], gold, []) == 0:
                continue
            rules = _causes({_key(m) for m in fact.mentions})
            vals = " | ".join(f"{m.source[-14:]}:{m.raw}={m.canonical}" for m in fact.mentions)
            total += 1
            causes[f"{fact.kind.value}:{'+'.join(rules)}"] += 1
            mark = " [held-out]" if not stories and held_out(folder.name) else ""
            print(f"{folder.name}{mark} [{fact.kind.value}] rules={'+'.join(rules)}\n    {vals[:400]}")
    print(f"\nfalse alarms listed: {total}")
    for cause, n in causes.most_common():
        print(f"{n:4d}  {cause}")


if __name__ == "__main__":
    main(sys.argv[1:])
