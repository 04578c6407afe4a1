"""The console script's entry point: Ctrl-C while Python is still importing exits 130, quietly.

``cli.main`` maps an interrupt during a run to exit code 130, but the
console script imports ``sourcediff.cli`` (typer, click, the renderers'
helpers) before ``main`` runs; on a loaded machine that takes a good part of
a second, and Ctrl-C in it printed a twenty-line KeyboardInterrupt traceback.
This module imports nothing heavy itself, so it is in place from the start.
"""

from __future__ import annotations

import sys

# Exit status for a run ended by SIGINT, as shells report it (128 + 2).
INTERRUPTED = 130


def main() -> None:
    """Import the CLI, then run it; an interrupt while importing is exit 130 without a traceback."""
    try:
        from sourcediff.cli import main as cli_main
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)
    cli_main()
