"""Does training the pair model on more of our own stories generalize? (issue #11)

    .venv/bin/python training/story_folds.py [--folds 5] [--cache DIR] [--quick] [--mix 3,1,4]
        [--shipped] [--reference-only] [--trees N] [--save FILE]

A k-fold experiment over the stories in ``HELD_OUT_STORIES`` (split by
story, sorted names dealt round-robin into folds). For each fold the model
is trained exactly as ``train_pair_model.py`` trains it (same mix, same
hyper-parameters, same MRPC train and ECB+ training topics) but with the
held-out stories of the *other* folds added to the development stories; the
fold's stories, never trained on, are then compared and scored like
``../shared/tools/score.py`` does. The reference is the same training run
without any held-out story (the shipped model's data). Each fold model and
the reference are also scored on the held-out ECB+ topics (both halves),
MRPC dev and the seeds, unless ``--quick``. Each fold's mean is printed for
every model that scored it (shipped, reference, the fold's own model), so a
gain can be required in every fold, not only in the mean over all stories.

The question it answers: if recall on stories a model never saw rises when
the other held-out stories join training, a model trained on all stories
should do as well on the hidden evaluation's unseen stories. Only figures
are printed; no text of the shared data.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import train_pair_model as tpm  # training/train_pair_model.py, beside this script
from boost import Settings, boost

import sourcediff.align
from sourcediff import load
from sourcediff.align.features import FEATURES
from sourcediff.align.model import PairModel, load_model
from sourcediff.pipeline import analyse, compare_analysed
from sourcediff.scoring import Score, score

Story = tuple[list[Any], dict[str, Any]]


def folds(names: Sequence[str], k: int) -> list[list[str]]:
    """Sorted story names dealt round-robin into ``k`` folds (fixed, so reruns compare)."""
    ordered = sorted(names)
    return [ordered[n::k] for n in range(k)]


def held_out_stories() -> dict[str, Story]:
    """Each held-out story's analysed articles and gold, by name."""
    out: dict[str, Story] = {}
    for name in sorted(tpm.HELD_OUT_STORIES):
        story = tpm.STORIES / name
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
        out[name] = ([analyse(load(p)) for p in files], gold)
    return out


def with_model(model: PairModel, run: Callable[[], Any]) -> Any:
    """``run()`` with the aligner reading ``model`` instead of the shipped file."""
    shipped = sourcediff.align.load_model
    sourcediff.align.load_model = lambda: model  # type: ignore[assignment]
    try:
        return run()
    finally:
        sourcediff.align.load_model = shipped  # type: ignore[assignment]


