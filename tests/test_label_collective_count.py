"""A fact box's label ending in a noun that names a count as one body ("Roll: 238") counts what it names."""

from __future__ import annotations

from pathlib import Path

from sourcediff import load
from sourcediff.model import Kind
from sourcediff.pipeline import analyse

BOX = """---
title: "Kelby academy to merge with its neighbour"
date: 2025-03-04
---

# Kelby academy to merge with its neighbour

- Current roll: 640
- Combined membership: 4,100 in March
- Page: 12
"""


def _counts(tmp_path: Path, text: str) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "box.md"
    path.write_text(text, encoding="utf-8")
    info = analyse(load(path))
    return {m.raw: m.cues for m in info.mentions if m.kind is Kind.NUMBER}


def test_a_collective_label_makes_the_figure_a_count(tmp_path: Path) -> None:
    counts = _counts(tmp_path, BOX)
    assert "roll" in counts.get("640", ())
    assert "membership" in counts.get("4,100", ())


def test_a_label_of_one_thing_stays_unread(tmp_path: Path) -> None:
    counts = _counts(tmp_path, BOX)
    assert "12" not in counts
