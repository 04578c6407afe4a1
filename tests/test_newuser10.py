"""A first-time user's leftovers (newuser10): a sum's cue read from the head of its noun compound, so
``check`` holds a draft's packed "$30 million state grant" to the sources' "state grant of $25 million";
and a live blog page's entry times kept.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import run_cli
from sourcediff.extract import money
from sourcediff.model import Article, Passage, Span
from sourcediff.text import fold


def _cues(text: str) -> list[tuple[str, ...]]:
    article = Article.from_text(text, id="t")
    passage = Passage("t", 0, 0, Span(0, len(text)), text, fold(text))
    return [m.cues for m in money.extract(article, (passage,))]


@pytest.mark.parametrize(("text", "cue"), [
    ("The terminal is backed by a $30 million state grant, officials said.", "grant"),
    ("Voters approved a $12 million road repair fund in May.", "fund"),
    ("The firm won a $4 million business loan from the bank.", "loan"),
])
def test_a_compound_gives_its_head_as_a_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)[0]


@pytest.mark.parametrize(("text", "absent"), [
    ("It posted $14 billion in revenue last year.", "last"),
    ("A $25 million grant made the expansion possible.", "made"),
    ("A $2 million prize goes to the winner.", "goe"),
    ("The $5 million deal announced on Friday stands.", "announced"),
])
def test_words_after_the_compound_are_no_cue(text: str, absent: str) -> None:
    cues = _cues(text)[0]
    assert absent not in cues and not any(c.startswith(absent) for c in cues)


SOURCE_A = """Harbour board approves ferry terminal

The Port Wexley harbour board voted 6-3 on Monday to approve a $48 million ferry terminal on the east quay.

The project is backed by a state grant of $25 million, the board said.
"""

SOURCE_B = """Port Wexley backs new ferry terminal

The harbour board in Port Wexley approved a $48 million ferry terminal on Monday in a 6-3 vote.

The state grant of $25 million will cover about half of the cost.
"""

DRAFT = """# Board approves ferry terminal

The Port Wexley harbour board voted 6-3 on Monday to approve the terminal.

The $48 million terminal, backed by a $30 million state grant, will open on the east quay.
"""


def test_check_holds_a_packed_grant_to_the_sources(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, b, draft = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "draft.md"
    a.write_text(SOURCE_A, encoding="utf-8")
    b.write_text(SOURCE_B, encoding="utf-8")
    draft.write_text(DRAFT, encoding="utf-8")
    run = run_cli(capsys, "check", draft, "--against", a, b)
    assert run.code == 1, (run.out, run.err)
    assert "[money/diverge]" in run.out and "$30 million" in run.out and "$25 million" in run.out
    assert "stated by no source" not in run.out


def test_check_passes_the_packed_grant_the_sources_state(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    a, b, draft = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "draft.md"
    a.write_text(SOURCE_A, encoding="utf-8")
    b.write_text(SOURCE_B, encoding="utf-8")
    draft.write_text(DRAFT.replace("$30 million", "$25 million"), encoding="utf-8")
    run = run_cli(capsys, "check", draft, "--against", a, b)
    assert run.code == 0, (run.out, run.err)
    assert "diverge" not in run.out
