"""Benchmarks: time and peak memory of comparing articles, printed as figures.

    python benchmarks/run.py            # or: .venv/bin/python benchmarks/run.py

Cases: the five seeds (end to end, in process, after a warm-up so import
time is not counted), and two long articles of about 3,000 words each built
by concatenating real seed text in different orders, so that the growth of
cost with length is visible. Peak memory is measured with tracemalloc
(Python allocations of the comparison only).
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from sourcediff import Article, compare, load
from sourcediff.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").iterdir())


def _long_articles(words_each: int) -> list[Article]:
    """Two long articles from real text: the seeds' paragraphs, repeated and rotated."""
    paragraphs = [p for a in (load(s) for s in SEEDS) for p in a.text.split("\n\n") if p.strip()]
    out = []
    for shift in (0, len(paragraphs) // 2):
        rotated = paragraphs[shift:] + paragraphs[:shift]
        chunks: list[str] = []
        n = 0
        while n < words_each:
            for p in rotated:
                chunks.append(p)
                n += len(p.split())
                if n >= words_each:
                    break
        out.append(Article.from_text("\n\n".join(chunks), id=f"long{shift}", published="2026-02-26"))
    return out


def _measure(name: str, run: Callable[[], object], repeat: int) -> None:
    run()  # warm-up: imports, regex compilation, caches
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{name:34s} median {statistics.median(times) * 1000:8.1f} ms   "
          f"min {min(times) * 1000:8.1f} ms   peak {peak / 2**20:6.1f} MiB   (n={repeat})")


def main() -> None:
    seeds = [load(s) for s in SEEDS]
    words = sum(len(a.text.split()) for a in seeds)
    _measure(f"compare 5 seeds ({words} words)", lambda: compare(seeds), repeat=5)
    for size in (1000, 3000):
        pair = _long_articles(size)
        w = sum(len(a.text.split()) for a in pair)
        passages = sum(len(segment(a)) for a in pair)
        _measure(f"compare 2 x ~{size} words ({w}w, {passages}p)", lambda p=pair: compare(p), repeat=3)


if __name__ == "__main__":
    main()
