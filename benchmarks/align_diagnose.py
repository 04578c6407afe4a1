"""Why gold passage pairs are missed and wrong pairs made: the aligner's failures by cause.

    .venv/bin/python benchmarks/align_diagnose.py [--only ecb,seeds,stories] [--cache DIR]
        [--not-candidate | --seat-taken | --two-groups | --roles]

For every gold pair of anchors (two sources stating one fact) the script
finds the passages holding them and says where the pair was lost:

* ``not_candidate``: the candidate index never proposed the passage pair;
* ``low_prob``: proposed, but the pair model gave it less than ``merge_at``;
* ``split``: the model was confident, yet clustering put the two passages
  in different claims (the one-per-source rule, average linkage); told
  apart by how one passage fits a claim holding the other (the mean of its
  ``attach_top`` best links, as cluster.attach reads it):

  - ``split_seat_taken``: it fits (at least ``attach_at``), but a sibling of
    its source already sits in that claim, and attach fills only missing
    sources: a passage stating two facts (a lead, "12,400 patients over 3.5
    years") whose second claim already holds its source's other sentence;
  - ``split_orphan``: it sits in no claim and fits none well enough;
  - ``split_fit_low``: it sits in another claim and fits this one too weakly;

* ``found``: some claim holds both.

Wrong pairs (two anchored passages in one claim sharing no gold group) are
counted by how they got there: a direct candidate pair the model scored high,
or a pair joined only through other members (``indirect``). The figures are
computed from the aligner's own claims, without the judge, so clustering
changes can be tried quickly; ``--cache`` keeps the analysed stories and pair
probabilities between runs (outside the repo: they hold shared text).

``--not-candidate`` asks instead what the pair model would say of the gold
pairs the index never proposed (no pair of their passages is a candidate):
those pairs are added to the candidates and scored with the rest (the
batched path, so their features are the ones a second proposer would give
them), and each gold partner's rank among the passages of its source by
mean word-vector cosine (``Meaning.mean``) is counted, the better of the two
directions. It tells whether a nearest-neighbour proposer over passage
vectors could pay (benchmarks/notes/not_candidate.md).

``--seat-taken`` tells what the ``split_seat_taken`` pairs are: whether the
blocked passage and the sibling seated in its place are the top of their
article, whether the gold anchors the sibling to another fact, how the
model scores the two as one claim (:func:`seat_taken`,
benchmarks/notes/seat_share.md).

``--two-groups`` counts, on the held-out stories, the missed gold pairs one
side of which is a passage the gold anchors in two groups or more (a lead,
a sentence joining two facts): by diagnose class, whether a second seat in
the claim of the partner would find the pair, and how the pair model scores
the passage's best clause (align/clausejoin.py's clauses) with the partner
(:func:`two_groups`, benchmarks/notes/align51.md).

``--roles`` counts the missed and the wrong pairs by where their two
passages sit in their articles (:func:`position`: ``h`` a headline or
heading line, ``l`` one of the two sentences after it, ``b`` the body) and
by how the model scored their best passage pair (``nc`` never proposed,
``lo`` under ``merge_at``, ``hi`` at it or over): on ECB+ it tells whether
the losses are headline pairs the model reads badly or body sentences
(:func:`roles`, benchmarks/notes/ecb44.md).

The shared data is evaluation only: nothing of its text is printed or kept
in the project.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from sourcediff import load
from sourcediff.align import Repeats, align, pair_probabilities, score_pairs
from sourcediff.align.candidates import _postings, max_postings
from sourcediff.align.cluster import Thresholds, figure_keys
from sourcediff.align.clusterbase import _Graph, _top_fit
from sourcediff.align.clusterfigures import figures_conflict
from sourcediff.align.clusterseats import _openings
from sourcediff.extract.lengths import unify_lengths
from sourcediff.extract.money import unify_dollars, unify_pounds
from sourcediff.extract.people import unify_people
from sourcediff.extract.rates import convert_stated, unify_rates
from sourcediff.model import SourceInfo
from sourcediff.pipeline import analyse
from sourcediff.scoring import anchor_in
from sourcediff.storyweekdays import place_weekdays
from sourcediff.undated import resolve_undated

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import ECB, ROOT, STORIES, ecb_folders, held_out_topic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from train_pair_model import HELD_OUT_STORIES


@dataclass(frozen=True)
class Case:
    """One story, analysed and scored, with gold groups mapped onto passage indices."""

    name: str
    infos: tuple[SourceInfo, ...]
    groups: tuple[frozenset[str], ...]  # per doc: gold groups whose anchor it holds
    gold_pairs: tuple[tuple[frozenset[int], frozenset[int]], ...]  # passages holding anchor A, anchor B


def build_case(name: str, files: Sequence[Path], gold: dict[str, Any]) -> Case:
    # the cross-source steps of pipeline.compare_analysed, so the figures are the report's
    analysed = tuple(analyse(load(p)) for p in files)
    placed = place_weekdays(resolve_undated(analysed))
    unified = unify_lengths(unify_rates(unify_pounds(unify_dollars(unify_people(placed)))))
    infos = convert_stated(unified)
    by_file = {fn: key for key, fn in gold["sources"].items()}
    key_of = {s.article.id: by_file.get(Path(str(s.article.path)).name) for s in infos}
    texts = [(s.article.id, p.text) for s in infos for p in s.passages]
    groups = []
    for sid, text in texts:
        key = key_of.get(sid)
        groups.append(frozenset(g["id"] for g in gold["alignments"]
                                if key and key in g["anchors"] and anchor_in(text, g["anchors"][key])))
    holders: dict[tuple[str, str], frozenset[int]] = {}
    for g in gold["alignments"]:
        for key, anchor in g["anchors"].items():
            holders[(g["id"], key)] = frozenset(n for n, (sid, text) in enumerate(texts)
                                                if key_of.get(sid) == key and anchor_in(text, anchor))
    pairs = []
    for g in gold["alignments"]:
        for a, b in itertools.combinations(sorted(g["anchors"]), 2):
            pairs.append((holders[(g["id"], a)], holders[(g["id"], b)]))
    return Case(name, infos, tuple(groups), tuple(pairs))


def cases(parts: Sequence[str]) -> Iterator[Case]:
    if "seeds" in parts:
        gold = json.loads((ROOT / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))
        yield build_case("seeds", sorted((ROOT / "seeds").iterdir()), gold)
    if "stories" in parts:
        for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
            gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
            files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "gold.json")
            yield build_case(f"story {story.name}", files, gold)
    if "ecb" in parts and ECB.exists():
        for name, files, gold in ecb_folders():
            yield build_case(name, files, gold)


@dataclass(frozen=True)
class Diagnosis:
    causes: Counter[str]
    wrong: Counter[str]
    judged: int

    @property
    def recall(self) -> float:
        total = sum(self.causes.values())
        return self.causes["found"] / total if total else 1.0

    @property
    def wrong_share(self) -> float:
        return sum(self.wrong.values()) / self.judged if self.judged else 0.0


DEFAULT = Thresholds()


def diagnose(case: Case, t: Thresholds = DEFAULT) -> Diagnosis:
    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    claims = align(case.infos, scores=scores, thresholds=t)
    index = {(d.source, d.index): n for n, d in enumerate(scores.docs)}
    member_sets = [frozenset(index[(p.source, p.index)] for p in c.members) for c in claims]
    source_of = [d.source for d in scores.docs]
    graph = _Graph(probs)
    causes: Counter[str] = Counter()
    for left, right in case.gold_pairs:
        if any(c & left and c & right for c in member_sets):
            causes["found"] += 1
            continue
        best = max((probs.get((min(i, j), max(i, j)), -1.0) for i in left for j in right), default=-1.0)
        if not left or not right:
            causes["no_passage"] += 1
        elif best < 0:
            causes["not_candidate"] += 1
        elif best < t.merge_at:
            causes["low_prob"] += 1
        else:
            causes[_split_cause(left, right, member_sets, graph, source_of, t)] += 1
    wrong: Counter[str] = Counter()
    judged = 0
    for c in member_sets:
        for i, j in itertools.combinations(sorted(c), 2):
            if source_of[i] == source_of[j] or not case.groups[i] or not case.groups[j]:
                continue
            judged += 1
            if case.groups[i] & case.groups[j]:
                continue
            p = probs.get((i, j))
            wrong["indirect" if p is None else "direct_high" if p >= t.merge_at else "direct_low"] += 1
    return Diagnosis(causes, wrong, judged)


def _split_cause(left: frozenset[int], right: frozenset[int], claims: Sequence[frozenset[int]],
                 graph: _Graph, source_of: Sequence[str], t: Thresholds) -> str:
    """Why clustering parted two passages the model paired (see the module docstring)."""
    if _blocked(left, right, claims, graph, source_of, t):
        return "split_seat_taken"
    seated = any(x in c for c in claims for x in (*left, *right))
    in_claims = all(any(x in c for c in claims for x in side) for side in (left, right))
    return "split_fit_low" if seated and in_claims else "split_orphan"


def _blocked(left: frozenset[int], right: frozenset[int], claims: Sequence[frozenset[int]],
             graph: _Graph, source_of: Sequence[str], t: Thresholds) -> tuple[int, frozenset[int]] | None:
    """A passage of one side and a claim holding the other side that it fits, but its source sits in."""
    for x, other in [(x, right) for x in left] + [(x, left) for x in right]:
        for claim in claims:
            if x in claim or not claim & other:
                continue
            sources = Counter(source_of[m] for m in claim)
            fit = _top_fit(set(claim), sources, x, graph, source_of, t)
            if source_of[x] in sources and fit >= t.attach_at:
                return x, claim
    return None


def seat_taken(case: Case, t: Thresholds = DEFAULT) -> Counter[str]:
    """What the split_seat_taken pairs' blocked passage x and its seated sibling y are (numbers only).

    Counts: ``n`` pairs; ``top``, x and y one the article's first passage and
    the other its second or third; ``opening``, the source's opening pair as
    cluster.share_seats reads it; ``sibling_no_group`` / ``sibling_other_group``,
    the gold anchors no fact in y, or another fact than x's; ``repeat_05``, the
    model scores x and y as one claim at 0.5 or more (align.Repeats, the
    repeat rule's score); ``figure_conflict``, a figure family with different
    values. See benchmarks/notes/seat_share.md.
    """
    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    claims = align(case.infos, scores=scores, thresholds=t)
    docs = scores.docs
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    member_sets = [frozenset(index[(p.source, p.index)] for p in c.members) for c in claims]
    source_of = [d.source for d in docs]
    graph = _Graph(probs)
    opening = _openings(graph, source_of)
    repeats = Repeats(scores)
    out: Counter[str] = Counter()
    for left, right in case.gold_pairs:
        if any(c & left and c & right for c in member_sets):
            continue
        best = max((probs.get((min(i, j), max(i, j)), -1.0) for i in left for j in right), default=-1.0)
        found = _blocked(left, right, member_sets, graph, source_of, t) if best >= t.merge_at else None
        if found is None:
            continue
        x, claim = found
        y = min(m for m in claim if source_of[m] == source_of[x])
        low, high = sorted((docs[x].index, docs[y].index))
        out["n"] += 1
        out["top"] += low == 0 and high <= 2
        out["opening"] += x in opening and y in opening
        out["sibling_no_group"] += not case.groups[y]
        out["sibling_other_group"] += bool(case.groups[y]) and not case.groups[x] & case.groups[y]
        out["repeat_05"] += repeats(min(x, y), max(x, y)) >= 0.5
        out["figure_conflict"] += figures_conflict(figure_keys(docs[x].values), figure_keys(docs[y].values))
    return out


def two_groups(case: Case, t: Thresholds = DEFAULT) -> Counter[str]:
    """The missed gold pairs with a passage anchored in two gold groups or more, by class (numbers only).

    Counts: ``n``; ``cls_<cause>`` (diagnose's cause); ``seated``, that
    passage x sits in a claim; ``cover``, x sits in a claim and the partner in
    another claim without x (a second seat for x there would find the pair);
    ``clauses``, x splits into clauses (clausejoin.clause_spans);
    ``clause_figure``, a clause states a figure; ``clause_merge`` /
    ``clause_split``, its best clause scores the partner at ``merge_at`` /
    ``split_at`` or more; ``whole_merge`` the whole passage does; ``both_multi``,
    the partner is anchored in two groups too.
    """
    from sourcediff.align.clausejoin import _best_in_sources, _clause_probs, _clauses
    from sourcediff.align.model import load_model

    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    claims = align(case.infos, scores=scores, thresholds=t)
    docs = scores.docs
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    member_sets = [frozenset(index[(p.source, p.index)] for p in c.members) for c in claims]
    source_of = [d.source for d in docs]
    graph = _Graph(probs)
    texts = {(s.article.id, p.index): (p, [m for m in s.mentions if m.passage == p.index])
             for s in case.infos for p in s.passages}
    partners: dict[int, list[int]] = {}
    for i, j in probs:
        partners.setdefault(i, []).append(j)
        partners.setdefault(j, []).append(i)
    best = _best_in_sources(docs, scores.candidates, scores.candidate_similarity, set(range(len(docs))))
    heads = {(p.source, p.index) for s in case.infos for p in s.passages if p.role == "title"}
    titles = {n for n, d in enumerate(docs) if (d.source, d.index) in heads}
    model = load_model()
    out: Counter[str] = Counter()
    for left, right in case.gold_pairs:
        if not left or not right or any(c & left and c & right for c in member_sets):
            continue
        sides = [(x, right) for x in left if len(case.groups[x]) >= 2] + \
                [(x, left) for x in right if len(case.groups[x]) >= 2]
        if not sides:
            continue
        p_best = max((probs.get((min(i, j), max(i, j)), -1.0) for i in left for j in right), default=-1.0)
        cause = ("not_candidate" if p_best < 0 else "low_prob" if p_best < t.merge_at
                 else _split_cause(left, right, member_sets, graph, source_of, t))
        out["n"] += 1
        out[f"cls_{cause}"] += 1
        out["both_multi"] += any(len(case.groups[y]) >= 2 for _, o in sides for y in o)
        out["seated"] += any(any(x in c for c in member_sets) for x, _ in sides)
        out["cover"] += any(any(x in c for c in member_sets) and
                            any(c & other and x not in c for c in member_sets) for x, other in sides)
        flags: set[str] = set()
        for x, other in sides:
            passage, mentions = texts[(docs[x].source, docs[x].index)]
            clauses = _clauses(x, docs[x], passage, mentions)
            if len(clauses) < 2:
                continue
            flags.add("clauses")
            if any(c.figures for c in clauses):
                flags.add("clause_figure")
            homes = [c for c in member_sets if c & other and x not in c]
            asked = sorted({m for c in homes for m in c if source_of[m] != source_of[x]} | other)
            read = list(dict.fromkeys([*partners.get(x, []), *asked]))
            fits = _clause_probs(x, clauses, read, [asked] * len(clauses), docs, scores.story,
                                 scores.similarity, best, model)
            top = max((fit[y] for fit in fits for y in other), default=0.0)
            if top >= t.merge_at:
                flags.add("clause_merge")
                flags.add("why_" + _clause_refusal(x, clauses, docs, fits, other, homes, member_sets,
                                                   source_of, titles, t))
            if top >= t.split_at:
                flags.add("clause_split")
        if p_best >= t.merge_at:
            flags.add("whole_merge")
        out.update(flags)
    return out


def _clause_refusal(x: int, clauses: Sequence[Any], docs: Sequence[Any], fits: Sequence[dict[int, float]],
                    other: frozenset[int],
                    homes: Sequence[frozenset[int]], member_sets: Sequence[frozenset[int]],
                    source_of: Sequence[str], titles: set[int], t: Thresholds) -> str:
    """The first test of clausejoin's that refuses x the claim of its partner (``passes`` when none does)."""
    if not any(x in c for c in member_sets):
        return "x_unseated"
    if not homes:
        return "partner_unseated"
    reasons = []
    for claim in homes:
        others = [m for m in claim if source_of[m] != source_of[x]]
        k = max(range(len(clauses)), key=lambda k: max(fits[k].get(y, 0.0) for y in other))
        probs = [fits[k].get(m, 0.0) for m in others]
        own = [c for c in member_sets if x in c]

        def mean_fit(j: int, c: frozenset[int]) -> float:
            o = [m for m in c if source_of[m] != source_of[x]]
            return sum(fits[j].get(m, 0.0) for m in o) / len(o) if o else 0.0
        if any(m in titles for m in claim):
            reasons.append("headline")
        elif len(others) < 2:
            reasons.append("one_other")
        elif not clauses[k].figures and not all(clauses[k].names & docs[m].names for m in others):
            reasons.append("no_key")
        elif max(probs) < t.split_at:
            reasons.append("below_split")
        elif min(probs) < t.merge_at:
            reasons.append("member_low")
        elif sum(probs) / len(probs) < t.second_at:
            reasons.append("mean_low")
        elif any(max(range(len(clauses)), key=lambda j: mean_fit(j, c)) == k for c in own):
            reasons.append("seat_holder")
        else:
            reasons.append("passes")
    order = ["passes", "seat_holder", "mean_low", "member_low", "below_split", "no_key", "one_other",
             "headline"]
    return min(reasons, key=order.index)


def not_candidate(case: Case, t: Thresholds = DEFAULT) -> Counter[str]:
    """What the model would give the gold pairs no candidate covers, and their partners' vector rank.

    Counts: ``uncovered`` gold pairs (both sides have passages, none of
    their cross-source passage pairs is a candidate); ``would_merge``, those
    whose best pair, scored, reaches ``merge_at``; ``rank_k`` by the best
    partner rank (5 stands for 5 or worse) and ``merge_rank_k`` the same for
    the would-merge ones.
    """
    scores = score_pairs(case.infos)
    docs = scores.docs
    # The candidates are an n x 2 array of passage indices (i < j), not tuples.
    cand = {(int(i), int(j)) for i, j in scores.candidates.tolist()}
    source_of = [d.source for d in docs]
    means = np.stack([d.meaning.mean for d in docs])
    cos = means @ means.T
    by_source: dict[str, list[int]] = {}
    for n, s in enumerate(source_of):
        by_source.setdefault(s, []).append(n)

    def rank(i: int, j: int) -> int:
        """Rank of passage j among its source's passages by cosine with passage i (1 = nearest)."""
        return 1 + int((cos[i, by_source[source_of[j]]] > cos[i, j]).sum())

    uncovered = []
    for left, right in case.gold_pairs:
        pairs = {(min(i, j), max(i, j)) for i in left for j in right if source_of[i] != source_of[j]}
        if pairs and not pairs & cand:
            uncovered.append(pairs)
    out: Counter[str] = Counter()
    if not uncovered:
        return out
    kept = _postings(docs, max_postings(scores.n_sources))
    everything = np.array(sorted(cand.union(*uncovered)), dtype=np.int64).reshape(-1, 2)
    probs = pair_probabilities(replace(scores, candidates=everything))
    for pairs in uncovered:
        best = min(5, min(min(rank(i, j), rank(j, i)) for i, j in pairs))
        why = min((_index_miss(docs[i], docs[j], kept) for i, j in pairs), key=INDEX_MISSES.index)
        out["uncovered"] += 1
        out[f"rank_{best}"] += 1
        out[f"why_{why}"] += 1
        if max(probs[q] for q in pairs) >= t.merge_at:
            out["would_merge"] += 1
            out[f"merge_rank_{best}"] += 1
            out[f"merge_why_{why}"] += 1
    return out


# Why the index proposed no pair of two passages, nearest to being proposed first: they share a term
# it keeps (a partner cap ranked the pair out), share only terms too common in the story to be kept,
# share no term at all, or one of them is not filed (a thin passage without a figure).
INDEX_MISSES = ("ranked_out", "only_common", "no_shared", "unindexed")


def _index_miss(a: Any, b: Any, kept: dict[str, list[int]]) -> str:
    if not a.indexed or not b.indexed:
        return "unindexed"
    shared = a.terms() & b.terms()
    return "no_shared" if not shared else "ranked_out" if shared & kept.keys() else "only_common"


HEADS = frozenset({"title", "heading"})


def position(info: SourceInfo) -> dict[int, str]:
    """Each passage index of one article -> ``h`` (headline or heading), ``l`` (its first two other
    passages, the lead as a rule) or ``b`` (the body)."""
    out: dict[int, str] = {}
    seen = 0
    for p in info.passages:
        if p.role in HEADS:
            out[p.index] = "h"
        else:
            out[p.index] = "l" if seen < 2 else "b"
            seen += 1
    return out


def _band(p: float | None, t: Thresholds) -> str:
    return "nc" if p is None or p < 0 else "lo" if p < t.merge_at else "hi"


def roles(case: Case, t: Thresholds = DEFAULT) -> Counter[str]:
    """Missed gold pairs (``miss_``) and wrong pairs (``wrong_``) by position pair and score band.

    A key reads ``miss_hl_lo``: a missed pair of a headline and a lead
    sentence whose best passage pair the model scored under ``merge_at``.
    A missed pair is keyed by its best-scored passage pair (the first when
    none was scored), a wrong pair by its own two passages. Numbers only.
    """
    scores = score_pairs(case.infos)
    probs = pair_probabilities(scores)
    claims = align(case.infos, scores=scores, thresholds=t)
    docs = scores.docs
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    member_sets = [frozenset(index[(p.source, p.index)] for p in c.members) for c in claims]
    where = {s.article.id: position(s) for s in case.infos}

    def pos(n: int) -> str:
        return where[docs[n].source][docs[n].index]

    def key(i: int, j: int) -> str:
        return "".join(sorted(pos(i) + pos(j), key="hlb".index))

    out: Counter[str] = Counter()
    for left, right in case.gold_pairs:
        if not left or not right or any(c & left and c & right for c in member_sets):
            continue
        pairs = [(min(i, j), max(i, j)) for i in sorted(left) for j in sorted(right)]
        best = max(pairs, key=lambda q: probs.get(q, -1.0))
        out[f"miss_{key(*best)}_{_band(probs.get(best), t)}"] += 1
    for c in member_sets:
        for i, j in itertools.combinations(sorted(c), 2):
            if docs[i].source == docs[j].source or not case.groups[i] or not case.groups[j]:
                continue
            if not case.groups[i] & case.groups[j]:
                out[f"wrong_{key(i, j)}_{_band(probs.get((i, j)), t)}"] += 1
    return out


def _part(name: str) -> str:
    return "ecb" if name[0].isdigit() else "stories" if name.startswith("story ") else "seeds"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="seeds,stories,ecb")
    ap.add_argument("--cache", type=Path,
                    help="pickle of analysed cases, kept between runs (outside the repo)")
    ap.add_argument("--not-candidate", action="store_true",
                    help="score the gold pairs the index never proposed; their partners' vector rank")
    ap.add_argument("--two-groups", action="store_true",
                    help="held-out stories' missed pairs with a passage anchored in two gold groups or more")
    ap.add_argument("--seat-taken", action="store_true",
                    help="what the split_seat_taken pairs' passage and its seated sibling are")
    ap.add_argument("--roles", action="store_true",
                    help="missed and wrong pairs by headline/lead/body position and score band")
    args = ap.parse_args(argv)
    parts = args.only.split(",")
    if args.cache and args.cache.exists():
        all_cases = [c for c in pickle.loads(args.cache.read_bytes())
                     if _part(c.name) in parts]
    else:
        all_cases = list(cases(parts))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(all_cases))
    if args.not_candidate:
        return _print_not_candidate(all_cases)
    if args.seat_taken:
        return _print_by_part(all_cases, seat_taken)
    if args.roles:
        return _print_by_part(all_cases, roles)
    if args.two_groups:
        return _print_two_groups([c for c in all_cases if c.name.startswith("story ")
                                  and c.name.split(" ", 1)[1] in HELD_OUT_STORIES])
    groups: dict[str, list[Diagnosis]] = {}
    for case in all_cases:
        d = diagnose(case)
        if not case.name[0].isdigit():
            print(f"{case.name:22s} recall={d.recall:.2f} wrong={d.wrong_share:.2f} "
                  f"{dict(d.causes)} wrong={dict(d.wrong)}")
            continue
        half = case.name.split("_", 1)[1]
        groups.setdefault(f"ECB+ {half}", []).append(d)
        if held_out_topic(case.name):
            groups.setdefault(f"ECB+ {half} held-out", []).append(d)
    for name, ds in groups.items():
        causes = sum((d.causes for d in ds), Counter())
        wrong = sum((d.wrong for d in ds), Counter())
        print(f"{name:22s} n={len(ds)} recall={statistics.fmean(d.recall for d in ds):.3f} "
              f"wrong={statistics.fmean(d.wrong_share for d in ds):.3f} {dict(causes)} wrong={dict(wrong)}")
    return 0


