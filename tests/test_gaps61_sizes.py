"""Size-limit errors name the limit as a reader says it (gaps61)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sourcediff.sizes import over_limit_text, size_text


def test_the_default_limit_is_five_megabytes() -> None:
    assert size_text(5 * 1024 * 1024) == "5 MB"


def test_a_part_megabyte_gets_one_decimal() -> None:
    assert size_text(int(2.5 * 1024 * 1024)) == "2.5 MB"


def test_a_small_limit_stays_exact_in_bytes() -> None:
    assert size_text(1000) == "1000 bytes"


def test_a_size_just_over_the_limit_is_given_in_bytes() -> None:
    # "5.0 MB, over the limit of 5 MB" would read as a contradiction.
    assert over_limit_text(5 * 1024 * 1024 + 10, 5 * 1024 * 1024) == "5242890 bytes"


def test_a_size_well_over_the_limit_is_given_in_megabytes() -> None:
    assert over_limit_text(7 * 1024 * 1024, 5 * 1024 * 1024) == "7 MB"


def test_an_oversized_file_names_the_limit_in_megabytes(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    big.write_text("The council met on Monday to discuss the harbour wall.\n" * 120_000)
    result = subprocess.run([sys.executable, "-m", "sourcediff", "passages", str(big)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert "over the limit of 5 MB" in result.stderr
    assert "5242880" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
