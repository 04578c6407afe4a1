"""benchmarks/align_diagnose.py: each missed gold pair gets the cause that lost it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

A = ("The city council approved a budget of $40 million for the new harbour on Monday.\n\n"
     "A striker scored twice as the home side won the cup final at the stadium.\n")
B = ("On Monday the city council approved the $40 million harbour budget after a long debate.\n\n"
     "Forecasters expect mild weather and light winds until Sunday.\n")
GOLD = {
    "sources": {"a": "a.txt", "b": "b.txt"},
    "alignments": [
        {"id": "budget", "anchors": {"a": "The city council approved a budget",
                                     "b": "On Monday the city council approved"}},
        {"id": "unrelated", "anchors": {"a": "A striker scored twice",
                                        "b": "Forecasters expect mild weather"}},
    ],
    "facts": [],
}


def _module() -> ModuleType:
    path = ROOT / "benchmarks" / "align_diagnose.py"
    spec = importlib.util.spec_from_file_location("align_diagnose", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["align_diagnose"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def diagnosis(tmp_path_factory: pytest.TempPathFactory) -> object:
    folder = tmp_path_factory.mktemp("story")
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    mod = _module()
    case = mod.build_case("story invented", [folder / "a.txt", folder / "b.txt"], GOLD)
    return mod.diagnose(case)


def test_a_pair_one_claim_holds_is_found(diagnosis: object) -> None:
    assert diagnosis.causes["found"] == 1  # type: ignore[attr-defined]


def test_a_pair_no_claim_holds_gets_a_cause_before_clustering(diagnosis: object) -> None:
    causes = diagnosis.causes  # type: ignore[attr-defined]
    assert sum(causes.values()) == 2
    assert causes["not_candidate"] + causes["low_prob"] == 1
    assert diagnosis.recall == 0.5  # type: ignore[attr-defined]


def test_only_anchored_pairs_sharing_no_group_count_as_wrong(diagnosis: object) -> None:
    assert sum(diagnosis.wrong.values()) == 0  # type: ignore[attr-defined]
    assert diagnosis.judged == 1  # type: ignore[attr-defined]
