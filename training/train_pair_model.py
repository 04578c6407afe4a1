"""Train the aligner's pair model: P(same claim | pair features), gradient-boosted trees.

    .venv/bin/python training/train_pair_model.py [--write] [--cache DIR]

Training pairs, all featurized exactly as the aligner does at run time
(``sourcediff.align``: same passages, same story statistics, same candidates):

* MRPC train (``../shared/data/mrpc/train.tsv``): two one-sentence articles,
  labelled paraphrase or not;
* ECB+ (``../shared/data/ecbplus``), training topics only: the candidate
  pairs of each story where one passage holds an anchor of a gold group that
  the other source also anchors; positive when the two share a group;
* the project's own stories (``tests/data/stories``), labelled the same way,
  except those in ``HELD_OUT_STORIES``: stories written after the model was
  tuned, kept out so that they stay a check on unseen text (issue #11).

Selection uses MRPC dev and the held-out ECB+ topics (split by topic, never
by article: both halves of a held-out topic stay out). The seeds are kept out
of training altogether; they are a test. ``--write`` stores the chosen
trees in ``src/sourcediff/data/align_model.json``; only numbers are
written, never text of the shared data.

Judge a new feature against retraining noise, not against the shipped
model alone: the baseline features retrained with 280, 320 or 333 trees
instead of 300 move held-out ECB+ ``ecb`` align_recall from 0.865 to
0.80-0.82 and the seeds' wrong_pairs from 0.12 to 0.13, more than most
features move anything (``--without`` trains the same data without some
features; ``benchmarks/results/pair_features.jsonl`` holds the variants
tried for issue #11 and why none was kept).

``--monotone`` (each feature of ``boost.MONOTONE`` may only raise or only
lower P(same claim)) and ``--bags K`` (K bootstrap models averaged in
log-odds, written as one model of K x trees) are off by default: measured
against the shipped model and the retrained reference in
``benchmarks/notes/model_mono_bag.md``. ``--out`` writes a candidate to a
scratch copy for ``benchmarks/accuracy.py`` before anything is shipped.
``--extend`` keeps the shipped trees and adds ``--trees`` more, fitted to
what the shipped model leaves (``boost.extend``): measured for issue #11 in
``benchmarks/notes/pairmodel27.md`` (not kept).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from boost import Settings, boost, extend  # training/boost.py, beside this script

from sourcediff import Article, load
from sourcediff.align import score_pairs
from sourcediff.align.candidates import candidate_pairs
from sourcediff.align.cluster import Thresholds
from sourcediff.align.features import FEATURES, candidate_features
from sourcediff.align.model import MODEL_FILE, PairModel, load_model, to_dict
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.scoring import anchor_in

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCEDIFF_SHARED", ROOT.parent / "shared"))
ECB = SHARED / "data" / "ecbplus"
MRPC = SHARED / "data" / "mrpc"
STORIES = ROOT / "tests" / "data" / "stories"
# Stories written as honest checks (gold made before any tool run): never trained on.
HELD_OUT_STORIES = frozenset({
    "aidpackage", "airlinecollapse", "airportdrone", "airshowcrash", "airportstrike", "alcoholprice",
    "algaebloom",
    "ambulancetimes", "antitrust", "appfine", "arsonarrest", "artefacts", "artscuts", "ashcloud",
    "asteroid", "astronauts", "auction", "avalanche", "aviation", "awards", "backpay", "bagcharge",
    "bailout", "balloon", "bankfine", "bankrobbery", "bankruptcy", "bathingwater", "beehivetheft",
    "bikeshare", "binstrike", "blackouts", "boatrace", "boilwater", "bondsale", "boxoffice", "branches",
    "bridge", "bridgeweightlimit", "broadband", "budgetvote", "buildingcollapse", "busfarecap",
    "busroutes", "busstrike", "byelection", "cablecar", "cabletheft", "canalblock", "canalfees", "carban",
    "carbontax", "carcarrierfire", "cathedralfire", "caverescue", "ceasefire", "census", "charityprobe",
    "chemplant", "chessfinal", "chipplant", "cinemaclosure", "claddingevac", "clinicvaccine", "clubfine",
    "coachcrash", "coalclosure", "coalitiondeal", "coastwalk", "cocoaprice", "coldsnap", "compensation",
    "concerttour", "congestioncharge", "containers", "contract", "copyrightcase", "coralbleach",
    "councildebt", "counciltax", "coup", "cranecollapse", "cricket", "crowdcrush", "cruise", "cryptoheist",
    "cyberattack", "cycleway", "cyclingstage", "damburst", "databreach", "datacentre", "defection",
    "demolition", "dentists", "derbywin", "dogattack", "donation", "doping", "dronedelivery", "drought",
    "drugbust", "drugprice", "eclipse", "emergencylanding", "escalatorfault", "everest", "evictions",
    "evplant", "examresults", "exchange", "exoneration", "exoplanet", "expulsion", "extradition",
    "famine", "farehike", "ferry", "ferrycancel", "ferrystrike", "festival", "filmstudio", "finedleak",
    "finesabolished", "fishfarmescape", "fishkill", "fishquota", "flood", "floodbarrier",
    "floodinsurance", "foodbank", "foodpoison", "footbridgeopening", "forgery", "fossil", "fourdayweek",
    "fuelprotest", "fusion", "gasblast", "gasfield", "genetherapy", "giantpumpkin", "glacier",
    "glasshouse", "golfmajor", "grandprix", "hailstorm", "harvest", "heatpumps", "heist",
    "helicoptercrash", "heritage", "hikerfound", "hoard", "homelesscount", "hosepipeban", "hospitalbuild",
    "hospitalparking", "hostages", "hostcity", "housefire", "housing", "housingestate", "hungparliament",
    "hurricane", "iceberg", "incinerator", "inflation", "inquest", "inquiry", "insulinshortage", "ipo",
    "jetorder", "jobsreport", "juryverdict", "kidnapping", "landfilltax", "landslide", "launch", "layoffs",
    "leadership", "levelcrossing", "libel", "libraries", "lighthouse", "lightning", "lithium",
    "lostpainting", "lottery", "lowtraffic", "managersacked", "marathon", "marinafire", "marketrout",
    "maternity", "mayorarrest", "measlesschool", "medaltable", "medstudy", "mergerblock", "meteorite",
    "metroline", "migrantrescue", "mine", "minwage", "misconduct", "moonlanding", "mpexpenses",
    "museumreopen", "namingrights", "newspecies", "nightflights", "nurseryfees", "obituary", "oilspill",
    "oldestperson", "opeccut", "orchestra", "outage", "outbreak", "pandacub", "paperleak", "parkingfines",
    "parkvisitors", "paygap", "payvote", "pelletspill", "pensionage", "pesticideban", "pharma",
    "pharmacyclosures", "phoneban", "phonelaunch", "piercollapse", "pileup", "pilotstrike", "piracy",
    "planesearch", "plantclosure", "pointsdeduction", "pollutionfine", "poolclosures", "portstrike",
    "postaldelays", "pothole", "poultrycull", "pricecap", "pricewar", "prisonbreak", "prisonreport",
    "prisonswap", "prize", "profitwarning", "protest", "pubclosures", "quarryexpansion", "railcost",
    "railfranchise", "railpunctuality", "railworks", "ratecut", "ratingcut", "reactor", "recall",
    "recallpetition", "recession", "recordfish", "recount", "referendum", "rentalban", "rentcontrol",
    "reservoirlow",
    "resignation", "retraction", "rideaccident", "rockfall", "roofsolar", "royalbirth", "runway",
    "sailrecord", "salarycap", "saltlimits", "sanctions", "satellite", "schoolclosures",
    "schoolinspection", "schoolmeals", "scooterban", "screeningerror", "seaswimban", "seizure",
    "sentencing", "settlement", "sewage", "sharkattack", "shipcollision", "shipwreck", "shipyardorder",
    "sinkhole",
    "skiclosure", "skyscraper", "smog", "snowclosure", "socialmediaage", "solarfarm", "solarstorm",
    "songcontest", "spaceprobe", "spectrumauction", "speedlimit", "speedrecord", "spyarrest",
    "stadium", "stadiumroof",
    "stakesale", "stampprice", "streaming", "strike", "sugartax", "summit", "swimrecord", "takeover",
    "tariffs", "taxrebate", "teacherpay", "teachershortage", "telethon", "tennis", "ticketresale",
    "tigercensus", "tollrise", "tornado", "touristtax", "tradedeficit", "trainorder", "tramextension",
    "transfer", "transplant", "trawler", "treeplanting", "tsunamiwarning", "tuition", "tunnel",
    "tunnelfire", "turbineblade", "unicuts", "unimerger", "uniranking", "vaccination", "vapeban",
    "vineyardfrost", "violinrecovered", "volcano", "waitinglist", "warehousefire", "waterbills",
    "watermain", "whalestranding", "wildfire", "wildfirefunding", "wildlifetrade", "windfarm",
    "winefraud", "wolves", "zooescape",
})
OUT = ROOT / "src" / "sourcediff" / "data" / MODEL_FILE
# Total training weight of MRPC train, ECB+ training topics and the own stories.
DEFAULT_MIX = "3,1,4"


def mrpc_negative_weight(merge_at: float = Thresholds().merge_at) -> float:
    """How much more an MRPC non-paraphrase weighs than a paraphrase.

    compare puts two sentences in one claim when their probability reaches
    the aligner's ``merge_at``, set on real stories (cluster.py). A pair
    classifier is most accurate when it says "same" at an even chance.
    Weighing the negatives of the two-sentence training set by
    odds(0.5) / odds(merge_at) moves that even chance onto ``merge_at``
    (a logistic model's odds scale by the class weights), so the one
    threshold serves both. Recompute by retraining when ``merge_at`` moves.
    """
    return (1.0 - merge_at) / merge_at


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


Story = tuple[list[SourceInfo], dict[str, Any]]  # analysed articles and gold of one story


def ecb_stories(held_out: bool) -> list[Story]:
    out: list[Story] = []
    for folder in sorted(p for p in ECB.iterdir() if p.is_dir() and (p / "gold.json").exists()):
        if held_out_topic(folder.name) != held_out:
            continue
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        out.append(([analyse(load(p)) for p in sorted(folder.glob("*.txt"))], gold))
    return out


def own_stories() -> list[Story]:
    out: list[Story] = []
    for story in sorted(p for p in STORIES.iterdir() if p.is_dir() and p.name not in HELD_OUT_STORIES):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
        out.append(([analyse(load(p)) for p in files], gold))
    return out


def mrpc_pairs(split: str) -> list[tuple[int, SourceInfo, SourceInfo]]:
    """Each pair's label and its two sentences analysed as one-passage articles."""
    out = []
    lines = (MRPC / f"{split}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        out.append((int(cols[0]), analyse(Article.from_text(cols[3], id="a")),
                    analyse(Article.from_text(cols[4], id="b"))))
    return out


