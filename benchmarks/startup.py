"""Start-up time of the ``sourcediff`` command, measured as whole processes.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--phases]

Runs each command several times and prints the median wall-clock time and
the median CPU time (user + system) of the child process against its target:
``--help`` and ``--version`` within 0.3 s, ``compare seeds/*`` within 0.5 s.
Wall time is what a user waits for; CPU time is what the program costs, and
stays meaningful on a machine busy with other work, where wall time is not.
Output goes to /dev/null, so no pager and no colour. ``--phases`` also
prints where the CPU time of ``compare seeds/*`` goes (imports, reading,
per-article analysis, alignment and judgement, rendering), measured in a
fresh interpreter.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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


def run_once(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   env={**(os.environ if env is None else env), "NO_COLOR": "1"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


PHASES = r"""
import glob, os, resource, sys
from sourcediff.cli import one_native_thread
one_native_thread(os.environ)  # as the command's main() does, before numpy loads
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
marks = [("interpreter", cpu())]
import typer, sourcediff.cli
marks.append(("import cli (typer)", cpu()))
import sourcediff.pipeline, sourcediff.ingest
marks.append(("import pipeline", cpu()))
import sourcediff.render.terminal
from sourcediff.render import RenderOptions
marks.append(("import renderer (rich)", cpu()))
articles = sourcediff.ingest.load_many(sorted(glob.glob("seeds/*")))
marks.append(("read articles", cpu()))
infos = [sourcediff.pipeline.analyse(a) for a in articles]
marks.append(("analyse (segment, extract)", cpu()))
report = sourcediff.pipeline.compare(articles)
marks.append(("compare (analyse again, align, judge)", cpu()))
sourcediff.render.terminal.render_terminal_text(report, RenderOptions(color=False, width=100))
marks.append(("render", cpu()))
last = 0.0
for name, t in marks:
    print(f"  {name:<40}{t - last:7.3f}s")
    last = t
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command (median reported)")
    parser.add_argument("--phases", action="store_true", help="also break down compare's CPU time")
    args = parser.parse_args()
    runs = args.runs
    print(f"{'command':<22}{'wall median':>12}{'cpu median':>12}{'target':>8}  verdict")
    for words, target in TARGETS:
        measure(words, target, runs, os.environ.copy(), "")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        # An editable install imports the package from src/: with bytecode
        # writing off, Python compiles its modules again on every run. Show
        # both, so a figure from such a machine is not mistaken for the other.
        stale = sum(1 for _ in (ROOT / "src").rglob("*.pyc"))
        print("PYTHONDONTWRITEBYTECODE is set (above: the package is compiled on each run"
              + (f"; but {stale} .pyc files under src/ were used" if stale else "") + "); without it:")
        # The .pyc files go to a scratch folder, not src/: a later run still measures the first case.
        with tempfile.TemporaryDirectory() as cache:
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            measure("compare seeds/*", 0.5, runs, {**env, "PYTHONPYCACHEPREFIX": cache}, " +pyc")
    if args.phases:
        print("CPU time of compare seeds/* by phase (one run):")
        subprocess.run([sys.executable, "-c", PHASES], cwd=ROOT, check=True)


def measure(words: str, target: float, runs: int, env: dict[str, str], tag: str) -> None:
    """Print the median wall and CPU time of ``sourcediff WORDS`` against its target."""
    argv = command_line(words)
    run_once(argv, env)  # warm the file cache (and the .pyc files, when they may be written)
    samples = [run_once(argv, env) for _ in range(runs)]
    wall = statistics.median(s[0] for s in samples)
    cpu = statistics.median(s[1] for s in samples)
    verdict = "ok" if wall <= target else ("ok (cpu)" if cpu <= target else "SLOW")
    print(f"sourcediff {words + tag:<11}{wall:>11.3f}s{cpu:>11.3f}s{target:>7.1f}s  {verdict}")


if __name__ == "__main__":
    main()
