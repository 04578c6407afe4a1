"""The committed reports/seeds.{html,md,json} must be what the current code produces.

They are the showcase of the tool (linked from the README, opened in a
browser by tests/test_browser.py), so a stale copy would misrepresent it.
After a change to any stage, regenerate them with one command, either

    SOURCEDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render_reports.py

or, equivalently, ``.venv/bin/sourcediff report seeds/ -o reports/seeds``
(the same command this test runs, into a temporary folder). The first form
also rewrites the renderer goldens when given the whole test suite:

    SOURCEDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render_*.py
"""

from __future__ import annotations

from pathlib import Path

import pytest

from render_fixture import check_golden
from sourcediff.cli import main

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
SUFFIXES = (".html", ".md", ".json")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Run ``sourcediff report seeds/ -o TMP/seeds`` from the project root, as a user would."""
    out = tmp_path_factory.mktemp("reports") / "seeds"
    mp = pytest.MonkeyPatch()
    mp.chdir(ROOT)
    try:
        with pytest.raises(SystemExit) as exit_info:
            main(["report", "seeds/", "-o", str(out)])
    finally:
        mp.undo()
    assert exit_info.value.code in (0, None), f"sourcediff report exited {exit_info.value.code}"
    return {suffix: (out.parent / f"seeds{suffix}").read_text(encoding="utf-8") for suffix in SUFFIXES}


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_committed_report_is_current(generated: dict[str, str], suffix: str) -> None:
    check_golden(REPORTS / f"seeds{suffix}", generated[suffix])


def test_reports_name_every_seed(generated: dict[str, str]) -> None:
    for source in ("000", "001", "002", "003", "004"):
        assert f'id="article-{source}"' in generated[".html"]
        assert f"| {source} |" in generated[".md"]
