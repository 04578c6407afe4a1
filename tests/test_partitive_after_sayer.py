"""A sentence that opens with who says it, then "N of them": a part of the count of the sentence before."""

from __future__ import annotations

from pathlib import Path

from sourcediff import load
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _counts(tmp_path: Path, text: str) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "depot.txt"
    path.write_text(text, encoding="utf-8")
    info = analyse(load(path))
    return {m.raw: m.cues for m in info.mentions if m.kind is Kind.NUMBER}


def test_the_sayer_before_n_of_them_leaves_the_part_of_the_count_before(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The Ostrel depot employs 64 drivers. The operator says 40 of them will move "
                               "to the new garage in Kelby.\n")
    assert "driver" in counts.get("40", ())


def test_a_sayer_that_said_that_before_the_part(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The Ostrel depot employs 64 drivers. Union officials said that 12 of them "
                               "had already left.\n")
    assert "driver" in counts.get("12", ())


def test_a_clause_other_than_a_sayer_keeps_the_part_unread(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The Ostrel depot employs 64 drivers. Letters went to the parents and 40 of "
                               "them replied.\n")
    assert "driver" not in counts.get("40", ())
