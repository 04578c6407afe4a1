"""ECB+ wrong pairs by cause: the first-mention rule, unannotated mentions, or distinct events.

    .venv/bin/python benchmarks/wrong_causes.py [--half ecbplus] [--folders 01_ecbplus,...] [--text]

ECB+ anchors an event once per document, at its first mention, and only in
the few sentences it annotates, so a pair the scorer calls wrong may state a
fact both passages share. For each wrong pair (two anchored passages of
different sources in one of the aligner's claims, no judge, whose anchors share
no gold group) this says which of four causes fits, looking at each passage's
groups against the other passage:

* ``other_line_mentions``: the other source anchors that group on another line,
  and the other passage holds a word of the group's first mention (the id's
  bracketed words, folded to five letters): most likely the first-mention rule;
* ``other_line_nomention``: anchored on another line of that source, no
  mention word here (a reworded mention, or a real wrong seat);
* ``unannotated_mention``: the other source has no anchor of the group but its
  passage holds a mention word (a fact the gold did not annotate there);
* ``distinct``: none of these: most likely different events.

It also counts how often a closed list of case stages (arrest, charge, trial,
verdict, sentence) names disjoint stages in the two passages of a joined pair,
split by right and wrong pairs: the test of a stage rule (align48.md).
Only counts are printed, unless ``--text`` (terminal only; the shared data is
evaluation only and nothing of it is written anywhere).
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from sourcediff.align import align, pair_probabilities, score_pairs
from sourcediff.scoring import anchor_in

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import ECB, ecb_folders
from align_diagnose import Case, build_case

STAGES = {"arrest": ("arrest",), "charge": ("charg", "indict", "arraign"), "trial": ("trial",),
          "verdict": ("convict", "guilty", "verdict", "acquit"), "sentence": ("sentenc",)}


def stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


def stages(text: str) -> set[str]:
    ws = re.findall(r"[a-z]+", text.lower())
    return {k for k, pre in STAGES.items() if any(w.startswith(p) for w in ws for p in pre)}


def cause(groups: Sequence[frozenset[str]], texts: Sequence[str], keys: Sequence[str | None],
          anchors: dict[str, dict[str, str]], words: dict[str, set[str]], i: int, j: int) -> str:
    """The cause of one wrong pair (i, j), the strongest that fits either direction."""
    found = "distinct"
    for x, y in ((i, j), (j, i)):
        other = keys[y]
        for g in groups[x]:
            mention = bool(words[g] & stems(texts[y]))
            if other in anchors[g] and not anchor_in(texts[y], anchors[g][other]):
                if mention:
                    return "other_line_mentions"
                if found in ("distinct", "unannotated_mention"):
                    found = "other_line_nomention"
            elif mention and found == "distinct":
                found = "unannotated_mention"
    return found


def examine(case: Case, gold: dict[str, object], text: bool, counts: Counter[str]) -> None:
    alignments = gold["alignments"]
    assert isinstance(alignments, list)
    anchors = {g["id"]: g["anchors"] for g in alignments}
    words = {gid: stems(m.group(1)) if (m := re.search(r"\[(.*)\]", gid)) else set() for gid in anchors}
    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    docs = scores.docs
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    sets = [frozenset(index[(p.source, p.index)] for p in c.members)
            for c in align(case.infos, scores=scores)]
    texts = [p.text for s in case.infos for p in s.passages]
    sources = gold["sources"]
    assert isinstance(sources, dict)
    by_file = {fn: key for key, fn in sources.items()}
    key_of = {s.article.id: by_file.get(Path(str(s.article.path)).name) for s in case.infos}
    keys = [key_of[d.source] for d in docs]
    seen: set[tuple[int, int]] = set()
    for members in sets:
        for i, j in itertools.combinations(sorted(members), 2):
            if docs[i].source == docs[j].source or not case.groups[i] or not case.groups[j]:
                continue
            if (i, j) in seen:
                continue
            seen.add((i, j))
            counts["judged"] += 1
            sa, sb = stages(texts[i]), stages(texts[j])
            fires = bool(sa and sb and not sa & sb)
            right = bool(case.groups[i] & case.groups[j])
            counts[f"stage rule fires on {'right' if right else 'wrong'}"] += fires
            if right:
                continue
            counts["wrong"] += 1
            why = cause(case.groups, texts, keys, anchors, words, i, j)
            p = probs.get((i, j))
            band = "indirect" if p is None else "p>=0.5" if p >= 0.5 else "p<0.5"
            counts[f"cause {why}"] += 1
            counts[f"band {band}"] += 1
            counts[f"claim {'9+' if len(members) > 8 else '2-8'}"] += 1
            if text:
                print(f"{case.name} {why} {band} size={len(members)}\n  A: {texts[i][:110]}\n"
                      f"  B: {texts[j][:110]}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="ecbplus", choices=("ecb", "ecbplus", "both"))
    ap.add_argument("--folders", default="", help="comma-separated folder names (default: the half)")
    ap.add_argument("--text", action="store_true", help="print the passages (terminal only)")
    args = ap.parse_args(argv)
    wanted = set(filter(None, args.folders.split(",")))
    total: Counter[str] = Counter()
    for name, files, gold in ecb_folders():
        if wanted and name not in wanted:
            continue
        if not wanted and args.half != "both" and name.split("_", 1)[1] != args.half:
            continue
        counts: Counter[str] = Counter()
        examine(build_case(name, files, gold), gold, args.text, counts)
        print(f"{name:12s} wrong {counts['wrong']:4d} of {counts['judged']:4d}", flush=True)
        total.update(counts)
    if not ECB.exists():
        print("no ECB+ data")
    for k, v in sorted(total.items()):
        print(f"{k:34s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
