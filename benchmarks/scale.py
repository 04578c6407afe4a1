"""How compare() grows with article length and with the number of sources.

    .venv/bin/python benchmarks/scale.py                  # every curve
    .venv/bin/python benchmarks/scale.py --curve length   # 2 articles, 1k -> 60k words each
    .venv/bin/python benchmarks/scale.py --curve sources  # 2 -> 80 sources of ~600 words
    .venv/bin/python benchmarks/scale.py --curve pages    # two HTML pages of 430 kB and 315 kB, whole process
    .venv/bin/python benchmarks/scale.py --curve seeds    # the five seeds, in process
    .venv/bin/python benchmarks/scale.py --curve dense    # 2 articles, each one paragraph of 150 -> 1,200
                                                          # sentences dense with sums, dates and times
    options: --max-seconds S (stop a curve after a point slower than S), --label TEXT, --no-save,
             --runs N (at least N timed runs a point, pages included: medians of N on a shared machine)

Inputs are invented stories (benchmarks/storygen.py): varied sentences, names,
figures and dates, never one paragraph repeated. Each point runs in a fresh
process so one point's caches and heap do not flatter the next. Time is the
median of in-process compare() runs after a warm-up (imports and regex
compilation are not counted), wall clock and CPU (the CPU figure is the one
to compare on a shared, loaded machine). Memory is measured in another fresh
process (after the same warm-up), on compare() calls of their own, as two
figures:

* ``traced``: the peak of the memory Python and numpy hold live during the
  comparison (tracemalloc, on a compare of its own since tracing slows it):
  what the algorithm needs, whatever the allocator did before;
* ``rss``: the growth of the process's resident set, its high-water mark
  (reset through /proc/self/clear_refs) minus its size before that compare,
  what the machine pays, allocator overhead and all. Before it the C
  allocator gives its free memory back to the system (``malloc_trim``):
  without that the compare reuses the pages the warm-up freed and they are
  not counted, a near-constant 4 to 8 MiB that made the small points look
  smaller and the exponent steeper than the memory needed (on main d855f81,
  5/10/20/40/80 sources: 2.8/12.7/33.1/56.3/108.1 MiB untrimmed, exponent
  1.27 but 1.00 from 10 sources; 6.9/20.7/41.1/64.9/115.7 trimmed, 0.98;
  traced 5.4/13.6/30.0/47.5/97.2, 1.02). The old figure was also the peak
  over all the timed runs, each made while the previous run's report was
  still alive, and over the claim scoring after them: 3.6/14.2/36.4/64.9/109
  MiB, 8.6 MiB over a single compare at 40 sources (two timed runs).

The stage columns say where the CPU time goes (analyse = segment + extract;
score_pairs + align = the aligner; judge).

A faster aligner that shreds big claims is no gain, so each sources point
also scores the claims against the generator's truth (every sentence knows
its event and the values it states): ``recall`` is the share of passage
pairs of different sources stating a common value of one event that share
a claim; ``wrong`` the share of a claim's cross-source pairs that report
different events or a background sentence (background sentences share a
template, so claims of them weigh heavily here), ``mixed events`` the
share of those between two event sentences that report different events;
``claims/fact`` how many
claims the pairs of one (event, value) are spread over, on average; and
the claims' mean and largest number of sources.
Exponents are least-squares slopes of log(time) and log(memory) (both
figures) against log(size). Every run is appended to benchmarks/results/scale.jsonl with the
commit it measured, so changes can be compared.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import datetime as dt
import gc
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results" / "scale.jsonl"
LENGTHS = (1000, 2000, 4000, 8000, 15000, 30000, 60000)
SOURCES = (2, 5, 10, 20, 40, 80)
SOURCE_WORDS = 600
# Sentences of the one paragraph of each of two articles (storygen.dense_story).
DENSE = (150, 300, 600, 1200)
PAGE_BYTES = (430_000, 315_000)
# Share of a page's bytes that is article text (the rest is markup and scripts).
PAGE_TEXT_SHARE = 0.55
STAGES = ("analyse", "score_pairs", "align", "judge")
# The pipeline's function each stage is timed on, where its name differs: the
# analyses may run in worker processes (workers.py), whose CPU this process's
# clock does not see; run_point adds it to the total from the reaped workers.
STAGE_FUNCTIONS = {"analyse": "analyse_all"}


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _hwm_mib() -> float | None:
    """The resident set's high-water mark since the last :func:`_reset_hwm` (Linux), else None."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_hwm() -> bool:
    """Reset the high-water mark to the current resident set (Linux 4.0+); False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return False
    return True


def _trim() -> None:
    """Give the C allocator's free memory back to the system (glibc), so a compare must map what it uses."""
    gc.collect()
    name = ctypes.util.find_library("c")
    libc = ctypes.CDLL(name) if name else None
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def measure_memory(run: Callable[[], Any]) -> dict[str, float]:
    """Memory of one call of ``run``: resident-set growth (``peak_mib``) and traced peak (``traced_mib``).

    Each on a call of its own, after the collector and the allocator have
    given back what earlier calls freed (see the module docstring). Where the
    high-water mark cannot be reset, the process's lifetime peak is used, which
    counts an earlier, larger peak: the figure says which (``rss_from``).
    """
    _trim()
    base = _rss_mib()
    fresh = _reset_hwm()
    run()
    top = _hwm_mib() if fresh else None
    rss = (top if top is not None else _peak_mib()) - base
    _trim()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        run()
        traced = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    return {"peak_mib": max(0.0, rss), "traced_mib": traced / 2**20,
            "rss_from": "hwm" if top is not None else "maxrss"}


