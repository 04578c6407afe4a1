"""ECB+ alignment errors one by one: wrong pairs with probability and features, missed pairs by cause.

    .venv/bin/python benchmarks/align_errors.py [--half ecbplus] [--held-out] [--cache FILE]
                                                [--list wrong,missed] [--text] [--limit N]

align_diagnose.py counts failures; this lists them, so that a feature can be
judged against the cases it should fix:

* a **wrong pair** is two anchored passages of different sources in one claim
  whose anchors share no gold group. Each is shown with the model's
  probability (``-`` when the pair was no candidate and joined through other
  members), the features that most often separate "same story, different
  event" pairs, and whether either passage is its article's headline;
* a **missed pair** is a gold pair no claim holds, with its cause as in
  align_diagnose.py (``not_candidate``, ``low_prob``, ``split``).

Counts by category are printed at the end: wrong pairs by probability band
and by headline involvement, missed pairs by cause.

``--text`` prints the two passages (cut to 90 characters) to the terminal
for reading; nothing of the shared data is written anywhere, and ``--cache``
(analysed stories, as in align_diagnose.py) must lie outside the repo.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from sourcediff.align import align, pair_probabilities, score_pairs
from sourcediff.align.cluster import Thresholds
from sourcediff.align.features import FEATURES, candidate_matrix

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import held_out_topic
from align_diagnose import Case, cases

# The features printed beside each pair (all of FEATURES are computed).
SHOWN = ("cosine", "cover_min", "values_conflict", "names_shared", "position_gap", "stem2_min",
         "mean_cosine", "similarity", "best_ratio_min")


def _band(p: float | None) -> str:
    if p is None:
        return "indirect"
    return "p>=0.7" if p >= 0.7 else "p>=0.5" if p >= 0.5 else "p>=0.3" if p >= 0.3 else "p<0.3"


def examine(case: Case, t: Thresholds, show: set[str], text: bool, limit: int,
            counts: dict[str, Counter[str]]) -> None:
    """Print the wrong and missed pairs of one folder and add them to ``counts``."""
    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    docs = scores.docs
    claims = align(case.infos, scores=scores, thresholds=t)
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    member_sets = [frozenset(index[(p.source, p.index)] for p in c.members) for c in claims]
    texts = [p.text for s in case.infos for p in s.passages]
    rows = candidate_matrix(docs, scores.candidates, scores.story, scores.candidate_similarity)
    row_of = {(i, j): n for n, (i, j) in enumerate(scores.candidates.tolist())}
    cols = [FEATURES.index(f) for f in SHOWN if f in FEATURES]

    def describe(i: int, j: int) -> str:
        n = row_of.get((i, j))
        feats = "" if n is None else " ".join(f"{FEATURES[c]}={rows[n, c]:.2f}" for c in cols)
        head = "".join("H" if docs[k].index == 0 else "b" for k in (i, j))
        line = f"  {case.name} {head} p={_fmt(probs.get((i, j)))} {feats}"
        if text:
            line += f"\n      A: {texts[i][:90]}\n      B: {texts[j][:90]}"
        return line

    shown = 0
    seen: set[tuple[int, int]] = set()
    for c in member_sets:
        for i, j in itertools.combinations(sorted(c), 2):
            if docs[i].source == docs[j].source or not case.groups[i] or not case.groups[j]:
                continue
            if (i, j) in seen:
                continue
            seen.add((i, j))
            counts["judged"]["pairs"] += 1
            if case.groups[i] & case.groups[j]:
                continue
            p = probs.get((i, j))
            counts["wrong by p"][_band(p)] += 1
            heads = sum(docs[k].index == 0 for k in (i, j))
            counts["wrong by headline"][f"{heads} headline(s)"] += 1
            if "wrong" in show and shown < limit:
                print("WRONG" + describe(i, j)[1:])
                shown += 1
    for left, right in case.gold_pairs:
        if not left or not right:
            counts["missed"]["no_passage"] += 1
            continue
        if any(c & left and c & right for c in member_sets):
            counts["missed"]["(found)"] += 1
            continue
        cand = [(min(i, j), max(i, j)) for i in left for j in right if (min(i, j), max(i, j)) in probs]
        best = max(cand, key=lambda pr: probs[pr], default=None)
        if best is None:
            cause = "not_candidate"
        elif probs[best] < t.merge_at:
            cause = "low_prob"
        else:
            cause = "split"
        counts["missed"][cause] += 1
        if "missed" in show and shown < limit and best is not None:
            print(f"MISS {cause}" + describe(*best)[1:])
            shown += 1


def _fmt(p: float | None) -> str:
    return "-" if p is None else f"{p:.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="ecbplus", choices=("ecb", "ecbplus", "both"))
    ap.add_argument("--held-out", action="store_true", help="only the topics training never sees")
    ap.add_argument("--list", default="wrong", help="wrong,missed or none: which pairs to print")
    ap.add_argument("--text", action="store_true", help="print the passages (terminal only)")
    ap.add_argument("--limit", type=int, default=15, help="pairs printed per folder")
    ap.add_argument("--cache", type=Path, help="pickle of analysed folders, outside the repo")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        all_cases: list[Case] = pickle.loads(args.cache.read_bytes())
    else:
        all_cases = list(cases(["ecb"]))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(all_cases))
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("judged", "wrong by p", "wrong by headline",
                                                              "missed")}
    show = set(args.list.split(","))
    for case in all_cases:
        if not case.name[0].isdigit():
            continue
        half = case.name.split("_", 1)[1]
        if args.half != "both" and half != args.half:
            continue
        if args.held_out and not held_out_topic(case.name):
            continue
        examine(case, Thresholds(), show, args.text, args.limit, counts)
    for name, c in counts.items():
        print(f"{name:18s} {dict(sorted(c.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
