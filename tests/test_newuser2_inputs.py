"""A second first-time user's odd inputs: other URL schemes, documents of other formats, skipped files.

Every text here is invented; nothing reaches beyond this machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli, two_articles


@pytest.mark.parametrize(("address", "scheme"), [("file:///nowhere/story.html", "file:"),
                                                  ("ftp://127.0.0.1/story.txt", "ftp:")])
@pytest.mark.parametrize("command", ["compare", "report", "check"])
def test_an_address_of_another_scheme_is_named_as_typed(address: str, scheme: str, command: str,
                                                         tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Read as a path, "file:///x" became "file:/x: no such file", a name the user never typed."""
    a, b = two_articles(tmp_path)
    args = {"compare": ("compare", address, a), "report": ("report", address, a, "-o", tmp_path / "r"),
            "check": ("check", a, "--against", address, b)}[command]
    one_line_error(run_cli(capsys, *args), f"{address}: is a {scheme} address",
                   "only http:// and https://")