def _cpu_with_workers() -> float:
    """CPU seconds of this process and of its reaped children: the analyses' workers (workers.py)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed_stages() -> dict[str, float]:
    """Wrap the pipeline's stage functions so each run reports where its time went."""
    from sourcediff import pipeline

    spent = dict.fromkeys(STAGES, 0.0)
    for name in STAGES:
        fn = getattr(pipeline, STAGE_FUNCTIONS.get(name, name), None)
        if fn is None:
            continue

        def wrapped(*args: Any, _fn: Callable[..., Any] = fn, _name: str = name, **kw: Any) -> Any:
            t0 = time.process_time()
            try:
                return _fn(*args, **kw)
            finally:
                spent[_name] += time.process_time() - t0

        setattr(pipeline, STAGE_FUNCTIONS.get(name, name), wrapped)
    return spent


def _labelled(spec: str) -> list[Any]:
    sys.path.insert(0, str(HERE))
    from storygen import labelled_story

    curve, size = spec.split(":")
    n_sources, words = (2, int(size)) if curve == "length" else (int(size), SOURCE_WORDS)
    return labelled_story(n_sources, words)


def _articles(spec: str) -> list[Any]:
    sys.path.insert(0, str(HERE))
    from storygen import PUBLISHED, dense_story

    from sourcediff import Article

    if spec.startswith("dense:"):
        return [Article.from_text(text, id=sid, published=PUBLISHED)
                for sid, text in dense_story(2, int(spec.split(":")[1]))]
    return [Article.from_text(text, id=sid, published=PUBLISHED) for sid, text, _ in _labelled(spec)]


