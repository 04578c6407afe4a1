"""A comparison too big to finish in bounded memory is refused at once, with one line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, ARTICLE_B, one_line_error, run_cli
from sourcediff import budget
from sourcediff.align.candidates import PARTNER_BUDGET
from sourcediff.budget import BudgetError, check_pair_budget, check_text_budget, passage_pairs
from sourcediff.model import Article
from sourcediff.pipeline import analyse, compare


def test_the_pair_count_is_each_passage_times_its_possible_partners() -> None:
    texts = (("a", "One. Two. Three."), ("b", "Four. Five."), ("c", "Six."))
    infos = [analyse(Article(id=i, text=text)) for i, text in texts]
    assert passage_pairs(infos) == 3 * 3 + 2 * 4 + 1 * 5  # small stories: every passage of the others
    check_pair_budget(infos, max_pairs=22)
    with pytest.raises(BudgetError, match="22 passage pairs"):
        check_pair_budget(infos, max_pairs=21)


def test_long_articles_count_only_the_candidate_partners() -> None:
    """Two 30,000-word articles (about 2,200 passages each) are well within budget."""
    text = "".join(f"Item {n} was filed. " for n in range(2200))
    infos = [analyse(Article(id=i, text=text)) for i in ("a", "b")]
    assert passage_pairs(infos) == 2 * 2200 * PARTNER_BUDGET
    check_pair_budget(infos)


def test_too_much_text_is_refused_before_extraction() -> None:
    articles = [Article(id="a", text="x" * 60, path="long.txt"), Article(id="b", text="y" * 50)]
    check_text_budget(articles, max_chars=110)
    with pytest.raises(BudgetError, match=r"long\.txt"):
        check_text_budget(articles, max_chars=100)


def test_ordinary_stories_are_well_within_budget() -> None:
    report = compare([Article(id="a", text=ARTICLE_A), Article(id="b", text=ARTICLE_B)])
    assert len(report.sources) == 2


def test_two_huge_articles_are_refused_in_seconds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two 1.6 MB articles (accepted by --max-bytes) used to run for many minutes and gigabytes."""
    a, b = tmp_path / "huge-a.txt", tmp_path / "huge-b.txt"
    a.write_text((ARTICLE_A + "\n") * 8000, encoding="utf-8")
    b.write_text((ARTICLE_B + "\n") * 8000, encoding="utf-8")
    started = time.perf_counter()
    one_line_error(run_cli(capsys, "compare", a, b), "characters", "compare fewer or shorter")
    assert time.perf_counter() - started < 60  # a hang guard, not a speed target


def test_many_passages_are_refused_before_alignment(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "MAX_PASSAGE_PAIRS", 200_000)  # the real one needs ~50,000 passages
    short = "".join(f"Item {n} was filed. " for n in range(1800))  # 2 x 1,800 x 64 = 230,400 pairs
    a, b = tmp_path / "many-a.txt", tmp_path / "many-b.txt"
    a.write_text(short, encoding="utf-8")
    b.write_text(short, encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", a, b), "passage pairs", "compare fewer or shorter")
