"""Train the aligner's pair model: P(same claim | pair features), a logistic regression.

    .venv/bin/python training/train_pair_model.py [--write] [--cache DIR]

Training pairs, all featurized exactly as the aligner does at run time
(``sourcediff.align``: same passages, same story statistics, same candidates):

* MRPC train (``../shared/data/mrpc/train.tsv``): two one-sentence articles,
  labelled paraphrase or not;
* ECB+ (``../shared/data/ecbplus``), training topics only: the candidate
  pairs of each story where one passage holds an anchor of a gold group that
  the other source also anchors; positive when the two share a group;
* the project's own stories (``tests/data/stories``), labelled the same way.

Selection uses MRPC dev and the held-out ECB+ topics (split by topic, never
by article: both halves of a held-out topic stay out). The seeds are kept out
of training altogether; they are a test. ``--write`` stores the chosen
coefficients in ``src/sourcediff/data/align_model.json``; only numbers are
written, never text of the shared data.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sourcediff import Article, load
from sourcediff.align import score_pairs
from sourcediff.align.candidates import candidate_pairs
from sourcediff.align.features import FEATURES, candidate_features
from sourcediff.align.model import MODEL_FILE, expand
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.scoring import anchor_in

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCEDIFF_SHARED", ROOT.parent / "shared"))
ECB = SHARED / "data" / "ecbplus"
MRPC = SHARED / "data" / "mrpc"
STORIES = ROOT / "tests" / "data" / "stories"
OUT = ROOT / "src" / "sourcediff" / "data" / MODEL_FILE


def held_out_topic(folder: str) -> bool:
    """Every fifth ECB+ topic (both halves) is held out for selection."""
    return int(folder.split("_", 1)[0]) % 5 == 0


Rows = tuple[list[list[float]], list[int]]


def story_rows(sources: Sequence[SourceInfo], gold: dict[str, Any]) -> Rows:
    """Labelled candidate pairs of one story (see the module docstring for the rule)."""
    by_file = {name: key for key, name in gold["sources"].items()}
    key_of = {s.article.id: by_file.get(Path(s.article.path).name) for s in sources}
    scores = score_pairs(sources)
    docs = scores.docs
    texts = {(s.article.id, p.index): p.text for s in sources for p in s.passages}
    groups = []
    for d in docs:
        key = key_of.get(d.source)
        groups.append({g["id"] for g in gold["alignments"]
                       if key and key in g["anchors"]
                       and anchor_in(texts[(d.source, d.index)], g["anchors"][key])})
    id_of = {key: sid for sid, key in key_of.items() if key}
    anchored_in = {g["id"]: {id_of.get(k) for k in g["anchors"]} for g in gold["alignments"]}
    x: list[list[float]] = []
    y: list[int] = []
    pairs = candidate_pairs(docs, scores.story, scores.n_sources)
    for (i, j), row in zip(pairs, candidate_features(docs, pairs, scores.story, scores.between), strict=True):
        gi, gj = groups[i], groups[j]
        if gi & gj:
            label = 1
        elif (any(docs[j].source in anchored_in[g] for g in gi)
              or any(docs[i].source in anchored_in[g] for g in gj)):
            label = 0
        else:
            continue
        x.append(row)
        y.append(label)
    return x, y


def ecb_rows(held_out: bool) -> Iterator[tuple[str, Rows]]:
    for folder in sorted(p for p in ECB.iterdir() if p.is_dir() and (p / "gold.json").exists()):
        if held_out_topic(folder.name) != held_out:
            continue
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        sources = [analyse(load(p)) for p in sorted(folder.glob("*.txt"))]
        yield folder.name, story_rows(sources, gold)


def own_story_rows() -> Rows:
    x: list[list[float]] = []
    y: list[int] = []
    for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
        sx, sy = story_rows([analyse(load(p)) for p in files], gold)
        x += sx
        y += sy
    return x, y


def mrpc_rows(split: str) -> Rows:
    """Features of the two sentences as one-passage articles (the pair compare would score)."""
    x: list[list[float]] = []
    y: list[int] = []
    lines = (MRPC / f"{split}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        a = analyse(Article.from_text(cols[3], id="a"))
        b = analyse(Article.from_text(cols[4], id="b"))
        scores = score_pairs((a, b))
        docs = scores.docs
        pairs = [(i, j) for i in range(len(docs)) for j in range(len(docs)) if docs[i].source == "a"
                 and docs[j].source == "b"]
        feats = candidate_features(docs, pairs, scores.story, scores.between)
        if feats:
            x.append(max(feats, key=lambda f: f[0]))
            y.append(int(cols[0]))
    return x, y


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float, iters: int = 50) -> tuple[np.ndarray, float]:
    """Weighted logistic regression by Newton's method, L2 on the coefficients only."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + reg * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def evaluate(x: np.ndarray, y: np.ndarray, coef: np.ndarray, bias: float) -> str:
    p = 1 / (1 + np.exp(-np.clip(x @ coef + bias, -30, 30)))
    acc = float(((p >= 0.5) == (y == 1)).mean())
    ll = float(-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
    return f"n={len(y):5d} pos={y.mean():.2f} acc={acc:.3f} logloss={ll:.3f}"


VARIANTS: dict[str, tuple[str, ...]] = {
    "base": FEATURES,
    "base+products": (*FEATURES, "cosine*chars", "cover_min*values_shared", "cosine*position_gap",
                      "values_shared*values_conflict", "cosine*cosine"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"write the chosen model to {OUT}")
    ap.add_argument("--cache", type=Path, help="keep featurized pairs here between runs (outside the repo)")
    ap.add_argument("--variant", default="base+products", choices=sorted(VARIANTS))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--mix", default="0.5,1,3",
                    help="total weights of MRPC train, ECB+ training topics and own stories")
    args = ap.parse_args(argv)
    for needed in (ECB, MRPC):
        if not needed.exists():
            print(f"train_pair_model.py: {needed} is absent")
            return 2
    cached = args.cache / "pairs.pkl" if args.cache else None
    if cached and cached.exists():
        data = pickle.loads(cached.read_bytes())
    else:
        data = {"mrpc_train": mrpc_rows("train"), "mrpc_dev": mrpc_rows("dev"), "stories": own_story_rows(),
                "ecb_train": _concat(r for _, r in ecb_rows(held_out=False)),
                "ecb_held": _concat(r for _, r in ecb_rows(held_out=True))}
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(pickle.dumps(data))
    names = VARIANTS[args.variant]

    def mat(part: str) -> tuple[np.ndarray, np.ndarray]:
        rows, labels = data[part]
        return expand(np.asarray(rows, dtype=np.float64), names), np.asarray(labels, dtype=np.float64)

    train = [mat(p) for p in ("mrpc_train", "ecb_train", "stories")]
    # each training set weighs its share of --mix in total, whatever its size
    mix = [float(m) for m in args.mix.split(",")]
    weights = [np.full(len(t[1]), share / len(t[1])) for t, share in zip(train, mix, strict=True)]
    x = np.vstack([t[0] for t in train])
    y = np.concatenate([t[1] for t in train])
    w = np.concatenate(weights) * len(y) / sum(mix)
    coef, bias = fit(x, y, w, args.l2)
    for part in data:
        print(f"{part:11s} {evaluate(*mat(part), coef, bias)}")
    print("weights:", ", ".join(f"{n}={c:+.2f}" for n, c in zip(names, coef, strict=True)),
          f"bias={bias:+.2f}")
    if args.write:
        OUT.write_text(json.dumps({
            "about": "P(same claim) for a passage pair: logistic regression written by "
                     f"training/train_pair_model.py (variant {args.variant}, l2 {args.l2}, mix {args.mix}).",
            "features": list(names), "weights": [round(float(c), 5) for c in coef],
            "bias": round(bias, 5)}, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


def _concat(parts: Iterator[Rows]) -> Rows:
    x: list[list[float]] = []
    y: list[int] = []
    for px, py in parts:
        x += px
        y += py
    return x, y


if __name__ == "__main__":
    sys.exit(main())
