"""Start-up cost of ``sourcediff compare`` (issue #9): what a run loads, and the helpers that avoid loads.

The target is a whole process within a third of a second, so a module that a
plain comparison does not need must stay out of it. These tests watch the
loads that were removed; benchmarks/startup.py measures the time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from sourcediff.align.sparse import distinct
from sourcediff.options import NATIVE_THREAD_VARS
from sourcediff.render.locations import _line_starts

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").iterdir())


def _loaded_after_compare(files: list[str], modules: tuple[str, ...],
                          env: dict[str, str] | None = None) -> list[str]:
    code = ("import sys, io, contextlib\nfrom sourcediff.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    try:\n        main(['compare', *{files!r}, '--no-pager'])\n"
            "    except SystemExit:\n        pass\n"
            f"print(sorted(m for m in {modules!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=env).stdout
    return list(eval(out.splitlines()[-1]))  # a list of module names printed by the child


def test_compare_of_the_seeds_loads_no_masked_arrays_diff_parser_zipfile_or_templates() -> None:
    # numpy.ma (8 ms) came with np.unique, unidiff (3 ms) with the file mapping of locations,
    # zipfile (4 ms, with bz2 and lzma) with importlib.resources' readers for the data files.
    # dateutil (5 ms) for the one "February 27, 2026" byline, now read by ingest.dates' own pattern.
    # threadpoolctl (4 ms) to set pools to one thread that the command already started with one.
    assert _loaded_after_compare(SEEDS, ("numpy.ma", "unidiff", "zipfile", "importlib.readers", "dateutil",
                                         "statistics", "threadpoolctl", "sourcediff.check", "jinja2",
                                         "trafilatura")) == []


def test_pools_the_user_sized_are_still_limited_to_one_thread_for_the_comparison() -> None:
    env = {k: v for k, v in os.environ.items() if k not in NATIVE_THREAD_VARS}
    assert _loaded_after_compare(SEEDS, ("threadpoolctl",), {**env, "OPENBLAS_NUM_THREADS": "2"}) == [
        "threadpoolctl"]


def test_comparing_plain_text_loads_no_date_parser(tmp_path: Path) -> None:
    for name, words in (("a.txt", "date 2026-03-02 The council approved the budget on Monday."),
                        ("b.txt", "date 2026-03-02 On Monday the council passed the budget.")):
        (tmp_path / name).write_text(words + "\n", encoding="utf-8")
    assert _loaded_after_compare([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
                                 ("dateutil",)) == []


@pytest.mark.parametrize("size", [0, 1, 2, 7, 300])
@pytest.mark.parametrize("high", [1, 4, 1000])
def test_distinct_is_np_unique(size: int, high: int) -> None:
    values = np.random.default_rng(size * 1000 + high).integers(0, high, size)
    expected = np.unique(values)
    got = distinct(values)
    assert got.dtype == expected.dtype
    assert np.array_equal(got, expected)


@pytest.mark.parametrize("text", ["", "a", "\n", "a\nb", "\n\n", "ab\ncd\n", "x" * 10 + "\n" * 3 + "é\r\n"])
def test_line_starts_are_the_offsets_after_each_newline(text: str) -> None:
    assert _line_starts(text) == [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]


def _dateutil_complete(value: str) -> object:
    from dateutil import parser

    try:
        a = parser.parse(value, default=__import__("datetime").datetime(2000, 1, 1), ignoretz=True)
        b = parser.parse(value, default=__import__("datetime").datetime(2001, 2, 2), ignoretz=True)
    except (ValueError, OverflowError):
        return None
    return a.date() if a.date() == b.date() else None


def test_named_month_dates_read_without_dateutil_as_dateutil_reads_them() -> None:
    from sourcediff.ingest.dates import _NAMED_MONTH_DATE, _named_month_date, _parse_complete

    months = ["January", "february", "MARCH", "Apr", "May", "jun", "July", "Aug", "September", "Oct",
              "November", "Dec", "Sept", "Mayday", "Sun", "Week"]
    checked = 0
    for month in months:
        for day in (0, 1, 9, 12, 13, 28, 29, 30, 31, 32, 99):
            for year in (1999, 2024, 2026):
                for value in (f"{month} {day}, {year}", f"{month} {day} {year}", f"{day} {month} {year}",
                              f"{day} {month}, {year}", f" {month}\u00a0{day},  {year} "):
                    named = _NAMED_MONTH_DATE.fullmatch(value)
                    fast = _named_month_date(named) if named else None
                    if fast is not None:
                        checked += 1
                        assert fast == _dateutil_complete(value), value
                    assert _parse_complete(value) == _dateutil_complete(value), value
    assert checked > 500


def test_version_and_help_read_no_pattern_table() -> None:
    for args in (["--version"], ["--help"]):
        code = ("import sys, io, contextlib\nfrom sourcediff.cli import main\n"
                "with contextlib.redirect_stdout(io.StringIO()):\n"
                f"    try:\n        main({args!r})\n    except SystemExit:\n        pass\n"
                "print('sourcediff.regexcache' in sys.modules, 'json' in sys.modules)")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert out.split()[0] == "False", args


def test_a_compare_run_without_thread_variables_still_skips_threadpoolctl() -> None:
    # The variables are set by the command itself (cli.one_native_thread) after cli.py, and with it
    # threads.py, was imported: the pools are still made with one thread, so nothing is resized.
    env = {k: v for k, v in os.environ.items() if k not in NATIVE_THREAD_VARS}
    assert _loaded_after_compare(SEEDS, ("threadpoolctl",), env) == []
