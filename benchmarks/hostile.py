"""Time of the inputs that used to hang or blow up, printed as figures.

    .venv/bin/python benchmarks/hostile.py

Each case was minutes (or never finished) before the hostile-input work:
sentence splitting of one long paragraph was quadratic (35 kB: 11 s, 89 kB:
a minute), check's word search backtracked exponentially (a 189-byte draft:
30 s), SOCIAL_EMBED was cubic on a paragraph of spaces, and two accepted
multi-megabyte articles ran for minutes into gigabytes before the budget.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from sourcediff import Article, compare
from sourcediff.budget import BudgetError
from sourcediff.diffinput import _GAP
from sourcediff.extract.patterns import SOCIAL_EMBED
from sourcediff.segment import sentence_spans


def _timed(label: str, run: Callable[[], object]) -> None:
    started = time.perf_counter()
    run()
    print(f"{label:<58} {time.perf_counter() - started:8.3f} s")


def _split(size: int, unit: str) -> Callable[[], object]:
    text = unit * (size // len(unit))
    return lambda: sentence_spans(text, 0, len(text))


def _refused(size: int) -> Callable[[], object]:
    text = "The council approved the $12 million seawall on Tuesday. " * (size // 58)

    def run() -> object:
        try:
            return compare([Article(id="a", text=text), Article(id="b", text=text)])
        except BudgetError:
            return None
    return run


def main() -> None:
    for size in (35_000, 89_000, 1_000_000):
        _timed(f"split one paragraph of {size:,} chars of short sentences", _split(size, "Ab cd. "))
    _timed("split 1,000,000 chars of 'Mr. X. '", _split(1_000_000, "Mr. X. "))
    gap = re.compile("alpha" + _GAP + "beta", re.IGNORECASE)
    for n in (18, 100_000):
        text = "alpha" + "\\\\" * n + "!"
        _timed(f"check word search over {len(text):,} chars of backslashes", lambda t=text: gap.search(t))
    for n in (600, 5_000):
        text = "alpha" + " " * n + "x"
        _timed(f"SOCIAL_EMBED on a paragraph of {n:,} spaces", lambda t=text: SOCIAL_EMBED.fullmatch(t))
    _timed("two 2 MB articles: refused by the budget", _refused(2_000_000))


if __name__ == "__main__":
    main()
