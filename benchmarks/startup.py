"""Start-up time of the ``sourcediff`` command, measured as whole processes.

    .venv/bin/python benchmarks/startup.py [--runs 9]

Runs each command several times and prints the median wall-clock time and
the median CPU time (user + system) of the child process against its target:
``--help`` and ``--version`` within 0.3 s, ``compare seeds/*`` within 0.5 s.
Wall time is what a user waits for; CPU time is what the program costs, and
stays meaningful on a machine busy with other work, where wall time is not.
Output goes to /dev/null, so no pager and no colour.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = (("--version", 0.3), ("--help", 0.3), ("compare seeds/*", 0.5))


def command_line(args: str) -> list[str]:
    exe = Path(sys.executable).with_name("sourcediff")
    words = args.split()
    if words[-1] == "seeds/*":
        words = [*words[:-1], *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").iterdir())]
    return [str(exe), *words]


def run_once(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   env={**os.environ, "NO_COLOR": "1"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command (median reported)")
    runs = parser.parse_args().runs
    print(f"{'command':<22}{'wall median':>12}{'cpu median':>12}{'target':>8}  verdict")
    for args, target in TARGETS:
        argv = command_line(args)
        run_once(argv)  # warm the file cache and .pyc files
        samples = [run_once(argv) for _ in range(runs)]
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        verdict = "ok" if wall <= target else ("ok (cpu)" if cpu <= target else "SLOW")
        print(f"sourcediff {args:<11}{wall:>11.3f}s{cpu:>11.3f}s{target:>7.1f}s  {verdict}")


if __name__ == "__main__":
    main()
