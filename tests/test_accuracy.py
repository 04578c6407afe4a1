"""Accuracy gate: the seeds' report scored against the hand-made gold file.

Floors live in tests/gold/floors.json together with a checksum of the seeds
they were measured on, so scores can only rise: a change that lowers one
fails here, and a changed seed corpus must be re-pinned deliberately.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sourcediff import compare, load
from sourcediff.scoring import Score, score

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").iterdir())
GOLD = json.loads((ROOT / "tests/gold/seeds.json").read_text(encoding="utf-8"))
FLOORS = json.loads((ROOT / "tests/gold/floors.json").read_text(encoding="utf-8"))


def seeds_checksum() -> str:
    h = hashlib.sha256()
    for p in SEEDS:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


@pytest.fixture(scope="module")
def result() -> Score:
    report = compare([load(p) for p in SEEDS])
    return score(report.to_dict(), GOLD)


def test_seeds_are_the_pinned_corpus() -> None:
    assert seeds_checksum() == FLOORS["seeds_sha256"], "seeds changed: re-measure and re-pin floors.json"


def test_alignment_recall_and_precision(result: Score) -> None:
    assert result.align_recall >= FLOORS["align_recall"], result.misses
    assert result.wrong_pairs <= FLOORS["max_wrong_pairs"], result.misses


def test_facts_and_verdicts(result: Score) -> None:
    assert result.facts_found >= FLOORS["facts_found"], result.misses
    assert result.verdicts >= FLOORS["verdicts"], result.misses
    assert result.false_alarms <= FLOORS["max_false_alarms"], result.misses


def test_speakers(result: Score) -> None:
    assert result.speakers[0] >= FLOORS["speakers"], result.misses