def stories_rows(stories: Sequence[Story]) -> Rows:
    return _concat(story_rows(sources, gold) for sources, gold in stories)


def mrpc_rows(pairs: Sequence[tuple[int, SourceInfo, SourceInfo]]) -> Rows:
    """Features of the two sentences as one-passage articles (the pair compare would score)."""
    x: list[list[float]] = []
    y: list[int] = []
    for label, a, b in pairs:
        scores = score_pairs((a, b))
        docs = scores.docs
        pairs_ab = [(i, j) for i in range(len(docs)) for j in range(len(docs)) if docs[i].source == "a"
                    and docs[j].source == "b"]
        feats = candidate_features(docs, pairs_ab, scores.story, scores.between)
        if feats:
            x.append(max(feats, key=lambda f: f[0]))
            y.append(label)
    return x, y


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Chance that a positive pair scores above a negative one: the ranking, threshold aside."""
    order = np.argsort(p, kind="stable")
    rank = np.empty(len(p))
    rank[order] = np.arange(1, len(p) + 1)
    pos = y == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    return float((rank[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)) if n_pos and n_neg else 0.0


def evaluate(model: PairModel, x: np.ndarray, y: np.ndarray) -> str:
    p = 1 / (1 + np.exp(-np.clip(model.logit(x), -30, 30)))
    at = (Thresholds().merge_at, 0.5)
    acc = ", ".join(f"acc@{t:.2f}={float(((p >= t) == (y == 1)).mean()):.3f}" for t in at)
    return f"n={len(y):5d} pos={y.mean():.2f} auc={auc(p, y):.3f} logloss={log_loss(p, y):.3f} {acc}"


def analysed() -> dict[str, Any]:
    """Every training and selection input, analysed (the slow step: it analyses every article)."""
    return {"mrpc_train": mrpc_pairs("train"), "mrpc_dev": mrpc_pairs("dev"), "stories": own_stories(),
            "ecb_train": ecb_stories(held_out=False), "ecb_held": ecb_stories(held_out=True)}


def featurize(inputs: dict[str, Any]) -> dict[str, Rows]:
    """Every labelled pair, by part, featurized as the aligner does now."""
    return {part: mrpc_rows(v) if part.startswith("mrpc") else stories_rows(v) for part, v in inputs.items()}


def _cached(path: Path | None, make: Callable[[], Any]) -> Any:
    """``make()``, kept as a pickle at ``path`` between runs when a path is given."""
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(value))
    return value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"write the chosen model to {OUT}")
    ap.add_argument("--out", type=Path, default=OUT,
                    help="where --write writes (a scratch copy, to measure a candidate before shipping it)")
    ap.add_argument("--cache", type=Path,
                    help="keep analysed articles and featurized pairs here between runs (outside the repo); "
                         "the pairs are featurized again when the list of features changes; delete "
                         "pairs-*.pkl after changing how a feature is computed")
    ap.add_argument("--depth", type=int, default=Settings.depth)
    ap.add_argument("--trees", type=int, default=Settings.trees)
    ap.add_argument("--rate", type=float, default=Settings.rate)
    add_model_options(ap)
    ap.add_argument("--mix", default=DEFAULT_MIX,
                    help="total weights of MRPC train, ECB+ training topics and own stories")
    ap.add_argument("--extend", action="store_true",
                    help="continue the shipped model: --trees more trees fit what it leaves (boost.extend)")
    ap.add_argument("--without", default="",
                    help="comma-separated features the trees may not read (ablation: is a feature worth it?)")
    args = ap.parse_args(argv)
    for needed in (ECB, MRPC):
        if not needed.exists():
            print(f"train_pair_model.py: {needed} is absent")
            return 2
    cache = args.cache
    data = _cached(cache / f"pairs-{_features_key()}.pkl" if cache else None,
                   lambda: featurize(_cached(cache / "analysed.pkl" if cache else None, analysed)))

    without = {f for f in args.without.split(",") if f}
    if without - set(FEATURES):
        print(f"train_pair_model.py: unknown feature {sorted(without - set(FEATURES))[0]!r}")
        return 2
    columns = [n for n, f in enumerate(FEATURES) if f not in without]

    def full(part: str) -> tuple[np.ndarray, np.ndarray]:
        rows, labels = data[part]
        x = np.asarray(rows, dtype=np.float64).reshape(-1, len(FEATURES))
        return x, np.asarray(labels, dtype=np.float64)

    def mat(part: str, model: PairModel | None = None) -> tuple[np.ndarray, np.ndarray]:
        """A part's rows, the columns the trees may read (or those ``model`` reads), and its labels."""
        x, y = full(part)
        return x[:, [FEATURES.index(f) for f in model.features] if model else columns], y

    train = [mat(p) for p in ("mrpc_train", "ecb_train", "stories")]
    x, y, w = weighted(train, [float(m) for m in args.mix.split(",")])
    w[: len(train[0][1])] *= np.where(train[0][1] == 0, mrpc_negative_weight(), 1.0)
    settings = Settings(depth=args.depth, trees=args.trees, rate=args.rate, monotone=args.monotone,
                        bags=args.bags, seed=args.seed)
    names = tuple(FEATURES[n] for n in columns)
    if args.extend:
        shipped = load_model()
        parts = ("mrpc_train", "ecb_train", "stories")
        start = np.concatenate([shipped.logit(mat(p, shipped)[0]) for p in parts])
        model = extend(shipped, boost(names, x, y, w, settings, start))
    else:
        model = boost(names, x, y, w, settings)
    for part in data:
        print(f"{part:11s} {evaluate(model, *mat(part, model))}")
    if args.write:
        about = ("P(same claim) for a passage pair: gradient-boosted trees written by "
                 f"training/train_pair_model.py (depth {settings.depth}, {settings.trees} trees, "
                 f"rate {settings.rate}, mix {args.mix}, MRPC negatives x{mrpc_negative_weight():.2f}"
                 + (", monotone constraints" if settings.monotone else "")
                 + (f", {settings.bags} bootstrap bags averaged (seed {settings.seed})"
                    if settings.bags > 1 else "")
                 + (f", without {','.join(sorted(without))}" if without else "")
                 + (", continuing the model shipped before" if args.extend else "") + ").")
        args.out.write_text(json.dumps(to_dict(model, about), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


def add_model_options(ap: argparse.ArgumentParser) -> None:
    """The booster's options beyond the tree shape (training/boost.py), shared with story_folds.py."""
    ap.add_argument("--monotone", action="store_true",
                    help="constrain each feature of boost.MONOTONE to its direction")
    ap.add_argument("--bags", type=int, default=Settings.bags,
                    help="average this many models, each on a bootstrap resample (log-odds)")
    ap.add_argument("--seed", type=int, default=Settings.seed, help="of the bootstrap resamples")


def weighted(parts: Sequence[tuple[np.ndarray, np.ndarray]], mix: Sequence[float]
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of all training sets, each set weighing its share of ``mix`` in total whatever its size."""
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    w = np.concatenate([np.full(len(p[1]), share / len(p[1])) for p, share in zip(parts, mix, strict=True)])
    return x, y, w * len(y) / sum(mix)


def _features_key() -> str:
    """A name for the current feature list, stable between runs, so a cache of old features is not read."""
    return hashlib.sha256("\n".join(FEATURES).encode()).hexdigest()[:12]


def _concat(parts: Iterator[Rows]) -> Rows:
    x: list[list[float]] = []
    y: list[int] = []
    for px, py in parts:
        x += px
        y += py
    return x, y


if __name__ == "__main__":
    sys.exit(main())