def _totals(all_cases: Sequence[Case], count: Callable[[Case], Counter[str]]) -> dict[str, Counter[str]]:
    """``count``'s figures summed by part: each story alone, ECB+ by half and held-out half."""
    totals: dict[str, Counter[str]] = {}
    for case in all_cases:
        found = count(case)
        names = [case.name] if not case.name[0].isdigit() else [f"ECB+ {case.name.split('_', 1)[1]}"]
        if case.name[0].isdigit() and held_out_topic(case.name):
            names.append(f"{names[0]} held-out")
        for name in names:
            totals.setdefault(name, Counter()).update(found)
    return totals


def _print_not_candidate(all_cases: Sequence[Case]) -> int:
    for name, c in _totals(all_cases, not_candidate).items():
        print(f"{name:22s} uncovered={c['uncovered']} would_merge={c['would_merge']} "
              f"rank(1..4,5+)={[c[f'rank_{k}'] for k in range(1, 6)]} "
              f"would_merge_rank={[c[f'merge_rank_{k}'] for k in range(1, 6)]} "
              f"why={[c[f'why_{w}'] for w in INDEX_MISSES]} "
              f"would_merge_why={[c[f'merge_why_{w}'] for w in INDEX_MISSES]}")
    return 0


def _print_two_groups(held_out: Sequence[Case]) -> int:
    total: Counter[str] = Counter()
    for case in held_out:
        found = two_groups(case)
        total.update(found)
        print(f"{case.name:22s} {dict(sorted(found.items()))}")
    print(f"held-out stories ({len(held_out)}) {dict(sorted(total.items()))}")
    return 0


def _print_by_part(all_cases: Sequence[Case], count: Callable[[Case], Counter[str]]) -> int:
    for name, c in _totals(all_cases, count).items():
        print(f"{name:22s} {dict(sorted(c.items()))}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
