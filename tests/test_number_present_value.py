"""A bare figure given as the count before it stands now: "had 1,200 members in 2015 and now has just 640"."""

from __future__ import annotations

from pathlib import Path

from sourcediff import compare, load
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _counts(tmp_path: Path, text: str) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "club.txt"
    path.write_text(text, encoding="utf-8")
    info = analyse(load(path))
    return {m.raw: m.cues for m in info.mentions if m.kind is Kind.NUMBER}


def test_now_has_just_takes_the_noun_of_the_count_before(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The rowing club had 1,200 members in 2015 and now has just 640.\n")
    assert "member" in counts.get("640", ())


def test_a_time_ago_between_is_no_count_the_figure_takes_its_noun_from(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The choir had 48 singers two years ago and now has only 30.\n")
    assert "singer" in counts.get("30", ())


def test_a_present_verb_with_today_after_the_figure(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The high street had 90 shops in 1990 and has 12 today.\n")
    assert "shop" in counts.get("12", ())


def test_a_present_verb_without_a_word_of_the_present_reads_nothing(tmp_path: Path) -> None:
    counts = _counts(tmp_path, "The high street had 90 shops in 1990 and has 12 of its own rules.\n")
    assert "shop" not in counts.get("12", ())


def test_two_outlets_meet_on_the_figure_now(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(
        "The Brenfield rowing club had 1,200 members in 2015 and now has just 640, its secretary said.\n",
        encoding="utf-8")
    (tmp_path / "paper.txt").write_text(
        "Brenfield rowing club, which has 640 members, is to sell its boathouse, its secretary said.\n",
        encoding="utf-8")
    report = compare([load(tmp_path / "wire.txt"), load(tmp_path / "paper.txt")])
    members = [f for f in report.facts if f.kind is Kind.NUMBER and any(m.raw == "640" for m in f.mentions)]
    assert members and {m.source for m in members[0].mentions} == {"wire", "paper"}
