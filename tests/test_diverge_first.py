"""divergent_pairs with the judge's clusters keeps only the first pair between two clusters.

The judge merges clusters pair by pair (compare._groups); a later pair
between the same two clusters, or a pair within one cluster, cannot change
what it merges, so divergent_pairs leaves them out (and does not score them).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from sourcediff import load
from sourcediff.align import align, score_pairs
from sourcediff.diverge import divergent_pairs
from sourcediff.evidence import build_evidence
from sourcediff.factclusters import _cluster
from sourcediff.pipeline import _aligner_view, analyse, compare_analysed

STORIES = Path(__file__).resolve().parent / "data" / "stories"
judge_module = importlib.import_module("sourcediff.compare")  # the package's `compare` is the function


def _first_between(pairs: list[tuple[int, int]], of: list[int]) -> list[tuple[int, int]]:
    """The reference: every pair, less those within a cluster or between clusters an earlier pair joins."""
    seen: set[frozenset[int]] = set()
    out = []
    for i, j in pairs:
        key = frozenset((of[i], of[j]))
        if of[i] != of[j] and key not in seen:
            seen.add(key)
            out.append((i, j))
    return out


@pytest.mark.parametrize("story", ["storm", "quake", "earnings", "trial"])
def test_only_the_first_pair_between_two_clusters_is_kept(story: str) -> None:
    files = sorted(p for p in (STORIES / story).iterdir() if p.is_file() and p.name != "gold.json")
    report = compare_analysed(tuple(analyse(load(p)) for p in files))
    infos, claims = report.sources, report.claims
    seen = _aligner_view(infos)  # as compare_analysed aligns them (a live blog's entry stamps hidden)
    scores = score_pairs(seen)
    assert align(seen, scores=scores) == claims
    ctx = build_evidence(infos, claims, scores)
    ms = [m for s in infos for m in s.mentions if judge_module._judged(m)]
    ms = [m for m in ms if not judge_module.mismatched(m)]
    every = divergent_pairs(ms, claims, ctx)
    of = _cluster(ms, claims, ctx).of
    kept = divergent_pairs(ms, claims, ctx, clusters=of)
    assert kept == _first_between(every, of)
    # each mention its own cluster: every pair is a first, once; one cluster for all: none is
    alone = list(range(len(ms)))
    assert divergent_pairs(ms, claims, ctx, clusters=alone) == list(dict.fromkeys(every))
    assert divergent_pairs(ms, claims, ctx, clusters=[0] * len(ms)) == []
    if story == "storm":
        assert every  # the story holds divergences, so the checks above can fail