def claim_quality(report: Any,
                  labelled: Sequence[tuple[str, str, Sequence[tuple[int, Any]]]]) -> dict[str, float]:
    """Pair recall and wrong-pair share of the report's claims against the generated truth.

    A passage takes the labels of the generated sentence its first character
    falls in (the segmenter may split or join sentences; a join keeps the
    first sentence's labels).
    """
    import bisect

    label: dict[tuple[str, int], tuple[int | None, frozenset[str]]] = {}
    texts = {sid: text for sid, text, _ in labelled}
    for sid, _, placed in labelled:
        starts = [at for at, _ in placed]
        info = report.source(sid)
        if info.article.text != texts[sid]:
            raise SystemExit(f"quality: article {sid}'s text is not the generated text")
        for p in info.passages:
            k = bisect.bisect_right(starts, p.span.start) - 1
            if k >= 0 and p.span.start < starts[k] + len(placed[k][1].text):
                label[(sid, p.index)] = (placed[k][1].event, placed[k][1].facts)
    # The truth: passages of different sources stating a common value of one event.
    by_fact: dict[tuple[int, str], list[tuple[str, int]]] = {}
    for key, (event, facts) in label.items():
        if event is not None:
            for f in facts:
                by_fact.setdefault((event, f), []).append(key)
    true_pairs = set()
    for keys in by_fact.values():
        for x, a in enumerate(keys):
            for b in keys[x + 1:]:
                if a[0] != b[0]:
                    true_pairs.add((min(a, b), max(a, b)))
    claimed: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    owner: dict[tuple[str, int], list[int]] = {}
    for n, c in enumerate(report.claims):
        ms = [(m.source, m.index) for m in c.members]
        for m in ms:
            owner.setdefault(m, []).append(n)
        for x, a in enumerate(ms):
            for b in ms[x + 1:]:
                if a[0] != b[0]:
                    claimed.add((min(a, b), max(a, b)))
    events = [(label.get(a, (None,))[0], label.get(b, (None,))[0]) for a, b in claimed]
    wrong = sum(1 for x, y in events if x is None or x != y)
    both = [(x, y) for x, y in events if x is not None and y is not None]
    spread = [len({n for k in keys for n in owner.get(k, ())}) for keys in by_fact.values()]
    return {"recall": len(true_pairs & claimed) / max(1, len(true_pairs)),
            "wrong": wrong / max(1, len(claimed)),
            "mixed": sum(1 for x, y in both if x != y) / max(1, len(both)),
            "claims_per_fact": statistics.fmean(spread) if spread else 0.0,
            "claims": len(report.claims),
            "sources_per_claim": statistics.fmean([len(c.sources) for c in report.claims] or [0]),
            "largest": max((len(c.sources) for c in report.claims), default=0)}


def _seeds() -> list[Any]:
    from sourcediff import load

    return [load(p) for p in sorted((ROOT / "seeds").iterdir())]


def run_point(spec: str, min_runs: int = 1) -> dict[str, Any]:
    """Measure one point in this process (called in a child process).

    ``min_runs``: the long points otherwise run once; on a machine shared with
    other work one run's CPU time can be off by a third, so ``--runs 3`` asks
    for a median of three at every point.
    """
    from sourcediff import compare

    labelled = _labelled(spec) if spec.startswith("sources:") else []
    arts = _seeds() if spec == "seeds" else _articles(spec)
    compare(_articles("sources:2"))  # warm-up on other text: imports, regexes
    spent = _timed_stages()
    times: list[float] = []
    cpu: list[float] = []
    while True:
        for k in spent:
            spent[k] = 0.0
        t0, c0 = time.perf_counter(), _cpu_with_workers()
        report = compare(arts)
        times.append(time.perf_counter() - t0)
        cpu.append(_cpu_with_workers() - c0)
        # Quick points are repeated for a stable median; long ones run once.
        if len(times) >= min_runs and (sum(times) > 3.0 or len(times) >= (21 if spec == "seeds" else 5)):
            break
    words = sum(len(a.text.split()) for a in arts)
    quality = claim_quality(report, labelled) if spec.startswith("sources:") else None
    return {"point": spec, "seconds": statistics.median(times), "cpu": statistics.median(cpu),
            "runs": len(times),
            "words": words,
            "passages": sum(len(s.passages) for s in report.sources), "facts": len(report.facts),
            "stages": {k: round(v, 4) for k, v in spent.items()},
            **({"quality": {k: round(v, 4) for k, v in quality.items()}} if quality else {})}


