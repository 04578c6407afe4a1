"""Every regular expression in the package, run against adversarial text within a time budget.

Articles, drafts, diffs and policies are untrusted: a pattern with nested or
overlapping quantifiers backtracks exponentially on a few hundred crafted
bytes and stalls a CI gate. This test finds every compiled pattern in the
package (module globals and the tables that hold them), plus the patterns
built at run time, and runs each against runs of the characters that make
patterns backtrack. The budget is generous (a loaded CI machine must pass);
an exponential pattern blows through it by orders of magnitude.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import pytest

import sourcediff
from sourcediff import diffinput
from sourcediff.segment import sentence_spans

# Runs of these, ending in a character that makes the match fail late.
UNITS = ("a", "A", "1", " ", ".", "\\", "<", "&", "'", '"', "-", ",", "$", "A.", "1,", "1.", "a ", "Mr. ",
         "\n", "—", "“", "a-", "1 ", "#", "*", "_", "[", "(", ":", "A ", "a.", "1-", "Ab ", "\t", "%", "/",
         "@", "<a ", "1:", "a,", "**", "$1", "de ", "ab'", "- ", "... ", "http://x ", "\\u0041", "&a;")
ANCHORED_LENGTH = 1000  # .match / .fullmatch: how the extractors call most patterns
SEARCH_LENGTH = 120  # .search scans every start position: a linear pattern is quadratic here
BUDGET_SECONDS = 2.0  # per pattern, over all UNITS; a healthy pattern needs a few milliseconds


def _visit(obj: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
        yield obj
    elif depth < 3 and isinstance(obj, tuple | list | set | frozenset):
        for item in obj:
            yield from _visit(item, depth + 1)
    elif depth < 3 and isinstance(obj, dict):
        for item in obj.values():
            yield from _visit(item, depth + 1)


def package_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern reachable from a module of the package, by where it lives."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages(sourcediff.__path__, "sourcediff."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for pattern in _visit(value):
                if (pattern.pattern, pattern.flags) not in seen:
                    seen.add((pattern.pattern, pattern.flags))
                    found[f"{info.name}.{name}#{len(found)}"] = pattern
    # Built at run time from a draft's words: the gap between two words.
    found["diffinput._GAP"] = re.compile("alpha" + diffinput._GAP + "beta", re.IGNORECASE)
    return found


PATTERNS = package_patterns()


def test_the_package_patterns_are_found() -> None:
    assert len(PATTERNS) > 100  # the extractors alone hold well over a hundred


def _adversarial(length: int) -> Iterator[str]:
    for unit in UNITS:
        body = unit * (length // len(unit))
        yield body + "\x00!"
        yield "alpha " + body + "\x00"


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_pattern_stays_within_budget(where: str) -> None:
    pattern = PATTERNS[where]
    started = time.perf_counter()
    for text in _adversarial(ANCHORED_LENGTH):
        pattern.match(text)
        pattern.fullmatch(text)
    for text in _adversarial(SEARCH_LENGTH):
        pattern.search(text)
    elapsed = time.perf_counter() - started
    assert elapsed < BUDGET_SECONDS, f"{where} ({pattern.pattern[:80]!r}) took {elapsed:.1f}s"


@pytest.mark.parametrize("unit", ["Ab cd. ", "U.S. ", "Mr. X. ", '"A. ', ".", "a.", "x" * 40 + ". "])
def test_sentence_splitting_is_linear_in_one_paragraph(unit: str) -> None:
    """100 kB of one paragraph: a second at worst; the quadratic splitter took a minute on 89 kB."""
    text = unit * (100_000 // len(unit))
    started = time.perf_counter()
    spans = sentence_spans(text, 0, len(text))
    assert time.perf_counter() - started < 20
    assert all(text[a:b].strip() == text[a:b] and b > a for a, b in spans)
