"""benchmarks/align_errors.py: wrong pairs are listed with their probability, missed pairs with a cause."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

A = ("Police arrested a man on Friday after a shooting at the harbour market left two people injured.\n\n"
     "The city council approved a budget of $40 million for the new harbour.\n")
B = ("Police arrested a man on Friday after the shooting at the harbour market that injured two people.\n\n"
     "A striker scored twice as the home side won the cup final at the stadium.\n")
# The two near-identical leads are anchored to different groups: joining them is a wrong pair.
GOLD = {
    "sources": {"a": "a.txt", "b": "b.txt"},
    "alignments": [
        {"id": "arrest", "anchors": {"a": "Police arrested a man on Friday after a shooting",
                                     "b": "A striker scored twice"}},
        {"id": "shooting", "anchors": {"a": "The city council approved a budget",
                                       "b": "Police arrested a man on Friday after the shooting"}},
    ],
    "facts": [],
}


def _module(name: str) -> ModuleType:
    bench = str(ROOT / "benchmarks")
    if bench not in sys.path:  # align_errors.py imports its neighbours
        sys.path.insert(0, bench)
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Counter[str]]:
    folder = tmp_path_factory.mktemp("story")
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    diagnose = _module("align_diagnose")
    errors = _module("align_errors")
    case = diagnose.build_case("1_ecbplus", [folder / "a.txt", folder / "b.txt"], GOLD)
    out: dict[str, Counter[str]] = {k: Counter() for k in ("judged", "wrong by p", "wrong by headline",
                                                           "missed")}
    errors.examine(case, errors.Thresholds(), set(), False, 0, out)
    return out


def test_joined_leads_of_other_groups_are_a_wrong_pair_scored_high(counts: dict[str, Counter[str]]) -> None:
    assert counts["judged"]["pairs"] == 1
    assert sum(counts["wrong by p"].values()) == 1
    assert counts["wrong by p"]["p>=0.7"] == 1
    assert counts["wrong by headline"]["2 headline(s)"] == 1


def test_both_gold_pairs_are_missed_with_a_cause(counts: dict[str, Counter[str]]) -> None:
    missed = counts["missed"]
    assert missed["(found)"] == 0
    assert missed["not_candidate"] + missed["low_prob"] + missed["split"] == 2
