"""How often the judge joins two equal small counts of different counted nouns, per story.

    PYTHONPATH=src .venv/bin/python benchmarks/small_count_nouns.py [--nouns] [STORY ...]

A small count (two to countnouns.NOUN_APART_MIN) is one of a story's
commonest figures, so equal small counts meet often: "three stations" and
"three floors". For every fact the judge reports, this counts the pairs of
its count mentions from two sources whose values are one small figure and
whose counted nouns (countnouns.count_stems) are both named and share no
stem; ``--nouns`` prints each pair's two stems and verdict. Only the
project's own invented stories are read; nothing is written.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from sourcediff import compare, load
from sourcediff.countnouns import NOUN_APART_MIN, count_stems
from sourcediff.model import Kind, Mention
from sourcediff.values import Quantity

STORIES = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories"


def _small(m: Mention) -> bool:
    v = m.value
    return (m.kind is Kind.NUMBER and isinstance(v, Quantity) and v.high is None
            and 2 <= v.amount < NOUN_APART_MIN)


def joined_pairs(story: Path) -> list[tuple[str, str, str]]:
    """(stem a, stem b, verdict) of every joined pair of equal small counts with disjoint named nouns."""
    report = compare([load(p) for p in sorted(story.iterdir()) if p.is_file() and p.name != "gold.json"])
    out = []
    for fact in report.facts:
        counts = [m for m in fact.mentions if _small(m) and count_stems(m)]
        for a, b in itertools.combinations(counts, 2):
            sa, sb = count_stems(a), count_stems(b)
            if a.source != b.source and a.value == b.value and sa.isdisjoint(sb):
                out.append(("/".join(sorted(sa)), "/".join(sorted(sb)), fact.status.value))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="*")
    ap.add_argument("--nouns", action="store_true", help="print each joined pair's stems")
    args = ap.parse_args(argv)
    names = args.stories or sorted(p.name for p in STORIES.iterdir() if p.is_dir())
    total = hit = 0
    for name in names:
        pairs = joined_pairs(STORIES / name)
        total += len(pairs)
        hit += bool(pairs)
        if pairs:
            print(f"{name:24s} {len(pairs)}")
            if args.nouns:
                for sa, sb, verdict in pairs:
                    print(f"    {sa} ~ {sb} ({verdict})")
    print(f"stories={len(names)} with_joins={hit} joined_pairs={total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