def memory_point(spec: str) -> dict[str, Any]:
    """Memory of one point, in a process of its own (called in a child process).

    Not in the timing process: what its timed runs freed and the allocator
    kept is not all given back (measured at 5 sources: 3.6 MiB of resident
    growth after the timed runs, 6.9 MiB in a fresh process), and the traced
    run would slow the next timed one's caches. The warm-up on other text
    first, so that imports, compiled regexes and loaded tables are not counted.
    """
    from sourcediff import compare

    arts = _seeds() if spec == "seeds" else _articles(spec)
    compare(_articles("sources:2"))
    return measure_memory(lambda: compare(arts))


def run_pages(runs: int = 1) -> dict[str, Any]:
    """The 430 kB / 315 kB pair through the command line, as a user runs it: medians of ``runs`` processes."""
    one = [_run_pages_once() for _ in range(max(1, runs))]
    out = dict(one[0])
    for key in ("seconds", "cpu", "peak_mib"):
        out[key] = statistics.median(r[key] for r in one)
    out["runs"] = len(one)
    return out


def _run_pages_once() -> dict[str, Any]:
    """One whole-process run of the pages pair: wall and CPU time, peak resident set."""
    sys.path.insert(0, str(HERE))
    from storygen import html_page, make_events, source_text

    words = [int(b * PAGE_TEXT_SHARE / 6.6) for b in PAGE_BYTES]
    # One story, told by two outlets in their own words and at their own length.
    events = make_events(max(6, words[0] // 60), 7)
    big, small = (source_text(events, w, 7001 + n) for n, w in enumerate(words))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, (text, size) in enumerate(((big, PAGE_BYTES[0]), (small, PAGE_BYTES[1]))):
            p = Path(tmp) / f"page{n + 1}.html"
            p.write_text(html_page(f"Flood works page {n + 1}", text, size, seed=n), encoding="utf-8")
            paths.append(p)
        exe = str(Path(sys.executable).with_name("sourcediff"))
        cmd = [exe, "compare", *map(str, paths), "-f", "json", "-o", str(Path(tmp) / "r.json")]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        cpu = usage.ru_utime + usage.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode not in (0, 1):
            raise SystemExit(f"pages: sourcediff exited {proc.returncode}: {err.strip()}")
        report = json.loads((Path(tmp) / "r.json").read_text(encoding="utf-8"))
        return {"point": "pages", "seconds": seconds, "cpu": cpu, "runs": 1,
                "peak_mib": usage.ru_maxrss / 1024,
                "bytes": [p.stat().st_size for p in paths], "words": sum(words),
                "passages": sum(s["passages"] for s in report["sources"]), "facts": len(report["facts"])}


def _child(spec: str, runs: int = 1) -> dict[str, Any]:
    """One point: timed in a fresh process, then (but for pages) its memory in another.

    With one native thread as the command runs (cli.one_native_thread): numpy's BLAS pool
    otherwise starts threads, and a process with threads analyses its sources one by one
    (workers.forked_pool).
    """
    result: dict[str, Any] = {}
    env = {**os.environ, **{v: os.environ.get(v, "1") for v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
                                                                 "MKL_NUM_THREADS")}}
    for flag in ("--point", "--memory-point") if spec != "pages" else ("--point",):
        out = subprocess.run([sys.executable, __file__, flag, spec, "--runs", str(runs)], capture_output=True,
                             text=True, check=False, env=env)
        if out.returncode != 0:
            raise SystemExit(f"point {spec} failed:\n{out.stderr}")
        result.update(json.loads(out.stdout.strip().splitlines()[-1]))
    return result


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares exponent k of y = c * x**k."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly, strict=True)) / den if den else float("nan")


def _print_point(r: dict[str, Any]) -> None:
    stages = r.get("stages") or {}
    parts = "  ".join(f"{k} {v:6.2f}" for k, v in stages.items())
    print(f"  {r['point']:16s} {r['words']:7d} words {r['passages']:6d} passages  "
          f"{r['seconds']:8.3f} s (cpu {r['cpu']:8.3f} s)  rss {r['peak_mib']:6.1f} MiB  "
          f"traced {r.get('traced_mib', float('nan')):6.1f} MiB  {parts}", flush=True)
    if q := r.get("quality"):
        print(f"  {'':16s} claims {q['claims']:.0f}: recall {q['recall']:.3f}  wrong {q['wrong']:.3f} "
              f"(mixed events {q.get('mixed', 0):.3f})  "
              f"claims/fact {q['claims_per_fact']:.2f}  sources/claim {q.get('sources_per_claim', 0):.1f} "
              f"(largest {q.get('largest', 0):.0f})", flush=True)


def run_curve(name: str, sizes: Sequence[int], fit_from: int, max_seconds: float,
              runs: int = 1) -> dict[str, Any]:
    print(f"{name}:", flush=True)
    points = []
    for size in sizes:
        r = _child(f"{name}:{size}", runs)
        _print_point(r)
        points.append(r)
        if r["seconds"] > max_seconds:
            print(f"  (stopping: {r['seconds']:.1f} s > --max-seconds {max_seconds})")
            break
    fit = [(int(p["point"].split(":")[1]), p) for p in points if int(p["point"].split(":")[1]) >= fit_from]
    out: dict[str, Any] = {"curve": name, "points": points}
    if len(fit) >= 2:
        xs = [x for x, _ in fit]
        out["time_exponent"] = slope(xs, [p["seconds"] for _, p in fit])
        out["cpu_exponent"] = slope(xs, [p["cpu"] for _, p in fit])
        out["memory_exponent"] = slope(xs, [p["peak_mib"] for _, p in fit])
        out["traced_exponent"] = slope(xs, [p["traced_mib"] for _, p in fit])
        top = fit[-2:]
        out["time_exponent_top"] = slope([x for x, _ in top], [p["seconds"] for _, p in top])
        print(f"  exponents {xs[0]} -> {xs[-1]}: time {out['time_exponent']:.2f} "
              f"(top segment {out['time_exponent_top']:.2f}), cpu {out['cpu_exponent']:.2f}, "
              f"memory: rss {out['memory_exponent']:.2f}, traced {out['traced_exponent']:.2f}")
    return out


def _commit() -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                         text=True, check=False)
    return out.stdout.strip() or "unknown"


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--curve", choices=("all", "length", "sources", "dense", "pages", "seeds"), default="all")
    ap.add_argument("--max-seconds", type=float, default=120.0)
    ap.add_argument("--label", default="")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--runs", type=int, default=1, help="at least this many timed runs a point (medians)")
    ap.add_argument("--point", help=argparse.SUPPRESS)
    ap.add_argument("--memory-point", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_point:
        print(json.dumps(memory_point(args.memory_point)))
        return
    if args.point:
        print(json.dumps(run_pages(args.runs) if args.point == "pages" else run_point(args.point, args.runs)))
        return
    results = []
    if args.curve in ("all", "seeds"):
        print("seeds:")
        r = _child("seeds", args.runs)
        _print_point(r)
        results.append({"curve": "seeds", "points": [r]})
    if args.curve in ("all", "length"):
        results.append(run_curve("length", LENGTHS, 1000, args.max_seconds, args.runs))
    if args.curve in ("all", "sources"):
        results.append(run_curve("sources", SOURCES, 5, args.max_seconds, args.runs))
    if args.curve in ("all", "dense"):
        results.append(run_curve("dense", DENSE, DENSE[0], args.max_seconds, args.runs))
    if args.curve in ("all", "pages"):
        print("pages:")
        r = _child("pages", args.runs)
        print(f"  430 kB + 315 kB pages ({r['bytes']} bytes, {r['words']} words, {r['passages']} passages): "
              f"{r['seconds']:.2f} s (cpu {r['cpu']:.2f} s), peak {r['peak_mib']:.0f} MiB (whole process)")
        results.append({"curve": "pages", "points": [r]})
    if not args.no_save:
        RESULTS.parent.mkdir(exist_ok=True)
        commit = _commit()  # before writing: the results file is tracked and would make the tree dirty
        with RESULTS.open("a", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps({"when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                                    "commit": commit, "label": args.label, "load": os.getloadavg()[0],
                                    **r}) + "\n")


if __name__ == "__main__":
    main()
