"""What the gold pairs the pair model scored under ``merge_at`` are, by kind (issue #11, align52).

    .venv/bin/python benchmarks/low_prob_kinds.py [--all-stories] [--cache FILE]

align_diagnose.py counts the held-out stories' missed gold pairs by where
they were lost; over half are ``low_prob``: the candidate index proposed the
passage pair, the model scored it low. Each such pair (its best-scored
passage pair) is put in the first kind that fits:

* ``quote``: both passages hold one verbatim run of QUOTE_RUN+ words, inside
  quotation marks in both (a quote cut to one sentence against the passage
  holding it whole);
* ``label``: one side is a short label line ("Bail: $500,000");
* ``figure``: they share a figure key (family=value);
* ``name``: they share a name few passages of the story hold;
* ``wording``: nothing but wording.

Per kind it says how many pairs would be found, with no gold-wrong pair
made, if one side joined the claim holding the other (``gain``), and how
many of those would add a gold-wrong pair instead (``wrong``); ``lone``: no
claim holds either side. Numbers only: the shared data's text is never
printed.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from accuracy import STORIES
from align_diagnose import Case, build_case
from train_pair_model import HELD_OUT_STORIES

from sourcediff.align import align, pair_probabilities, score_pairs
from sourcediff.align.cluster import Thresholds, figure_keys

QUOTE_RUN = 4
_QUOTED = re.compile(r"[\"“”‘’]([^\"“”]{8,}?)[\"“”]|‘([^‘’]{8,}?)’")
_WORD = re.compile(r"[\w'’]+")
_LABEL = re.compile(r"^[^:.!?]{1,40}:\s*\S")
KINDS = ("quote", "label", "figure", "name", "wording")


def quoted_runs(text: str, n: int = QUOTE_RUN) -> set[tuple[str, ...]]:
    """Every run of n words inside quotation marks in ``text``, folded."""
    out: set[tuple[str, ...]] = set()
    for m in _QUOTED.finditer(text):
        words = [w.lower().replace("’", "'") for w in _WORD.findall(m.group(1) or m.group(2) or "")]
        out.update(tuple(words[k:k + n]) for k in range(len(words) - n + 1))
    return out


def kind_of(ta: str, tb: str, da: object, db: object, name_df: Counter[str], n_docs: int) -> str:
    if quoted_runs(ta) & quoted_runs(tb):
        return "quote"
    if any(len(t) <= 90 and _LABEL.match(t.strip()) for t in (ta, tb)):
        return "label"
    if set(figure_keys(da.values)) & set(figure_keys(db.values)):  # type: ignore[attr-defined]
        return "figure"
    shared = da.names & db.names  # type: ignore[attr-defined]
    if any(name_df[x] <= max(3, n_docs // 10) for x in shared):
        return "name"
    return "wording"


def classify(case: Case, t: Thresholds) -> Counter[str]:
    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    claims = align(case.infos, scores=scores, thresholds=t)
    docs = scores.docs
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    members = [frozenset(index[(p.source, p.index)] for p in c.members) for c in claims]
    texts = {(s.article.id, p.index): p.text for s in case.infos for p in s.passages}
    text = [texts[(d.source, d.index)] for d in docs]
    name_df: Counter[str] = Counter(x for d in docs for x in d.names)
    out: Counter[str] = Counter()
    for left, right in case.gold_pairs:
        if not left or not right or any(c & left and c & right for c in members):
            continue
        scored = [(probs.get((min(i, j), max(i, j)), -1.0), i, j) for i in left for j in right]
        best = max(scored, default=(-1.0, 0, 0))
        if best[0] < 0 or best[0] >= t.merge_at:
            continue
        _, i, j = best
        kind = kind_of(text[i], text[j], docs[i], docs[j], name_df, len(docs))
        out[kind] += 1
        # would the lower side joining the claim holding the other gain the pair cleanly?
        verdicts = []
        for x, y in ((i, j), (j, i)):
            for c in members:
                if y in c and x not in c:
                    clash = any(case.groups[m] and case.groups[x] and not case.groups[m] & case.groups[x]
                                for m in c if docs[m].source != docs[x].source)
                    verdicts.append(not clash)
        if not verdicts:
            out[f"{kind}:lone"] += 1
        elif any(verdicts):
            out[f"{kind}:gain"] += 1
        else:
            out[f"{kind}:wrong"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--all-stories", action="store_true", help="every story, not only the held-out ones")
    ap.add_argument("--cache", type=Path,
                    help="pickle of analysed cases, kept between runs (outside the repo)")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        cases = pickle.loads(args.cache.read_bytes())
    else:
        cases = []
        for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
            if not args.all_stories and story.name not in HELD_OUT_STORIES:
                continue
            gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
            files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
            cases.append(build_case(f"story {story.name}", files, gold))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(cases))
    total: Counter[str] = Counter()
    for case in cases:
        total.update(classify(case, Thresholds()))
    print(f"{'kind':8s} {'pairs':>6s} {'gain':>5s} {'wrong':>5s} {'lone':>5s}")
    for k in KINDS:
        gain, wrong, lone = (total[f"{k}:{c}"] for c in ("gain", "wrong", "lone"))
        print(f"{k:8s} {total[k]:6d} {gain:5d} {wrong:5d} {lone:5d}")
    print(f"{'all':8s} {sum(total[k] for k in KINDS):6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
