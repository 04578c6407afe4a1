"""Corpus mode at scale: a generated feed of up to 10,000 articles with known stories.

    .venv/bin/python benchmarks/corpus.py [--sizes 1000,10000] [--jobs 2] [--new 100]

Stories are generated from templates: the seeds, the project's test stories
and, when ../shared/data/ecbplus is present, the ECB+ stories (read at run
time, never stored). Each template yields several *different* stories of the
same kind: every proper name, number and year is replaced consistently
across the story, so variants of one template are "two similar events" for
the grouper. Within a story each article drops and reorders sentences, and
one in ten articles is a wire copy of another with its opening changed.

Prints, per size: grouping B-cubed P/R/F1, wall and CPU time (this process
and its workers) of build(..., jobs=N), peak memory of the whole process tree,
and the growth exponent between the sizes; then the time of a re-run with
--new new articles against the state of the largest run (new articles placed
into the stored stories; ``--regroup`` times a full regroup instead). With
``--record LABEL`` the figures are appended to benchmarks/results/corpus.jsonl.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sourcediff.corpus import Store, build
from sourcediff.corpus.features import story_terms
from sourcediff.corpus.group import group
from sourcediff.ingest import load_many
from sourcediff.model import Article, SourceInfo
from sourcediff.options import LoadOptions

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "corpus.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus_grouping import bcubed, shared_dir  # noqa: E402

_PROPER = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b")
_YEAR = re.compile(r"\b(19|20)(\d\d)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
_SYLLABLES = ("ka", "lo", "ven", "dra", "mi", "tor", "sel", "an", "qui", "bre", "os", "ul", "nat", "re", "zu",
              "fen", "gal", "ri", "mon", "ter", "ash", "vel", "cor", "pa", "lin", "dor", "ex", "sa")


def templates() -> list[list[str]]:
    """Texts of each template story: seeds, test stories, ECB+ when present."""
    groups = [sorted((ROOT / "seeds").iterdir())]
    groups += [sorted(p for p in d.iterdir() if p.name[:2] in ("a_", "b_", "c_", "d_"))
               for d in sorted((ROOT / "tests" / "data" / "stories").iterdir()) if d.is_dir()]
    ecb = shared_dir() / "data" / "ecbplus"
    if ecb.is_dir():
        groups += [sorted(d.glob("*.txt")) for d in sorted(ecb.iterdir()) if d.is_dir()]
    else:
        print(f"note: {ecb} not found; generating from the seeds and test stories only")
    opts = LoadOptions(max_files=100_000)
    return [[a.text for a in load_many([str(p) for p in g], options=opts)] for g in groups if g]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _variant(texts: Sequence[str], rng: random.Random) -> list[str]:
    """One new story of the template's kind: names, numbers and years replaced consistently."""
    names: dict[str, str] = {}
    factor = rng.uniform(0.5, 3.0)
    shift = rng.randint(-6, 6)

    def name(m: re.Match[str]) -> str:
        return " ".join(names.setdefault(w, _name(rng)) for w in m.group().split())

    def number(m: re.Match[str]) -> str:
        raw = m.group().replace(",", "")
        value = float(raw) * factor
        return f"{value:,.1f}" if "." in raw else f"{round(value):,}"

    def year(m: re.Match[str]) -> str:
        return str(int(m.group()) + shift)

    return [_NUMBER.sub(number, _YEAR.sub(year, _PROPER.sub(name, t))) for t in texts]