def seeds_story() -> Story:
    """The seeds, analysed, with their gold (never trained on: a test, as in benchmarks/accuracy.py)."""
    gold = json.loads((tpm.ROOT / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return [analyse(load(p)) for p in sorted((tpm.ROOT / "seeds").iterdir())], gold


def story_score(story: Story) -> Score:
    sources, gold = story
    return score(compare_analysed(tuple(sources)).to_dict(), gold)


def ecb_held(stories: Sequence[Story]) -> dict[str, tuple[float, float]]:
    """Mean align_recall and wrong_pairs of the held-out ECB+ topics, by half."""
    halves: dict[str, list[Score]] = {"ecb": [], "ecbplus": []}
    for sources, gold in stories:
        half = Path(sources[0].article.path).parent.name.split("_", 1)[1]
        halves[half].append(story_score((sources, gold)))
    return {h: (statistics.fmean(s.align_recall for s in v), statistics.fmean(s.wrong_pairs for s in v))
            for h, v in halves.items() if v}


def mrpc_dev(pairs: Sequence[tuple[int, Any, Any]]) -> tuple[float, float]:
    """compare's accuracy and F1 on MRPC dev, as benchmarks/accuracy.py counts them."""
    hits = tp = fp = fn = 0
    for label, a, b in pairs:
        said = any(set(c.sources) == {"a", "b"} for c in compare_analysed((a, b)).claims)
        hits += said == bool(label)
        tp += said and bool(label)
        fp += said and not label
        fn += (not said) and bool(label)
    return hits / len(pairs), (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def train(data: dict[str, tpm.Rows], extra: Sequence[tpm.Rows], mix: Sequence[float],
          settings: Settings | None = None, per_story: int = 0) -> PairModel:
    """The model train_pair_model.py would write, with ``extra`` story rows added to the stories.

    ``per_story``: the number of development stories; when given, the
    stories' share of the mix grows with the stories added, so each story
    weighs what a development story weighs in the reference (otherwise the
    same total is spread over more stories).
    """
    def mat(rows: tpm.Rows) -> tuple[np.ndarray, np.ndarray]:
        x = np.asarray(rows[0], dtype=np.float64).reshape(-1, len(FEATURES))
        return x, np.asarray(rows[1], dtype=np.float64)

    stories = tpm._concat(iter([data["stories"], *extra]))
    parts = [mat(data["mrpc_train"]), mat(data["ecb_train"]), mat(stories)]
    if per_story:
        mix = [*mix[:2], mix[2] * (per_story + len(extra)) / per_story]
    x, y, w = tpm.weighted(parts, mix)
    w[: len(parts[0][1])] *= np.where(parts[0][1] == 0, tpm.mrpc_negative_weight(), 1.0)
    return boost(tuple(FEATURES), x, y, w, settings or Settings())


def _report(name: str, model: PairModel, stories: dict[str, Story], inputs: dict[str, Any] | None,
            ) -> dict[str, Any]:
    out: dict[str, Any] = {"stories": {}}
    for story in sorted(stories):
        s = with_model(model, lambda st=stories[story]: story_score(st))  # type: ignore[misc]
        out["stories"][story] = (s.align_recall, s.wrong_pairs)
        print(f"  {name:9s} {story:12s} align_recall={s.align_recall:.2f} wrong_pairs={s.wrong_pairs:.2f}",
              flush=True)
    if inputs is not None:
        out["ecb_held"] = with_model(model, lambda: ecb_held(inputs["ecb_held"]))
        out["mrpc_dev"] = with_model(model, lambda: mrpc_dev(inputs["mrpc_dev"]))
        seeds = with_model(model, lambda: story_score(inputs["seeds"]))
        out["seeds"] = (seeds.align_recall, seeds.wrong_pairs)
        held = "  ".join(f"{h} {r:.3f}/{w:.3f}" for h, (r, w) in out["ecb_held"].items())
        print(f"  {name:9s} ECB+ held-out {held}  MRPC dev acc {out['mrpc_dev'][0]:.3f} "
              f"F1 {out['mrpc_dev'][1]:.3f}  seeds {out['seeds'][0]:.3f}/{out['seeds'][1]:.3f}", flush=True)
    return out


def _mean(results: Iterator[tuple[float, float]]) -> tuple[float, float]:
    got = list(results)
    return statistics.fmean(r for r, _ in got), statistics.fmean(w for _, w in got)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, help="as train_pair_model.py --cache (shares its files)")
    ap.add_argument("--mix", default=tpm.DEFAULT_MIX)
    ap.add_argument("--trees", type=int, default=Settings.trees, help="retraining-noise check: another count")
    tpm.add_model_options(ap)
    ap.add_argument("--per-story", action="store_true",
                    help="added stories raise the stories' share (each weighs as a development story)")
    ap.add_argument("--quick", action="store_true", help="skip held-out ECB+, MRPC dev and the seeds")
    ap.add_argument("--reference-only", action="store_true",
                    help="train and score the reference only (a retraining-noise check with --trees)")
    ap.add_argument("--save", type=Path, help="write the figures as JSON here")
    ap.add_argument("--shipped", action="store_true", help="also score the shipped model file, for context")
    args = ap.parse_args(argv)
    cache = args.cache
    inputs = tpm._cached(cache / "analysed.pkl" if cache else None, tpm.analysed)
    data = tpm._cached(cache / f"pairs-{tpm._features_key()}.pkl" if cache else None,
                       lambda: tpm.featurize(inputs))
    held = tpm._cached(cache / "held-stories.pkl" if cache else None, held_out_stories)
    rows_path = cache / f"held-rows-{tpm._features_key()}.pkl" if cache else None
    rows: dict[str, tpm.Rows] = tpm._cached(rows_path,
                                            lambda: {n: tpm.story_rows(*s) for n, s in held.items()})
    mix = [float(m) for m in args.mix.split(",")]
    extra_eval = None if args.quick else {"ecb_held": inputs["ecb_held"], "mrpc_dev": inputs["mrpc_dev"],
                                          "seeds": seeds_story()}
    settings = Settings(trees=args.trees, monotone=args.monotone, bags=args.bags, seed=args.seed)
    per_story = len(inputs["stories"]) if args.per_story else 0

    results: dict[str, Any] = {}
    if args.shipped:
        print("shipped: the model file as it is (trained on older features and extractors)", flush=True)
        results["shipped"] = _report("shipped", load_model(), held, extra_eval)
    print("reference: retrained now on the shipped model's training data (no held-out story)", flush=True)
    results["reference"] = _report("reference", train(data, [], mix, settings), held, extra_eval)
    dealt = folds(list(held), args.folds)
    for n, fold in enumerate([] if args.reference_only else dealt):
        others = [rows[s] for s in sorted(held) if s not in fold]
        print(f"fold {n}: {', '.join(fold)} (trained with {len(others)} other held-out stories)", flush=True)
        model = train(data, others, mix, settings, per_story)
        results[f"fold{n}"] = _report(f"fold {n}", model, {s: held[s] for s in fold}, extra_eval)

    for n, fold in enumerate(dealt):
        means = "  ".join(f"{k} {m[0]:.3f}/{m[1]:.3f}" for k, m in (
            (k, _mean(r["stories"][s] for s in fold)) for k, r in results.items()
            if all(s in r["stories"] for s in fold)))
        print(f"fold {n}'s {len(fold)} stories, mean: {means} (align_recall/wrong_pairs)")
    if args.reference_only:
        return _save(args.save, results)
    fold_stories = {s: v for k, r in results.items() if k.startswith("fold") for s, v in r["stories"].items()}
    ref = _mean(iter(results["reference"]["stories"].values()))
    cv = _mean(iter(fold_stories.values()))
    print(f"held-out stories, mean over {len(fold_stories)}: reference {ref[0]:.3f}/{ref[1]:.3f}  "
          f"cross-validated {cv[0]:.3f}/{cv[1]:.3f} (align_recall/wrong_pairs)")
    if not args.quick:
        fold_keys = [k for k in results if k.startswith("fold")]
        for half in ("ecb", "ecbplus"):
            r = results["reference"]["ecb_held"][half]
            f = _mean(results[k]["ecb_held"][half] for k in fold_keys)
            print(f"ECB+ {half} held-out: reference {r[0]:.3f}/{r[1]:.3f}  folds' mean {f[0]:.3f}/{f[1]:.3f}")
        r = results["reference"]["mrpc_dev"]
        f = _mean(results[k]["mrpc_dev"] for k in fold_keys)
        print(f"MRPC dev acc/F1: reference {r[0]:.3f}/{r[1]:.3f}  folds' mean {f[0]:.3f}/{f[1]:.3f}")
    return _save(args.save, results)


def _save(path: Path | None, results: dict[str, Any]) -> int:
    if path:
        path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
