"""Divergences reported on real multi-outlet stories, listed for reading by hand.

    .venv/bin/python benchmarks/false_alarms.py                 # every ECB+ story
    .venv/bin/python benchmarks/false_alarms.py 03_ecb 41_ecb   # some stories
    .venv/bin/python benchmarks/false_alarms.py --quiet         # figures only

Runs ``compare`` on each story folder of ``<shared>/data/ecbplus`` (the
shared data lives at ``<repo root>/../shared``, or where ``SOURCEDIFF_SHARED``
points) and prints every divergent fact with its mentions, then the mean
number of divergences per story. Not every divergence is a false alarm (real
outlets do disagree); the figure is the number to read through, and the
listing is what to read. The texts are evaluation data: nothing printed here
may be copied into the project.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from sourcediff import Verdict, compare, load

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("SOURCEDIFF_SHARED") or ROOT.parent / "shared")


def story_dirs(names: list[str]) -> list[Path]:
    base = shared_dir() / "data" / "ecbplus"
    if not base.is_dir():
        sys.exit(f"false_alarms: {base} not found; set SOURCEDIFF_SHARED to the shared data folder")
    dirs = sorted(p for p in base.iterdir() if p.is_dir())
    return [d for d in dirs if d.name in names] if names else dirs


def divergences(story: Path) -> list[str]:
    """One text block per divergent fact: its summary and each mention in context."""
    articles = [load(p) for p in sorted(story.glob("*.txt"))]
    report = compare(articles)
    out = []
    for fact in report.facts:
        if fact.status is not Verdict.DIVERGE:
            continue
        lines = [f"  [{fact.kind.value}] {fact.summary}"]
        for m in fact.mentions:
            text = report.source(m.source).article.text
            left = text[max(0, m.span.start - 60):m.span.start].replace("\n", " ")
            right = text[m.span.end:m.span.end + 60].replace("\n", " ")
            lines.append(f"    {m.source}: {m.canonical!s:<28} …{left}[{m.raw}]{right}…")
        out.append("\n".join(lines))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stories", nargs="*", help="folder names (default: all)")
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args()
    dirs = story_dirs(args.stories)
    total, started = 0, time.perf_counter()
    per_story = []
    for d in dirs:
        found = divergences(d)
        total += len(found)
        per_story.append((d.name, len(found)))
        if found and not args.quiet:
            print(f"{d.name}: {len(found)}")
            print("\n".join(found))
    stories = max(len(dirs), 1)
    print(f"\nstories: {len(dirs)}  divergences: {total}  mean per story: {total / stories:.2f}"
          f"  stories with any: {sum(1 for _, n in per_story if n)}"
          f"  ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
