"""newuser18: two ranges that share one end and change the other diverge ("£3–5bn" against "£3–4bn").

Invented text. A draft that widened a range kept passing `check`, because
overlapping ranges agreed; ranges that share neither end still overlap-agree,
and a figure inside a range still agrees with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import run_cli
from sourcediff import Article, compare


def _verdict(first: str, second: str) -> str:
    texts = (f"The tram line will cost {first}, the council said.", f"The tram line will cost {second}, "
             "the council said.")
    report = compare([Article.from_text(t, id=f"s{i}", published="2026-06-04") for i, t in enumerate(texts)])
    statuses = {f.status.value for f in report.facts if f.kind.value in ("money", "number")}
    return "diverge" if "diverge" in statuses else "agree" if "agree" in statuses else "/".join(statuses)


@pytest.mark.parametrize(("first", "second"), [("£3–5bn", "£3–4bn"), ("£2–4bn", "£3–4bn"),
                                               ("between 5 and 15 km", "5-12 km")])
def test_a_range_with_one_end_changed_diverges(first: str, second: str) -> None:
    assert _verdict(first, second) == "diverge"


@pytest.mark.parametrize(("first", "second"), [("£3–4bn", "between £3bn and £4bn"), ("£3–4bn", "£4bn"),
                                               ("£3–4bn", "£3bn to £4bn"), ("£3–4bn", "£3.5–5bn")])
def test_the_same_range_a_figure_inside_or_an_overlap_sharing_no_end_agree(first: str, second: str) -> None:
    assert _verdict(first, second) == "agree"


def test_check_fails_a_draft_that_widened_the_sources_range(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, outlet in (("courier.txt", "Courier"), ("post.txt", "Post")):
        (sources / name).write_text(f"date 2026-06-04\n\nTram backed\n\nBy Ana Ruiz | {outlet}\n\n"
                                    "The council says the tram line to the airport will cost £3–4bn.\n",
                                    encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("# Tram backed\n\nThe council says the tram line to the airport will cost £3–5bn.\n",
                     encoding="utf-8")
    run = run_cli(capsys, "check", draft, "--against", sources)
    assert run.code == 1, run
    assert "Amount “£3–5bn” — sources say £3 billion to £4 billion" in run.out