def _article_variant(text: str, rng: random.Random) -> str:
    """The same story as another outlet might run it: sentences dropped and reordered."""
    sentences = _SENTENCE.split(text)
    head, rest = sentences[:1], sentences[1:]
    rest = [s for s in rest if rng.random() > 0.15] or rest
    for _ in range(len(rest) // 4):
        i, j = rng.randrange(len(rest)), rng.randrange(len(rest))
        rest[i], rest[j] = rest[j], rest[i]
    return " ".join(head + rest)


def feed(n: int, seed: int = 7, start: int = 0) -> tuple[list[Article], dict[str, str]]:
    """``n`` articles with their gold story ids."""
    rng = random.Random(seed)
    bases = templates()
    articles: list[Article] = []
    gold: dict[str, str] = {}
    story = 0
    while len(articles) < n:
        texts = _variant(rng.choice(bases), rng)
        story += 1
        size = min(n - len(articles), rng.randint(2, 14))
        written: list[str] = []
        for k in range(size):
            if written and rng.random() < 0.1:
                text = "By wire staff. " + rng.choice(written)
            else:
                text = _article_variant(texts[k % len(texts)], rng)
            written.append(text)
            aid = f"a{start + len(articles):06d}"
            articles.append(Article.from_text(text, id=aid, published="2026-03-03"))
            gold[aid] = f"g{seed}-{story}"
    return articles, gold


def _peak_mib() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(me, kids) / 1024


def _cpu() -> float:
    """User + system seconds of this process and of its workers that have ended (build() joins them)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class TreePeak:
    """Peak of the summed RSS of this process and all its children, sampled 5 times a second.

    ru_maxrss sees one process at a time; the limit is on the whole tree
    (the main process and every worker together). Needs psutil (installed
    with the dask extra); without it, the largest single process is reported.
    """

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.wait(0.2):
            total = 0
            for p in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
            self.peak = max(self.peak, total / 2**20)

    @property
    def mib(self) -> float:
        return self.peak or _peak_mib()


class Stages:
    """Wall seconds of each stage of build(), and CPU seconds of the main process in it (from progress calls).

    The main process groups alone while the workers wait: its share shows
    what does not get faster with more --jobs.
    """

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.main_cpu: dict[str, float] = {}
        self._at = (time.perf_counter(), time.process_time())
        self._stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self.lap()
            self._stage = stage

    def lap(self) -> None:
        now = (time.perf_counter(), time.process_time())
        if self._stage:
            self.wall[self._stage] = round(now[0] - self._at[0], 1)
            self.main_cpu[self._stage] = round(now[1] - self._at[1], 1)
        self._at = now

    def __str__(self) -> str:
        return ", ".join(f"{k} {v:.1f}s (main CPU {self.main_cpu[k]:.1f}s)" for k, v in self.wall.items())


def run(n: int, jobs: int, db: Path) -> dict[str, Any]:
    articles, gold = feed(n)
    store = Store(db)
    cpu, t0 = _cpu(), time.perf_counter()
    stages = Stages()
    with TreePeak() as mem:
        result = build(articles, jobs=jobs, store=store, progress=stages)
    stages.lap()
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu
    pred = {m: s.key for s in result.stories for m in s.story.members}
    # Articles the analysis failed on (reported below) are in no story: score the rest.
    p, r, f = bcubed(pred, {a: g for a, g in gold.items() if a in pred})
    compared = sum(1 for s in result.stories if s.compared)
    biggest = max(len(s.story.members) for s in result.stories)
    for bad in result.failed:
        print(f"analysis failed on {bad.id}: {bad.error}")
    print(f"{n:>6} articles: {seconds:7.1f}s wall, {cpu:7.1f}s CPU with --jobs {jobs}; stories "
          f"{len(result.stories)} (gold {len(set(gold.values()))}, {compared} compared, largest {biggest}); "
          f"B3 P={p:.3f} R={r:.3f} F1={f:.3f}; peak RSS {mem.mib:.0f} MiB (process tree)\n"
          f"        stages: {stages}", flush=True)
    store.close()
    return {"articles": n, "seconds": round(seconds, 1), "cpu": round(cpu, 1), "peak_mib": round(mem.mib),
            "stages_wall": stages.wall, "stages_main_cpu": stages.main_cpu,
            "stories": len(result.stories), "compared": compared, "largest": biggest,
            "b3": [round(p, 3), round(r, 3), round(f, 3)], "failed": len(result.failed)}


def grouping_only(n: int) -> float:
    """Grouping alone (features from the text, no extracted facts): the corpus-specific cost."""
    articles, gold = feed(n)
    t0 = time.perf_counter()
    stories = group([story_terms(SourceInfo(a, ())) for a in articles])
    seconds = time.perf_counter() - t0
    pred = {m: s.id for s in stories for m in s.members}
    p, r, f = bcubed(pred, gold)
    print(f"{n:>6} articles grouped (text only) in {seconds:6.1f}s; stories {len(stories)} "
          f"(gold {len(set(gold.values()))}); B3 P={p:.3f} R={r:.3f} F1={f:.3f}; "
          f"peak RSS {_peak_mib():.0f} MiB", flush=True)
    return seconds


def rerun(n: int, new: int, jobs: int, db: Path, first: dict[str, Any], regroup: bool) -> dict[str, Any]:
    articles, gold = feed(n)
    extra, extra_gold = feed(new, seed=11, start=n)
    store = Store(db)
    cpu, t0 = _cpu(), time.perf_counter()
    with TreePeak() as mem:
        result = build(articles + extra, jobs=jobs, store=store, regroup=regroup)
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu
    pred = {m: s.key for s in result.stories for m in s.story.members}
    p, r, f = bcubed(pred, {a: g for a, g in {**gold, **extra_gold}.items() if a in pred})
    how = "regrouped" if not result.incremental else "placed into the stored stories"
    print(f"re-run with {new} new articles ({how}): {seconds:.1f}s wall "
          f"({seconds / first['seconds']:.1%} of the first run), {cpu:.1f}s CPU ({cpu / first['cpu']:.1%}); "
          f"analysed {result.analysed}, compared {result.compared}; B3 F1={f:.3f}; peak {mem.mib:.0f} MiB",
          flush=True)
    store.close()
    return {"new": new, "incremental": result.incremental, "seconds": round(seconds, 1), "cpu": round(cpu, 1),
            "share_wall": round(seconds / first["seconds"], 3), "share_cpu": round(cpu / first["cpu"], 3),
            "analysed": result.analysed, "compared": result.compared,
            "b3": [round(p, 3), round(r, 3), round(f, 3)]}


def _exponent(ns: Sequence[int], times: Sequence[float], what: str = "time") -> float | None:
    if len(ns) < 2:
        return None
    exponent = math.log(times[-1] / times[0]) / math.log(ns[-1] / ns[0])
    print(f"growth exponent of {what} {ns[0]} -> {ns[-1]} articles: {exponent:.2f} (1.0 is linear)")
    return exponent


def _record(label: str, row: dict[str, Any]) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True, check=False).stdout.strip()
    row = {"when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "commit": commit,
           "label": label, "load": os.getloadavg()[0], **row}
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(json.dumps(row) + "\n")


def sizes(text: str) -> Iterator[int]:
    for part in text.split(","):
        yield int(part)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--regroup", action="store_true", help="the re-run regroups the whole feed")
    ap.add_argument("--record", metavar="LABEL", help=f"append the figures to {RESULTS.relative_to(ROOT)}")
    ap.add_argument("--grouping-only", action="store_true",
                    help="time story grouping alone, on features from the text (no analysis or comparison)")
    args = ap.parse_args()
    ns = list(sizes(args.sizes))
    if args.grouping_only:
        times = [grouping_only(n) for n in ns]
        _exponent(ns, times)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        runs = [run(n, args.jobs, Path(tmp) / f"state-{n}.sqlite") for n in ns]
        row: dict[str, Any] = {"jobs": args.jobs, "runs": runs,
                               "exponent_wall": _exponent(ns, [r["seconds"] for r in runs], "wall time"),
                               "exponent_cpu": _exponent(ns, [r["cpu"] for r in runs], "CPU time")}
        if args.new:
            row["rerun"] = rerun(ns[-1], args.new, args.jobs, Path(tmp) / f"state-{ns[-1]}.sqlite", runs[-1],
                                 args.regroup)
    if args.record:
        _record(args.record, row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
